import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { segments } from './util';

/*
 * Salesforce: Lightning (/lightning/...), the old one.app hash router, and Classic id paths.
 *
 * Choices (documented because the URL alone is ambiguous):
 * - Object home (/lightning/o/Account/home) is page 'list': it is a list of recent records.
 * - Related lists (/lightning/r/Account/<id>/related/Contacts/view) are page 'record' of the parent:
 *   the employee is still working on that record.
 * - Lightning console: the path is the focused subtab and `ws=` is the enclosing workspace tab.
 *   We use the path, since that is what is on screen; `ws` is ignored.
 * - Setup (/lightning/setup/..., Classic /setup and /ui/setup) is page 'setup', no object.
 * - Visualforce (/apex/...), custom tabs (/lightning/n/...) and components (/lightning/cmp/...)
 *   are null: nothing in the URL says what they are about.
 * - Classic instance hosts (na123.salesforce.com) are recognised, but no host permission is asked
 *   for them: `*.salesforce.com` would also cover www/help/trailhead, and enhanced domains
 *   (enforced since 2023) redirect instance URLs to My Domain anyway.
 */

const APP = 'salesforce';

/** 15- or 18-char case-sensitive id. Real ids always contain digits (key prefix, pod, padding). */
const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const KEY_PREFIX = /^[a-zA-Z0-9]{3}$/;
/** API names: Opportunity, Invoice__c, ns__Thing__c, Thing__mdt. */
const API_NAME = /^[A-Za-z][A-Za-z0-9_]{0,119}$/;
const INSTANCE_HOST = /^(?:na|cs|eu|ap|um|gs)\d{1,3}\.salesforce\.com$/;

/** Well-known key prefixes (the first 3 chars of an id), case-sensitive. */
const OBJECT_BY_PREFIX: ReadonlyMap<string, string> = new Map([
  ['001', 'Account'],
  ['003', 'Contact'],
  ['005', 'User'],
  ['006', 'Opportunity'],
  ['00Q', 'Lead'],
  ['500', 'Case'],
  ['00T', 'Task'],
  ['00U', 'Event'],
  ['701', 'Campaign'],
  ['800', 'Contract'],
  ['801', 'Order'],
  ['0Q0', 'Quote'],
  ['00O', 'Report'],
  ['01Z', 'Dashboard'],
]);

function isId(s: string | undefined): s is string {
  return s !== undefined && ID.test(s) && /\d/.test(s);
}

function isApiName(s: string | undefined): s is string {
  return s !== undefined && API_NAME.test(s) && !s.endsWith('_');
}

/** Reports and dashboards are records too, but a different kind of page. */
function recordPage(object: string | undefined, fallback: string): string {
  if (object === 'Report') return 'report';
  if (object === 'Dashboard') return 'dashboard';
  return fallback;
}

function record(object: string | undefined, recordId: string, page = 'record'): PageContext {
  const kind = recordPage(object, page);
  return object ? { app: APP, page: kind, object, recordId } : { app: APP, page: kind, recordId };
}

function withObject(page: string, object: string | undefined): PageContext {
  return object ? { app: APP, page, object } : { app: APP, page };
}

/** /lightning/r/<Object>/<id>/<action> or the id-only /lightning/r/<id>/<action>. */
function lightningRecord(rest: string[]): PageContext | null {
  const [a, b, c] = rest;
  if (isId(a)) return record(OBJECT_BY_PREFIX.get(a.slice(0, 3)), a, actionPage(b));
  if (!isApiName(a) || !isId(b)) return null;
  if (c === 'clone') return withObject(recordPage(a, 'record_new'), a);
  return record(a, b, actionPage(c));
}

function actionPage(action: string | undefined): string {
  return action === 'edit' ? 'record_edit' : 'record';
}

/** /lightning/o/<Object>/<action>. */
function lightningObject(rest: string[]): PageContext | null {
  const [object, action] = rest;
  if (!isApiName(object)) return null;
  if (action === 'new') return withObject('record_new', object);
  if (action === 'list' || action === 'home' || action === undefined || action === 'pipelineInspection') {
    return withObject('list', object);
  }
  return null;
}

