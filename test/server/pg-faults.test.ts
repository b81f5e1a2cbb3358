/**
 * Database faults on a real PostgreSQL server (the suite's cluster: DATABASE_URL_TEST, or a
 * throwaway one when run as root), the counterpart of the SQLite lock and full-disk tests in
 * security.test.ts:
 * - another session holding a table lock → after lock_timeout 503 db_busy with Retry-After,
 *   nothing half-written, the retry lands once the lock is gone; the same past statement_timeout;
 * - the server's connections terminated (pg_terminate_backend) mid-request and while idle → the
 *   request that was running gets 503 db_unavailable, the process stays up, the next one works;
 * - the database server going away, hanging and coming back (a TCP relay in front of it cut,
 *   stalled, restored) → 503 db_unavailable while it is gone (mid-request, connection refused,
 *   connection never answered: no hung request), recovery on the next request.
 * A full disk (53100) is not provoked here: no safe, self-contained way on a shared cluster (see
 * docs/security.md); its mapping is the same code path as SQLITE_FULL's.
 */
import { randomBytes } from 'node:crypto';
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { ErrorBodySchema, MIN_K_ANONYMITY } from '../../server/api/contract';
import { DEFAULT_SIGN_IN_GLOBAL, DEFAULT_SIGN_IN_PER_EMAIL, createApp } from '../../server/app';
import { openDb, type Db } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrations';
import { DB_BUSY_RETRY_SECONDS, DB_UNAVAILABLE_RETRY_SECONDS } from '../../server/errors';
import { createOrg } from '../../server/store/orgs';
import { createToken } from '../../server/store/tokens';
import { NOW, ORIGIN, report } from './harness';

/** Short waits keep the tests quick; production uses PG_LOCK_TIMEOUT_MS etc. (server/db/connect.ts). */
const LOCK_TIMEOUT_MS = 200;
const STATEMENT_TIMEOUT_MS = 300;
/** Long enough that only the fault under test can end the wait. */
const NEVER_MS = 60_000;
/** The relay test waits this long once for a server that never answers. */
const CONNECT_TIMEOUT_MS = 1_000;
/** The tables one ingest transaction writes, in its order. */
const WRITTEN_TABLES = ['reports', 'rollup_day', 'rollup_app', 'rollup_tip'] as const;
/** Connections the app's pool holds idle before a termination (as after a busy moment). */
const IDLE_CONNECTIONS = 4;
const LOOPBACK = '127.0.0.1';
/** Waiting for PostgreSQL to show a state (a backend waiting, gone): a loaded machine takes a while. */
const POLL = { timeout: 10_000 } as const;

interface Timeouts {
  lockTimeoutMs: number;
  statementTimeoutMs: number;
  connectTimeoutMs: number;
}

async function errorOf(res: Response) {
  return ErrorBodySchema.parse(await res.json()).error;
}

/** A connection of the test's own, with its backend's process id. */
async function client(url: string): Promise<pg.Client & { pid: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<{ pid: number }>('select pg_backend_pid() as pid');
  return Object.assign(c, { pid: rows[0]?.pid ?? -1 });
}

/**
 * A TCP relay to PostgreSQL that can be cut (live connections reset, new ones refused), stalled
 * (connections accepted, never answered: a hung server or a black-holed network) and restored.
 */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  /** Relays to PostgreSQL. */
  up(): Promise<void> {
    return this.listen((inbound) => {
      const outbound = tcpConnect(this.target.port, this.target.host);
      this.track(outbound);
      inbound.pipe(outbound).pipe(inbound);
    });
  }

  /** Accepts connections and never answers. */
  stall(): Promise<void> {
    return this.listen(() => undefined);
  }

  /** The server went away: every connection reset, new ones refused (nothing listens). */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.resetAndDestroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined); // reset by cut(): the other side sees the reset, that is the point
  }

  private async listen(onConnection: (inbound: Socket) => void): Promise<void> {
    await this.cut();
    const server = createServer((inbound) => {
      this.track(inbound);
      onConnection(inbound);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, LOOPBACK, () => resolve());
    });
    const addr = server.address();
    this.port = typeof addr === 'object' && addr !== null ? addr.port : 0;
    this.server = server;
  }
}

interface PgFixture {
  url: string;
  db: Db;
  post(body: unknown): Promise<Response>;
  /** Rows and totals of every table an ingest writes, read on a connection of its own. */
  counts(): Promise<Record<string, number>>;
  /** Backends of the app's database, except the given ones. */
  backends(except?: number[]): Promise<{ pid: number; waiting: boolean }[]>;
  close(): Promise<void>;
}

const opened: PgFixture[] = [];

