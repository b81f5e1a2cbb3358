import type { PageContext, SiteDetector, DetectorExample } from './types';
import { HOST_PATTERNS } from './hosts';
import { segments } from './util';

/*
 * Workday: /<tenant>/d/<page>.htmld on *.myworkday.com. The URLs are opaque: instances are
 * "<classId>$<instanceId>" pairs and the class ids are not documented, so a worker profile cannot be
 * told from an expense report by its URL. We therefore only say what the URL shape says:
 * - /d/home.htmld -> home; /d/inbox.htmld -> inbox
 * - /d/task/<taskId>.htmld -> page 'task' (a task definition, e.g. Request Time Off)
 * - /d/inst/<ctx>/rel-task/<taskId>.htmld -> the same task launched on an instance (from the inbox
 *   or an item's related actions): page 'task', recordId the task; the instance is not kept.
 * - /d/inst/<ctx>/<instanceId>.htmld -> page 'record', object 'item' (kind unknown)
 * Login (/<tenant>/login.htmld, /wday/authgwy/...), web services (/ccx/...) and anything else are
 * null. Implementation tenants (wdN-impl.workday.com) are not covered on purpose: not employees.
 */

const APP = 'workday';
const TENANT = /^[A-Za-z0-9_-]{1,64}$/;
const NOT_TENANTS = new Set(['wday', 'ccx']);
/** Workday ids: "<classId>$<instanceId>", e.g. 2997$3940, 247$12345. */
const WID = /^\d{1,10}\$\d{1,20}$/;

/** "2997$3940.htmld" -> "2997$3940". */
function idOf(segment: string | undefined): string | undefined {
  if (!segment || !segment.endsWith('.htmld')) return undefined;
  const id = segment.slice(0, -'.htmld'.length);
  return WID.test(id) ? id : undefined;
}

function instance(rest: string[]): PageContext | null {
  if (rest.length === 1) {
    const id = idOf(rest[0]);
    return id ? { app: APP, page: 'record', object: 'item', recordId: id } : null;
  }
  const [ctx, a, b] = rest;
  if (!ctx || !WID.test(ctx)) return null;
  if (a === 'rel-task' && rest.length === 3) {
    const task = idOf(b);
    return task ? { app: APP, page: 'task', object: 'task', recordId: task } : null;
  }
  if (rest.length !== 2) return null;
  const id = idOf(a);
  return id ? { app: APP, page: 'record', object: 'item', recordId: id } : null;
}

function ownsHost(host: string): boolean {
  return host.endsWith('.myworkday.com');
}

function detect(url: URL): PageContext | null {
  if (!ownsHost(url.hostname.toLowerCase())) return null;
  const [tenant, d, kind, ...rest] = segments(url.pathname);
  if (!tenant || !TENANT.test(tenant) || NOT_TENANTS.has(tenant) || d !== 'd') return null;
  if (kind === 'home.htmld' && rest.length === 0) return { app: APP, page: 'home' };
  if (kind === 'inbox.htmld' && rest.length === 0) return { app: APP, page: 'inbox' };
  if (kind === 'task' && rest.length === 1) {
    const id = idOf(rest[0]);
    return id ? { app: APP, page: 'task', object: 'task', recordId: id } : null;
  }
  if (kind === 'inst') return instance(rest);
  return null;
}

export const workday: SiteDetector = {
  app: APP,
  label: 'Workday',
  matches: HOST_PATTERNS.workday,
  ownsHost,
  detect,
};

/** Real URLs and what they must detect as: replayed by the tests, never shipped. */
export const workdayExamples: readonly DetectorExample[] = [
  { url: 'https://wd5.myworkday.com/acme/d/home.htmld', expect: { app: APP, page: 'home' } },
  { url: 'https://wd3.myworkday.com/acme_corp/d/inbox.htmld', expect: { app: APP, page: 'inbox' } },
  {
    url: 'https://wd5.myworkday.com/acme/d/task/2997$3940.htmld',
    expect: { app: APP, page: 'task', object: 'task', recordId: '2997$3940' },
  },
  {
    url: 'https://wd5.myworkday.com/acme/d/task/1422%245143.htmld',
    expect: { app: APP, page: 'task', object: 'task', recordId: '1422$5143' },
  },
  {
    url: 'https://wd5.myworkday.com/acme/d/inst/15$207706/rel-task/2998$11039.htmld',
    expect: { app: APP, page: 'task', object: 'task', recordId: '2998$11039' },
  },
  {
    url: 'https://wd5.myworkday.com/acme/d/inst/1$37/247$12345.htmld',
    expect: { app: APP, page: 'record', object: 'item', recordId: '247$12345' },
  },
  {
    url: 'https://www.myworkday.com/acme/d/inst/247$12345/247$12345.htmld',
    expect: { app: APP, page: 'record', object: 'item', recordId: '247$12345' },
  },
  { url: 'https://www.workday.com/en-us/products/human-capital-management/overview.html', expect: null },
  { url: 'https://wd5.myworkday.com/acme/login.htmld?redirect=n', expect: null },
  { url: 'https://wd5.myworkday.com/wday/authgwy/acme/login.htmld?returnTo=%2Facme%2Fd%2Ftask%2F2997%243940.htmld', expect: null },
  { url: 'https://wd5.myworkday.com/ccx/service/acme/Human_Resources/v41.0', expect: null },
  { url: 'https://wd5.myworkday.com/ccx/api/v1/acme/workers', expect: null },
  { url: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R-01234', expect: null },
];
