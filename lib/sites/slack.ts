import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { isHostOf, segments } from './util';

// Slack's own hosts that are not a workspace (marketing, API docs, status, file CDN).
const NOT_WORKSPACE = new Set(['slack.com', 'www.slack.com', 'api.slack.com', 'status.slack.com', 'files.slack.com', 'slackhq.slack.com']);

const TEAM_ID = /^[TE][A-Z0-9]{6,20}$/;
// C: public channel, G: private/legacy group, D: direct message.
const CHANNEL_ID = /^[CG][A-Z0-9]{6,20}$/;
const DM_ID = /^D[A-Z0-9]{6,20}$/;
// Thread key as the client URL carries it: "<channel>-<ts>".
const THREAD_KEY = /^[CGD][A-Z0-9]{6,20}-\d{9,11}\.\d{6}$/;
// Permalink message id: "p" + ts without its dot.
const PERMALINK_TS = /^p(\d{9,11})(\d{6})$/;

/** Client views that are not one conversation. */
const CLIENT_VIEWS = new Map<string, PageContext>([
  ['unreads', { app: 'slack', page: 'inbox', object: 'message' }],
  ['activity', { app: 'slack', page: 'inbox', object: 'message' }],
  ['dms', { app: 'slack', page: 'list', object: 'conversation' }],
  ['threads', { app: 'slack', page: 'list', object: 'thread' }],
  ['later', { app: 'slack', page: 'list', object: 'message' }],
  ['browse-channels', { app: 'slack', page: 'list', object: 'channel' }],
  ['search', { app: 'slack', page: 'search', object: 'message' }],
]);

function conversation(id: string): PageContext | null {
  if (CHANNEL_ID.test(id)) return { app: 'slack', page: 'channel', object: 'channel', recordId: id };
  if (DM_ID.test(id)) return { app: 'slack', page: 'conversation', object: 'conversation', recordId: id };
  return null;
}

/** app.slack.com/client/<team>[/<channel>[/thread/<channel>-<ts>]] */
function detectClient(parts: string[]): PageContext | null {
  const [root, team, view, sub, key] = parts;
  if (root !== 'client' || !team || !TEAM_ID.test(team)) return null;
  if (view === undefined) return { app: 'slack', page: 'home' };
  const known = CLIENT_VIEWS.get(view);
  // Search keeps its query blob in the next segment; other views stand alone.
  if (known) return sub === undefined || view === 'search' ? known : null;
  const base = conversation(view);
  if (!base) return null;
  // A thread opened in the side pane: the thread is what the employee is reading.
  if (sub === 'thread' && key && THREAD_KEY.test(key)) {
    return { app: 'slack', page: 'thread', object: 'thread', recordId: key };
  }
  // Other side panes (profiles, details) leave the conversation in view.
  return base;
}

/** <workspace>.slack.com/archives/<channel>[/p<ts>]: shared permalinks. */
function detectArchive(parts: string[]): PageContext | null {
  const [root, channel, msg, ...more] = parts;
  if (root !== 'archives' || !channel || more.length > 0) return null;
  const base = conversation(channel);
  if (!base || msg === undefined) return base;
  const m = PERMALINK_TS.exec(msg);
  if (!m) return null;
  // Same "<channel>-<ts>" key the client uses for threads.
  return { app: 'slack', page: 'message', object: 'message', recordId: `${channel}-${m[1]}.${m[2]}` };
}

function detect(url: URL): PageContext | null {
  const host = url.hostname;
  if (!isHostOf(host, 'slack.com') || NOT_WORKSPACE.has(host)) return null;
  const parts = segments(url.pathname);
  return host === 'app.slack.com' ? detectClient(parts) : detectArchive(parts);
}

export const slack: SiteDetector = {
  app: 'slack',
  label: 'Slack',
  matches: HOST_PATTERNS.slack,
  ownsHost: (host) => isHostOf(host, 'slack.com') && !NOT_WORKSPACE.has(host),
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const slackExamples: readonly DetectorExample[] = [
  {
    url: 'https://app.slack.com/client/T0123ABCD/C0456EFGH',
    expect: { app: 'slack', page: 'channel', object: 'channel', recordId: 'C0456EFGH' },
  },
  {
    url: 'https://app.slack.com/client/T0123ABCD/C0456EFGH/thread/C0456EFGH-1712345678.123456',
    expect: { app: 'slack', page: 'thread', object: 'thread', recordId: 'C0456EFGH-1712345678.123456' },
  },
  {
    url: 'https://app.slack.com/client/T0123ABCD/D07QWERTY12',
    expect: { app: 'slack', page: 'conversation', object: 'conversation', recordId: 'D07QWERTY12' },
  },
  {
    url: 'https://app.slack.com/client/E01ENTERPR/G01PRIVATE9?cdn_fallback=1',
    expect: { app: 'slack', page: 'channel', object: 'channel', recordId: 'G01PRIVATE9' },
  },
  { url: 'https://app.slack.com/client/T0123ABCD', expect: { app: 'slack', page: 'home' } },
  { url: 'https://app.slack.com/client/T0123ABCD/unreads', expect: { app: 'slack', page: 'inbox', object: 'message' } },
  {
    url: 'https://acme.slack.com/archives/C0456EFGH/p1712345678123456',
    expect: { app: 'slack', page: 'message', object: 'message', recordId: 'C0456EFGH-1712345678.123456' },
  },
  {
    url: 'https://acme.enterprise.slack.com/archives/C0456EFGH/p1712345690000200?thread_ts=1712345678.123456&cid=C0456EFGH',
    expect: { app: 'slack', page: 'message', object: 'message', recordId: 'C0456EFGH-1712345690.000200' },
  },
  {
    url: 'https://acme.slack.com/archives/C0456EFGH',
    expect: { app: 'slack', page: 'channel', object: 'channel', recordId: 'C0456EFGH' },
  },
  { url: 'https://slack.com/features/ai', expect: null },
  { url: 'https://slack.com/intl/en-gb/pricing', expect: null },
  { url: 'https://api.slack.com/methods/chat.postMessage', expect: null },
  { url: 'https://acme.slack.com/signin?redir=%2Farchives%2FC0456EFGH%2Fp1712345678123456', expect: null },
  { url: 'https://acme.slack.com/admin', expect: null },
  {
    url: 'https://app.slack.com/client/T0123ABCD/C0456EFGH/user_profile/U0789XYZW',
    expect: { app: 'slack', page: 'channel', object: 'channel', recordId: 'C0456EFGH' },
  },
  { url: 'https://app.slack.com/client/', expect: null },
  { url: 'https://app.slack.com/huddle/T0123ABCD/C0456EFGH', expect: null },
];
