/**
 * The backend's own HTTP APIs from the test process: reports with the enrollment token, and the
 * admin API with a real session (cookie + CSRF token), as the dashboard uses it.
 */
import { randomBytes } from 'node:crypto';
import { CSRF_COOKIE, KpiResponseSchema, SESSION_COOKIE, type KpiResponse } from '../../../server/api/contract';
import { REPORT_SCHEMA_VERSION, type DailyReport, type ReportRow } from '../../../lib/sync/report';
import type { AppId } from '../../../lib/sites/types';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Backend } from './backend';

const HTTP_CREATED = 201;
const HTTP_OK = 200;
const DEDUPE_KEY_BYTES = 32;

/** A fresh 64-hex dedupe key: each synthetic report is another person. */
export const newDedupeKey = (): string => randomBytes(DEDUPE_KEY_BYTES).toString('hex');

/**
 * A synthetic colleague's report for `day`: one row per app with figures that differ per person
 * (`n`), so sums are not symmetrical by accident.
 */
export function colleagueReport(day: string, cohort: string, apps: readonly AppId[], n: number): DailyReport {
  const rows: ReportRow[] = apps.map((app, i) => ({
    app,
    category: 'record',
    recordVisits: 3 + n + i,
    tipsShown: 2 + i,
    tipsUsed: 1 + (n % 2),
    tipsDismissed: n % 2,
    aiActions: 1 + n,
    informedTasks: 1,
    minutesSaved: 5 * (n + 1),
    helpful: n % 2,
    notHelpful: 0,
  }));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    day,
    dedupeKey: newDedupeKey(),
    cohort,
    aiActiveDay: n % 2 === 0,
    active7d: true,
    rows,
    tipUses: [],
    adoption: apps.map((app) => ({ app, adopted: n % 2 === 0 })),
  };
}

export async function postReport(backend: Backend, report: DailyReport): Promise<void> {
  const res = await fetch(`${backend.url}/api/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${backend.token}` },
    body: JSON.stringify(report),
  });
  if (res.status !== HTTP_CREATED) throw new Error(`report refused: ${res.status} ${await res.text()}`);
}

export interface AdminSession {
  cookie: string;
  csrf: string;
}

export async function signIn(backend: Backend): Promise<AdminSession> {
  const res = await fetch(`${backend.url}/admin/api/session`, {
    method: 'POST',
    // Same-origin, as the dashboard itself sends it.
    headers: { 'content-type': 'application/json', origin: backend.url },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  if (res.status !== HTTP_CREATED) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const jar = new Map(res.headers.getSetCookie().map((c) => (c.split(';')[0] ?? '').split('=') as [string, string]));
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: `${SESSION_COOKIE}=${jar.get(SESSION_COOKIE) ?? ''}; ${CSRF_COOKIE}=${jar.get(CSRF_COOKIE) ?? ''}`, csrf: body.csrfToken };
}

/** GET /admin/api/kpis for one day and cohort, day by day. */
export async function dayKpis(backend: Backend, session: AdminSession, day: string, cohort: string): Promise<KpiResponse> {
  const q = new URLSearchParams({ from: day, to: day, cohort, granularity: 'day' });
  const res = await fetch(`${backend.url}/admin/api/kpis?${q.toString()}`, { headers: { cookie: session.cookie } });
  if (res.status !== HTTP_OK) throw new Error(`kpis failed: ${res.status} ${await res.text()}`);
  return KpiResponseSchema.parse(await res.json());
}
