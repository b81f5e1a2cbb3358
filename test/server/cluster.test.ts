/**
 * `server/main.ts --workers 2` (node:cluster) as `npm run server` would start it: both workers
 * share the port and the SQLite file, a revoked token is refused at once by every worker (the
 * primary relays the invalidation, no cache TTL to wait for), the rate limit is split so the
 * workers together never allow more than configured, and SIGTERM drains every worker's queue:
 * each 201 answer is a row in the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, TokenCreateResponseSchema } from '../../server/api/contract';
import { parseEnv } from '../../server/config';
import { perWorker, resolveWorkers, startServer } from '../../server/main';
import { ADMIN_EMAIL, ADMIN_PASSWORD, rawRequest, report } from './harness';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
const RATE_PER_MINUTE = 20;
const START_TIMEOUT_MS = 60_000;

describe('worker count and per-worker limits', () => {
  it('reads --workers / WORKERS, "auto" = one per core, default 1', () => {
    const env = parseEnv({});
    expect(resolveWorkers(undefined, env)).toBe(1);
    expect(resolveWorkers('3', env)).toBe(3);
    expect(resolveWorkers(undefined, parseEnv({ WORKERS: '2' }))).toBe(2);
    expect(resolveWorkers('auto', env)).toBeGreaterThanOrEqual(1);
    expect(() => resolveWorkers('0', env)).toThrow(/positive integer/);
    expect(() => parseEnv({ WORKERS: 'many' })).toThrow(/WORKERS/);
  });

  it('splits a rate limit so N workers together never allow more than the limit', () => {
    expect(perWorker({ limit: 6000, windowMs: 60_000 }, 2)).toEqual({ limit: 3000, windowMs: 60_000 });
    expect(perWorker({ limit: 10, windowMs: 1 }, 3)).toEqual({ limit: 3, windowMs: 1 });
    expect(perWorker({ limit: 1, windowMs: 1 }, 4).limit).toBe(1);
  });

  it('refuses several workers on an in-memory SQLite database (nothing to share)', async () => {
    await expect(startServer({ workers: 2, sqlitePath: ':memory:', port: 0, env: {}, log: () => undefined })).rejects.toThrow(/not :memory:/);
  });
});

describe('a 2-worker cluster on a SQLite file', () => {
  let dir: string;
  let child: ChildProcess;
  let port: number;
  let exited: Promise<number | null>;
  let cookie = '';
  let csrf = '';

  const post = (token: string, body: unknown) => {
    const text = JSON.stringify(body);
    // A fresh connection each time: the primary hands connections to the workers in turn.
    return rawRequest(
      port,
      `POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n`,
      text,
    );
  };
  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${port}/admin/api${path}`, { ...init, headers: { cookie, [CSRF_HEADER]: csrf, 'content-type': 'application/json', ...init.headers } });
  const newToken = async (label: string) => TokenCreateResponseSchema.parse(await (await admin('/tokens', { method: 'POST', body: JSON.stringify({ label }) })).json());

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lastmile-cluster-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SQLITE_PATH: join(dir, 'lastmile.db'),
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      INGEST_RATE_PER_MINUTE: String(RATE_PER_MINUTE),
    };
    delete env.DATABASE_URL;
    delete env.WORKERS;
    child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--workers', '2'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no start line: ${out}`)), START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        const m = /Lastmile server on http:\/\/127\.0\.0\.1:(\d+) \(sqlite, 2 workers\)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const res = await fetch(`http://127.0.0.1:${port}/admin/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    expect(res.status).toBe(201);
    const jar = new Map(res.headers.getSetCookie().map((c) => c.split(';')[0]?.split('=') as [string, string]));
    cookie = `${SESSION_COOKIE}=${jar.get(SESSION_COOKIE) ?? ''}; ${CSRF_COOKIE}=${jar.get(CSRF_COOKIE) ?? ''}`;
    csrf = z.object({ csrfToken: z.string() }).parse(await res.json()).csrfToken;
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  });

  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const fresh = () => report({ day: yesterday, cohort: 'cluster', tipUses: [] });
  let accepted = 0;

  it('serves on one port from both workers', async () => {
    expect(today > yesterday).toBe(true);
    const t = await newToken('both');
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(t.secret, fresh())));
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 8 }, () => 201));
    accepted += 8;
  });

  it('refuses a revoked token at once on every worker', async () => {
    const t = await newToken('to revoke');
    // Both workers resolve (and cache) the token first.
    for (let i = 0; i < 4; i++) expect((await post(t.secret, fresh())).status).toBe(201);
    accepted += 4;
    const del = await admin(`/tokens/${t.token.id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    // The answer came after every worker dropped its cache (the primary relayed and confirmed).
    for (let i = 0; i < 6; i++) expect((await post(t.secret, fresh())).status).toBe(401);
  });

  it('splits the per-token rate limit between the workers', async () => {
    const t = await newToken('limited');
    const statuses: number[] = [];
    for (let i = 0; i < RATE_PER_MINUTE + 10; i++) statuses.push((await post(t.secret, fresh())).status);
    const ok = statuses.filter((s) => s === 201).length;
    expect(statuses.every((s) => s === 201 || s === 429)).toBe(true);
    // Each worker allows RATE / 2 per minute: together at most RATE, never more.
    expect(ok).toBeLessThanOrEqual(RATE_PER_MINUTE);
    expect(ok).toBeGreaterThanOrEqual(RATE_PER_MINUTE / 2);
    accepted += ok;
  });

  it('stops on SIGTERM after writing every accepted report', async () => {
    const t = await newToken('last');
    const inFlight = Array.from({ length: 10 }, () => post(t.secret, fresh()));
    const answers = await Promise.all(inFlight);
    accepted += answers.filter((a) => a.status === 201).length;
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const db = new SqliteDatabase(join(dir, 'lastmile.db'), { readonly: true });
    try {
      const keys = db.prepare('select count(*) as n from reports').get() as { n: number };
      const rolled = db.prepare("select coalesce(sum(reports), 0) as n from rollup_day where cohort = 'cluster'").get() as { n: number };
      expect(keys.n).toBe(accepted);
      expect(rolled.n).toBe(accepted);
    } finally {
      db.close();
    }
  });
});
