/**
 * Sync against a REAL local HTTP server (node:http in front of the real backend app on SQLite) that
 * refuses connections, resets them, stalls, answers 500/503, or commits and then loses the answer,
 * in random orders (fast-check, fixed seed), and then recovers. Nothing is lost, nothing is counted
 * twice: every day arrives exactly once under the same dedupe key. A stalled server is abandoned by
 * the request timeout (driven by an injected timer: no sleeps), not waited on forever.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { webCryptoHmac } from '../../lib/sync/secret';
import { DailyReportSchema } from '../../lib/sync/report';
import { REQUEST_TIMEOUT_MS, SyncService, type SyncTimer } from '../../lib/sync/sync';
import { LastmileDb } from '../../lib/usage/db';
import { addDays } from '../../lib/usage/habits/calendar';
import { UsageStore } from '../../lib/usage/store';
import { A_TIP, TODAY as SERVER_TODAY, makeHarness, type Harness } from '../server/harness';

const SEED = 20260316;
const RUNS = 20;
const TODAY = SERVER_TODAY;
/** Past every backoff (6 h cap) and every Retry-After we send: the next flush retries everything due. */
const PAST_ANY_BACKOFF_MS = 25 * 60 * 60 * 1000;
/** Rounds of flushes after recovery; each delivers every due report, so one is enough (two for slack). */
const RECOVERY_ROUNDS = 2;

const FAULTS = ['ok', 'reset', 'stall', 'http500', 'http503', 'lost'] as const;
type Fault = (typeof FAULTS)[number];

/** A timer the test fires by hand: "the timeout elapsed" happens exactly when the server has stalled. */
class ManualTimer implements SyncTimer {
  private readonly pending = new Map<number, () => void>();
  private next = 0;
  set(callback: () => void, _ms: number): number {
    this.next += 1;
    this.pending.set(this.next, callback);
    return this.next;
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const callback of due) callback();
  }
}

