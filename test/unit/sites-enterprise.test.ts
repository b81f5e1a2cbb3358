import { describe, expect, it } from 'vitest';
import { servicenow } from '@/lib/sites/servicenow';
import { dynamics } from '@/lib/sites/dynamics';
import { hubspot } from '@/lib/sites/hubspot';
import { workday } from '@/lib/sites/workday';
import { PageContextSchema, type PageContext, type SiteDetector } from '@/lib/sites/types';
import { EXAMPLES } from '@/lib/sites/examples';

const MINE: readonly SiteDetector[] = [servicenow, dynamics, hubspot, workday];
const run = (d: SiteDetector) => (url: string): PageContext | null => d.detect(new URL(url));

describe.each(MINE.map((d) => [d.app, d] as const))('%s examples', (_app, d) => {
  it('has at least five positive and three null examples', () => {
    expect(EXAMPLES[d.app].filter((e) => e.expect).length).toBeGreaterThanOrEqual(5);
    expect(EXAMPLES[d.app].filter((e) => !e.expect).length).toBeGreaterThanOrEqual(3);
  });

  it.each(EXAMPLES[d.app].map((e) => [e.url, e.expect] as const))('%s', (url, expected) => {
    const got = run(d)(url);
    expect(got).toEqual(expected);
    if (got) expect(PageContextSchema.safeParse(got).success).toBe(true);
    // Each of these four must leave the others' URLs alone.
    for (const other of MINE) if (other !== d) expect(run(other)(url)).toBeNull();
  });

  it('asks only for https host patterns, never all URLs', () => {
    for (const m of d.matches) {
      expect(m).toMatch(/^https:\/\/[^/]+\/\*$/);
      expect(m).not.toContain('<all_urls>');
    }
  });
});

