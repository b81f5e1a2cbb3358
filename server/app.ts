/**
 * The HTTP app (Hono): extension API under /api/v1, admin API under /admin/api, the dashboard's
 * static build under /admin/. Built from explicit dependencies so tests run it in-process.
 *
 * Privacy: nothing here reads or logs the client's address or user agent, and no request is
 * logged at all; errors are logged by class and message only.
 */
import { existsSync } from 'node:fs';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { PolicySchema } from '../lib/policy/schema';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  KpiQuerySchema,
  MAX_KPI_RANGE_DAYS,
  SESSION_COOKIE,
  SettingsPutRequestSchema,
  SignInRequestSchema,
  TokenCreateRequestSchema,
  UseCaseInputSchema,
  UseCaseQuerySchema,
  type KpiQuery,
  type SessionResponse,
  type Settings,
  type UseCaseInput,
} from './api/contract';
import type { Db } from './db/connect';
import { addDays, dayOf, daysBetween } from './days';
import { HttpError, databaseUnavailable } from './errors';
import { jsonBody, queryOf, readBodyLimited } from './http';
import { IngestEndpoint } from './ingest/endpoint';
import { IngestQueue } from './ingest/store';
import { kpiCsv } from './kpi/csv';
import { computeKpis } from './kpi/kpis';
import { HSTS, SECURITY_HEADERS } from './security/headers';
import { FixedWindowLimiter, type RateLimit } from './security/rate-limit';
import { safeEqual } from './security/crypto';
import { serveDashboardFile } from './static';
import {
  SESSION_TTL_MS,
  checkPassword,
  createSession,
  deleteSession,
  findSession,
  getOrg,
  setOrgK,
  type SessionInfo,
} from './store/orgs';
import { TipIdCache, getAdminPolicy, getPublished, knownTipIds, publishDraft, saveDraft } from './store/policy';
import { TokenResolver, createToken, listTokens, revokeToken } from './store/tokens';
import { createUseCase, deleteUseCase, getUseCase, listUseCases, updateUseCase, type Range } from './store/use-cases';

export { MAX_FUTURE_DAYS, MAX_REPORT_AGE_DAYS } from './ingest/endpoint';
/** Policies with many tips and notes are large; anything past this is not a policy. */
export const MAX_ADMIN_BODY_BYTES = 1024 * 1024;
const DEFAULT_USE_CASE_DAYS = 28;
const MS_PER_SECOND = 1000;
const CORS_MAX_AGE_SECONDS = 600;

export interface AppOptions {
  db: Db;
  /** Lowest k allowed (max of 5 and K_ANONYMITY). */
  kFloor: number;
  /** Mark cookies Secure even on plain http (set behind a TLS proxy without TRUST_TLS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-Proto from a TLS-terminating proxy. */
  trustTls: boolean;
  /** Exact extension origins allowed; empty = any chrome-/moz-/safari-web-extension origin. */
  extensionOrigins: readonly string[];
  ingestRate: RateLimit;
  signInRatePerEmail: RateLimit;
  signInRateGlobal: RateLimit;
  /** Where the dashboard build lives; absent folder = no dashboard served. */
  dashboardDir?: string | undefined;
  /**
   * Told after this process dropped a cache, so sibling workers drop theirs too (server/main.ts);
   * the admin's answer waits for it, so a revocation holds everywhere once the admin sees it.
   */
  broadcast?: (what: Invalidation) => Promise<void>;
  now?: () => number;
}

export const DEFAULT_SIGN_IN_PER_EMAIL: RateLimit = { limit: 10, windowMs: 15 * 60 * 1000 };
export const DEFAULT_SIGN_IN_GLOBAL: RateLimit = { limit: 100, windowMs: 60 * 1000 };

type Env = { Variables: { session: SessionInfo } };

export interface LastmileApp {
  app: Hono<Env>;
  queue: IngestQueue;
  /** POST /api/v1/reports without Hono, for the node:http fast path (server/node.ts). */
  ingest: IngestEndpoint;
  /** Drop cached enrollment tokens and tip ids: another worker revoked a token or published a policy. */
  invalidate(what: Invalidation): void;
}

