import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { safeDecode } from './util';

/*
 * Dynamics 365 / Power Apps model-driven apps: everything is /main.aspx with query parameters
 * (pagetype, etn, id, viewid, appid). Only the org hosts <org>.crm[N].dynamics.com count: the Web
 * API (<org>.api.crm.dynamics.com), the discovery service, Finance & Operations
 * (*.operations.dynamics.com) and the marketing site live elsewhere under dynamics.com.
 */

const APP = 'dynamics';
/** One label before crm[N]: rejects <org>.api.crm.dynamics.com. */
const ORG_HOST = /^[a-z0-9][a-z0-9-]{0,62}\.crm\d{0,2}\.dynamics\.com$/;
const NOT_ORGS = new Set(['disco', 'globaldisco', 'www', 'admin', 'port']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Logical names are lower case: account, opportunity, new_project, cr6a1_thing. */
const LOGICAL_NAME = /^[a-z][a-z0-9_]{0,63}$/;
/** Legacy entity type codes (etc=) for the stock entities; custom codes vary by org. */
const ENTITY_BY_CODE: ReadonlyMap<string, string> = new Map([
  ['1', 'account'],
  ['2', 'contact'],
  ['3', 'opportunity'],
  ['4', 'lead'],
  ['112', 'incident'],
]);
/** Regional hosts: crm (NAM), crm2 (SAM), crm3 (CAN), crm4 (EMEA), crm5 (APAC), ... */
const REGIONS = ['', '2', '3', '4', '5', '6', '7', '8', '9', '11', '12', '14', '15', '16', '17', '19', '20', '21'];

function ownsHost(host: string): boolean {
  return ORG_HOST.test(host) && !NOT_ORGS.has(host.slice(0, host.indexOf('.')));
}

/** "{ABC...}", "%7Babc...%7D" or a bare GUID -> the GUID as given, without braces. */
function guid(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const s = safeDecode(raw).trim().replace(/^\{/, '').replace(/\}$/, '');
  return GUID.test(s) ? s : undefined;
}

/** Query parameters by lower-cased name, first occurrence wins (Dynamics reads them case-insensitively). */
function params(url: URL): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of url.searchParams) {
    const key = k.toLowerCase();
    if (!out.has(key)) out.set(key, v);
  }
  return out;
}

function entity(q: Map<string, string>): string | undefined {
  const etn = q.get('etn')?.toLowerCase();
  if (etn !== undefined) return LOGICAL_NAME.test(etn) ? etn : undefined;
  const etc = q.get('etc');
  return etc === undefined ? undefined : ENTITY_BY_CODE.get(etc);
}

function detect(url: URL): PageContext | null {
  if (!ownsHost(url.hostname.toLowerCase())) return null;
  if (url.pathname.toLowerCase() !== '/main.aspx') return null;
  const q = params(url);
  // Settings-only sessions (the legacy settings area) are configuration, not work.
  if (q.get('settingsonly') === 'true') return null;
  const pagetype = q.get('pagetype')?.toLowerCase();
  const object = entity(q);
  switch (pagetype) {
    case undefined:
      // main.aspx?appid=... opens the app's landing page.
      return q.has('etn') || q.has('id') ? null : { app: APP, page: 'home' };
    case 'entityrecord': {
      if (!object) return null;
      const raw = q.get('id');
      if (raw === undefined || raw === '') return { app: APP, page: 'record_new', object };
      const id = guid(raw);
      return id ? { app: APP, page: 'record', object, recordId: id } : null;
    }
    case 'entitylist':
      if (q.has('etn') && !object) return null;
      return object ? { app: APP, page: 'list', object } : { app: APP, page: 'list' };
    case 'dashboard': {
      const id = guid(q.get('id'));
      return id ? { app: APP, page: 'dashboard', recordId: id } : { app: APP, page: 'dashboard' };
    }
    default:
      // apps (the app picker), search, custom pages, web resources: nothing to say.
      return null;
  }
}

