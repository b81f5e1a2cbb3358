import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { isHostOf, segments } from './util';

// Agent workspace lives under /agent; the help center (/hc) and marketing site are not work pages.
function detect(url: URL): PageContext | null {
  const [root, kind, id] = segments(url.pathname);
  if (root !== 'agent') return null;
  if (kind === 'tickets' && id && /^\d+$/.test(id)) {
    return { app: 'zendesk', page: 'ticket', object: 'ticket', recordId: id };
  }
  if (kind === 'tickets' && id === 'new') return { app: 'zendesk', page: 'compose', object: 'ticket' };
  if (kind === 'users' && id && /^\d+$/.test(id)) {
    return { app: 'zendesk', page: 'record', object: 'user', recordId: id };
  }
  if (kind === 'organizations' && id && /^\d+$/.test(id)) {
    return { app: 'zendesk', page: 'record', object: 'organization', recordId: id };
  }
  if (kind === 'filters' || kind === 'views') return { app: 'zendesk', page: 'queue', object: 'ticket' };
  if (kind === 'dashboard' || kind === undefined) return { app: 'zendesk', page: 'home' };
  return null;
}

export const zendesk: SiteDetector = {
  app: 'zendesk',
  label: 'Zendesk',
  matches: HOST_PATTERNS.zendesk,
  ownsHost: (host) => isHostOf(host, 'zendesk.com') && host !== 'www.zendesk.com',
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const zendeskExamples: readonly DetectorExample[] = [
  {
    url: 'https://acme.zendesk.com/agent/tickets/4821',
    expect: { app: 'zendesk', page: 'ticket', object: 'ticket', recordId: '4821' },
  },
  {
    url: 'https://acme.zendesk.com/agent/tickets/4821/events',
    expect: { app: 'zendesk', page: 'ticket', object: 'ticket', recordId: '4821' },
  },
  { url: 'https://acme.zendesk.com/agent/tickets/new/1', expect: { app: 'zendesk', page: 'compose', object: 'ticket' } },
  {
    url: 'https://acme.zendesk.com/agent/users/381726354/requested_tickets',
    expect: { app: 'zendesk', page: 'record', object: 'user', recordId: '381726354' },
  },
  { url: 'https://acme.zendesk.com/agent/filters/360000123456', expect: { app: 'zendesk', page: 'queue', object: 'ticket' } },
  { url: 'https://acme.zendesk.com/agent/dashboard', expect: { app: 'zendesk', page: 'home' } },
  { url: 'https://acme.zendesk.com/hc/en-us/articles/115004', expect: null },
  { url: 'https://acme.zendesk.com/access/unauthenticated?return_to=%2Fagent%2Ftickets%2F4821', expect: null },
  { url: 'https://acme.zendesk.com/api/v2/tickets/4821.json', expect: null },
  { url: 'https://acme.zendesk.com/agent/admin/settings', expect: null },
];
