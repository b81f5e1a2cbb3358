import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { segments } from './util';

/*
 * HubSpot app: /<tool>/<portalId>/... on app.hubspot.com and its regional twins. The portal id is
 * the account, never the record: recordId is always the object's own id. Settings, login and
 * the marketing/knowledge sites are not work pages.
 */

const APP = 'hubspot';
/** Production app hosts per data centre (North America, EU). */
const HOSTS = ['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com', 'app-na3.hubspot.com'];
const HOST_SET: ReadonlySet<string> = new Set(HOSTS);
const PORTAL = /^\d{1,12}$/;
const RECORD_ID = /^\d{1,20}$/;
/** Object type ids: 0-x for HubSpot's own objects, 2-x for custom objects. */
const TYPE_ID = /^[0-9]-\d{1,12}$/;
const OBJECT_BY_TYPE: ReadonlyMap<string, string> = new Map([
  ['0-1', 'contact'],
  ['0-2', 'company'],
  ['0-3', 'deal'],
  ['0-5', 'ticket'],
  ['0-7', 'product'],
  ['0-8', 'line_item'],
  ['0-14', 'quote'],
  ['0-27', 'task'],
  ['0-46', 'note'],
  ['0-47', 'meeting'],
  ['0-48', 'call'],
  ['0-49', 'email'],
  ['0-53', 'invoice'],
  ['0-136', 'lead'],
  ['0-162', 'service'],
  ['0-410', 'course'],
  ['0-420', 'listing'],
  ['0-421', 'appointment'],
]);
/** Legacy record paths: /contacts/<portal>/<object>/<id>. */
const LEGACY_OBJECTS = new Set(['contact', 'company', 'deal', 'ticket']);
/** Legacy index paths: /contacts/<portal>/<plural>/list/view/all. */
const LEGACY_LISTS: ReadonlyMap<string, string> = new Map([
  ['contacts', 'contact'],
  ['companies', 'company'],
  ['deals', 'deal'],
  ['tickets', 'ticket'],
]);

/** Known types by name; unknown and custom types by their id (the app's own name for them). */
function objectOf(typeId: string | undefined): string | undefined {
  if (!typeId || !TYPE_ID.test(typeId)) return undefined;
  return OBJECT_BY_TYPE.get(typeId) ?? typeId;
}

function crm(rest: string[]): PageContext | null {
  const [kind, a, b] = rest;
  if (kind === 'record') {
    const object = objectOf(a);
    return object && b && RECORD_ID.test(b) ? { app: APP, page: 'record', object, recordId: b } : null;
  }
  if (kind && LEGACY_OBJECTS.has(kind)) {
    return a && RECORD_ID.test(a) ? { app: APP, page: 'record', object: kind, recordId: a } : null;
  }
  if (kind === 'objects') {
    const object = objectOf(a);
    return object ? { app: APP, page: 'list', object } : null;
  }
  const legacy = kind ? LEGACY_LISTS.get(kind) : undefined;
  return legacy ? { app: APP, page: 'list', object: legacy } : null;
}

function detect(url: URL): PageContext | null {
  if (!HOST_SET.has(url.hostname.toLowerCase())) return null;
  const [tool, portal, ...rest] = segments(url.pathname);
  if (!portal || !PORTAL.test(portal)) return null;
  switch (tool) {
    case 'contacts':
      return crm(rest);
    case 'reports-dashboard': {
      if (rest.length === 0) return { app: APP, page: 'dashboard' };
      const [view, id] = rest;
      return view === 'view' && id && RECORD_ID.test(id) ? { app: APP, page: 'dashboard', recordId: id } : null;
    }
    case 'reports-list':
      return { app: APP, page: 'list', object: 'report' };
    case 'live-messages': {
      const [inbox, id] = rest;
      if (inbox === 'inbox' && id && RECORD_ID.test(id)) {
        return { app: APP, page: 'conversation', object: 'conversation', recordId: id };
      }
      return rest.length <= 1 ? { app: APP, page: 'inbox' } : null;
    }
    case 'help-desk': {
      const t = rest.indexOf('ticket');
      const id = t >= 0 ? rest[t + 1] : undefined;
      if (id && RECORD_ID.test(id)) return { app: APP, page: 'record', object: 'ticket', recordId: id };
      return { app: APP, page: 'queue', object: 'ticket' };
    }
    default:
      return null;
  }
}

export const hubspot: SiteDetector = {
  app: APP,
  label: 'HubSpot',
  matches: HOST_PATTERNS.hubspot,
  ownsHost: (host) => HOST_SET.has(host),
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const hubspotExamples: readonly DetectorExample[] = [
  {
    url: 'https://app.hubspot.com/contacts/4412345/record/0-1/51234567801',
    expect: { app: APP, page: 'record', object: 'contact', recordId: '51234567801' },
  },
  {
    url: 'https://app-eu1.hubspot.com/contacts/25567123/record/0-3/18234567890/view/1',
    expect: { app: APP, page: 'record', object: 'deal', recordId: '18234567890' },
  },
  {
    url: 'https://app.hubspot.com/contacts/4412345/record/0-2/9876543210',
    expect: { app: APP, page: 'record', object: 'company', recordId: '9876543210' },
  },
  {
    url: 'https://app.hubspot.com/contacts/4412345/record/0-5/2345678901',
    expect: { app: APP, page: 'record', object: 'ticket', recordId: '2345678901' },
  },
  {
    url: 'https://app.hubspot.com/contacts/4412345/record/2-1234567/3456789012',
    expect: { app: APP, page: 'record', object: '2-1234567', recordId: '3456789012' },
  },
  {
    url: 'https://app.hubspot.com/contacts/4412345/contact/51234567801/',
    expect: { app: APP, page: 'record', object: 'contact', recordId: '51234567801' },
  },
  {
    url: 'https://app.hubspot.com/contacts/4412345/deal/18234567890',
    expect: { app: APP, page: 'record', object: 'deal', recordId: '18234567890' },
  },
  {
    url: 'https://app.hubspot.com/contacts/4412345/objects/0-3/views/all/list',
    expect: { app: APP, page: 'list', object: 'deal' },
  },
  {
    url: 'https://app.hubspot.com/contacts/4412345/objects/0-1/views/my_contacts/list?query=acme',
    expect: { app: APP, page: 'list', object: 'contact' },
  },
  {
    url: 'https://app.hubspot.com/reports-dashboard/4412345/view/10234567',
    expect: { app: APP, page: 'dashboard', recordId: '10234567' },
  },
  {
    url: 'https://app.hubspot.com/live-messages/4412345/inbox/7012345678',
    expect: { app: APP, page: 'conversation', object: 'conversation', recordId: '7012345678' },
  },
  { url: 'https://www.hubspot.com/products/crm', expect: null },
  { url: 'https://knowledge.hubspot.com/records/create-records', expect: null },
  { url: 'https://app.hubspot.com/settings/4412345/users', expect: null },
  { url: 'https://app.hubspot.com/login?loginRedirectUrl=https%3A%2F%2Fapp.hubspot.com%2Fcontacts%2F4412345%2Frecord%2F0-1%2F51234567801', expect: null },
  { url: 'https://api.hubapi.com/crm/v3/objects/contacts/51234567801', expect: null },
];
