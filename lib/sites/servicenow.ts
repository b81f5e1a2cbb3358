import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { safeDecode, segments } from './util';

/*
 * ServiceNow instances: classic UI (<table>.do, <table>_list.do), the frames that wrap it
 * (nav_to.do?uri=..., Next Experience /now/nav/ui/classic/params/target/...), workspaces
 * (/now/sow, /now/cwf/agent, /now/workspace/agent: .../record/<table>/<sys_id>) and portal
 * ticket pages (/sp?id=ticket&table=incident&sys_id=...). Other portal pages (catalog, knowledge,
 * portal home) are self-service browsing and return null.
 */

const APP = 'servicenow';
const SYS_ID = /^[0-9a-f]{32}$/i;
/** Table names: incident, sc_req_item, u_custom, x_acme_app_thing. */
const TABLE = /^[a-z][a-z0-9_]{0,79}$/;
/** Record numbers: INC0010023, RITM0010001, CHG0030001, KB0000012. */
const NUMBER = /^[A-Za-z]{2,10}\d{3,15}$/;
const PORTAL = /^[a-z][a-z0-9_]{0,39}$/;
const MAX_NESTING = 3;
const PORTAL_RECORD_PAGES = new Set(['ticket', 'form', 'standard_ticket', 'csm_ticket']);
/** .do pages that look like tables but are login, plumbing or preferences. */
const NOT_TABLES = new Set([
  'login',
  'logout',
  'login_redirect',
  'external_logout_complete',
  'auth_redirect',
  'saml_redirector',
  'oauth_auth',
  'validate_multifactor_auth_code',
  'multifactor_auth_setup',
  'change_password',
  'welcome',
  'xmlhttp',
  'sys_attachment',
  'ui_page',
  'system_properties_ui',
  'catalog_home',
  'catalog_find',
]);
/** Hosts under the instance domains that are not customer instances. */
const NOT_INSTANCES = new Set(['www.service-now.com', 'signon.service-now.com', 'hi.service-now.com']);

function ownsHost(host: string): boolean {
  if (NOT_INSTANCES.has(host)) return false;
  return host.endsWith('.service-now.com') || host.endsWith('.servicenowservices.com');
}

function recordOf(table: string | undefined, id: string | undefined | null): PageContext | null {
  if (!table || !TABLE.test(table)) return null;
  if (id === '-1') return { app: APP, page: 'record_new', object: table };
  if (id && SYS_ID.test(id)) return { app: APP, page: 'record', object: table, recordId: id };
  return null;
}

/** sysparm_query=number=INC0010023^active=true -> INC0010023 (or a sys_id term). */
function idFromQuery(query: string): string | undefined {
  for (const term of query.split('^')) {
    const [field, value] = term.split('=');
    if (field === 'sys_id' && value && SYS_ID.test(value)) return value;
    if (field === 'number' && value && NUMBER.test(value)) return value;
  }
  return undefined;
}

function optionalId(page: string, object: string, id: string | null): PageContext {
  return id && SYS_ID.test(id) ? { app: APP, page, object, recordId: id } : { app: APP, page, object };
}

/** Classic UI page <name>.do with its query. */
function classicPage(name: string, params: URLSearchParams, url: URL, depth: number): PageContext | null {
  if (name === 'nav_to') {
    const uri = params.get('uri');
    return uri ? nested(uri, url, depth) : { app: APP, page: 'home' };
  }
  if (name === 'home' || name === 'navpage') return { app: APP, page: 'home' };
  if (name === '$pa_dashboard') return optionalId('dashboard', 'pa_dashboards', params.get('sysparm_dashboard'));
  if (name === 'sys_report_template') return optionalId('report', 'sys_report', params.get('jvar_report_id'));
  if (NOT_TABLES.has(name)) return null;
  if (name.endsWith('_list')) {
    const table = name.slice(0, -'_list'.length);
    return TABLE.test(table) ? { app: APP, page: 'list', object: table } : null;
  }
  if (!TABLE.test(name)) return null;
  const sysId = params.get('sys_id');
  if (sysId !== null) return recordOf(name, sysId);
  const query = params.get('sysparm_query');
  if (query !== null) {
    const id = idFromQuery(query);
    return id ? { app: APP, page: 'record', object: name, recordId: id } : null;
  }
  // A bare form URL opens a new record.
  return { app: APP, page: 'record_new', object: name };
}

