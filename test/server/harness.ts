/** Test harness: one app per suite on SQLite (in memory) or a fresh PostgreSQL database. */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { inject } from 'vitest';
import { BUNDLED_TIPS } from '../../lib/playbook/bundled';
import { REPORT_SCHEMA_VERSION, type DailyReport } from '../../lib/sync/report';
import { createApp, DEFAULT_SIGN_IN_GLOBAL, DEFAULT_SIGN_IN_PER_EMAIL, type AppOptions, type LastmileApp } from '../../server/app';
import { openDb, SQLITE_MEMORY, type Db } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrations';
import { TABLES } from '../../server/db/schema';
import { createOrg, upsertAdmin } from '../../server/store/orgs';
import { createToken } from '../../server/store/tokens';
import { createListener } from '../../server/node';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, MIN_K_ANONYMITY } from '../../server/api/contract';

export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];
/**
 * How requests reach the app: `app.request` (Hono in-process), or real HTTP over a loopback
 * socket to the node:http listener main.ts serves (its raw fast path for POST /api/v1/reports).
 */
export const TRANSPORTS = ['hono', 'socket'] as const;
export type Transport = (typeof TRANSPORTS)[number];
export const ENGINE_TRANSPORTS = ENGINES.flatMap((e) => TRANSPORTS.map((t) => [e, t] as const));

/** A Monday, noon UTC: the clock every suite starts at. */
export const NOW = Date.parse('2026-03-16T12:00:00Z');
export const TODAY = '2026-03-16';
export const ORIGIN = 'http://lastmile.test';
export const ADMIN_EMAIL = 'admin@example.test';
export const ADMIN_PASSWORD = 'correct horse battery staple';
export const A_TIP = BUNDLED_TIPS[0]?.id ?? 'sf-opp-followup';

export interface OpenedDb {
  db: Db;
  drop(): Promise<void>;
}

/** SQLite in memory, or a new database on the suite's PostgreSQL cluster (dropped afterwards). */
export async function openEngine(engine: Engine): Promise<OpenedDb> {
  if (engine === 'sqlite') {
    const db = openDb({ kind: 'sqlite', path: SQLITE_MEMORY });
    return { db, drop: () => db.close() };
  }
  const base = inject('pgUrl');
  if (base === '') throw new Error(`PostgreSQL is not available: ${inject('pgUnavailable')}`);
  const name = `lm_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = openDb({ kind: 'postgres', url: url.toString() });
  return {
    db,
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface Harness extends LastmileApp {
  engine: Engine;
  transport: Transport;
  db: Db;
  clock: { now: number };
  orgId: string;
  token: string;
  tokenId: string;
  /** The loopback port with the socket transport (0 with hono). */
  port: number;
  /** app.request with the test origin as base, or fetch over the socket. */
  req(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One HTTP/1.1 request written byte for byte on a fresh socket (fetch would refuse a lying
 * Content-Length); resolves with the answer once the server has sent it and closed or finished.
 */
export function rawRequest(port: number, head: string, body: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let buf = Buffer.alloc(0);
    const parse = (): RawResponse | undefined => {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return undefined;
      const lines = buf.toString('latin1', 0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines.slice(1)) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      const length = Number(headers['content-length'] ?? '0');
      if (buf.length < end + 4 + length) return undefined;
      return { status: Number(lines[0]?.slice(9, 12)), headers, body: buf.toString('utf8', end + 4, end + 4 + length) };
    };
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      const res = parse();
      if (res !== undefined) {
        socket.destroy();
        resolve(res);
      }
    });
    socket.on('error', (err) => {
      // The server may close while we still write an oversized body: its answer counts.
      const res = parse();
      if (res !== undefined) resolve(res);
      else reject(err);
    });
    socket.on('close', () => {
      const res = parse();
      if (res !== undefined) resolve(res);
      else reject(new Error('connection closed without a complete answer'));
    });
    socket.write(head);
    // No half-close: node:http drops requests whose client ended its side (allowHalfOpen is off).
    socket.write(body);
  });
}

export async function makeHarness(engine: Engine, overrides: Partial<AppOptions> = {}, k = MIN_K_ANONYMITY, transport: Transport = 'hono'): Promise<Harness> {
  const opened = await openEngine(engine);
  const { db } = opened;
  await migrateToLatest(db.kysely);
  const clock = { now: NOW };
  const org = await createOrg(db.kysely, 'Test Org', k, NOW);
  await upsertAdmin(db.kysely, org.id, ADMIN_EMAIL, ADMIN_PASSWORD, NOW);
  const { token, secret } = await createToken(db.kysely, org.id, 'test', NOW);
  const built = createApp({
    db,
    kFloor: MIN_K_ANONYMITY,
    secureCookies: false,
    trustTls: false,
    extensionOrigins: [],
    ingestRate: { limit: 10_000, windowMs: 60_000 },
    signInRatePerEmail: DEFAULT_SIGN_IN_PER_EMAIL,
    signInRateGlobal: DEFAULT_SIGN_IN_GLOBAL,
    now: () => clock.now,
    ...overrides,
  });
  let server: Server | undefined;
  let port = 0;
  if (transport === 'socket') {
    const s = createServer(createListener(built, { trustTls: overrides.trustTls ?? false }));
    server = s;
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
    port = (s.address() as AddressInfo).port;
  }
  return {
    ...built,
    engine,
    transport,
    db,
    clock,
    orgId: org.id,
    token: secret,
    tokenId: token.id,
    port,
    req: async (path, init) => (server === undefined ? built.app.request(`${ORIGIN}${path}`, init) : fetch(`http://127.0.0.1:${port}${path}`, init)),
    close: async () => {
      if (server !== undefined) {
        const s = server;
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      await built.queue.drain();
      await opened.drop();
    },
  };
}