interface FaultyBackend {
  url: string;
  /** What the next requests meet (consumed in order; then `fallback`). */
  script: Fault[];
  fallback: Fault;
  /** Every dedupe key seen per day, across all attempts. */
  keysByDay: Map<string, Set<string>>;
  /** Stop listening (connections refused) / listen again on the same port. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function startFaultyBackend(h: Harness, timer: ManualTimer): Promise<FaultyBackend> {
  const sockets = new Set<Socket>();
  const stalled = new Set<ServerResponse>();
  const state: Pick<FaultyBackend, 'script' | 'fallback' | 'keysByDay'> = { script: [], fallback: 'ok', keysByDay: new Map() };

  const forward = async (req: IncomingMessage, body: string): Promise<Response> =>
    h.req(req.url ?? '/', {
      method: req.method ?? 'POST',
      headers: Object.fromEntries(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))),
      body,
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readAll(req);
    const parsed = DailyReportSchema.safeParse(JSON.parse(body));
    if (parsed.success) {
      const keys = state.keysByDay.get(parsed.data.day) ?? new Set<string>();
      keys.add(parsed.data.dedupeKey);
      state.keysByDay.set(parsed.data.day, keys);
    }
    const fault = state.script.shift() ?? state.fallback;
    switch (fault) {
      case 'reset':
        req.socket.destroy();
        return;
      case 'stall':
        // Never answers; the client's clock reaches its timeout now.
        stalled.add(res);
        timer.fireAll();
        return;
      case 'http500':
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"code":"internal","message":"boom"}}');
        return;
      case 'http503':
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '30' }).end('{"error":{"code":"db_busy","message":"busy"}}');
        return;
      case 'lost': {
        // Stored by the backend, but the answer never reaches the browser.
        await forward(req, body);
        await h.queue.drain();
        req.socket.destroy();
        return;
      }
      case 'ok': {
        const answer = await forward(req, body);
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
        return;
      }
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(599).end(String(e));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const port = await listen(0);
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      stalled.clear();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}`,
    get script() {
      return state.script;
    },
    set script(v) {
      state.script = v;
    },
    get fallback() {
      return state.fallback;
    },
    set fallback(v) {
      state.fallback = v;
    },
    keysByDay: state.keysByDay,
    down: stop,
    up: async () => void (await listen(port)),
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(days: number) {
  const h = await makeHarness('sqlite');
  const timer = new ManualTimer();
  const backend = await startFaultyBackend(h, timer);
  const db = new LastmileDb({ indexedDB: new IDBFactory(), IDBKeyRange }, 'sync-faults');
  cleanups.push(async () => {
    db.close();
    await backend.close();
    await h.close();
  });
  let now = Date.parse(`${TODAY}T12:00:00Z`);
  const store = new UsageStore(db, { now: () => new Date(now) });
  const dayList = Array.from({ length: days }, (_, i) => addDays(TODAY, -(i + 1)));
  for (const day of dayList) {
    await store.countVisit(day, 'salesforce', 'record');
    await store.record({ type: 'ai_prompt', toolId: 'chatgpt', at: `${day}T10:00:00.000Z`, timeZone: 'UTC', day });
  }
  const sync = new SyncService({
    db,
    fetch: async (url, init) => fetch(url, init),
    now: () => new Date(now),
    today: () => TODAY,
    random: () => 0.5,
    randomBytes: (n) => new Uint8Array(n).map((_, i) => (i * 13 + 5) % 256),
    hmac: webCryptoHmac(globalThis.crypto.subtle),
    tipIds: () => [A_TIP],
    getConfig: async () => ({
      enabled: true,
      endpoint: backend.url,
      enrollmentToken: h.token,
      consented: true,
      consentDay: addDays(TODAY, -30),
    }),
    timer,
  });
  const serverReports = async () => {
    await h.queue.drain();
    return h.db.kysely.selectFrom('reports').select(['day', 'dedupe_key']).orderBy('day').execute();
  };
  return { h, backend, db, sync, dayList, serverReports, advance: (ms: number) => void (now += ms) };
}

describe('sync against a faulty real backend', () => {
  it('a stalled server is abandoned at the timeout, the report kept; it lands once when the server answers', async () => {
    const env = await setup(1);
    env.backend.script = ['stall'];
    const first = await env.sync.syncNow();
    expect(first).toMatchObject({ state: 'on', sent: 0, queued: 1 });
    expect(first.lastError).toEqual({ code: 'timeout', seconds: REQUEST_TIMEOUT_MS / 1000 });
    expect(await env.serverReports()).toEqual([]);
    env.advance(PAST_ANY_BACKOFF_MS);
    const second = await env.sync.flush();
    expect(second).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect((await env.serverReports()).map((r) => r.day)).toEqual(env.dayList);
  });

  it('a server that is down (connection refused) keeps every report queued until it is back', async () => {
    const env = await setup(3);
    await env.backend.down();
    const down = await env.sync.syncNow();
    expect(down).toMatchObject({ sent: 0, queued: 3 });
    expect(down.lastError).toMatchObject({ code: 'network', detail: expect.any(String) });
    await env.backend.up();
    env.advance(PAST_ANY_BACKOFF_MS);
    expect(await env.sync.flush()).toEqual({ sent: 3, failed: 0, retrying: 0 });
    expect((await env.serverReports()).map((r) => r.day).sort()).toEqual([...env.dayList].sort());
  });

  it('any sequence of faults, then recovery: every day delivered exactly once, under one dedupe key', { timeout: 60_000 }, async () => {
    const outage = fc.record({
      down: fc.boolean(),
      faults: fc.array(fc.constantFrom<Fault>(...FAULTS), { minLength: 1, maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(outage, { minLength: 1, maxLength: 4 }), async (days, outages) => {
        const env = await setup(days);
        try {
          await env.sync.enqueueFinishedDays(TODAY);
          for (const o of outages) {
            if (o.down) await env.backend.down();
            env.backend.script = [...o.faults];
            env.backend.fallback = 'http500';
            await env.sync.flush();
            if (o.down) await env.backend.up();
            env.advance(PAST_ANY_BACKOFF_MS);
          }
          env.backend.script = [];
          env.backend.fallback = 'ok';
          for (let i = 0; i < RECOVERY_ROUNDS; i++) {
            await env.sync.flush();
            env.advance(PAST_ANY_BACKOFF_MS);
          }

          const status = await env.sync.status();
          expect(status).toMatchObject({ queued: 0, failed: 0, sent: days });
          const stored = await env.serverReports();
          // Exactly once per day on the server...
          expect(stored.map((r) => r.day).sort()).toEqual([...env.dayList].sort());
          // ...under the one key every attempt for that day carried.
          for (const r of stored) expect([...(env.backend.keysByDay.get(r.day) ?? [])]).toEqual([r.dedupe_key]);
          const rollup = await env.h.db.kysely.selectFrom('rollup_day').select(['day', 'reports']).execute();
          for (const row of rollup) expect(Number(row.reports)).toBe(1);
          expect(rollup.length).toBe(days);
        } finally {
          for (const c of cleanups.splice(0).reverse()) await c();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
