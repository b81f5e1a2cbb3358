import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { KpiBucket, KpiResponse } from '../../server/api/contract';
import { createApi } from '../../server/dashboard/src/api';
import type { DashboardApi } from '../../server/dashboard/src/api-types';
import { ApiContext } from '../../server/dashboard/src/context';

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (call: Call) => Reply | Promise<Reply>;

/**
 * A fetch stand-in routed by "METHOD /path" (query ignored for routing). Records every call so tests can
 * assert what the dashboard sent. Unrouted requests fail loudly.
 */
export function stubServer(routes: Record<string, Handler | Reply>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(input, 'https://lastmile.test');
    const method = init?.method ?? 'GET';
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((init?.headers as Record<string, string> | undefined) ?? {})) headers[k.toLowerCase()] = v;
    const call: Call = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      credentials: init?.credentials,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    const route = routes[`${method} ${url.pathname}`];
    if (!route) throw new Error(`unrouted request ${method} ${url.pathname}`);
    const reply = typeof route === 'function' ? await route(call) : route;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json', ...reply.headers },
    });
  });
  return { fetch, calls };
}

export function apiFor(fetch: (input: string, init?: RequestInit) => Promise<Response>, cookies = ''): DashboardApi {
  return createApi({ fetch, cookies: () => cookies });
}

export function renderWithApi(ui: ReactElement, api: DashboardApi) {
  return render(<ApiContext.Provider value={api}>{ui}</ApiContext.Provider>);
}

export function errorBody(code: string, message: string, issues?: { path: string; message: string }[]) {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

export const ME = { email: 'admin@acme.test', org: { id: 'org1', name: 'Acme Corp' } };
export const SESSION = { admin: ME, csrfToken: 'csrf-123', expiresAt: '2026-03-05T10:00:00.000Z' };

/** A bucket with every metric set; override what a test is about. */
export function bucket(start: string, over: Partial<KpiBucket> = {}): KpiBucket {
  return {
    start,
    end: start,
    suppressed: false,
    partial: false,
    reports: 40,
    aiActiveShare: 0.5,
    activeContributors: 20,
    informedPerRecordVisit: 0.3,
    hoursSaved: 6,
    helpfulness: 0.8,
    ...over,
  };
}

export const HIDDEN: Partial<KpiBucket> = {
  suppressed: true,
  reports: null,
  aiActiveShare: null,
  activeContributors: null,
  informedPerRecordVisit: null,
  hoursSaved: null,
  helpfulness: null,
};

export function kpiResponse(over: Partial<KpiResponse> = {}): KpiResponse {
  return {
    from: '2026-02-02',
    to: '2026-03-03',
    cohort: null,
    granularity: 'day',
    k: 5,
    cohorts: ['sales', 'support'],
    series: [bucket('2026-03-01'), bucket('2026-03-02'), bucket('2026-03-03')],
    totals: bucket('2026-02-02', { end: '2026-03-03' }),
    apps: [],
    alerts: [],
    ...over,
  };
}
