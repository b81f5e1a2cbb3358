import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  RETRY_AFTER_MAX_MS,
  backoffDelayMs,
  retryAfterMs,
} from '../../lib/sync/outbox';
import { SyncStatusSchema } from '../../lib/pages/replies';
import { SyncErrorSchema, legacySyncError } from '../../lib/sync/errors';
import { DailyReportSchema, type DailyReport } from '../../lib/sync/report';
import { REPORT_SECRET_BYTES, reportSecret, toHex, webCryptoHmac } from '../../lib/sync/secret';
import {
  MAX_BACKFILL_DAYS,
  SyncService,
  type SyncConfigInput,
  type SyncRequestInit,
  type SyncResponse,
} from '../../lib/sync/sync';
import { LastmileDb, META_KEYS, SCHEMA_V1, SCHEMA_V2, type IndexedDbDeps } from '../../lib/usage/db';
import type { UsageEvent } from '../../lib/usage/events';
import { addDays } from '../../lib/usage/habits/calendar';
import { UsageStore } from '../../lib/usage/store';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const TODAY = '2026-03-10';
const T0 = Date.parse(`${TODAY}T12:00:00.000Z`);
const ENDPOINT = 'https://lastmile.example.com/';
const TOKEN = 'enrol-0123456789abcdef';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function freshDeps(): IndexedDbDeps {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

interface Call {
  url: string;
  init: SyncRequestInit;
}

type Reply = SyncResponse | Error;

function reply(status: number, headers: Record<string, string> = {}): SyncResponse {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, headers: { get: (name) => lower.get(name.toLowerCase()) ?? null } };
}

function consented(over: Partial<SyncConfigInput> = {}): SyncConfigInput {
  return { enabled: true, endpoint: ENDPOINT, enrollmentToken: TOKEN, consented: true, ...over };
}

function setup(deps = freshDeps()) {
  const db = new LastmileDb(deps, 'sync-test');
  opened.push(db);
  let now = T0;
  let today = TODAY;
  let random = 0.5;
  let config: SyncConfigInput | null = consented();
  const calls: Call[] = [];
  const replies: Reply[] = [];
  const warnings: string[] = [];
  const store = new UsageStore(db, { now: () => new Date(now) });
  const sync = new SyncService({
    db,
    now: () => new Date(now),
    today: () => today,
    random: () => random,
    randomBytes: (n) => new Uint8Array(n).map((_, i) => (i * 7 + 3) % 256),
    hmac: webCryptoHmac(globalThis.crypto.subtle),
    tipIds: () => ['sf-summary'],
    getConfig: async () => config,
    warn: (m) => warnings.push(m),
    fetch: async (url, init) => {
      calls.push({ url, init });
      const next = replies.shift() ?? reply(201);
      if (next instanceof Error) throw next;
      return next;
    },
  });
  return {
    db,
    store,
    sync,
    calls,
    replies,
    warnings,
    setConfig: (c: SyncConfigInput | null) => (config = c),
    setRandom: (r: number) => (random = r),
    /** Moves the clock; a new local day when `day` is given. */
    advance(ms: number, day?: string) {
      now += ms;
      if (day) today = day;
    },
    now: () => now,
    bodies: () => calls.map((c) => DailyReportSchema.parse(JSON.parse(c.init.body)) as DailyReport),
  };
}

type Env = ReturnType<typeof setup>;

function aiPrompt(day: string): UsageEvent {
  return { type: 'ai_prompt', toolId: 'chatgpt', at: `${day}T10:00:00.000Z`, timeZone: 'UTC', day };
}

/** Local data on each day: a record visit and an AI prompt. */
async function seed(env: Env, days: readonly string[]): Promise<void> {
  for (const day of days) {
    await env.store.countVisit(day, 'jira', 'issue');
    await env.store.record(aiPrompt(day));
  }
}

const lastDays = (n: number, from = TODAY): string[] => Array.from({ length: n }, (_, i) => addDays(from, -(i + 1)));

