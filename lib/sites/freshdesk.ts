import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { isHostOf, segments } from './util';

// Freshdesk's own marketing site; helpdesks are <company>.freshdesk.com.
const NOT_HELPDESK = new Set(['freshdesk.com', 'www.freshdesk.com']);
const NUMBER = /^\d{1,15}$/;

const ticket = (id: string): PageContext => ({ app: 'freshdesk', page: 'ticket', object: 'ticket', recordId: id });

/** Agent routes after "/a" (or legacy "/helpdesk"). */
function agentRoute(parts: string[]): PageContext | null {
  const [kind, a, b] = parts;
  switch (kind) {
    case undefined:
    case 'dashboard':
      return { app: 'freshdesk', page: 'home' };
    case 'tickets':
      if (a === undefined || a === 'filters' || a === 'views') return { app: 'freshdesk', page: 'queue', object: 'ticket' };
      if (a === 'new' && b === undefined) return { app: 'freshdesk', page: 'compose', object: 'ticket' };
      // /a/tickets/123 and its tabs (/a/tickets/123/edit) stay on that ticket.
      return NUMBER.test(a) ? ticket(a) : null;
    case 'contacts':
    case 'companies': {
      const object = kind === 'contacts' ? 'contact' : 'company';
      if (a === undefined) return { app: 'freshdesk', page: 'list', object };
      return NUMBER.test(a) ? { app: 'freshdesk', page: 'record', object, recordId: a } : null;
    }
    case 'search':
      return { app: 'freshdesk', page: 'search' };
    default:
      // admin, reports, solutions...: not pages with a customer conversation in front of the agent.
      return null;
  }
}

// The agent app lives under /a; /support is the customer portal, /api the REST API.
function detect(url: URL): PageContext | null {
  const host = url.hostname;
  if (!isHostOf(host, 'freshdesk.com') || NOT_HELPDESK.has(host)) return null;
  const [root, ...rest] = segments(url.pathname);
  if (root === 'a') return agentRoute(rest);
  // Classic helpdesk URLs: /helpdesk/tickets/123.
  if (root === 'helpdesk' && rest[0] === 'tickets') return agentRoute(rest);
  return null;
}

export const freshdesk: SiteDetector = {
  app: 'freshdesk',
  label: 'Freshdesk',
  matches: HOST_PATTERNS.freshdesk,
  ownsHost: (host) => isHostOf(host, 'freshdesk.com') && !NOT_HELPDESK.has(host),
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const freshdeskExamples: readonly DetectorExample[] = [
  { url: 'https://acme.freshdesk.com/a/tickets/123', expect: ticket('123') },
  { url: 'https://acme.freshdesk.com/a/tickets/48213?from=notification', expect: ticket('48213') },
  { url: 'https://acme-support.freshdesk.com/helpdesk/tickets/777', expect: ticket('777') },
  { url: 'https://acme.freshdesk.com/a/tickets/filters/all_tickets', expect: { app: 'freshdesk', page: 'queue', object: 'ticket' } },
  { url: 'https://acme.freshdesk.com/a/tickets/new', expect: { app: 'freshdesk', page: 'compose', object: 'ticket' } },
  {
    url: 'https://acme.freshdesk.com/a/contacts/456',
    expect: { app: 'freshdesk', page: 'record', object: 'contact', recordId: '456' },
  },
  {
    url: 'https://acme.freshdesk.com/a/companies/80001234567',
    expect: { app: 'freshdesk', page: 'record', object: 'company', recordId: '80001234567' },
  },
  { url: 'https://acme.freshdesk.com/a/dashboard/default', expect: { app: 'freshdesk', page: 'home' } },
  { url: 'https://acme.freshdesk.com/support/tickets/123', expect: null },
  { url: 'https://acme.freshdesk.com/support/solutions/articles/4000012345', expect: null },
  { url: 'https://acme.freshdesk.com/api/v2/tickets/123', expect: null },
  { url: 'https://acme.freshdesk.com/login?redirect_to=%2Fa%2Ftickets%2F123', expect: null },
  { url: 'https://acme.freshdesk.com/a/admin/ticket_fields', expect: null },
  { url: 'https://www.freshdesk.com/pricing', expect: null },
];