/** What one process tells its siblings (node:cluster workers) to forget. */
export type Invalidation = { kind: 'tokens' } | { kind: 'tips'; orgId: string };

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createApp(opts: AppOptions): LastmileApp {
  const now = opts.now ?? Date.now;
  const db = opts.db.kysely;
  const queue = new IngestQueue(db, now);
  const tokens = new TokenResolver(db, now);
  const tipIds = new TipIdCache(db, now);
  const ingest = new IngestEndpoint({
    tokens,
    tipIds,
    limiter: new FixedWindowLimiter(opts.ingestRate, now),
    queue,
    allowedOrigins: new Set(opts.extensionOrigins),
    now,
  });
  const signInPerEmail = new FixedWindowLimiter(opts.signInRatePerEmail, now);
  const signInGlobal = new FixedWindowLimiter(opts.signInRateGlobal, now);
  const app = new Hono<Env>();

  const isHttps = (c: Context): boolean =>
    new URL(c.req.url).protocol === 'https:' || (opts.trustTls && (c.req.header('x-forwarded-proto') ?? '').split(',')[0]?.trim() === 'https');
  const ownOrigin = (c: Context): string => {
    const url = new URL(c.req.url);
    return isHttps(c) && url.protocol === 'http:' ? `https://${url.host}` : url.origin;
  };

  // ---- errors and headers ----------------------------------------------------------------

  app.onError((thrown, c) => {
    const unavailable = databaseUnavailable(thrown);
    if (unavailable !== undefined) {
      // The condition, never the request: an operator needs to know the database is stuck.
      console.error(`lastmile server: ${unavailable.code}: ${thrown.message}`);
    }
    const err = unavailable ?? thrown;
    if (err instanceof HttpError) {
      if (err.retryAfter !== undefined) c.header('Retry-After', String(err.retryAfter));
      return c.json(err.body(), err.status);
    }
    // Class and message only: never the request (no body, address or user agent in logs).
    console.error(`lastmile server: internal error: ${err.name}: ${err.message}`);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'no such endpoint' } }, 404));

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (isHttps(c)) c.res.headers.set('Strict-Transport-Security', HSTS);
  });

  app.get('/healthz', async (c) => c.json({ ok: true as const }));
  app.get('/', (c) => c.redirect('/admin/', 302));

  // ---- extension API ----------------------------------------------------------------------

  const cors: MiddlewareHandler<Env> = async (c, next) => {
    const origin = c.req.header('origin');
    ingest.checkOrigin(origin);
    if (c.req.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin ?? '',
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'authorization, content-type, if-none-match',
          'Access-Control-Max-Age': String(CORS_MAX_AGE_SECONDS),
          Vary: 'Origin',
        },
      });
    }
    await next();
    if (origin !== undefined) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'ETag, Retry-After');
      c.res.headers.append('Vary', 'Origin');
    }
  };
  app.use('/api/v1/*', cors);

  const authenticate = (c: Context) => ingest.authenticate(c.req.header('authorization'));

  // The same endpoint as server/node.ts's fast path (which main.ts serves); this route is what
  // app.request and any other fetch-style host reach.
  app.post('/api/v1/reports', async (c) => {
    const token = await authenticate(c);
    ingest.requireJson(c.req.header('content-type'));
    const text = await readBodyLimited(c.req.raw, ingest.maxBytes);
    const answer = await ingest.accept(token, text);
    return c.json(answer.body, answer.status);
  });

  app.get('/api/v1/policy', async (c) => {
    const token = await authenticate(c);
    const published = await getPublished(db, token.orgId);
    if (published === undefined) throw new HttpError(404, 'no_policy', 'the organisation has not published a policy yet');
    c.header('ETag', published.etag);
    c.header('Cache-Control', 'no-cache');
    const inm = c.req.header('if-none-match');
    if (inm !== undefined && (inm.trim() === '*' || inm.split(',').some((t) => t.trim() === published.etag))) {
      return c.body(null, 304);
    }
    return c.body(published.body, 200, { 'Content-Type': 'application/json' });
  });

  // ---- admin API ----------------------------------------------------------------------------

  const admin = new Hono<Env>();

  admin.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (STATE_CHANGING.has(c.req.method)) {
      // Same-origin only: the Origin check stops cross-site forms and fetches, the token below
      // stops anything that can't read our cookie.
      const origin = c.req.header('origin');
      if (origin !== undefined && origin !== ownOrigin(c)) throw new HttpError(403, 'csrf', 'cross-origin request refused');
      const site = c.req.header('sec-fetch-site');
      if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403, 'csrf', 'cross-site request refused');
    }
    await next();
  });

  const cookieBase = (c: Context) =>
    ({ path: '/admin', sameSite: 'Strict', secure: opts.secureCookies || isHttps(c), maxAge: SESSION_TTL_MS / MS_PER_SECOND }) as const;

  function sessionBody(s: { email: string; org_id: string; org_name: string; csrf_token: string; expires_at: number }): SessionResponse {
    return {
      admin: { email: s.email, org: { id: s.org_id, name: s.org_name } },
      csrfToken: s.csrf_token,
      expiresAt: new Date(s.expires_at).toISOString(),
    };
  }

  admin.post('/session', async (c) => {
    const global = signInGlobal.take('all');
    if (!global.ok) throw new HttpError(429, 'rate_limited', 'too many sign-in attempts; try again later', undefined, undefined, global.retryAfterSeconds);
    const body = await jsonBody(c.req.raw, MAX_ADMIN_BODY_BYTES, SignInRequestSchema, 'invalid_body', 'sign-in');
    const perEmail = signInPerEmail.take(body.email);
    if (!perEmail.ok) throw new HttpError(429, 'rate_limited', 'too many sign-in attempts for this account; try again later', undefined, undefined, perEmail.retryAfterSeconds);
    const adminId = await checkPassword(db, body.email, body.password);
    if (adminId === undefined) throw new HttpError(401, 'invalid_credentials', 'wrong e-mail or password');
    signInPerEmail.reset(body.email);
    const s = await createSession(db, adminId, now());
    const info = await findSession(db, s.sessionId, now());
    if (info === undefined) throw new Error('session vanished right after creation');
    setCookie(c, SESSION_COOKIE, s.sessionId, { ...cookieBase(c), httpOnly: true });
    // Readable on purpose: the dashboard echoes it in x-csrf-token (double submit).
    setCookie(c, CSRF_COOKIE, s.csrfToken, { ...cookieBase(c), httpOnly: false });
    return c.json(sessionBody(info), 201);
  });

  // Everything below needs a session; state changes also need the CSRF token.
  admin.use('*', async (c, next) => {
    const sid = getCookie(c, SESSION_COOKIE);
    const session = sid === undefined ? undefined : await findSession(db, sid, now());
    if (session === undefined) throw new HttpError(401, 'unauthorized', 'sign in first');
    if (STATE_CHANGING.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!safeEqual(sent, session.csrf_token)) throw new HttpError(403, 'csrf', `missing or wrong ${CSRF_HEADER} header`);
    }
    c.set('session', session);
    await next();
  });

  admin.delete('/session', async (c) => {
    await deleteSession(db, c.get('session').id_hash);
    deleteCookie(c, SESSION_COOKIE, cookieBase(c));
    deleteCookie(c, CSRF_COOKIE, cookieBase(c));
    return c.json({ ok: true as const });
  });

  admin.get('/me', (c) => c.json(sessionBody(c.get('session'))));

  async function orgK(orgId: string): Promise<number> {
    const org = await getOrg(db, orgId);
    return Math.max(opts.kFloor, org?.k_anonymity ?? opts.kFloor);
  }

  function kpiQuery(c: Context): KpiQuery {
    const q = queryOf(c.req.url, KpiQuerySchema);
    if (daysBetween(q.from, q.to) + 1 > MAX_KPI_RANGE_DAYS) {
      throw new HttpError(400, 'invalid_query', `range longer than ${MAX_KPI_RANGE_DAYS} days`, 'to');
    }
    return q;
  }

  admin.get('/kpis', async (c) => {
    const q = kpiQuery(c);
    const orgId = c.get('session').org_id;
    return c.json(await computeKpis(db, { ...q, orgId, k: await orgK(orgId) }));
  });

  admin.get('/kpis.csv', async (c) => {
    const q = kpiQuery(c);
    const orgId = c.get('session').org_id;
    const kpis = await computeKpis(db, { ...q, orgId, k: await orgK(orgId) });
    return c.body(kpiCsv(kpis), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="lastmile-kpis-${q.from}-${q.to}.csv"`,
    });
  });

  // ---- use cases

  function useCaseRange(c: Context): Range {
    const q = queryOf(c.req.url, UseCaseQuerySchema);
    const to = q.to ?? addDays(dayOf(now()), -1);
    const from = q.from ?? addDays(to, -(DEFAULT_USE_CASE_DAYS - 1));
    if (from > to) throw new HttpError(400, 'invalid_query', '"from" must not be after "to"', 'from');
    if (daysBetween(from, to) + 1 > MAX_KPI_RANGE_DAYS) throw new HttpError(400, 'invalid_query', `range longer than ${MAX_KPI_RANGE_DAYS} days`, 'to');
    return { from, to };
  }

  async function useCaseBody(c: Context, orgId: string): Promise<UseCaseInput> {
    const input = await jsonBody(c.req.raw, MAX_ADMIN_BODY_BYTES, UseCaseInputSchema, 'invalid_body', 'use case');
    const known = await knownTipIds(db, orgId, true);
    const bad = input.tipIds.findIndex((t) => !known.has(t));
    if (bad >= 0) throw new HttpError(400, 'unknown_tip', `unknown tip id "${input.tipIds[bad] ?? ''}"`, `tipIds.${bad}`);
    return input;
  }

  async function oneUseCase(c: Context, orgId: string, id: string, range: Range) {
    const uc = await getUseCase(db, orgId, id, await orgK(orgId), range);
    if (uc === undefined) throw new HttpError(404, 'not_found', 'no such use case');
    return uc;
  }

  admin.get('/use-cases', async (c) => {
    const orgId = c.get('session').org_id;
    return c.json({ useCases: await listUseCases(db, orgId, await orgK(orgId), useCaseRange(c)) });
  });
  admin.post('/use-cases', async (c) => {
    const orgId = c.get('session').org_id;
    const id = await createUseCase(db, orgId, await useCaseBody(c, orgId), now());
    return c.json({ useCase: await oneUseCase(c, orgId, id, useCaseRange(c)) }, 201);
  });
  admin.get('/use-cases/:id', async (c) => {
    const orgId = c.get('session').org_id;
    return c.json({ useCase: await oneUseCase(c, orgId, c.req.param('id'), useCaseRange(c)) });
  });
  admin.put('/use-cases/:id', async (c) => {
    const orgId = c.get('session').org_id;
    const input = await useCaseBody(c, orgId);
    if (!(await updateUseCase(db, orgId, c.req.param('id'), input, now()))) throw new HttpError(404, 'not_found', 'no such use case');
    return c.json({ useCase: await oneUseCase(c, orgId, c.req.param('id'), useCaseRange(c)) });
  });
  admin.delete('/use-cases/:id', async (c) => {
    if (!(await deleteUseCase(db, c.get('session').org_id, c.req.param('id')))) throw new HttpError(404, 'not_found', 'no such use case');
    return c.json({ ok: true as const });
  });

  // ---- policy

  admin.get('/policy', async (c) => c.json(await getAdminPolicy(db, c.get('session').org_id)));
  admin.put('/policy', async (c) => {
    const orgId = c.get('session').org_id;
    const draft = await jsonBody(c.req.raw, MAX_ADMIN_BODY_BYTES, PolicySchema, 'invalid_policy', 'policy');
    await saveDraft(db, orgId, draft, now());
    return c.json(await getAdminPolicy(db, orgId));
  });
  admin.post('/policy/publish', async (c) => {
    const orgId = c.get('session').org_id;
    if (!(await publishDraft(db, orgId, now()))) throw new HttpError(409, 'bad_request', 'nothing to publish: save a draft first');
    tipIds.forget(orgId);
    await opts.broadcast?.({ kind: 'tips', orgId });
    return c.json(await getAdminPolicy(db, orgId));
  });

  // ---- enrollment tokens

  admin.get('/tokens', async (c) => c.json({ tokens: await listTokens(db, c.get('session').org_id) }));
  admin.post('/tokens', async (c) => {
    const body = await jsonBody(c.req.raw, MAX_ADMIN_BODY_BYTES, TokenCreateRequestSchema, 'invalid_body', 'token');
    return c.json(await createToken(db, c.get('session').org_id, body.label, now()), 201);
  });
  admin.delete('/tokens/:id', async (c) => {
    const token = await revokeToken(db, c.get('session').org_id, c.req.param('id'), now());
    if (token === undefined) throw new HttpError(404, 'not_found', 'no such token');
    tokens.forgetAll();
    await opts.broadcast?.({ kind: 'tokens' });
    return c.json({ token });
  });

  // ---- settings

  admin.get('/settings', async (c) => {
    const settings: Settings = { kAnonymity: await orgK(c.get('session').org_id), kFloor: opts.kFloor };
    return c.json(settings);
  });
  admin.put('/settings', async (c) => {
    const body = await jsonBody(c.req.raw, MAX_ADMIN_BODY_BYTES, SettingsPutRequestSchema, 'invalid_body', 'settings');
    if (body.kAnonymity < opts.kFloor) {
      throw new HttpError(400, 'invalid_body', `kAnonymity must be at least ${opts.kFloor} on this server`, 'kAnonymity');
    }
    const orgId = c.get('session').org_id;
    await setOrgK(db, orgId, body.kAnonymity);
    const settings: Settings = { kAnonymity: await orgK(orgId), kFloor: opts.kFloor };
    return c.json(settings);
  });

  app.route('/admin/api', admin);

  // ---- dashboard static build

  const dashboardDir = opts.dashboardDir;
  app.get('/admin', (c) => c.redirect('/admin/', 302));
  app.get('/admin/*', async (c) => {
    const rel = new URL(c.req.url).pathname.slice('/admin/'.length);
    if (dashboardDir === undefined || !existsSync(dashboardDir)) {
      throw new HttpError(404, 'not_found', 'the dashboard is not built (server/dashboard/dist is missing)');
    }
    const res = await serveDashboardFile(dashboardDir, rel);
    if (res === undefined) throw new HttpError(404, 'not_found', 'no such file');
    return res;
  });

  const invalidate = (what: Invalidation): void => {
    if (what.kind === 'tokens') tokens.forgetAll();
    else tipIds.forget(what.orgId);
  };
  return { app, queue, ingest, invalidate };
}