describe('backoff', () => {
  it('grows exponentially from one minute to the six-hour cap, with full jitter inside the bounds', () => {
    const ceilings = [1, 2, 3, 4, 5, 9, 10, 40].map((n) => backoffDelayMs(n, () => 1));
    expect(ceilings).toEqual([
      BACKOFF_BASE_MS,
      2 * BACKOFF_BASE_MS,
      4 * BACKOFF_BASE_MS,
      8 * BACKOFF_BASE_MS,
      16 * BACKOFF_BASE_MS,
      256 * BACKOFF_BASE_MS,
      BACKOFF_CAP_MS,
      BACKOFF_CAP_MS,
    ]);
    for (let attempts = 1; attempts <= 12; attempts++) {
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
      for (const r of [0, 0.001, 0.25, 0.5, 0.999999]) {
        const d = backoffDelayMs(attempts, () => r);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(ceiling);
        expect(d).toBe(Math.floor(r * ceiling));
      }
    }
    // A misbehaving random source can't leave the bounds.
    expect(backoffDelayMs(3, () => 7)).toBe(4 * BACKOFF_BASE_MS);
    expect(backoffDelayMs(3, () => -1)).toBe(0);
  });

  it('reads Retry-After as seconds or an HTTP date, clamped to [0, 24 h]', () => {
    const now = new Date(T0);
    expect(retryAfterMs('120', now)).toBe(120 * SECOND);
    expect(retryAfterMs(new Date(T0 + 90 * SECOND).toUTCString(), now)).toBe(90 * SECOND);
    expect(retryAfterMs(new Date(T0 - HOUR).toUTCString(), now)).toBe(0);
    expect(retryAfterMs('99999999', now)).toBe(RETRY_AFTER_MAX_MS);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('SyncService: the gate', () => {
  it('sends nothing without consent, and builds nothing either', async () => {
    const env = setup();
    await seed(env, lastDays(3));
    env.setConfig(consented({ consented: false, consentDay: addDays(TODAY, -5) }));
    const status = await env.sync.syncNow();
    expect(status).toMatchObject({ state: 'needs-consent', sent: 0, queued: 0 });
    expect(env.calls).toEqual([]);
    expect(await env.db.outbox.count()).toBe(0);
    expect(await env.db.meta.get(META_KEYS.reportSecret)).toBeUndefined();
  });

  it('sends nothing when sync is not configured or turned off', async () => {
    const env = setup();
    await seed(env, lastDays(3));
    env.setConfig(null);
    expect(await env.sync.syncNow()).toMatchObject({ state: 'off', sent: 0, queued: 0 });
    env.setConfig(consented({ enabled: false, consentDay: addDays(TODAY, -5) }));
    expect(await env.sync.syncNow()).toMatchObject({ state: 'off', sent: 0, queued: 0 });
    expect(await env.sync.enqueueFinishedDays(TODAY)).toBe(0);
    expect(env.calls).toEqual([]);
  });

  it('sends nothing on unusable settings, and says why', async () => {
    const env = setup();
    await seed(env, lastDays(2));
    env.setConfig(consented({ endpoint: 'http://lastmile.example.com', consentDay: addDays(TODAY, -3) }));
    const status = await env.sync.syncNow();
    expect(status.state).toBe('misconfigured');
    expect(status.lastError).toMatchObject({ code: 'misconfigured', detail: expect.stringContaining('https://') });
    env.setConfig(consented({ enrollmentToken: 'has a space in it, so no', consentDay: addDays(TODAY, -3) }));
    expect((await env.sync.syncNow()).state).toBe('misconfigured');
    expect(env.calls).toEqual([]);
  });

  it('never reports a day before consent: the first day seen consented is the start', async () => {
    const env = setup();
    await seed(env, lastDays(3));
    await env.sync.syncNow();
    expect(env.calls).toEqual([]);
    // Next day: only the consent day itself is reported.
    await seed(env, [TODAY]);
    env.advance(24 * HOUR, addDays(TODAY, 1));
    const status = await env.sync.syncNow();
    expect(status).toMatchObject({ state: 'on', sent: 1, queued: 0 });
    expect(env.bodies().map((r) => r.day)).toEqual([TODAY]);
  });

  it('uses the consent day the options page recorded', async () => {
    const env = setup();
    await seed(env, lastDays(4));
    env.setConfig(consented({ consentDay: addDays(TODAY, -2) }));
    await env.sync.syncNow();
    expect(env.bodies().map((r) => r.day)).toEqual([addDays(TODAY, -2), addDays(TODAY, -1)]);
  });

  it('looks back at most 7 finished days, and only at days with local data', async () => {
    const env = setup();
    const days = lastDays(10).filter((d) => d !== addDays(TODAY, -3));
    await seed(env, days);
    await seed(env, [TODAY]);
    env.setConfig(consented({ consentDay: '2026-01-01' }));
    expect(await env.sync.enqueueFinishedDays(TODAY)).toBe(MAX_BACKFILL_DAYS - 1);
    const queued = (await env.db.outbox.toArray()).map((r) => r.day);
    expect(queued).toEqual(lastDays(MAX_BACKFILL_DAYS).filter((d) => d !== addDays(TODAY, -3)).sort());
    expect(queued).not.toContain(TODAY);
  });

  it('withdrawing consent empties the queue, and agreeing again never back-fills the gap', async () => {
    const env = setup();
    await seed(env, lastDays(2));
    env.setConfig(consented({ consentDay: addDays(TODAY, -2) }));
    await env.sync.enqueueFinishedDays(TODAY);
    expect(await env.db.outbox.count()).toBe(2);
    env.setConfig(consented({ consented: false }));
    await env.sync.flush();
    expect(await env.db.outbox.count()).toBe(0);
    expect(env.calls).toEqual([]);
    // Agrees again the next day (no consent day recorded): yesterday and before stay home.
    await seed(env, [TODAY]);
    env.advance(24 * HOUR, addDays(TODAY, 1));
    env.setConfig(consented());
    await env.sync.syncNow();
    expect(env.calls).toEqual([]);
  });
});

describe('SyncService: delivery', () => {
  it('POSTs the report JSON only, with the bearer token, to /api/v1/reports', async () => {
    const env = setup();
    await seed(env, lastDays(1));
    env.setConfig(consented({ consentDay: addDays(TODAY, -1), cohort: 'Sales.EMEA' }));
    const status = await env.sync.syncNow();
    expect(status).toMatchObject({ state: 'on', sent: 1, queued: 0, failed: 0 });
    expect(env.calls).toHaveLength(1);
    const [call] = env.calls;
    expect(call?.url).toBe('https://lastmile.example.com/api/v1/reports');
    expect(call?.init).toMatchObject({
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      credentials: 'omit',
      redirect: 'error',
    });
    const body: unknown = JSON.parse(call?.init.body ?? '');
    expect(DailyReportSchema.parse(body)).toEqual(body);
    expect(body).toMatchObject({ day: addDays(TODAY, -1), cohort: 'sales-emea', aiActiveDay: true });
    expect(call?.init.body).not.toContain(TOKEN);
  });

  it('is idempotent: a delivered day is never queued or sent again', async () => {
    const env = setup();
    await seed(env, lastDays(2));
    env.setConfig(consented({ consentDay: addDays(TODAY, -2) }));
    await env.sync.syncNow();
    await env.sync.syncNow();
    expect(await env.sync.enqueueFinishedDays(TODAY)).toBe(0);
    expect(env.calls).toHaveLength(2);
    expect(new Set(env.bodies().map((r) => r.day)).size).toBe(2);
    expect(await env.sync.status()).toMatchObject({ sent: 2, queued: 0, failed: 0 });
  });

  it('a 409 (the server already has it) counts as delivered', async () => {
    const env = setup();
    await seed(env, lastDays(1));
    env.setConfig(consented({ consentDay: addDays(TODAY, -1) }));
    env.replies.push(reply(409));
    expect(await env.sync.syncNow()).toMatchObject({ sent: 1, queued: 0, failed: 0 });
    expect((await env.db.sent.toArray()).map((r) => r.outcome)).toEqual(['duplicate']);
  });

  it('5xx then recovery: kept, retried after the backoff with the same dedupe key, sent once', async () => {
    const env = setup();
    await seed(env, lastDays(1));
    env.setConfig(consented({ consentDay: addDays(TODAY, -1) }));
    env.setRandom(0.5);
    env.replies.push(reply(503));
    const first = await env.sync.syncNow();
    expect(first).toMatchObject({ sent: 0, queued: 1, failed: 0 });
    expect(first.lastError).toEqual({ code: 'server_unavailable', status: 503 });
    const [row] = await env.db.outbox.toArray();
    expect(row?.attempts).toBe(1);
    expect(Date.parse(row?.nextAttemptAt ?? '') - env.now()).toBe(BACKOFF_BASE_MS / 2);
    expect(first.nextAttemptAt).toBe(row?.nextAttemptAt);

    // Not due yet: nothing is sent.
    env.advance(BACKOFF_BASE_MS / 4);
    expect(await env.sync.flush()).toMatchObject({ sent: 0, retrying: 0 });
    expect(env.calls).toHaveLength(1);

    env.advance(BACKOFF_BASE_MS / 4);
    expect(await env.sync.flush()).toMatchObject({ sent: 1, retrying: 0 });
    expect(env.calls).toHaveLength(2);
    const [a, b] = env.bodies();
    expect(b?.dedupeKey).toBe(a?.dedupeKey);
    expect(env.calls[1]?.init.body).toBe(env.calls[0]?.init.body);
    expect(await env.sync.status()).toMatchObject({ sent: 1, queued: 0, failed: 0 });
    expect((await env.sync.status()).lastError).toBeUndefined();
    await env.sync.syncNow();
    expect(env.calls).toHaveLength(2);
  });

  it('backs off further on every failure (network errors, 408, 5xx), up to the cap', async () => {
    const env = setup();
    await seed(env, lastDays(1));
    env.setConfig(consented({ consentDay: addDays(TODAY, -1) }));
    env.setRandom(0.999999);
    await env.sync.enqueueFinishedDays(TODAY);
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      env.replies.push(i % 3 === 0 ? new Error('offline') : reply(i % 3 === 1 ? 500 : 408));
      await env.sync.flush();
      const [row] = await env.db.outbox.toArray();
      expect(row?.attempts).toBe(i + 1);
      const delay = Date.parse(row?.nextAttemptAt ?? '') - env.now();
      delays.push(delay);
      env.advance(delay);
    }
    const ceilings = delays.map((_, i) => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** i));
    delays.forEach((d, i) => {
      expect(d).toBeLessThanOrEqual(ceilings[i] ?? 0);
      expect(d).toBeGreaterThan((ceilings[i] ?? 0) * 0.99);
    });
    expect(env.calls).toHaveLength(12);
    expect((await env.db.outbox.toArray())[0]?.lastError).toEqual({ code: 'server_unavailable', status: 408 });
  });

  it('honours Retry-After on 429', async () => {
    const env = setup();
    await seed(env, lastDays(1));
    env.setConfig(consented({ consentDay: addDays(TODAY, -1) }));
    env.replies.push(reply(429, { 'Retry-After': '600' }));
    const status = await env.sync.syncNow();
    expect(Date.parse(status.nextAttemptAt ?? '') - env.now()).toBe(600 * SECOND);
    env.advance(599 * SECOND);
    await env.sync.flush();
    expect(env.calls).toHaveLength(1);
    env.advance(SECOND);
    expect(await env.sync.flush()).toMatchObject({ sent: 1 });
  });

  it('drops a report the server refuses (4xx), records why, and never queues the day again', async () => {
    const env = setup();
    await seed(env, lastDays(2));
    env.setConfig(consented({ consentDay: addDays(TODAY, -2) }));
    env.replies.push(reply(422), reply(201));
    const status = await env.sync.syncNow();
    expect(status).toMatchObject({ sent: 1, failed: 1, queued: 0 });
    expect(status.lastError).toEqual({ code: 'server_rejected', status: 422, day: addDays(TODAY, -2) });
    expect(await env.db.sent.get(addDays(TODAY, -2))).toMatchObject({ outcome: 'rejected', error: status.lastError });
    await env.sync.syncNow();
    expect(env.calls).toHaveLength(2);
    expect(await env.sync.status()).toMatchObject({ sent: 1, failed: 1, queued: 0 });
  });

  it('a refused enrollment token (401/403) keeps every report and stops the round', async () => {
    const env = setup();
    await seed(env, lastDays(3));
    env.setConfig(consented({ consentDay: addDays(TODAY, -3) }));
    env.replies.push(reply(401));
    const status = await env.sync.syncNow();
    expect(env.calls).toHaveLength(1);
    expect(status).toMatchObject({ sent: 0, failed: 0, queued: 3 });
    expect(status.lastError).toEqual({ code: 'auth_refused', status: 401 });
  });

  it('a sync at the same time as a scheduled flush sends each day once', async () => {
    const env = setup();
    await seed(env, lastDays(3));
    env.setConfig(consented({ consentDay: addDays(TODAY, -3) }));
    await Promise.all([env.sync.syncNow(), env.sync.flush(), env.sync.syncNow()]);
    expect(env.bodies().map((r) => r.day).sort()).toEqual(lastDays(3).sort());
  });

  it('keys differ per day and do not depend on the report\'s content', async () => {
    const env = setup();
    await seed(env, lastDays(3));
    env.setConfig(consented({ consentDay: addDays(TODAY, -3) }));
    await env.sync.syncNow();
    const keys = env.bodies().map((r) => r.dedupeKey);
    expect(new Set(keys).size).toBe(3);
    const secret = await reportSecret(env.db, () => new Uint8Array(REPORT_SECRET_BYTES));
    const hmac = webCryptoHmac(globalThis.crypto.subtle);
    const expected = await Promise.all(env.bodies().map((r) => hmac(secret, `lastmile-report:${r.day}`)));
    expect(keys).toEqual(expected);
  });
});

describe('report secret', () => {
  it('is made once, kept, and the same for concurrent callers', async () => {
    const env = setup();
    let made = 0;
    const bytes = (n: number) => {
      made++;
      return new Uint8Array(n).fill(made);
    };
    const [a, b] = await Promise.all([reportSecret(env.db, bytes), reportSecret(env.db, bytes)]);
    expect(made).toBe(1);
    expect(b).toEqual(a);
    expect(await reportSecret(env.db, bytes)).toEqual(a);
    expect(a).toHaveLength(REPORT_SECRET_BYTES);
  });

  it('is not in the data export; deleteAll removes it with the outbox and the sent log', async () => {
    const env = setup();
    await seed(env, lastDays(2));
    env.setConfig(consented({ consentDay: addDays(TODAY, -2) }));
    env.replies.push(reply(503), reply(201));
    await env.sync.syncNow();
    const secret = await reportSecret(env.db, () => new Uint8Array(REPORT_SECRET_BYTES));
    expect(await env.db.outbox.count()).toBe(1);
    expect(await env.db.sent.count()).toBe(1);
    expect(JSON.stringify(await env.store.exportJson())).not.toContain(toHex(secret));

    await env.store.deleteAll();
    expect(await env.db.outbox.count()).toBe(0);
    expect(await env.db.sent.count()).toBe(0);
    expect(await env.db.meta.get(META_KEYS.reportSecret)).toBeUndefined();
    // Nothing left to report: the deleted days are not sent again.
    await env.sync.syncNow();
    expect(env.calls).toHaveLength(2);
    const fresh = await reportSecret(env.db, (n) => new Uint8Array(n).fill(9));
    expect(fresh).not.toEqual(secret);
  });
});

describe('migration v2 -> v3', () => {
  it('keeps events, rollups and meta, and adds an empty outbox and sent log', async () => {
    const deps = freshDeps();
    const v2 = new Dexie('sync-test', deps);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const event = aiPrompt('2026-03-01');
    const rollup = { day: '2026-03-01', aiActions: 1, prompts: 1, apps: { jira: { recordVisits: 2 } }, tools: { chatgpt: 1 } };
    await v2.table('events').add(event);
    await v2.table('days').put(rollup);
    await v2.table('meta').bulkPut([
      { key: META_KEYS.schema, value: { version: 2, from: 1 } },
      { key: META_KEYS.informed, value: { sittings: [{ key: 'view:abcd-1234', app: 'jira', lastAt: Date.parse('2026-03-01T09:55:00.000Z'), counted: false }] } },
    ]);
    const before = { events: await v2.table('events').toArray(), days: await v2.table('days').toArray() };
    v2.close();

    const env = setup(deps);
    expect(await env.db.events.toArray()).toEqual(before.events);
    expect(await env.db.days.toArray()).toEqual(before.days);
    expect(env.db.verno).toBe(4);
    expect((await env.db.meta.get(META_KEYS.schema))?.value).toEqual({ version: 4, from: 3 });
    expect(await env.db.outbox.count()).toBe(0);
    // The old rollup (no categories) reads back, and the old open sitting (no category) still links.
    const [old] = await env.store.rollups();
    expect(old?.apps.jira).toMatchObject({ recordVisits: 2, categories: {} });
    await env.store.record(aiPrompt('2026-03-01'));
    env.setConfig(consented({ consentDay: '2026-03-01' }));
    env.advance(0, '2026-03-02');
    await env.sync.syncNow();
    expect(env.bodies()[0]?.rows).toEqual([
      { app: 'jira', category: 'other', recordVisits: 2, tipsShown: 0, tipsUsed: 0, tipsDismissed: 0, aiActions: 1, informedTasks: 1, minutesSaved: 0, helpful: 0, notHelpful: 0 },
    ]);
  });
});

describe('sync errors are codes, not sentences', () => {
  it('429 is rate_limited, a network failure keeps the browser’s words as detail only', async () => {
    const env = setup();
    await seed(env, lastDays(1));
    env.setConfig(consented({ consentDay: addDays(TODAY, -1) }));
    env.replies.push(reply(429));
    expect((await env.sync.syncNow()).lastError).toEqual({ code: 'rate_limited', status: 429 });
    env.advance(BACKOFF_CAP_MS);
    env.replies.push(new Error('net::ERR_CONNECTION_REFUSED'));
    expect((await env.sync.flush()).lastError).toEqual({ code: 'network', detail: 'net::ERR_CONNECTION_REFUSED' });
    // What the page parses: the status with its code.
    expect(SyncStatusSchema.parse(await env.sync.status()).lastError).toEqual({ code: 'network', detail: 'net::ERR_CONNECTION_REFUSED' });
  });

  it('a cohort label reports cannot carry makes sync misconfigured with its own code', async () => {
    const env = setup();
    await seed(env, lastDays(1));
    env.setConfig(consented({ cohort: 'Sales Team EMEA', consentDay: addDays(TODAY, -1) }));
    const status = await env.sync.syncNow();
    expect(status).toMatchObject({ state: 'misconfigured', lastError: { code: 'cohort_invalid', max: 40 } });
    expect(env.calls).toEqual([]);
  });

  it('reads errors an older version stored as text, as the closest code', async () => {
    const env = setup();
    await seed(env, lastDays(2));
    env.setConfig(consented({ consentDay: addDays(TODAY, -2) }));
    await env.sync.enqueueFinishedDays(TODAY);
    const [older] = lastDays(2).sort();
    await env.db.outbox.update(older ?? '', { lastError: 'The server could not take the report (HTTP 503); it will be retried' } as never);
    const status = await env.sync.status();
    expect(status.queued).toBe(2);
    expect(status.lastError).toEqual({
      code: 'server_unavailable',
      status: 503,
      detail: 'The server could not take the report (HTTP 503); it will be retried',
    });
    // The old row is still sent (not skipped as unreadable).
    expect(await env.sync.flush()).toMatchObject({ sent: 2 });
  });

  it.each([
    ['Could not reach the server: Failed to fetch', { code: 'network' }],
    ['The server did not answer within 30 s; the report is kept and retried', { code: 'timeout', seconds: 30 }],
    ['The server refused the enrollment token (HTTP 401); reports are kept and retried', { code: 'auth_refused', status: 401 }],
    ['The server refused the report for 2026-03-01 (HTTP 422); it would never be accepted, so it is not retried', { code: 'server_rejected', status: 422, day: '2026-03-01' }],
    ['The server could not take the report (HTTP 429); it will be retried', { code: 'rate_limited', status: 429 }],
    ['Report for 2026-03-02 is too large to send', { code: 'too_large', day: '2026-03-02' }],
    ['something else entirely', { code: 'unknown' }],
  ] as const)('legacy text %j', (text, expected) => {
    expect(legacySyncError(text)).toEqual({ ...expected, detail: text });
    expect(SyncErrorSchema.parse(text)).toEqual({ ...expected, detail: text });
  });
});
