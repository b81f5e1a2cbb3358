/**
 * Server benchmarks (not tests): `npx tsx bench/server-ingest.bench.ts`.
 *
 * 1. Ingest throughput on SQLite (file, WAL) and PostgreSQL 15 (throwaway local cluster, or
 *    DATABASE_URL_TEST): the raw write path (writeBatch: dedupe insert + rollup upserts, one
 *    transaction per batch) as the baseline, and the full HTTP handler (app.request: auth, rate
 *    limit, size limit, JSON, zod, day and tip checks, the batching IngestQueue) with many
 *    requests in flight, as a browser fleet would send them, both in-process (app.request: no
 *    sockets) and over real loopback HTTP/1.1 (@hono/node-server, keep-alive node:http Agent; the
 *    load generator runs in the same process, so that row is a lower bound). Each path runs
 *    INGEST_RUNS times, interleaved so machine drift hits all alike; medians, min-max beside.
 * 2. Dashboard KPI queries over 100 000 employees x 365 days: the rollup tables hold what that
 *    many reports add up to (one row per day x cohort [x app | tip]), generated directly, since
 *    the KPI queries never read raw reports. Targets: ingest >= 5 000/s (SQLite), >= 10 000/s
 *    (PostgreSQL); KPI <= 300 ms on PostgreSQL.
 *
 * Flags: `--only ingest` or `--only kpi`; `--runs N` (ingest repetitions, default INGEST_RUNS).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUNDLED_TIPS } from '../lib/playbook/bundled';
import { APP_IDS } from '../lib/sites/types';
import { REPORT_SCHEMA_VERSION, type DailyReport } from '../lib/sync/report';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/pg-test';
import { createApp, DEFAULT_SIGN_IN_GLOBAL, DEFAULT_SIGN_IN_PER_EMAIL, type LastmileApp } from '../server/app';
import { openDb, type Db, type DbTarget } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrations';
import { addDays, dayOf } from '../server/days';
import { writeBatch } from '../server/ingest/store';
import { computeKpis } from '../server/kpi/kpis';
import { createOrg } from '../server/store/orgs';
import { createToken } from '../server/store/tokens';
import { useCaseProgress } from '../server/store/use-cases';
import { prng } from '../server/demo';
import { commit, machine } from './lib/machine';
import { median, p95, table, verdict } from './lib/stats';

const INGEST_REPORTS = 30_000;
const INGEST_RUNS = 3;
const HTTP_IN_FLIGHT = 256;
/** Keep-alive sockets of the loopback client (browsers open few per origin; a fleet opens many). */
const SOCKETS = 64;
const LOOPBACK = '127.0.0.1';
const EXT_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const RAW_BATCH = 500;
const EMPLOYEES = 100_000;
const DAYS = 365;
const COHORTS = 20;
const TIPS_PER_DAY_COHORT = 40;
const KPI_RUNS = 9;
const INSERT_CHUNK = 400;
const TARGET_SQLITE = 5_000;
const TARGET_PG = 10_000;
const TARGET_KPI_MS = 300;
const K = 5;
const SEED = 0x5e_12;
const MS_PER_S = 1000;
const WEEKDAY_SHARE = 0.72;

const TIP_IDS = BUNDLED_TIPS.map((t) => t.id);
const TODAY = dayOf(Date.now());

function hex64(rand: () => number): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += Math.floor(rand() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return s;
}

/** Realistic reports: 1-3 apps, a tip or two, within the acceptance window. */
function makeReports(n: number, seed: number): DailyReport[] {
  const rand = prng(seed);
  return Array.from({ length: n }, () => {
    const apps = [APP_IDS[Math.floor(rand() * APP_IDS.length)] ?? 'gmail', APP_IDS[Math.floor(rand() * APP_IDS.length)] ?? 'slack'];
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      day: addDays(TODAY, -1 - Math.floor(rand() * 7)),
      dedupeKey: hex64(rand),
      cohort: `cohort-${Math.floor(rand() * COHORTS)}`,
      aiActiveDay: rand() < 0.5,
      active7d: rand() < 0.7,
      rows: [...new Set(apps)].map((app) => ({
        app,
        category: 'record' as const,
        recordVisits: Math.floor(rand() * 20),
        tipsShown: Math.floor(rand() * 4),
        tipsUsed: Math.floor(rand() * 3),
        tipsDismissed: Math.floor(rand() * 2),
        aiActions: Math.floor(rand() * 5),
        informedTasks: Math.floor(rand() * 4),
        minutesSaved: Math.floor(rand() * 30),
        helpful: Math.floor(rand() * 2),
        notHelpful: Math.floor(rand() * 2),
      })),
      tipUses: [{ tipId: TIP_IDS[Math.floor(rand() * TIP_IDS.length)] ?? 'sf-opp-followup', uses: 1 + Math.floor(rand() * 3) }],
      adoption: [{ app: apps[0] ?? 'gmail', adopted: rand() < 0.3 }],
    };
  });
}