/** A fresh database on the suite's cluster, migrated, with an org and a token; the app on top. */
async function pgFixture(timeouts: Timeouts, via?: (url: URL) => URL): Promise<PgFixture> {
  const base = inject('pgUrl');
  if (base === '') throw new Error(`PostgreSQL is not available: ${inject('pgUnavailable')}`);
  const name = `lm_faults_${randomBytes(6).toString('hex')}`;
  const admin = await client(base);
  await admin.query(`CREATE DATABASE ${name}`);
  const direct = new URL(base);
  direct.pathname = `/${name}`;
  const url = direct.toString();
  const db = openDb({ kind: 'postgres', url: (via ? via(new URL(url)) : direct).toString(), ...timeouts });
  const observer = await client(url);
  const fixture: PgFixture = {
    url,
    db,
    post: () => Promise.reject(new Error('not ready')),
    async counts() {
      const { rows } = await observer.query<Record<string, string>>(`select
        (select count(*) from reports) as reports,
        (select coalesce(sum(reports), 0) from rollup_day) as day_reports,
        (select count(*) from rollup_app) as app_rows,
        (select coalesce(sum(record_visits), 0) from rollup_app) as app_visits,
        (select coalesce(sum(uses), 0) from rollup_tip) as tip_uses`);
      return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
    },
    async backends(except = []) {
      const { rows } = await admin.query<{ pid: number; wait_event_type: string | null }>(
        'select pid, wait_event_type from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and not (pid = any($2::int[]))',
        [name, [observer.pid, ...except]],
      );
      return rows.map((r) => ({ pid: r.pid, waiting: r.wait_event_type === 'Lock' }));
    },
    async close() {
      await db.close().catch(() => undefined);
      await observer.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
  opened.push(fixture);
  await migrateToLatest(db.kysely);
  const org = await createOrg(db.kysely, 'Faults Org', MIN_K_ANONYMITY, NOW);
  const { secret } = await createToken(db.kysely, org.id, 'pg-faults', NOW);
  const { app } = createApp({
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
  fixture.post = async (body) =>
    app.request(`${ORIGIN}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(body),
    });
  return fixture;
}

/** Every counter of `before` grown by one report (harness.report(): 4 visits, 1 tip use, 1 app row). */
const plusOne = (before: Record<string, number>) => ({
  reports: (before.reports ?? 0) + 1,
  day_reports: (before.day_reports ?? 0) + 1,
  app_rows: before.app_rows,
  app_visits: (before.app_visits ?? 0) + 4,
  tip_uses: (before.tip_uses ?? 0) + 1,
});

describe('PostgreSQL faults', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(opened.splice(0).map((f) => f.close()));
  });

  it.each(WRITTEN_TABLES)(
    'another session holding %s locked: 503 db_busy with Retry-After after lock_timeout, nothing half-written; the retry lands once',
    async (table) => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const f = await pgFixture({ lockTimeoutMs: LOCK_TIMEOUT_MS, statementTimeoutMs: NEVER_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS });
      const locker = await client(f.url);
      try {
        expect((await f.post(report())).status).toBe(201);
        const before = await f.counts();
        await locker.query('BEGIN');
        await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
        const r = report();
        const res = await f.post(r);
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe(String(DB_BUSY_RETRY_SECONDS));
        const err = await errorOf(res);
        expect(err.code).toBe('db_busy');
        expect(err.message).toMatch(/locked by another process\); nothing was stored/);
        // The operator's log names the condition (PostgreSQL's lock timeout), never the request.
        expect(errors.mock.calls.flat().join(' ')).toMatch(/db_busy: canceling statement due to lock timeout/);
        await locker.query('ROLLBACK');
        // The tables written before the locked one were rolled back with it.
        expect(await f.counts()).toEqual(before);
        expect((await f.post(r)).status).toBe(201);
        expect((await f.post(r)).status).toBe(200); // the same dedupe key again: a duplicate
        expect(await f.counts()).toEqual(plusOne(before));
      } finally {
        await locker.end();
      }
    },
  );

  it('a statement waiting past statement_timeout: 503 db_busy, nothing stored; the retry lands once', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const f = await pgFixture({ lockTimeoutMs: NEVER_MS, statementTimeoutMs: STATEMENT_TIMEOUT_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS });
    const locker = await client(f.url);
    try {
      expect((await f.post(report())).status).toBe(201);
      const before = await f.counts();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE rollup_app IN ACCESS EXCLUSIVE MODE');
      const r = report();
      const res = await f.post(r);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe(String(DB_BUSY_RETRY_SECONDS));
      expect(await errorOf(res)).toMatchObject({ code: 'db_busy', message: expect.stringMatching(/did not answer in time \(statement timeout\); nothing was stored/) });
      await locker.query('ROLLBACK');
      expect(await f.counts()).toEqual(before);
      expect((await f.post(r)).status).toBe(201);
      expect(await f.counts()).toEqual(plusOne(before));
    } finally {
      await locker.end();
    }
  });

  it("the server's connections terminated mid-request and while idle: 503 db_unavailable for that request, the process stays up, the next one works", async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const f = await pgFixture({ lockTimeoutMs: NEVER_MS, statementTimeoutMs: NEVER_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS });
    const locker = await client(f.url);
    try {
      expect((await f.post(report())).status).toBe(201);
      // Idle connections in the pool, as after a busy moment: they die too.
      await Promise.all(Array.from({ length: IDLE_CONNECTIONS }, () => sql`select pg_sleep(0.05)`.execute(f.db.kysely)));
      const before = await f.counts();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE rollup_day IN ACCESS EXCLUSIVE MODE');
      const r = report();
      const pending = f.post(r);
      // The request's transaction has written its dedupe row and waits for the lock.
      await expect.poll(async () => (await f.backends([locker.pid])).some((b) => b.waiting), POLL).toBe(true);
      const victims = await f.backends([locker.pid]);
      expect(victims.length).toBeGreaterThan(1);
      await locker.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [victims.map((v) => v.pid)]);
      const res = await pending;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe(String(DB_UNAVAILABLE_RETRY_SECONDS));
      expect(await errorOf(res)).toMatchObject({ code: 'db_unavailable', message: expect.stringMatching(/unreachable .*a retry is never counted twice/) });
      // The idle ones were dropped from the pool with a line in the log each, not an uncaught 'error'.
      // All of them: a dead one still in the pool would fail the next request below.
      const idleLost = () => errors.mock.calls.flat().join(' ').match(/database connection lost \(idle\)/g)?.length ?? 0;
      await expect.poll(idleLost, POLL).toBeGreaterThanOrEqual(victims.length - 1);
      await locker.query('ROLLBACK');
      expect(await f.counts()).toEqual(before);
      // The next request gets a fresh connection.
      expect((await f.post(r)).status).toBe(201);
      expect((await f.post(r)).status).toBe(200);
      expect(await f.counts()).toEqual(plusOne(before));
    } finally {
      await locker.end();
    }
  });

  it('the database server going away, hanging and coming back: 503 db_unavailable while gone (mid-request, refused, unanswered), recovery on the next request', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const base = new URL(inject('pgUrl'));
    const relay = new Relay({ host: base.hostname, port: Number(base.port) });
    await relay.up();
    const f = await pgFixture({ lockTimeoutMs: NEVER_MS, statementTimeoutMs: NEVER_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS }, (u) => {
      u.hostname = LOOPBACK;
      u.port = String(relay.port);
      return u;
    });
    const locker = await client(f.url); // direct, past the relay
    try {
      expect((await f.post(report())).status).toBe(201);
      await Promise.all(Array.from({ length: IDLE_CONNECTIONS }, () => sql`select pg_sleep(0.05)`.execute(f.db.kysely)));
      const before = await f.counts();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE rollup_tip IN ACCESS EXCLUSIVE MODE');
      const r = report();
      const pending = f.post(r);
      await expect.poll(async () => (await f.backends([locker.pid])).some((b) => b.waiting), POLL).toBe(true);
      // Gone: the sockets reset under the waiting request (no error message from PostgreSQL first).
      await relay.cut();
      const res = await pending;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe(String(DB_UNAVAILABLE_RETRY_SECONDS));
      // pg names no code for a reset socket: the pool guard (server/db/connect.ts) says what happened.
      expect(await errorOf(res)).toMatchObject({ code: 'db_unavailable', message: expect.stringMatching(/unreachable \(connection refused or lost\)/) });
      // While gone, a new request is refused at once with the same clear answer (no hang).
      const refused = await f.post(report());
      expect(refused.status).toBe(503);
      expect(await errorOf(refused)).toMatchObject({ code: 'db_unavailable', message: expect.stringMatching(/unreachable/) });
      expect(errors.mock.calls.flat().join(' ')).toMatch(/db_unavailable: cannot connect to the database/);
      // A server that accepts connections but never answers: the connect gives up (connect timeout).
      await relay.stall();
      const stalled = await f.post(report());
      expect(stalled.status).toBe(503);
      expect(await errorOf(stalled)).toMatchObject({ code: 'db_unavailable', message: expect.stringMatching(/unreachable/) });
      await relay.cut();
      // PostgreSQL cancels the batch whose client is gone while it still waits for the lock
      // (client_connection_check_interval): it never commits behind the 503 it was answered with.
      await expect.poll(async () => (await f.backends([locker.pid])).length, POLL).toBe(0);
      await locker.query('ROLLBACK');
      expect(await f.counts()).toEqual(before);

      await relay.up();
      expect((await f.post(r)).status).toBe(201);
      expect((await f.post(r)).status).toBe(200);
      expect(await f.counts()).toEqual(plusOne(before));
    } finally {
      await locker.end();
      await relay.cut();
    }
  });
});