let keyCounter = 0;
/** A fresh 64-hex dedupe key. */
export function newKey(): string {
  keyCounter += 1;
  return randomBytes(28).toString('hex') + keyCounter.toString(16).padStart(8, '0');
}

export function report(overrides: Partial<DailyReport> = {}): DailyReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    day: '2026-03-15',
    dedupeKey: newKey(),
    aiActiveDay: true,
    active7d: true,
    rows: [
      {
        app: 'salesforce',
        category: 'record',
        recordVisits: 4,
        tipsShown: 2,
        tipsUsed: 1,
        tipsDismissed: 0,
        aiActions: 2,
        informedTasks: 1,
        minutesSaved: 6,
        helpful: 1,
        notHelpful: 0,
      },
    ],
    tipUses: [{ tipId: A_TIP, uses: 1 }],
    adoption: [{ app: 'salesforce', adopted: true }],
    ...overrides,
  };
}

export function postReport(h: Harness, body: unknown, init: { token?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  return h.req('/api/v1/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${init.token ?? h.token}`, ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every row of every table, for "nothing changed" and "nothing about the sender" checks. */
export async function dumpAll(h: Pick<Harness, 'db'>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    out[t] = await h.db.kysely.selectFrom(t).selectAll().execute();
  }
  return out;
}

export interface Signed {
  cookie: string;
  csrf: string;
  setCookies: string[];
  body: unknown;
}

export async function signIn(h: Harness, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<Signed> {
  const res = await h.req('/admin/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const setCookies = res.headers.getSetCookie();
  const jar = new Map(setCookies.map((c) => c.split(';')[0]?.split('=') as [string, string]));
  const body = (await res.json()) as { csrfToken: string };
  return {
    cookie: `${SESSION_COOKIE}=${jar.get(SESSION_COOKIE) ?? ''}; ${CSRF_COOKIE}=${jar.get(CSRF_COOKIE) ?? ''}`,
    csrf: body.csrfToken,
    setCookies,
    body,
  };
}

/** An admin request with the session cookie, the CSRF header and a same-origin Origin. */
export function adminReq(h: Harness, s: Signed, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { cookie: s.cookie, origin: ORIGIN, [CSRF_HEADER]: s.csrf, ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const req: RequestInit = { method: init.method ?? 'GET', headers };
  if (init.body !== undefined) req.body = JSON.stringify(init.body);
  return h.req(path, req);
}
