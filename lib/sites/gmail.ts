import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { safeDecode, segments } from './util';

const HOST = 'mail.google.com';

// Thread ids in the hash: new style (FMfcgz..., 32 chars) and legacy 16-hex ids.
const THREAD_ID = /^[A-Za-z0-9_-]{16,64}$/;
// Inbox paging ("#inbox/p2") sits where a thread id would.
const PAGE_NO = /^p\d{1,6}$/;

/** Folder routes: how many hash segments name the folder, and what kind of list it is. */
const FOLDERS = new Map<string, { width: 1 | 2; page: 'inbox' | 'list' | 'search' }>(Object.entries({
  inbox: { width: 1, page: 'inbox' },
  imp: { width: 1, page: 'inbox' },
  category: { width: 2, page: 'inbox' },
  starred: { width: 1, page: 'list' },
  snoozed: { width: 1, page: 'list' },
  sent: { width: 1, page: 'list' },
  drafts: { width: 1, page: 'list' },
  scheduled: { width: 1, page: 'list' },
  all: { width: 1, page: 'list' },
  spam: { width: 1, page: 'list' },
  trash: { width: 1, page: 'list' },
  chats: { width: 1, page: 'list' },
  label: { width: 2, page: 'list' },
  search: { width: 2, page: 'search' },
  'advanced-search': { width: 2, page: 'search' },
} as const));

/** "/mail/", "/mail/u/1/", "/mail/ca/u/0/" (Workspace): the only paths the mail UI lives on. */
function isMailPath(pathname: string): boolean {
  const s = segments(pathname);
  if (s[0] !== 'mail') return false;
  const rest = s[1] === 'ca' ? s.slice(2) : s.slice(1);
  return rest.length === 0 || (rest.length === 2 && rest[0] === 'u' && /^\d{1,2}$/.test(rest[1] ?? ''));
}

// Gmail routes live in the hash ("#label/Clients%2FAcme/<thread>?compose=<draft>").
// Precedence: a compose window wins over whatever list or thread it overlays, because the
// employee is writing at that moment. Drafts ids are not kept: the draft is not a stable record.
function detect(url: URL): PageContext | null {
  if (url.hostname !== HOST || !isMailPath(url.pathname)) return null;
  const raw = url.hash.slice(1);
  const q = raw.indexOf('?');
  const route = q === -1 ? raw : raw.slice(0, q);
  const hashQuery = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const view = url.searchParams.get('view');
  if (url.searchParams.get('compose') || hashQuery.get('compose') || view === 'cm') {
    return { app: 'gmail', page: 'compose', object: 'message' };
  }
  // Other ?view= values are print views and attachment viewers, not the mail UI.
  if (view !== null) return null;
  const parts = route.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { app: 'gmail', page: 'inbox', object: 'thread' };
  const folder = FOLDERS.get(parts[0] ?? '');
  // Unknown roots (#settings, #chat, #contacts...) are not mail pages.
  if (!folder) return null;
  if (parts.length < folder.width) return null;
  const rest = parts.slice(folder.width);
  if (rest.length === 0 || (rest.length === 1 && PAGE_NO.test(rest[0] ?? ''))) {
    return { app: 'gmail', page: folder.page, object: 'thread' };
  }
  const id = rest[0] ?? '';
  if (rest.length === 1 && THREAD_ID.test(id)) {
    return { app: 'gmail', page: 'thread', object: 'thread', recordId: id };
  }
  return null;
}

export const gmail: SiteDetector = {
  app: 'gmail',
  label: 'Gmail',
  matches: HOST_PATTERNS.gmail,
  ownsHost: (host) => host === HOST,
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const gmailExamples: readonly DetectorExample[] = [
  { url: 'https://mail.google.com/mail/u/0/#inbox', expect: { app: 'gmail', page: 'inbox', object: 'thread' } },
  {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs',
    expect: { app: 'gmail', page: 'thread', object: 'thread', recordId: 'FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs' },
  },
  {
    url: 'https://mail.google.com/mail/u/1/#sent/KtbxLwGrLbSwqJbBWBqlGQLrGcXMZTvVsL',
    expect: { app: 'gmail', page: 'thread', object: 'thread', recordId: 'KtbxLwGrLbSwqJbBWBqlGQLrGcXMZTvVsL' },
  },
  {
    url: 'https://mail.google.com/mail/u/0/#label/Clients%2FAcme+Corp/FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs',
    expect: { app: 'gmail', page: 'thread', object: 'thread', recordId: 'FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs' },
  },
  {
    url: 'https://mail.google.com/mail/u/0/#search/pricing+renewal/FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs',
    expect: { app: 'gmail', page: 'thread', object: 'thread', recordId: 'FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs' },
  },
  {
    url: 'https://mail.google.com/mail/u/0/#all/18c3a8f2b1e4d5a7',
    expect: { app: 'gmail', page: 'thread', object: 'thread', recordId: '18c3a8f2b1e4d5a7' },
  },
  { url: 'https://mail.google.com/mail/u/0/#search/pricing', expect: { app: 'gmail', page: 'search', object: 'thread' } },
  { url: 'https://mail.google.com/mail/u/0/#starred', expect: { app: 'gmail', page: 'list', object: 'thread' } },
  { url: 'https://mail.google.com/mail/u/0/#label/Clients%2FAcme', expect: { app: 'gmail', page: 'list', object: 'thread' } },
  { url: 'https://mail.google.com/mail/u/0/#inbox/p2', expect: { app: 'gmail', page: 'inbox', object: 'thread' } },
  { url: 'https://mail.google.com/mail/u/0/?compose=new', expect: { app: 'gmail', page: 'compose', object: 'message' } },
  {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs?compose=CllgCJvlHsLqwZbBtmBbNDLqvMFbQCgT',
    expect: { app: 'gmail', page: 'compose', object: 'message' },
  },
  {
    url: 'https://mail.google.com/mail/?view=cm&fs=1&to=jane@acme.com&su=Renewal',
    expect: { app: 'gmail', page: 'compose', object: 'message' },
  },
  { url: 'https://mail.google.com/mail/u/1/', expect: { app: 'gmail', page: 'inbox', object: 'thread' } },
  { url: 'https://mail.google.com/mail/u/0/#settings/general', expect: null },
  { url: 'https://mail.google.com/mail/u/0/#chat/space/AAAAbCdEfGh', expect: null },
  {
    url: 'https://accounts.google.com/v3/signin/identifier?continue=https%3A%2F%2Fmail.google.com%2Fmail%2Fu%2F0%2F%23inbox%2FFMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs&service=mail',
    expect: null,
  },
  { url: 'https://support.google.com/mail/answer/8494', expect: null },
  { url: 'https://workspace.google.com/gmail/', expect: null },
  { url: 'https://mail.google.com/mail/u/0/?ui=2&ik=3f2a&view=pt&search=all', expect: null },
];