function lightning(rest: string[]): PageContext | null {
  const [kind, ...tail] = rest;
  switch (kind) {
    case undefined:
      return { app: APP, page: 'home' };
    case 'r':
      return lightningRecord(tail);
    case 'o':
      return lightningObject(tail);
    case 'page':
      return tail[0] === 'home' ? { app: APP, page: 'home' } : null;
    case 'app':
      return { app: APP, page: 'home' };
    case 'setup':
      return { app: APP, page: 'setup' };
    default:
      return null;
  }
}

/** one.app hash router: #/sObject/<id>/view, #/sObject/<Object>/list|home, #/home. */
function oneApp(hash: string): PageContext | null {
  const route = hash.replace(/^#/, '').split('?')[0] ?? '';
  const [root, a, b] = segments(route);
  if (root === 'home') return { app: APP, page: 'home' };
  if (root !== 'sObject') return null;
  if (isId(a)) return record(OBJECT_BY_PREFIX.get(a.slice(0, 3)), a, actionPage(b));
  if (!isApiName(a)) return null;
  if (b === 'new') return withObject('record_new', a);
  if (b === 'list' || b === 'home') return withObject('list', a);
  return null;
}

/** Classic: /<id>, /<id>/e, /<prefix>/o, /<prefix>/e, /<prefix>?fcf=<listViewId>, /home/home.jsp. */
function classic(segs: string[]): PageContext | null {
  const [first, second, ...more] = segs;
  if (first === undefined) return null;
  if (first === 'home' && second === 'home.jsp') return { app: APP, page: 'home' };
  if (first === 'setup' || (first === 'ui' && second === 'setup')) return { app: APP, page: 'setup' };
  if (more.length > 0) return null;
  if (isId(first)) {
    const object = OBJECT_BY_PREFIX.get(first.slice(0, 3));
    if (second === undefined) return record(object, first);
    if (second === 'e') return record(object, first, 'record_edit');
    return null;
  }
  if (KEY_PREFIX.test(first) && /\d/.test(first)) {
    const object = OBJECT_BY_PREFIX.get(first);
    if (second === 'e') return withObject(recordPage(object, 'record_new'), object);
    if (second === 'o' || second === undefined) return withObject('list', object);
  }
  return null;
}

function ownsHost(host: string): boolean {
  return (
    host.endsWith('.lightning.force.com') ||
    host.endsWith('.my.salesforce.com') ||
    host.endsWith('.my.salesforce-setup.com') ||
    INSTANCE_HOST.test(host)
  );
}

function detect(url: URL): PageContext | null {
  if (!ownsHost(url.hostname.toLowerCase())) return null;
  const segs = segments(url.pathname);
  const [root, second, ...rest] = segs;
  // Bare "/" is the login page (its startURL may name a record) or a redirect: not a work page.
  if (root === undefined) return null;
  if (root === 'lightning') return lightning(second === undefined ? [] : [second, ...rest]);
  if (root === 'one' && second === 'one.app' && rest.length === 0) return oneApp(url.hash);
  // REST/SOAP APIs, login, Visualforce, Sites: not pages where the employee works.
  if (['services', 'secur', 'login', 'apex', '_ui', 'servlet', 's', 'sfc', 'visualforce'].includes(root)) {
    return null;
  }
  return classic(segs);
}

export const salesforce: SiteDetector = {
  app: APP,
  label: 'Salesforce',
  matches: HOST_PATTERNS.salesforce,
  ownsHost,
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const salesforceExamples: readonly DetectorExample[] = [
  {
    url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000AbCdEAAR/view',
    expect: { app: APP, page: 'record', object: 'Opportunity', recordId: '0065g00000AbCdEAAR' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000AbCdEAAR/edit?navigationLocation=DETAIL',
    expect: { app: APP, page: 'record_edit', object: 'Opportunity', recordId: '0065g00000AbCdEAAR' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/o/Opportunity/new?count=1&nooverride=1&useRecordTypeCheck=1',
    expect: { app: APP, page: 'record_new', object: 'Opportunity' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/o/Case/list?filterName=Recent',
    expect: { app: APP, page: 'list', object: 'Case' },
  },
  { url: 'https://acme.lightning.force.com/lightning/o/Account/home', expect: { app: APP, page: 'list', object: 'Account' } },
  {
    url: 'https://acme.lightning.force.com/lightning/r/Report/00O5g000004FqXyEAK/view?queryScope=userFolders',
    expect: { app: APP, page: 'report', object: 'Report', recordId: '00O5g000004FqXyEAK' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/r/Dashboard/01Z5g000000Kx9LEAS/view',
    expect: { app: APP, page: 'dashboard', object: 'Dashboard', recordId: '01Z5g000000Kx9LEAS' },
  },
  { url: 'https://acme.lightning.force.com/lightning/page/home', expect: { app: APP, page: 'home' } },
  {
    url: 'https://acme.my.salesforce-setup.com/lightning/setup/ObjectManager/Opportunity/FieldsAndRelationships/view',
    expect: { app: APP, page: 'setup' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/r/Invoice__c/a015g00000Lm3QpAAJ/view',
    expect: { app: APP, page: 'record', object: 'Invoice__c', recordId: 'a015g00000Lm3QpAAJ' },
  },
  {
    url: 'https://acme--uat.sandbox.lightning.force.com/lightning/r/SBQQ__Quote__c/a0x7Z000001QqRsQAK/view',
    expect: { app: APP, page: 'record', object: 'SBQQ__Quote__c', recordId: 'a0x7Z000001QqRsQAK' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/r/0065g00000AbCdEAAR/view',
    expect: { app: APP, page: 'record', object: 'Opportunity', recordId: '0065g00000AbCdEAAR' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/r/a015g00000Lm3QpAAJ/view',
    expect: { app: APP, page: 'record', recordId: 'a015g00000Lm3QpAAJ' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/r/Account/0015g00000XyZ12AAB/related/Contacts/view',
    expect: { app: APP, page: 'record', object: 'Account', recordId: '0015g00000XyZ12AAB' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/r/Case/5005g00000Qw3ErAAJ/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000XyZ12AAB%2Fview',
    expect: { app: APP, page: 'record', object: 'Case', recordId: '5005g00000Qw3ErAAJ' },
  },
  {
    url: 'https://acme.lightning.force.com/one/one.app#/sObject/0065g00000AbCdEAAR/view',
    expect: { app: APP, page: 'record', object: 'Opportunity', recordId: '0065g00000AbCdEAAR' },
  },
  {
    url: 'https://acme.lightning.force.com/one/one.app#/sObject/Lead/list?filterName=Recent',
    expect: { app: APP, page: 'list', object: 'Lead' },
  },
  {
    url: 'https://acme.my.salesforce.com/0065g00000AbCdE',
    expect: { app: APP, page: 'record', object: 'Opportunity', recordId: '0065g00000AbCdE' },
  },
  {
    url: 'https://acme--uat.sandbox.my.salesforce.com/5005g00000Qw3Er/e?retURL=%2F5005g00000Qw3Er',
    expect: { app: APP, page: 'record_edit', object: 'Case', recordId: '5005g00000Qw3Er' },
  },
  { url: 'https://acme.my.salesforce.com/006/o', expect: { app: APP, page: 'list', object: 'Opportunity' } },
  { url: 'https://www.salesforce.com/products/sales-cloud/overview/', expect: null },
  { url: 'https://help.salesforce.com/s/articleView?id=sf.leads.htm&type=5', expect: null },
  { url: 'https://trailhead.salesforce.com/content/learn/modules/lex_implementation_basics', expect: null },
  { url: 'https://login.salesforce.com/?locale=us', expect: null },
  { url: 'https://acme.my.salesforce.com/?startURL=%2F0065g00000AbCdEAAR', expect: null },
  { url: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Opportunity/0065g00000AbCdEAAR', expect: null },
  { url: 'https://acme.my.salesforce.com/secur/frontdoor.jsp?retURL=%2F0065g00000AbCdE', expect: null },
  { url: 'https://acme.lightning.force.com/lightning/n/Commission_Calculator', expect: null },
  { url: 'https://acme.my.site.com/customers/s/case/5005g00000Qw3ErAAJ', expect: null },
];
