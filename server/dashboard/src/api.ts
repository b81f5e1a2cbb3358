import { z } from 'zod';
import {
  AdminPolicyResponseSchema,
  KpiResponseSchema,
  SessionResponseSchema,
  SettingsSchema,
  TokenCreateResponseSchema,
  TokenListResponseSchema,
  TokenRevokeResponseSchema,
  UseCaseListResponseSchema,
  UseCaseResponseSchema,
} from '../../api/contract';
import type { KpiResponse } from '../../api/contract';
import type { PolicyInput } from '../../../lib/policy/schema';
import type { DashboardApi } from './api-types';
import type { CohortInfo, KpiData, KpiQuery } from './model';
import { ApiError, createHttp } from './http';
import type { FetchLike } from './http';
import { addDays } from './format';

const BASE = '/admin/api';
const Anything = z.unknown();

function kpiParams(q: KpiQuery): string {
  const p = new URLSearchParams({ from: q.from, to: q.to, granularity: q.granularity });
  if (q.cohort) p.set('cohort', q.cohort);
  return p.toString();
}

/** The selected cohort is never in the server's list when it is below k there: say so rather than drop it. */
export function cohortsOf(res: KpiResponse): CohortInfo[] {
  const list: CohortInfo[] = res.cohorts.map((id) => ({ id, suppressed: false }));
  if (res.cohort) {
    const hidden = res.totals.suppressed || !res.cohorts.includes(res.cohort);
    const i = list.findIndex((c) => c.id === res.cohort);
    if (i >= 0) list[i] = { id: res.cohort, suppressed: hidden };
    else list.push({ id: res.cohort, suppressed: hidden });
  }
  return list.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Builds the overview from three requests: the chosen range (series, apps, alerts) and the totals of
 * its last 7 days and the 7 before (the cards' week-over-week change). Rolling windows, so the change
 * always compares two complete weeks instead of a part-week with a full one.
 */
export function toKpiData(main: KpiResponse, cur: KpiResponse | null, prev: KpiResponse | null): KpiData {
  const latest = [...main.alerts].sort((a, b) => b.week.localeCompare(a.week))[0] ?? null;
  return {
    from: main.from,
    to: main.to,
    k: main.k,
    granularity: main.granularity,
    cohort: main.cohort,
    buckets: main.series,
    thisWeek: cur?.totals ?? null,
    lastWeek: prev?.totals ?? null,
    apps: main.apps,
    cohorts: cohortsOf(main),
    helpfulnessAlert: latest,
  };
}

export interface ApiDeps {
  fetch: FetchLike;
  cookies: () => string;
  onUnauthorized?: () => void;
}

export function createApi({ fetch, cookies, onUnauthorized }: ApiDeps): DashboardApi {
  const http = createHttp({ fetch, cookies, onUnauthorized });
  const kpi = (q: KpiQuery): Promise<KpiResponse> =>
    http.request('GET', `${BASE}/kpis?${kpiParams(q)}`, KpiResponseSchema);

  return {
    async me() {
      try {
        const s = await http.request('GET', `${BASE}/me`, SessionResponseSchema);
        http.setCsrf(s.csrfToken);
        return s.admin;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    async signIn(email, password) {
      const s = await http.request('POST', `${BASE}/session`, SessionResponseSchema, { email, password });
      http.setCsrf(s.csrfToken);
      return s.admin;
    },
    async signOut() {
      try {
        await http.request('DELETE', `${BASE}/session`, Anything);
      } finally {
        http.setCsrf(undefined);
      }
    },
    async kpis(q) {
      const week = { granularity: 'day' as const, cohort: q.cohort };
      const [main, cur, prev] = await Promise.all([
        kpi(q),
        kpi({ ...week, from: addDays(q.to, -6), to: q.to }).catch(() => null),
        kpi({ ...week, from: addDays(q.to, -13), to: addDays(q.to, -7) }).catch(() => null),
      ]);
      return toKpiData(main, cur, prev);
    },
    kpisCsvUrl(q) {
      return `${BASE}/kpis.csv?${kpiParams(q)}`;
    },
    async listUseCases() {
      return (await http.request('GET', `${BASE}/use-cases`, UseCaseListResponseSchema)).useCases;
    },
    async createUseCase(input) {
      return (await http.request('POST', `${BASE}/use-cases`, UseCaseResponseSchema, input)).useCase;
    },
    async updateUseCase(id, input) {
      return (await http.request('PUT', `${BASE}/use-cases/${encodeURIComponent(id)}`, UseCaseResponseSchema, input)).useCase;
    },
    async deleteUseCase(id) {
      await http.request('DELETE', `${BASE}/use-cases/${encodeURIComponent(id)}`, Anything);
    },
    getPolicy() {
      return http.request('GET', `${BASE}/policy`, AdminPolicyResponseSchema);
    },
    savePolicy(draft: PolicyInput) {
      return http.request('PUT', `${BASE}/policy`, AdminPolicyResponseSchema, draft);
    },
    publishPolicy() {
      return http.request('POST', `${BASE}/policy/publish`, AdminPolicyResponseSchema, {});
    },
    async listTokens() {
      return (await http.request('GET', `${BASE}/tokens`, TokenListResponseSchema)).tokens;
    },
    createToken(label) {
      return http.request('POST', `${BASE}/tokens`, TokenCreateResponseSchema, { label });
    },
    async revokeToken(id) {
      return (await http.request('DELETE', `${BASE}/tokens/${encodeURIComponent(id)}`, TokenRevokeResponseSchema)).token;
    },
    getSettings() {
      return http.request('GET', `${BASE}/settings`, SettingsSchema);
    },
    saveSettings(kAnonymity) {
      return http.request('PUT', `${BASE}/settings`, SettingsSchema, { kAnonymity });
    },
  };
}