/** A classic URL carried inside another (nav_to.do?uri=..., .../params/target/...). */
function nested(target: string, base: URL, depth: number): PageContext | null {
  if (depth >= MAX_NESTING || target.length > 8192) return null;
  let t = target.trim();
  // The target is sometimes encoded once more than its wrapper needs.
  for (let i = 0; i < 2 && !t.includes('?') && /%3f|%2f/i.test(t); i++) t = safeDecode(t);
  let inner: URL;
  try {
    inner = /^https?:/i.test(t) ? new URL(t) : new URL(t.startsWith('/') ? t : `/${t}`, base.origin);
  } catch {
    return null;
  }
  // Never follow a wrapper to another site (nav_to.do is a known open-redirect shape).
  if (inner.origin !== base.origin) return null;
  return detectAt(inner, depth + 1);
}

/** Next Experience and workspaces: /now/... */
function nowPage(segs: string[], url: URL, depth: number): PageContext | null {
  if (segs[1] === 'nav' && segs[2] === 'ui') {
    if (segs[3] === 'home' && segs.length === 4) return { app: APP, page: 'home' };
    if (segs[3] === 'classic' && segs[4] === 'params' && segs[5] === 'target') {
      // Use the raw path: the target is one encoded URL that may itself contain encoded slashes.
      const raw = url.pathname.split('/').slice(7).join('/');
      return raw ? nested(safeDecode(raw), url, depth) : null;
    }
    return null;
  }
  const rec = segs.indexOf('record', 2);
  if (rec >= 0) return recordOf(segs[rec + 1], segs[rec + 2]);
  const dash = segs.indexOf('dashboards', 2);
  if (dash >= 0) {
    const sys = segs.indexOf('sys-id', dash);
    return optionalId('dashboard', 'par_dashboard', sys >= 0 ? (segs[sys + 1] ?? null) : null);
  }
  const list = segs.indexOf('list', 2);
  if (list >= 0) {
    const t = segs.indexOf('table', list);
    const table = t >= 0 ? segs[t + 1] : undefined;
    return table && TABLE.test(table) ? { app: APP, page: 'list', object: table } : { app: APP, page: 'list' };
  }
  // /now/sow/home, /now/workspace/agent/home, /now/cwf/agent/home
  if (segs.length <= 4 && segs[segs.length - 1] === 'home') return { app: APP, page: 'home' };
  return null;
}

/** Portal ticket pages: /sp?id=ticket&table=incident&sys_id=... */
function portalPage(params: URLSearchParams): PageContext | null {
  const id = params.get('id');
  if (id === 'list') {
    const table = params.get('table');
    return table && TABLE.test(table) ? { app: APP, page: 'list', object: table } : null;
  }
  if (!id || !PORTAL_RECORD_PAGES.has(id)) return null;
  return recordOf(params.get('table') ?? undefined, params.get('sys_id'));
}

function detectAt(url: URL, depth: number): PageContext | null {
  const segs = segments(url.pathname);
  const [root] = segs;
  // The bare root is the login page (or a redirect to it / to the home page).
  if (root === undefined) return null;
  if (root === 'api' || root === 'oauth_token.do') return null;
  if (root === 'now' || root === 'x') return nowPage(segs, url, depth);
  if (segs.length !== 1) return null;
  if (root.endsWith('.do')) return classicPage(root.slice(0, -3), url.searchParams, url, depth);
  if (PORTAL.test(root)) return portalPage(url.searchParams);
  return null;
}