async function freshDb(target: DbTarget): Promise<Db> {
  const db = openDb(target);
  await migrateToLatest(db.kysely);
  return db;
}

interface IngestResult {
  engine: string;
  path: string;
  reports: number;
  seconds: number;
}

async function benchRaw(engine: string, target: DbTarget, seed: number): Promise<IngestResult> {
  const db = await freshDb(target);
  try {
    const org = await createOrg(db.kysely, `raw-${Date.now()}`, K, Date.now());
    const reports = makeReports(INGEST_REPORTS, seed);
    const t0 = performance.now();
    for (let i = 0; i < reports.length; i += RAW_BATCH) {
      await writeBatch(db.kysely, reports.slice(i, i + RAW_BATCH).map((report) => ({ orgId: org.id, report })), Date.now());
    }
    return { engine, path: `raw writeBatch (${RAW_BATCH}/tx)`, reports: reports.length, seconds: (performance.now() - t0) / MS_PER_S };
  } finally {
    await db.close();
  }
}

/** Sends one report body; resolves with the status after reading the whole response. */
type Send = (body: string) => Promise<number>;
type HttpMode = 'in-process' | 'socket';

const ingestHeaders = (secret: string): Record<string, string> => ({
  authorization: `Bearer ${secret}`,
  'content-type': 'application/json',
  origin: EXT_ORIGIN,
});

/** app.request: the whole Hono app and handler, no sockets. */
function inProcessSender(app: LastmileApp['app'], secret: string): { send: Send; close: () => Promise<void> } {
  const headers = ingestHeaders(secret);
  return {
    send: async (body) => {
      const res = await app.request('http://bench.local/api/v1/reports', { method: 'POST', headers, body });
      await res.arrayBuffer();
      return res.status;
    },
    close: async () => undefined,
  };
}

