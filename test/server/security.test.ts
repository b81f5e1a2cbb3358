/**
 * Server security and faults not covered by admin.test.ts / ingest.test.ts: a locked or full
 * SQLite database (503 with a clear reason, nothing stored, nothing corrupted, the retry lands
 * once), CORS beyond the happy path, session fixation, server-side sign-out, the global sign-in
 * limit, secrets at rest, the constant-time paths, and no address or user agent anywhere.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER, ErrorBodySchema, MIN_K_ANONYMITY, SESSION_COOKIE } from '../../server/api/contract';
import { DEFAULT_SIGN_IN_GLOBAL, DEFAULT_SIGN_IN_PER_EMAIL, createApp } from '../../server/app';
import { openDb } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrations';
import { DB_BUSY_RETRY_SECONDS } from '../../server/errors';
import * as crypto from '../../server/security/crypto';
import { createOrg, upsertAdmin } from '../../server/store/orgs';
import { createToken } from '../../server/store/tokens';
import { ADMIN_EMAIL, ADMIN_PASSWORD, NOW, ORIGIN, adminReq, dumpAll, makeHarness, postReport, report, signIn, type Harness } from './harness';

// Pass-through spies: the real functions run; the test sees that the constant-time paths are taken.
vi.mock('../../server/security/crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/security/crypto')>();
  return { ...real, safeEqual: vi.fn(real.safeEqual), verifyPassword: vi.fn(real.verifyPassword), sha256Hex: vi.fn(real.sha256Hex) };
});

/** A write waits this long for another process's lock before giving up (keeps the test quick). */
const BUSY_TIMEOUT_MS = 50;
const EXT_ORIGIN = 'chrome-extension://jacemdllinefijbplihaekiombhogcki';

async function errorOf(res: Response) {
  return ErrorBodySchema.parse(await res.json()).error;
}