function detect(url: URL): PageContext | null {
  if (!ownsHost(url.hostname.toLowerCase())) return null;
  return detectAt(url, 0);
}

export const servicenow: SiteDetector = {
  app: APP,
  label: 'ServiceNow',
  matches: HOST_PATTERNS.servicenow,
  ownsHost,
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const servicenowExamples: readonly DetectorExample[] = [
  {
    url: 'https://acme.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371&sysparm_view=ess',
    expect: { app: APP, page: 'record', object: 'incident', recordId: '9d385017c611228701d22104cc95c371' },
  },
  {
    url: 'https://acme.service-now.com/incident.do?sys_id=-1&sysparm_stack=incident_list.do',
    expect: { app: APP, page: 'record_new', object: 'incident' },
  },
  {
    url: 'https://acme.service-now.com/incident_list.do?sysparm_query=active%3Dtrue%5Eassigned_to%3Djavascript:gs.getUserID()',
    expect: { app: APP, page: 'list', object: 'incident' },
  },
  {
    url: 'https://acme.service-now.com/incident.do?sysparm_query=number=INC0010023',
    expect: { app: APP, page: 'record', object: 'incident', recordId: 'INC0010023' },
  },
  {
    url: 'https://acme.service-now.com/nav_to.do?uri=change_request.do%3Fsys_id%3D70ad699e47410200e90d87e8dee490af',
    expect: { app: APP, page: 'record', object: 'change_request', recordId: '70ad699e47410200e90d87e8dee490af' },
  },
  {
    url: 'https://acme.service-now.com/now/nav/ui/classic/params/target/sc_req_item.do%3Fsys_id%3Daeed229047801200e0ef563dbb9a71c2%26sysparm_view%3D',
    expect: { app: APP, page: 'record', object: 'sc_req_item', recordId: 'aeed229047801200e0ef563dbb9a71c2' },
  },
  {
    url: 'https://acme.service-now.com/now/sow/record/incident/552c48888c033300964f4932b03eb092',
    expect: { app: APP, page: 'record', object: 'incident', recordId: '552c48888c033300964f4932b03eb092' },
  },
  {
    url: 'https://acme.service-now.com/now/cwf/agent/record/sn_customerservice_case/f352a4c3dbd1a0106d7c0b1b5e96199c/sub/record/sn_customerservice_case/f352a4c3dbd1a0106d7c0b1b5e96199c',
    expect: {
      app: APP,
      page: 'record',
      object: 'sn_customerservice_case',
      recordId: 'f352a4c3dbd1a0106d7c0b1b5e96199c',
    },
  },
  {
    url: 'https://acme.service-now.com/now/workspace/agent/record/incident/-1',
    expect: { app: APP, page: 'record_new', object: 'incident' },
  },
  { url: 'https://acme.service-now.com/now/nav/ui/home', expect: { app: APP, page: 'home' } },
  {
    url: 'https://acme.service-now.com/sp?id=ticket&table=incident&sys_id=57af7aec73d423002728660c4cf6a71c',
    expect: { app: APP, page: 'record', object: 'incident', recordId: '57af7aec73d423002728660c4cf6a71c' },
  },
  { url: 'https://www.servicenow.com/products/itsm.html', expect: null },
  { url: 'https://docs.servicenow.com/bundle/washingtondc-it-service-management/page/product/incident-management/concept/c_IncidentManagement.html', expect: null },
  { url: 'https://acme.service-now.com/login.do?sysparm_goto_url=incident.do%3Fsys_id%3D9d385017c611228701d22104cc95c371', expect: null },
  { url: 'https://acme.service-now.com/api/now/table/incident/9d385017c611228701d22104cc95c371', expect: null },
  { url: 'https://acme.service-now.com/now/nav/ui/classic/params/target/system_properties_ui.do%3Fsysparm_title%3DUI%2BProperties', expect: null },
  { url: 'https://acme.service-now.com/sp?id=sc_home', expect: null },
];
