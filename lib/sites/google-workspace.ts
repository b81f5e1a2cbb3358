import type { AppId, PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { segments } from './util';

const HOST = 'docs.google.com';

// Drive file ids: url-safe base64, usually 44 chars (older files are shorter).
const FILE_ID = /^[A-Za-z0-9_-]{20,120}$/;
// Editor-ish views of one file. /copy, /export, /pub (publishing) are not working pages.
const FILE_VIEWS = new Set(['edit', 'view', 'preview', 'comment', 'mobilebasic', 'htmlview', 'present']);

type Kind = 'document' | 'spreadsheets' | 'presentation';

/** One docs.google.com editor: the path root it owns and what it reports. */
function detectorFor(app: AppId, root: Kind, object: string) {
  return (url: URL): PageContext | null => {
    if (url.hostname !== HOST) return null;
    const parts = segments(url.pathname);
    if (parts[0] !== root) return null;
    // Multi-account form: /document/u/1/d/<id>/edit.
    const rest = parts[1] === 'u' && /^\d{1,2}$/.test(parts[2] ?? '') ? parts.slice(3) : parts.slice(1);
    if (rest.length === 0) return { app, page: 'home', object };
    const [d, id, view, ...more] = rest;
    if (d !== 'd' || id === undefined || !FILE_ID.test(id) || more.length > 0) return null;
    if (view !== undefined && !FILE_VIEWS.has(view)) return null;
    return { app, page: object, object, recordId: id };
  };
}

const DOC = '1aBcD3fGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE';
const SHEET = '1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa_-12345';
const DECK = '1QwErTyUiOpAsDfGhJkLzXcVbNm0123456789_-QwEr';

// Cross-editor nulls every Google Workspace detector shares.
const SHARED_NULLS = [
  { url: 'https://docs.google.com/forms/d/1FAIpQLSfD3Xk2b9s8Qw7Vx1yZ0aBcDeFgHiJkLmNoPq/viewform', expect: null },
  { url: 'https://support.google.com/docs/answer/7068618', expect: null },
  {
    url: `https://accounts.google.com/ServiceLogin?service=wise&continue=https%3A%2F%2Fdocs.google.com%2Fdocument%2Fd%2F${DOC}%2Fedit`,
    expect: null,
  },
  { url: 'https://workspace.google.com/products/docs/', expect: null },
] as const;

export const gdocs: SiteDetector = {
  app: 'gdocs',
  label: 'Google Docs',
  matches: HOST_PATTERNS.gdocs,
  ownsHost: (host) => host === HOST,
  detect: detectorFor('gdocs', 'document', 'document'),
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const gdocsExamples: readonly DetectorExample[] = [
  { url: `https://docs.google.com/document/d/${DOC}/edit`, expect: { app: 'gdocs', page: 'document', object: 'document', recordId: DOC } },
  {
    url: `https://docs.google.com/document/d/${DOC}/edit?tab=t.0#heading=h.3znysh7`,
    expect: { app: 'gdocs', page: 'document', object: 'document', recordId: DOC },
  },
  { url: `https://docs.google.com/document/u/1/d/${DOC}/edit`, expect: { app: 'gdocs', page: 'document', object: 'document', recordId: DOC } },
  { url: `https://docs.google.com/document/d/${DOC}/preview`, expect: { app: 'gdocs', page: 'document', object: 'document', recordId: DOC } },
  { url: `https://docs.google.com/document/d/${DOC}/view`, expect: { app: 'gdocs', page: 'document', object: 'document', recordId: DOC } },
  { url: 'https://docs.google.com/document/', expect: { app: 'gdocs', page: 'home', object: 'document' } },
  { url: 'https://docs.google.com/document/u/0/?tgif=d', expect: { app: 'gdocs', page: 'home', object: 'document' } },
  { url: `https://docs.google.com/document/d/${DOC}/export?format=pdf`, expect: null },
  { url: 'https://docs.google.com/document/d/e/2PACX-1vQx8JmM4pZ7sV3nY2bWq9tLrKcHfGdSaE1oIu6yT5rE4wQ3/pub', expect: null },
  ...SHARED_NULLS,
];

export const gsheets: SiteDetector = {
  app: 'gsheets',
  label: 'Google Sheets',
  matches: HOST_PATTERNS.gsheets,
  ownsHost: (host) => host === HOST,
  detect: detectorFor('gsheets', 'spreadsheets', 'spreadsheet'),
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const gsheetsExamples: readonly DetectorExample[] = [
  {
    url: `https://docs.google.com/spreadsheets/d/${SHEET}/edit#gid=0`,
    expect: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet', recordId: SHEET },
  },
  {
    url: `https://docs.google.com/spreadsheets/d/${SHEET}/edit?gid=1829301#gid=1829301&range=B2`,
    expect: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet', recordId: SHEET },
  },
  {
    url: `https://docs.google.com/spreadsheets/u/2/d/${SHEET}/edit`,
    expect: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet', recordId: SHEET },
  },
  {
    url: `https://docs.google.com/spreadsheets/d/${SHEET}/view`,
    expect: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet', recordId: SHEET },
  },
  { url: 'https://docs.google.com/spreadsheets/u/0/', expect: { app: 'gsheets', page: 'home', object: 'spreadsheet' } },
  { url: `https://docs.google.com/spreadsheets/d/${SHEET}/copy`, expect: null },
  { url: `https://docs.google.com/spreadsheets/d/${SHEET}/export?format=csv&gid=0`, expect: null },
  ...SHARED_NULLS,
];

export const gslides: SiteDetector = {
  app: 'gslides',
  label: 'Google Slides',
  matches: HOST_PATTERNS.gslides,
  ownsHost: (host) => host === HOST,
  detect: detectorFor('gslides', 'presentation', 'presentation'),
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const gslidesExamples: readonly DetectorExample[] = [
  {
    url: `https://docs.google.com/presentation/d/${DECK}/edit#slide=id.p`,
    expect: { app: 'gslides', page: 'presentation', object: 'presentation', recordId: DECK },
  },
  {
    url: `https://docs.google.com/presentation/d/${DECK}/edit?slide=id.g2c4f1a9b7e_0_12#slide=id.g2c4f1a9b7e_0_12`,
    expect: { app: 'gslides', page: 'presentation', object: 'presentation', recordId: DECK },
  },
  {
    url: `https://docs.google.com/presentation/u/1/d/${DECK}/edit`,
    expect: { app: 'gslides', page: 'presentation', object: 'presentation', recordId: DECK },
  },
  {
    url: `https://docs.google.com/presentation/d/${DECK}/present?slide=id.p`,
    expect: { app: 'gslides', page: 'presentation', object: 'presentation', recordId: DECK },
  },
  { url: 'https://docs.google.com/presentation/', expect: { app: 'gslides', page: 'home', object: 'presentation' } },
  { url: `https://docs.google.com/presentation/d/${DECK}/export/pptx`, expect: null },
  ...SHARED_NULLS,
];