/** The app on a SQLite FILE (a second process can lock it), as main.ts would run it. */
async function fileHarness(dir: string) {
  const path = join(dir, 'lastmile.sqlite');
  const db = openDb({ kind: 'sqlite', path, busyTimeoutMs: BUSY_TIMEOUT_MS });
  await migrateToLatest(db.kysely);
  const org = await createOrg(db.kysely, 'Locked Org', MIN_K_ANONYMITY, NOW);
  const { secret } = await createToken(db.kysely, org.id, 'file', NOW);
  const { app, queue } = createApp({
    db,
    kFloor: MIN_K_ANONYMITY,
    secureCookies: false,
    trustTls: false,
    extensionOrigins: [],
    ingestRate: { limit: 10_000, windowMs: 60_000 },
    signInRatePerEmail: DEFAULT_SIGN_IN_PER_EMAIL,
    signInRateGlobal: DEFAULT_SIGN_IN_GLOBAL,
    now: () => NOW,
  });
  const post = (body: unknown) =>
    app.request(`${ORIGIN}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(body),
    });
  const counts = async () => {
    const reports = await db.kysely.selectFrom('reports').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const rollup = await db.kysely.selectFrom('rollup_day').select(sql<number>`coalesce(sum(reports), 0)`.as('n')).executeTakeFirstOrThrow();
    return { keys: Number(reports.n), reports: Number(rollup.n) };
  };
  const integrity = async () => (await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db.kysely)).rows.map((r) => r.integrity_check);
  return { path, db, app, queue, post, counts, integrity };
}

describe('a locked or full SQLite database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lastmile-sec-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('another process holding an exclusive lock: 503 db_busy with Retry-After, nothing stored; the retry lands once', async () => {
    const f = await fileHarness(await mkdtemp(join(dir, 'busy-')));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const other = new SqliteDatabase(f.path);
    try {
      expect((await f.post(report())).status).toBe(201);
      const before = await f.counts();
      other.exec('BEGIN EXCLUSIVE');
      const r = report();
      const res = await f.post(r);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe(String(DB_BUSY_RETRY_SECONDS));
      const err = await errorOf(res);
      expect(err.code).toBe('db_busy');
      expect(err.message).toMatch(/locked by another process\); nothing was stored/);
      // The operator's log says what happened, without the request.
      expect(errors.mock.calls.flat().join(' ')).toMatch(/db_busy/);
      other.exec('ROLLBACK');
      expect(await f.counts()).toEqual(before);
      expect((await f.post(r)).status).toBe(201);
      expect((await f.post(r)).status).toBe(200); // the same dedupe key again: a duplicate, not a second count
      expect(await f.counts()).toEqual({ keys: before.keys + 1, reports: before.reports + 1 });
      expect(await f.integrity()).toEqual(['ok']);
    } finally {
      other.close();
      await f.db.close();
    }
  });

  it('a full disk (SQLITE_FULL): 503 db_full, nothing half-written; once space is back the retry lands once', async () => {
    const f = await fileHarness(await mkdtemp(join(dir, 'full-')));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect((await f.post(report())).status).toBe(201);
      const before = await f.counts();
      // A real SQLITE_FULL: the database may not grow by a single page (no tmpfs or root needed).
      const pages = (await sql<{ page_count: number }>`PRAGMA page_count`.execute(f.db.kysely)).rows[0]?.page_count ?? 0;
      await sql.raw(`PRAGMA max_page_count = ${pages}`).execute(f.db.kysely);
      const bulky = Array.from({ length: 40 }, () => report({ cohort: 'full' }));
      const answers = await Promise.all(bulky.map((r) => f.post(r)));
      const full = answers.filter((a) => a.status === 503);
      expect(full.length).toBeGreaterThan(0);
      expect(answers.every((a) => a.status === 503 || a.status === 201)).toBe(true);
      for (const a of full) expect(await errorOf(a)).toMatchObject({ code: 'db_full', message: expect.stringMatching(/out of disk space; nothing was stored/) });
      const stored = answers.filter((a) => a.status === 201).length;
      // Every accepted report is fully in, every refused one fully out.
      expect(await f.counts()).toEqual({ keys: before.keys + stored, reports: before.reports + stored });
      expect(await f.integrity()).toEqual(['ok']);

      await sql.raw('PRAGMA max_page_count = 1073741823').execute(f.db.kysely);
      const again = await Promise.all(bulky.map((r) => f.post(r)));
      expect(again.filter((a) => a.status === 201).length).toBe(bulky.length - stored);
      expect(again.every((a) => a.status === 201 || a.status === 200)).toBe(true);
      expect(await f.counts()).toEqual({ keys: before.keys + bulky.length, reports: before.reports + bulky.length });
      expect(await f.integrity()).toEqual(['ok']);
    } finally {
      await f.db.close();
    }
  });
});

describe('CORS, sessions and secrets on sqlite', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness('sqlite');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses CORS preflights and requests from web pages, never allows credentials', async () => {
    for (const origin of ['https://evil.example', 'null', ORIGIN, 'chrome-extension://x/../evil', 'https://chrome-extension.evil']) {
      const pre = await h.req('/api/v1/reports', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect(pre.status, origin).toBe(403);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const post = await postReport(h, report(), { headers: { origin } });
      expect(post.status, origin).toBe(403);
      expect((await errorOf(post)).code).toBe('forbidden');
    }
    const ok = await h.req('/api/v1/reports', { method: 'OPTIONS', headers: { origin: EXT_ORIGIN, 'access-control-request-method': 'POST' } });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    // The admin API answers no cross-origin reader at all.
    const me = await h.req('/admin/api/me', { headers: { origin: 'https://evil.example' } });
    expect(me.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with EXTENSION_ORIGINS set, only those extensions may call', async () => {
    const pinned = await makeHarness('sqlite', { extensionOrigins: [EXT_ORIGIN] });
    try {
      expect((await postReport(pinned, report(), { headers: { origin: EXT_ORIGIN } })).status).toBe(201);
      const other = await postReport(pinned, report(), { headers: { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' } });
      expect(other.status).toBe(403);
    } finally {
      await pinned.close();
    }
  });

  it('session fixation: a session id chosen before sign-in is never adopted', async () => {
    const planted = 'lms_attacker-chosen-session-id-0123456789';
    const res = await h.req('/admin/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, cookie: `${SESSION_COOKIE}=${planted}` },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    expect(res.status).toBe(201);
    const issued = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0]?.split('=')[1];
    expect(issued).toMatch(/^lms_[A-Za-z0-9_-]{43}$/);
    expect(issued).not.toBe(planted);
    expect((await h.req('/admin/api/me', { headers: { cookie: `${SESSION_COOKIE}=${planted}` } })).status).toBe(401);
  });

  it('sign-out deletes the session on the server: a copied cookie and its CSRF token are dead', async () => {
    const s = await signIn(h);
    const before = await h.db.kysely.selectFrom('sessions').select('id_hash').execute();
    expect((await adminReq(h, s, '/admin/api/session', { method: 'DELETE' })).status).toBe(200);
    const after = await h.db.kysely.selectFrom('sessions').select('id_hash').execute();
    expect(after.length).toBe(before.length - 1);
    // A cookie kept by an attacker (cookie jars can be copied) no longer works, for reads or writes.
    expect((await adminReq(h, s, '/admin/api/me')).status).toBe(401);
    expect((await adminReq(h, s, '/admin/api/tokens', { method: 'POST', body: { label: 'after logout' } })).status).toBe(401);
  });

  it('the global sign-in limit stops guessing spread over many accounts, even with the right password', async () => {
    const limited = await makeHarness('sqlite', { signInRateGlobal: { limit: 3, windowMs: 60_000 } });
    try {
      const attempt = (email: string, password: string) =>
        limited.req('/admin/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ORIGIN },
          body: JSON.stringify({ email, password }),
        });
      for (let i = 0; i < 3; i++) expect((await attempt(`guess${i}@example.test`, 'x')).status).toBe(401);
      const blocked = await attempt(ADMIN_EMAIL, ADMIN_PASSWORD);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.getSetCookie()).toEqual([]);
      expect((await errorOf(blocked)).code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });

  it('stores no secret in the clear: passwords scrypt-hashed and salted, tokens and sessions as SHA-256', async () => {
    await upsertAdmin(h.db.kysely, h.orgId, 'second@example.test', ADMIN_PASSWORD, NOW);
    const s = await signIn(h);
    const sid = s.cookie.split(';')[0]?.split('=')[1] ?? '';
    const everything = JSON.stringify(await dumpAll(h));
    for (const secret of [ADMIN_PASSWORD, h.token, sid]) expect(everything).not.toContain(secret);
    const admins = await h.db.kysely.selectFrom('admins').select(['password_hash', 'password_salt']).execute();
    expect(new Set(admins.map((a) => a.password_salt)).size).toBe(admins.length); // same password, different salts
    expect(new Set(admins.map((a) => a.password_hash)).size).toBe(admins.length);
  });

  it('takes the constant-time paths: CSRF via timingSafeEqual, unknown e-mails through scrypt, tokens by hash', async () => {
    const s = await signIn(h);
    vi.mocked(crypto.safeEqual).mockClear();
    await adminReq(h, s, '/admin/api/tokens', { method: 'POST', body: { label: 'ct' }, headers: { [CSRF_HEADER]: 'lmc_guess' } });
    expect(crypto.safeEqual).toHaveBeenCalledWith('lmc_guess', s.csrf);

    vi.mocked(crypto.verifyPassword).mockClear();
    const unknown = await h.req('/admin/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ email: 'nobody@example.test', password: 'whatever' }),
    });
    expect(unknown.status).toBe(401);
    // The same scrypt work as for a real account: response time does not reveal who has one.
    expect(crypto.verifyPassword).toHaveBeenCalledWith('whatever', crypto.DUMMY_PASSWORD_HASH);

    vi.mocked(crypto.sha256Hex).mockClear();
    const guess = 'lme_guessed-token-guessed-token-guessed';
    expect((await postReport(h, report(), { token: guess })).status).toBe(401);
    // Looked up by its hash: the comparison never touches the stored secret's bytes.
    expect(crypto.sha256Hex).toHaveBeenCalledWith(guess);
  });

  it('logs and stores no IP address or user agent on the admin paths either', async () => {
    const ua = 'Mozilla/5.0 AdminLeakBrowser/7.7';
    const ip = '198.51.100.23';
    const headers = { 'user-agent': ua, 'x-forwarded-for': ip, 'x-real-ip': ip, forwarded: `for=${ip}` };
    const logged: string[] = [];
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    try {
      const s = await signIn(h);
      const withMeta = (init: { method?: string; body?: unknown } = {}) => ({ ...init, headers: headers });
      await h.req('/admin/api/session', { method: 'POST', headers: { ...headers, 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify({ email: ADMIN_EMAIL, password: 'wrong' }) });
      await adminReq(h, s, '/admin/api/tokens', withMeta({ method: 'POST', body: { label: 'meta' } }));
      await adminReq(h, s, '/admin/api/kpis?from=2026-03-01&to=2026-03-15', withMeta());
      await adminReq(h, s, '/admin/api/policy', withMeta({ method: 'PUT', body: { orgName: 'Privacy Org' } }));
      await adminReq(h, s, '/admin/api/policy/publish', withMeta({ method: 'POST' }));
      await adminReq(h, s, '/admin/api/use-cases', withMeta({ method: 'POST', body: { broken: true } }));
      await h.req('/admin/api/nowhere', { headers });
      await h.req('/api/v1/policy', { headers: { ...headers, authorization: `Bearer ${h.token}` } });
      await adminReq(h, s, '/admin/api/session', withMeta({ method: 'DELETE' }));
    } finally {
      vi.restoreAllMocks();
    }
    const everything = JSON.stringify(await dumpAll(h));
    expect(everything).toContain('Privacy Org'); // the requests did land
    for (const needle of [ua, 'AdminLeakBrowser', ip]) {
      expect(everything).not.toContain(needle);
      expect(logged.join('\n')).not.toContain(needle);
    }
  });
});
