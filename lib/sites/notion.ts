import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { segments } from './util';

// The app; <workspace>.notion.site is public publishing and notion.com is marketing.
const HOST = 'www.notion.so';

// Top-level paths of the marketing/help site: never a workspace slug or a page.
const RESERVED = new Set([
  'product', 'pricing', 'login', 'signup', 'logout', 'help', 'templates', 'guides', 'enterprise', 'customers',
  'about', 'careers', 'blog', 'desktop', 'mobile', 'integrations', 'security', 'api', 'onboarding', 'releases',
  'startups', 'contact-sales', 'web-clipper', 'affiliates', 'becoming-a-notion-expert', 'ai', 'mail', 'calendar',
]);

// Page ids end the last path segment ("Q3-Plan-<32 hex>"), or are given in uuid form.
const TAIL_HEX = /(?:^|-)([0-9a-f]{32})$/i;
const TAIL_UUID = /(?:^|-)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The 32-hex page id at the end of a slug or query value, lower-case without hyphens. */
function pageId(s: string | null | undefined): string | null {
  // Ids sit at the end; a slug title is bounded, so cap the input the regexes see.
  if (!s || s.length > 2000) return null;
  const m = TAIL_UUID.exec(s) ?? TAIL_HEX.exec(s);
  return m?.[1] ? m[1].replace(/-/g, '').toLowerCase() : null;
}

const page = (id: string): PageContext => ({ app: 'notion', page: 'page', object: 'page', recordId: id });

function detect(url: URL): PageContext | null {
  if (url.hostname !== HOST) return null;
  const parts = segments(url.pathname);
  // "/<page>" or "/<workspace>/<page>".
  if (parts.length === 0 || parts.length > 2 || RESERVED.has((parts[0] ?? '').toLowerCase())) return null;
  const id = pageId(parts[parts.length - 1]);
  if (!id) return null;
  // A peeked page (side peek / center peek) is what the employee reads on top of the view.
  const peek = pageId(url.searchParams.get('p'));
  if (peek) return page(peek);
  if (url.searchParams.has('v')) return { app: 'notion', page: 'database', object: 'database', recordId: id };
  return page(id);
}

const ID = '0123456789abcdef0123456789abcdef';
const DB = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

export const notion: SiteDetector = {
  app: 'notion',
  label: 'Notion',
  matches: HOST_PATTERNS.notion,
  ownsHost: (host) => host === HOST,
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const notionExamples: readonly DetectorExample[] = [
  { url: `https://www.notion.so/acme/Q3-Plan-${ID}`, expect: page(ID) },
  { url: `https://www.notion.so/acme/Q3-Plan-${ID}?pvs=4`, expect: page(ID) },
  { url: `https://www.notion.so/${ID}`, expect: page(ID) },
  { url: 'https://www.notion.so/acme/01234567-89ab-cdef-0123-456789abcdef', expect: page(ID) },
  { url: `https://www.notion.so/Roadmap-${ID.toUpperCase()}`, expect: page(ID) },
  {
    url: `https://www.notion.so/acme/${DB}?v=f0e1d2c3b4a5968778695a4b3c2d1e0f`,
    expect: { app: 'notion', page: 'database', object: 'database', recordId: DB },
  },
  { url: `https://www.notion.so/acme/${DB}?v=f0e1d2c3b4a5968778695a4b3c2d1e0f&p=${ID}&pm=s`, expect: page(ID) },
  { url: 'https://www.notion.so/product', expect: null },
  { url: 'https://www.notion.so/pricing', expect: null },
  { url: 'https://www.notion.so/login?redirect=%2Facme%2FQ3-Plan-0123456789abcdef0123456789abcdef', expect: null },
  { url: 'https://www.notion.so/help/guides/using-databases', expect: null },
  { url: `https://acme.notion.site/Q3-Plan-${ID}`, expect: null },
  { url: 'https://www.notion.com/product/ai', expect: null },
  { url: 'https://www.notion.so/acme', expect: null },
];
