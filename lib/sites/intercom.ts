import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { segments } from './util';

// US, EU and Australian data-hosting regions.
const HOSTS = ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'];

const APP_ID = /^[a-z0-9]{4,16}$/;
const CONVERSATION_ID = /^\d{1,24}$/;
// Contacts are Mongo-style hex ids; companies too.
const ENTITY_ID = /^[A-Za-z0-9_-]{1,64}$/;

const conversation = (id: string): PageContext => ({
  app: 'intercom',
  page: 'conversation',
  object: 'conversation',
  recordId: id,
});

/** Inbox paths: ".../conversation/<id>" anywhere in the view path (shared, admin, team, search views). */
function inboxRoute(rest: string[]): PageContext | null {
  const at = rest.indexOf('conversation');
  if (at !== -1) {
    const id = rest[at + 1];
    return id !== undefined && CONVERSATION_ID.test(id) ? conversation(id) : null;
  }
  if (rest[0] === 'inbox' && rest[1] === 'search') return { app: 'intercom', page: 'search', object: 'conversation' };
  return { app: 'intercom', page: 'inbox', object: 'conversation' };
}

/** /a/apps/<appId>/<kind>/... */
function appsRoute(rest: string[]): PageContext | null {
  const [kind, a, b] = rest;
  switch (kind) {
    case 'home':
      return { app: 'intercom', page: 'home' };
    case 'inbox':
      return inboxRoute(rest.slice(1));
    case 'conversations':
      return a !== undefined && CONVERSATION_ID.test(a) ? conversation(a) : null;
    case 'users':
    case 'companies': {
      const object = kind === 'users' ? 'user' : 'company';
      // /users/segments/<segment> is a list; /users/<id>/<tab> is one contact.
      if (a === undefined || a === 'segments') return { app: 'intercom', page: 'list', object };
      if (!ENTITY_ID.test(a)) return null;
      return b === undefined || b === 'all-conversations' || b === 'profile'
        ? { app: 'intercom', page: 'record', object, recordId: a }
        : null;
    }
    default:
      // settings, outbound, articles, reports...: not conversation work.
      return null;
  }
}

function detect(url: URL): PageContext | null {
  if (!HOSTS.includes(url.hostname)) return null;
  const [root, area, appId, ...rest] = segments(url.pathname);
  if (root !== 'a' || appId === undefined || !APP_ID.test(appId)) return null;
  if (area === 'inbox') return inboxRoute(rest);
  if (area === 'apps') return appsRoute(rest);
  return null;
}

export const intercom: SiteDetector = {
  app: 'intercom',
  label: 'Intercom',
  matches: HOST_PATTERNS.intercom,
  ownsHost: (host) => HOSTS.includes(host),
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const intercomExamples: readonly DetectorExample[] = [
  { url: 'https://app.intercom.com/a/inbox/x7k2p9q1/inbox/shared/all/conversation/123456789', expect: conversation('123456789') },
  {
    url: 'https://app.intercom.com/a/inbox/x7k2p9q1/inbox/admin/5123456/conversation/215468923481234?view=List',
    expect: conversation('215468923481234'),
  },
  { url: 'https://app.eu.intercom.com/a/inbox/eu3k9d2a/inbox/team/6234/conversation/987654321', expect: conversation('987654321') },
  {
    url: 'https://app.intercom.com/a/apps/x7k2p9q1/users/64f1a2b3c4d5e6f708192a3b/all-conversations',
    expect: { app: 'intercom', page: 'record', object: 'user', recordId: '64f1a2b3c4d5e6f708192a3b' },
  },
  { url: 'https://app.intercom.com/a/inbox/x7k2p9q1/inbox/shared/all', expect: { app: 'intercom', page: 'inbox', object: 'conversation' } },
  { url: 'https://app.intercom.com/a/inbox/x7k2p9q1/inbox/admin/5123456', expect: { app: 'intercom', page: 'inbox', object: 'conversation' } },
  { url: 'https://app.intercom.com/a/apps/x7k2p9q1/home', expect: { app: 'intercom', page: 'home' } },
  {
    url: 'https://app.intercom.com/a/apps/x7k2p9q1/users/segments/all-users',
    expect: { app: 'intercom', page: 'list', object: 'user' },
  },
  { url: 'https://app.intercom.com/a/apps/x7k2p9q1/settings/workspace/general', expect: null },
  { url: 'https://www.intercom.com/customer-service-platform', expect: null },
  { url: 'https://app.intercom.com/admins/sign_in?redirect_to=%2Fa%2Finbox%2Fx7k2p9q1%2Finbox%2Fconversation%2F1', expect: null },
  { url: 'https://developers.intercom.com/docs/references/rest-api/api.intercom.io/conversations', expect: null },
  { url: 'https://api.intercom.io/conversations/123456789', expect: null },
];