export const dynamics: SiteDetector = {
  app: APP,
  label: 'Dynamics 365',
  matches: HOST_PATTERNS.dynamics,
  ownsHost,
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const dynamicsExamples: readonly DetectorExample[] = [
  {
    url: 'https://acme.crm.dynamics.com/main.aspx?appid=3a5e0b1c-6f1e-ed11-b83d-000d3a8b1234&pagetype=entityrecord&etn=opportunity&id=%7B5b8f2a43-9c1d-ee11-9cbe-000d3a5b6e21%7D',
    expect: { app: APP, page: 'record', object: 'opportunity', recordId: '5b8f2a43-9c1d-ee11-9cbe-000d3a5b6e21' },
  },
  {
    url: 'https://acme.crm4.dynamics.com/main.aspx?appid=3a5e0b1c-6f1e-ed11-b83d-000d3a8b1234&forceUCI=1&pagetype=entityrecord&etn=incident&id=A1B2C3D4-0E0F-EE11-8F6E-6045BD8C1F20',
    expect: { app: APP, page: 'record', object: 'incident', recordId: 'A1B2C3D4-0E0F-EE11-8F6E-6045BD8C1F20' },
  },
  {
    url: 'https://acme.crm.dynamics.com/main.aspx?appid=3a5e0b1c-6f1e-ed11-b83d-000d3a8b1234&pagetype=entitylist&etn=opportunity&viewid=00000000-0000-0000-00aa-000010003001&viewType=1039',
    expect: { app: APP, page: 'list', object: 'opportunity' },
  },
  {
    url: 'https://acme.crm11.dynamics.com/main.aspx?appid=3a5e0b1c-6f1e-ed11-b83d-000d3a8b1234&pagetype=dashboard&id=eeafd79e-0b5e-4c1d-a1ad-2a7a6c8f0b31&type=system&_canOverride=true',
    expect: { app: APP, page: 'dashboard', recordId: 'eeafd79e-0b5e-4c1d-a1ad-2a7a6c8f0b31' },
  },
  {
    url: 'https://acme.crm.dynamics.com/main.aspx?appid=3a5e0b1c-6f1e-ed11-b83d-000d3a8b1234&pagetype=entityrecord&etn=account',
    expect: { app: APP, page: 'record_new', object: 'account' },
  },
  {
    url: 'https://acme-sandbox.crm.dynamics.com/main.aspx?appid=9f3c8c52-1a2b-ee11-9965-000d3a4f5e6a&pagetype=entityrecord&etn=cr6a1_project&id=0d3c5e1f-2a4b-ee11-be6e-000d3a5a9c01',
    expect: { app: APP, page: 'record', object: 'cr6a1_project', recordId: '0d3c5e1f-2a4b-ee11-be6e-000d3a5a9c01' },
  },
  {
    url: 'https://acme.crm.dynamics.com/main.aspx?appid=3a5e0b1c-6f1e-ed11-b83d-000d3a8b1234',
    expect: { app: APP, page: 'home' },
  },
  { url: 'https://dynamics.microsoft.com/en-us/sales/overview/', expect: null },
  { url: 'https://acme.api.crm.dynamics.com/api/data/v9.2/opportunities(5b8f2a43-9c1d-ee11-9cbe-000d3a5b6e21)', expect: null },
  { url: 'https://acme.crm.dynamics.com/api/data/v9.2/accounts?$top=5', expect: null },
  { url: 'https://acme.operations.dynamics.com/?cmp=USMF&mi=CustTableListPage', expect: null },
  { url: 'https://acme.crm.dynamics.com/main.aspx?settingsonly=true', expect: null },
  { url: 'https://acme.crm.dynamics.com/apps', expect: null },
  {
    url: 'https://login.microsoftonline.com/common/oauth2/authorize?redirect_uri=https%3A%2F%2Facme.crm.dynamics.com%2Fmain.aspx%3Fpagetype%3Dentityrecord%26etn%3Daccount',
    expect: null,
  },
];