describe('servicenow', () => {
  const sn = run(servicenow);
  const I = 'https://acme.service-now.com';
  const SYS = '9d385017c611228701d22104cc95c371';

  it('owns instances only', () => {
    expect(servicenow.ownsHost('acme.service-now.com')).toBe(true);
    expect(servicenow.ownsHost('acmedev.service-now.com')).toBe(true);
    expect(servicenow.ownsHost('acme.servicenowservices.com')).toBe(true);
    for (const h of ['www.service-now.com', 'signon.service-now.com', 'hi.service-now.com', 'service-now.com', 'www.servicenow.com', 'docs.servicenow.com', 'developer.servicenow.com', 'acme.service-now.com.evil.example']) {
      expect(servicenow.ownsHost(h)).toBe(false);
    }
  });

  it('decodes doubly wrapped classic URLs', () => {
    const inner = encodeURIComponent(`incident.do?sys_id=${SYS}`);
    expect(sn(`${I}/nav_to.do?uri=${encodeURIComponent(`/${inner}`)}`)?.recordId).toBe(SYS);
    expect(sn(`${I}/now/nav/ui/classic/params/target/nav_to.do%3Furi%3D${encodeURIComponent(inner)}`)?.recordId).toBe(SYS);
    expect(sn(`${I}/now/nav/ui/classic/params/target/incident_list.do%3Fsysparm_query%3Dactive%253Dtrue`)).toEqual({
      app: 'servicenow',
      page: 'list',
      object: 'incident',
    });
  });

  it('stops at a nesting limit and never follows a wrapper to another site', () => {
    let uri = `incident.do?sys_id=${SYS}`;
    for (let i = 0; i < 6; i++) uri = `nav_to.do?uri=${encodeURIComponent(uri)}`;
    expect(sn(`${I}/${uri}`)).toBeNull();
    expect(sn(`${I}/nav_to.do?uri=${encodeURIComponent(`https://evil.example/incident.do?sys_id=${SYS}`)}`)).toBeNull();
    expect(sn(`${I}/nav_to.do?uri=${encodeURIComponent(`//evil.example/incident.do?sys_id=${SYS}`)}`)).toBeNull();
    expect(sn(`${I}/nav_to.do?uri=${encodeURIComponent(`${I}/incident.do?sys_id=${SYS}`)}`)?.recordId).toBe(SYS);
  });

  it('reads record numbers and sys_ids from sysparm_query, and nothing else', () => {
    expect(sn(`${I}/change_request.do?sysparm_query=number%3DCHG0030001%5Eactive%3Dtrue`)?.recordId).toBe('CHG0030001');
    expect(sn(`${I}/incident.do?sysparm_query=sys_id%3D${SYS}`)?.recordId).toBe(SYS);
    expect(sn(`${I}/incident.do?sysparm_query=active%3Dtrue`)).toBeNull();
    expect(sn(`${I}/incident.do?sysparm_query=number%3D%27%3Bdrop`)).toBeNull();
  });

  it('treats a bare form as new and rejects malformed sys_ids', () => {
    expect(sn(`${I}/incident.do`)).toEqual({ app: 'servicenow', page: 'record_new', object: 'incident' });
    expect(sn(`${I}/incident.do?sys_id=12345`)).toBeNull();
    expect(sn(`${I}/sys_user.do?sys_id=javascript:gs.getUserID()`)).toBeNull();
    expect(sn(`${I}/Incident.do?sys_id=${SYS}`)).toBeNull();
  });

  it('reads workspaces, dashboards, reports and homes', () => {
    expect(sn(`${I}/now/sow/home`)).toEqual({ app: 'servicenow', page: 'home' });
    expect(sn(`${I}/now/workspace/agent/home`)).toEqual({ app: 'servicenow', page: 'home' });
    expect(sn(`${I}/now/cwf/agent/list/params/list-id/a1b2/table/incident`)).toEqual({
      app: 'servicenow',
      page: 'list',
      object: 'incident',
    });
    expect(sn(`${I}/now/sow/record/incident/not-a-sys-id`)).toBeNull();
    expect(sn(`${I}/$pa_dashboard.do?sysparm_dashboard=${SYS}`)?.page).toBe('dashboard');
    expect(sn(`${I}/sys_report_template.do?jvar_report_id=${SYS}`)?.page).toBe('report');
    expect(sn(`${I}/navpage.do`)).toEqual({ app: 'servicenow', page: 'home' });
  });

  it('reads portal ticket pages only', () => {
    expect(sn(`${I}/esc?id=standard_ticket&table=sc_req_item&sys_id=${SYS}`)?.object).toBe('sc_req_item');
    expect(sn(`${I}/sp?id=form&table=incident&sys_id=-1`)?.page).toBe('record_new');
    expect(sn(`${I}/sp?id=kb_article&sys_id=${SYS}`)).toBeNull();
    expect(sn(`${I}/sp`)).toBeNull();
    expect(sn(`${I}/sp?id=ticket&table=Bad-Table&sys_id=${SYS}`)).toBeNull();
  });

  it('returns null for login, logout, APIs and the bare root', () => {
    expect(sn(`${I}/`)).toBeNull();
    expect(sn(`${I}/logout.do`)).toBeNull();
    expect(sn(`${I}/api/sn_sc/servicecatalog/items`)).toBeNull();
    expect(sn(`${I}/oauth_token.do`)).toBeNull();
  });
});

describe('dynamics', () => {
  const dx = run(dynamics);
  const O = 'https://acme.crm.dynamics.com/main.aspx';
  const G = '5b8f2a43-9c1d-ee11-9cbe-000d3a5b6e21';

  it('owns org hosts only', () => {
    for (const h of ['acme.crm.dynamics.com', 'acme.crm4.dynamics.com', 'acme-dev.crm11.dynamics.com', 'org1a2b3c4d.crm.dynamics.com']) {
      expect(dynamics.ownsHost(h)).toBe(true);
    }
    for (const h of ['acme.api.crm.dynamics.com', 'disco.crm.dynamics.com', 'globaldisco.crm.dynamics.com', 'acme.operations.dynamics.com', 'home.dynamics.com', 'dynamics.microsoft.com', 'crm.dynamics.com', 'acme.crm.dynamics.com.evil.example', 'acme.crm123.dynamics.com']) {
      expect(dynamics.ownsHost(h)).toBe(false);
    }
  });

  it('strips braces however the id is written and keeps its case', () => {
    for (const id of [`%7B${G}%7D`, `{${G}}`, G, `%257B${G}%257D`]) {
      expect(dx(`${O}?pagetype=entityrecord&etn=account&id=${id}`)?.recordId).toBe(G);
    }
    expect(dx(`${O}?pagetype=entityrecord&etn=account&id=${G.toUpperCase()}`)?.recordId).toBe(G.toUpperCase());
  });

  it('rejects malformed ids and entity names', () => {
    expect(dx(`${O}?pagetype=entityrecord&etn=account&id=%7Bnot-a-guid%7D`)).toBeNull();
    expect(dx(`${O}?pagetype=entityrecord&etn=account&id=${G}0`)).toBeNull();
    expect(dx(`${O}?pagetype=entityrecord&etn=acc%20ount&id=${G}`)).toBeNull();
    expect(dx(`${O}?pagetype=entityrecord&id=${G}`)).toBeNull();
    expect(dx(`${O}?pagetype=entitylist&etn=%3Cscript%3E`)).toBeNull();
  });

  it('reads parameters case-insensitively and legacy entity type codes', () => {
    expect(dx(`${O}?PageType=EntityRecord&ETN=Opportunity&ID=${G}`)).toEqual({
      app: 'dynamics',
      page: 'record',
      object: 'opportunity',
      recordId: G,
    });
    expect(dx(`${O}?etc=112&pagetype=entityrecord&id=%7b${G}%7d`)?.object).toBe('incident');
    expect(dx(`https://acme.crm.dynamics.com/MAIN.ASPX?pagetype=entitylist&etn=lead`)?.page).toBe('list');
  });

  it('returns null for the app picker, custom pages, search and web resources', () => {
    expect(dx(`${O}?pagetype=apps`)).toBeNull();
    expect(dx(`${O}?appid=3a5e0b1c-6f1e-ed11-b83d-000d3a8b1234&pagetype=custom&name=msdyn_home_page`)).toBeNull();
    expect(dx(`${O}?pagetype=search&searchText=acme`)).toBeNull();
    expect(dx(`${O}?pagetype=webresource&webresourceName=new_%2Fpage.html`)).toBeNull();
    expect(dx('https://acme.crm.dynamics.com/WebResources/new_/page.html')).toBeNull();
  });
});

describe('hubspot', () => {
  const hs = run(hubspot);
  const A = 'https://app.hubspot.com';

  it('owns the app hosts only', () => {
    for (const h of ['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com']) expect(hubspot.ownsHost(h)).toBe(true);
    for (const h of ['www.hubspot.com', 'knowledge.hubspot.com', 'developers.hubspot.com', 'community.hubspot.com', 'api.hubapi.com', 'acme.hs-sites.com', 'app.hubspot.com.evil.example']) {
      expect(hubspot.ownsHost(h)).toBe(false);
    }
  });

  it('maps object type ids, keeps unknown and custom ones as given', () => {
    expect(hs(`${A}/contacts/4412345/record/0-27/123`)?.object).toBe('task');
    expect(hs(`${A}/contacts/4412345/record/0-999/123`)?.object).toBe('0-999');
    expect(hs(`${A}/contacts/4412345/objects/2-7654321/views/all/list`)).toEqual({
      app: 'hubspot',
      page: 'list',
      object: '2-7654321',
    });
  });

  it('never takes the portal id for the record id', () => {
    const got = hs(`${A}/contacts/4412345/record/0-1/51234567801`);
    expect(got?.recordId).toBe('51234567801');
    expect(hs(`${A}/contacts/4412345/record/0-1/`)).toBeNull();
    expect(hs(`${A}/contacts/4412345/record/0-1/abc`)).toBeNull();
    expect(hs(`${A}/contacts/not-a-portal/record/0-1/51234567801`)).toBeNull();
    expect(hs(`${A}/contacts/4412345/record/contact/51234567801`)).toBeNull();
  });

  it('reads legacy lists, inbox, help desk and reports', () => {
    expect(hs(`${A}/contacts/4412345/deals/board/view/all/`)).toEqual({ app: 'hubspot', page: 'list', object: 'deal' });
    expect(hs(`${A}/live-messages/4412345/inbox`)).toEqual({ app: 'hubspot', page: 'inbox' });
    expect(hs(`${A}/help-desk/4412345/view/123/ticket/2345678901`)).toEqual({
      app: 'hubspot',
      page: 'record',
      object: 'ticket',
      recordId: '2345678901',
    });
    expect(hs(`${A}/reports-list/4412345/`)).toEqual({ app: 'hubspot', page: 'list', object: 'report' });
    expect(hs(`${A}/reports-dashboard/4412345`)).toEqual({ app: 'hubspot', page: 'dashboard' });
  });

  it('returns null for settings, signup and tools it does not know', () => {
    expect(hs(`${A}/settings/4412345/properties`)).toBeNull();
    expect(hs(`${A}/signup-hubspot/crm`)).toBeNull();
    expect(hs(`${A}/user-preferences/4412345/profile`)).toBeNull();
    expect(hs(`${A}/`)).toBeNull();
  });
});

describe('workday', () => {
  const wd = run(workday);
  const W = 'https://wd5.myworkday.com';

  it('owns myworkday.com tenant hosts only', () => {
    for (const h of ['wd5.myworkday.com', 'wd3.myworkday.com', 'www.myworkday.com']) expect(workday.ownsHost(h)).toBe(true);
    for (const h of ['www.workday.com', 'myworkday.com', 'acme.wd5.myworkdayjobs.com', 'wd5.myworkdaysite.com', 'doc.workday.com', 'wd5.myworkday.com.evil.example']) {
      expect(workday.ownsHost(h)).toBe(false);
    }
  });

  it('validates Workday ids and the .htmld suffix', () => {
    expect(wd(`${W}/acme/d/task/2997$3940`)).toBeNull();
    expect(wd(`${W}/acme/d/task/abc.htmld`)).toBeNull();
    expect(wd(`${W}/acme/d/task/2997$.htmld`)).toBeNull();
    expect(wd(`${W}/acme/d/inst/1$37/247$12345.htmld/extra`)).toBeNull();
    expect(wd(`${W}/acme/d/inst/bad/247$12345.htmld`)).toBeNull();
    expect(wd(`${W}/acme/d/inst/247$12345.htmld`)).toEqual({ app: 'workday', page: 'record', object: 'item', recordId: '247$12345' });
  });

  it('returns null for login, services, search and the tenant root', () => {
    expect(wd(`${W}/acme`)).toBeNull();
    expect(wd(`${W}/acme/d/search.htmld?q=jane`)).toBeNull();
    expect(wd(`${W}/wday/d/home.htmld`)).toBeNull();
    expect(wd(`${W}/acme/d/home.htmld/more`)).toBeNull();
  });
});

describe('enterprise detectors never throw', () => {
  const hostile = (base: string) => [
    `${base}/%E0%A4%A/%ZZ`,
    `${base}/main.aspx?${'pagetype=%&'.repeat(20000)}`,
    `${base}/nav_to.do?uri=${'%25'.repeat(20000)}`,
    `${base}/now/nav/ui/classic/params/target/${'%'.repeat(5000)}`,
    `${base}/now/nav/ui/classic/params/target/%2F%2F%5B`,
    `${base}/contacts/1/record/0-1/${'9'.repeat(100000)}`,
    `${base}/acme/d/inst/${'1$1/'.repeat(5000)}x.htmld`,
    `${base}/sp?id=ticket&table=${'a'.repeat(100000)}&sys_id=-1`,
    `${base}/main.aspx?pagetype=entityrecord&etn=__proto__&id=%7B%7D`,
  ];
  const hosts = ['https://acme.service-now.com', 'https://acme.crm.dynamics.com', 'https://app.hubspot.com', 'https://wd5.myworkday.com'];

  it.each(MINE.map((d, i) => [d.app, d, hosts[i] ?? ''] as const))('%s', (_app, d, base) => {
    for (const url of hostile(base)) {
      const got = d.detect(new URL(url));
      if (got !== null) expect(PageContextSchema.safeParse(got).success).toBe(true);
      else expect(got).toBeNull();
    }
  });
});