/** A real loopback server (@hono/node-server, as server/main.ts runs it) and keep-alive clients. */
async function socketSender(app: LastmileApp['app'], secret: string): Promise<{ send: Send; close: () => Promise<void> }> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: LOOPBACK }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: SOCKETS });
  const headers = ingestHeaders(secret);
  const send: Send = (body) =>
    new Promise((resolve, reject) => {
      const req = httpRequest({ host: LOOPBACK, port, path: '/api/v1/reports', method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  return {
    send,
    close: async () => {
      agent.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Posts every report through the app with HTTP_IN_FLIGHT requests in flight; the clock stops when all are committed. */
async function benchHttp(engine: string, target: DbTarget, mode: HttpMode, seed: number): Promise<IngestResult> {
  const db = await freshDb(target);
  try {
    const org = await createOrg(db.kysely, `http-${Date.now()}`, K, Date.now());
    const { secret } = await createToken(db.kysely, org.id, 'bench', Date.now());
    const { app, queue } = createApp({
      db,
      kFloor: K,
      secureCookies: false,
      trustTls: false,
      extensionOrigins: [],
      ingestRate: { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
      signInRatePerEmail: DEFAULT_SIGN_IN_PER_EMAIL,
      signInRateGlobal: DEFAULT_SIGN_IN_GLOBAL,
    });
    const bodies = makeReports(INGEST_REPORTS, seed).map((r) => JSON.stringify(r));
    const sender = mode === 'socket' ? await socketSender(app, secret) : inProcessSender(app, secret);
    try {
      let next = 0;
      let failed = 0;
      const worker = async (): Promise<void> => {
        while (next < bodies.length) {
          if ((await sender.send(bodies[next++] as string)) !== 201) failed += 1;
        }
      };
      const t0 = performance.now();
      await Promise.all(Array.from({ length: HTTP_IN_FLIGHT }, worker));
      await queue.drain();
      const seconds = (performance.now() - t0) / MS_PER_S;
      if (failed > 0) throw new Error(`${failed} requests failed`);
      const path = mode === 'socket' ? `HTTP over loopback sockets (${HTTP_IN_FLIGHT} in flight, ${SOCKETS} keep-alive)` : `HTTP handler, app.request (${HTTP_IN_FLIGHT} in flight)`;
      return { engine, path, reports: bodies.length, seconds };
    } finally {
      await sender.close();
    }
  } finally {
    await db.close();
  }
}

/** Rollups for EMPLOYEES x DAYS: per (day, cohort) ~EMPLOYEES/COHORTS people, ~72 % report on a day. */
async function loadYear(db: Db, orgId: string): Promise<{ rows: number; reports: number; seconds: number }> {
  const rand = prng(SEED + 2);
  const perCohort = EMPLOYEES / COHORTS;
  const first = addDays(TODAY, -DAYS);
  let rows = 0;
  let reports = 0;
  const t0 = performance.now();
  for (let d = 0; d < DAYS; d++) {
    const day = addDays(first, d);
    const dayRows = [];
    const appRows = [];
    const tipRows = [];
    for (let c = 0; c < COHORTS; c++) {
      const cohort = `cohort-${c}`;
      // Cohort 0 is tiny (3 people): suppressed every day, as a real small team would be.
      const people = c === 0 ? 3 : perCohort;
      const n = Math.round(people * WEEKDAY_SHARE * (0.9 + rand() * 0.2));
      reports += n;
      const active = Math.round(n * (0.3 + 0.4 * (d / DAYS)));
      dayRows.push({ org_id: orgId, day, cohort, reports: n, ai_active: active, active7d: Math.min(n, Math.round(active * 1.4)) });
      for (const app of APP_IDS) {
        const m = Math.round(n * (0.1 + rand() * 0.5));
        appRows.push({
          org_id: orgId, day, cohort, app, reports: m, adopted: Math.round(m * 0.3), record_visits: m * 8, tips_shown: m * 2,
          tips_used: Math.round(m * 0.6), tips_dismissed: Math.round(m * 0.3), ai_actions: m * 2, informed_tasks: m * 3,
          minutes_saved: m * 5, helpful: Math.round(m * 0.4), not_helpful: Math.round(m * 0.1),
        });
      }
      for (let t = 0; t < TIPS_PER_DAY_COHORT; t++) {
        const r = Math.round(n * rand() * 0.05);
        tipRows.push({ org_id: orgId, day, cohort, tip_id: TIP_IDS[t % TIP_IDS.length] ?? 'x', reports: r, uses: r * 2 });
      }
    }
    for (let i = 0; i < appRows.length; i += INSERT_CHUNK) await db.kysely.insertInto('rollup_app').values(appRows.slice(i, i + INSERT_CHUNK)).execute();
    for (let i = 0; i < tipRows.length; i += INSERT_CHUNK) await db.kysely.insertInto('rollup_tip').values(tipRows.slice(i, i + INSERT_CHUNK)).execute();
    await db.kysely.insertInto('rollup_day').values(dayRows).execute();
    rows += dayRows.length + appRows.length + tipRows.length;
  }
  return { rows, reports, seconds: (performance.now() - t0) / MS_PER_S };
}

interface KpiResult {
  engine: string;
  query: string;
  median: number;
  p95: number;
}

async function timeIt(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: plans, caches
  const out: number[] = [];
  for (let i = 0; i < KPI_RUNS; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function benchKpis(engine: string, target: DbTarget): Promise<{ results: KpiResult[]; load: string }> {
  const db = await freshDb(target);
  try {
    const org = await createOrg(db.kysely, `kpi-${Date.now()}`, K, Date.now());
    const load = await loadYear(db, org.id);
    if (db.dialect === 'postgres') await (await import('kysely')).sql`ANALYZE`.execute(db.kysely);
    else await (await import('kysely')).sql`ANALYZE`.execute(db.kysely);
    const to = addDays(TODAY, -1);
    const from = addDays(TODAY, -DAYS);
    const base = { orgId: org.id, k: K, from, to };
    const cases: [string, () => Promise<unknown>][] = [
      ['KPIs, 365 days by day, all cohorts', () => computeKpis(db.kysely, { ...base, granularity: 'day' })],
      ['KPIs, 365 days by week, all cohorts', () => computeKpis(db.kysely, { ...base, granularity: 'week' })],
      ['KPIs, 365 days by week, one cohort', () => computeKpis(db.kysely, { ...base, granularity: 'week', cohort: 'cohort-7' })],
      ['KPIs, last 90 days by day', () => computeKpis(db.kysely, { ...base, from: addDays(to, -89), granularity: 'day' })],
      [
        'Use-case progress, 365 days, 3 tips',
        () => useCaseProgress(db.kysely, org.id, K, { app: 'salesforce', tipIds: TIP_IDS.slice(0, 3), target: { kind: 'uses_per_week', value: 10 } }, { from, to }),
      ],
    ];
    const results: KpiResult[] = [];
    for (const [query, fn] of cases) {
      const times = await timeIt(fn);
      results.push({ engine, query, median: median(times), p95: p95(times) });
    }
    return { results, load: `${engine}: ${load.rows.toLocaleString('en')} rollup rows standing for ${load.reports.toLocaleString('en')} reports, loaded in ${load.seconds.toFixed(1)} s` };
  } finally {
    await db.close();
  }
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const fmtLoad = (): string => loadavg().map((l) => l.toFixed(2)).join(' / ');

async function main(): Promise<void> {
  const only = flag('--only');
  const runs = Number(flag('--runs') ?? INGEST_RUNS);
  const m = machine();
  const tmp = mkdtempSync(join(tmpdir(), 'lastmile-bench-'));
  let cluster: ThrowawayPostgres | undefined;
  const loadBefore = fmtLoad();
  try {
    const pgUrl = process.env.DATABASE_URL_TEST ?? (cluster = await startThrowawayPostgres()).url;
    const engines: [string, () => DbTarget, number][] = [
      ['SQLite', () => ({ kind: 'sqlite', path: join(tmp, `b-${Math.random().toString(36).slice(2)}.db`) }), TARGET_SQLITE],
      ['PostgreSQL', () => ({ kind: 'postgres', url: pgUrl }), TARGET_PG],
    ];
    const paths: [string, (engine: string, target: DbTarget, seed: number) => Promise<IngestResult>][] = [
      ['raw', (e, t, seed) => benchRaw(e, t, seed)],
      ['in-process', (e, t, seed) => benchHttp(e, t, 'in-process', seed)],
      ['socket', (e, t, seed) => benchHttp(e, t, 'socket', seed)],
    ];
    const ingest: { engine: string; path: string; target: number; rates: number[] }[] = [];
    if (only !== 'kpi') {
      for (const [engine, target, goal] of engines) {
        const rows = paths.map(() => ({ engine, path: '', target: goal, rates: [] as number[] }));
        for (let run = 0; run < runs; run++) {
          // Rotate the order every run so drift on a shared machine hits every path alike.
          for (let j = 0; j < paths.length; j++) {
            const idx = (j + run) % paths.length;
            const [, fn] = paths[idx] as (typeof paths)[number];
            const r = await fn(engine, target(), SEED + run * paths.length + idx);
            const row = rows[idx] as (typeof rows)[number];
            row.path = r.path;
            row.rates.push(r.reports / r.seconds);
          }
        }
        ingest.push(...rows);
      }
    }
    const kpis: KpiResult[] = [];
    const loads: string[] = [];
    if (only !== 'ingest') {
      for (const [engine, target] of engines) {
        const r = await benchKpis(engine, target());
        kpis.push(...r.results);
        loads.push(r.load);
      }
    }

    console.log(`\n## Server benchmarks (commit ${commit()})\n`);
    console.log(`- nproc: ${m.nproc}; CPU: ${m.cpu}; RAM: ${m.ramGiB} GiB; ${m.os}; Node ${m.node}; PostgreSQL 15 (local, fsync=off, synchronous_commit=off) ; SQLite WAL synchronous=NORMAL`);
    console.log(`- load average (1 / 5 / 15 min): before ${loadBefore}, after ${fmtLoad()}\n`);
    if (ingest.length > 0) {
      console.log(`### Ingest (${INGEST_REPORTS.toLocaleString('en')} reports, one org, 20 cohorts, 1-2 apps and a tip each; median of ${runs} runs, min-max)\n`);
      console.log(
        table(
          ['engine', 'path', 'reports/s (median)', 'min-max', 'vs raw', 'target', 'verdict'],
          ingest.map((r) => {
            const rate = median(r.rates);
            const raw = median(ingest.find((x) => x.engine === r.engine && x.path.startsWith('raw'))?.rates ?? []);
            const isRaw = r.path.startsWith('raw');
            return [
              r.engine,
              r.path,
              Math.round(rate).toLocaleString('en'),
              `${Math.round(Math.min(...r.rates)).toLocaleString('en')}-${Math.round(Math.max(...r.rates)).toLocaleString('en')}`,
              isRaw ? '1.00×' : `${(rate / raw).toFixed(2)}×`,
              `>= ${r.target.toLocaleString('en')}/s`,
              isRaw ? 'baseline' : verdict(rate >= r.target),
            ];
          }),
        ),
      );
    }
    if (kpis.length > 0) {
      console.log(`\n### Dashboard queries (${EMPLOYEES.toLocaleString('en')} employees x ${DAYS} days, ${COHORTS} cohorts, precomputed rollups; ${KPI_RUNS} runs after a warm-up)\n`);
      for (const l of loads) console.log(`- ${l}`);
      console.log('');
      console.log(
        table(
          ['engine', 'query', 'median', 'p95', 'target (PostgreSQL)'],
          kpis.map((r) => [r.engine, r.query, `${r.median.toFixed(1)} ms`, `${r.p95.toFixed(1)} ms`, r.engine === 'PostgreSQL' ? verdict(r.p95 <= TARGET_KPI_MS) : '-']),
        ),
      );
    }
  } finally {
    cluster?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
