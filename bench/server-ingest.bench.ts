/**
 * Server benchmarks (not tests): `npm run bench:server` (tsx bench/server-ingest.bench.ts).
 *
 * 1. Ingest throughput on SQLite (file, WAL) and PostgreSQL 15 (throwaway local cluster, or
 *    DATABASE_URL_TEST):
 *    - the raw write path (writeBatch: dedupe insert + rollup upserts, one transaction per batch),
 *      the database's own ceiling in this process;
 *    - the real thing: `server/main.ts` started as its own process exactly as `npm run server`
 *      starts it (`node --max-semi-space-size=64`, one process), the same with V8's default young
 *      generation, and `--workers 2` (node:cluster)
 *      and a load generator in another process (bench/server-load.ts,
 *      CONNECTIONS keep-alive HTTP/1.1 connections, one request in flight on each) posting
 *      INGEST_REPORTS reports. Only 201 answers count, and a run fails unless the reports table then
 *      holds exactly that many rows for the org.
 *    With `--baseline DIR` the same socket run also goes against DIR/server/main.ts (an older
 *    checkout's server), interleaved, so before/after share the machine's noise.
 *    Each path runs `--runs` times, in rotating order; medians, min-max beside.
 * 2. Dashboard KPI queries over 100 000 employees x 365 days: the rollup tables hold what that
 *    many reports add up to (one row per day x cohort [x app | tip]), generated directly, since
 *    the KPI queries never read raw reports. Targets: ingest >= 5 000/s (SQLite), >= 10 000/s
 *    (PostgreSQL); KPI <= 300 ms on PostgreSQL. With `--baseline DIR`, DIR's computeKpis runs on the
 *    same data too, interleaved run by run.
 *
 * Flags: `--only ingest|kpi`; `--engine sqlite|postgresql`; `--runs N` (default INGEST_RUNS);
 * `--baseline DIR`; `--explain` (EXPLAIN ANALYZE of the year's rollup_app scan on PostgreSQL).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { APP_IDS } from '../lib/sites/types';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/pg-test';
import { openDb, type Db, type DbTarget } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrations';
import { addDays, dayOf } from '../server/days';
import { writeBatch } from '../server/ingest/store';
import { SEMI_SPACE_FLAG } from '../server/main';
import { computeKpis } from '../server/kpi/kpis';
import { createOrg } from '../server/store/orgs';
import { createToken } from '../server/store/tokens';
import { useCaseProgress } from '../server/store/use-cases';
import { prng } from '../server/demo';
import { commit, machine } from './lib/machine';
import { makeReports, TIP_IDS } from './lib/reports';
import { median, p95, table, verdict } from './lib/stats';
import type { LoadConfig, LoadResult } from './server-load';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(BENCH_DIR, '..');
const INGEST_REPORTS = 30_000;
/**
 * Sent to each fresh server process before the timed load, not timed: a server runs for days, so
 * the number to read is the warm one. Without it the first seconds (V8 still compiling the hot
 * path, pools and caches filling) weighed on a 3-second run: ~80 against ~60 µs per report.
 */
const WARMUP_REPORTS = 10_000;
const WARMUP_SEED_OFFSET = 1_000_003;
const INGEST_RUNS = 3;
/** Keep-alive connections of the load generator, one request in flight on each (a fleet of browsers). */
const CONNECTIONS = 256;
const LOAD_TIMEOUT_MS = 120_000;
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

const TODAY = dayOf(Date.now());

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
  /** Server processes' CPU (user + system) per accepted report, µs; socket runs only. */
  serverCpuUs?: number;
  /** The load generator's CPU per report, µs. */
  clientCpuUs?: number;
  /** PostgreSQL's CPU (postmaster and backends) per report, µs; socket runs on PostgreSQL only. */
  dbCpuUs?: number;
  /** Server processes that serve requests (socket runs). */
  workers?: number;
}

/** The postmaster listening on `port` (from its command line), or undefined. */
function postmasterPid(port: number): number | undefined {
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const argv = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
      if (/postgres$/.test(argv[0] ?? '') && argv.join(' ').includes(`-p ${port}`)) return Number(p);
    } catch {
      // The process ended meanwhile.
    }
  }
  return undefined;
}

const CLOCK_TICKS_PER_S = 100;
const US_PER_MS = 1000;
const US_PER_S = 1_000_000;

/**
 * CPU (user + system) used so far by a process and its children alive now (the cluster workers), in
 * ms, from /proc. CPU time is far less sensitive to other load on a shared machine than throughput.
 */
function treeCpuMs(pid: number): number {
  const stat = (p: string): string[] | undefined => {
    try {
      const text = readFileSync(`/proc/${p}/stat`, 'utf8');
      return text.slice(text.lastIndexOf(')') + 2).split(' ');
    } catch {
      return undefined;
    }
  };
  let ticks = 0;
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const f = stat(p);
    // Fields after the name: [1] ppid, [11] utime, [12] stime.
    if (f === undefined || (Number(p) !== pid && Number(f[1]) !== pid)) continue;
    ticks += Number(f[11]) + Number(f[12]);
  }
  return (ticks / CLOCK_TICKS_PER_S) * MS_PER_S;
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

/** A server process (`server/main.ts` of `root`, as `npm run server` runs it) on a free loopback port. */
interface ServerProcess {
  port: number;
  /** CPU used so far by the server and its workers, ms. */
  cpuMs(): number;
  /** SIGTERM: the server stops listening, drains its write queue and closes the database. */
  stop(): Promise<void>;
}

const SERVER_START_TIMEOUT_MS = 60_000;
const LISTENING = /Lastmile server on http:\/\/127\.0\.0\.1:(\d+)/;

async function startServerProcess(root: string, target: DbTarget, workers: number, nodeArgs: readonly string[] = []): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: LOOPBACK,
    // The bench measures throughput, not the per-token limit (which would stop it at 6 000/min).
    INGEST_RATE_PER_MINUTE: String(Number.MAX_SAFE_INTEGER),
  };
  delete env.DATABASE_URL;
  if (target.kind === 'postgres') env.DATABASE_URL = target.url;
  else env.SQLITE_PATH = target.path;
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(root, 'server', 'main.ts'), '--workers', String(workers)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start within ${SERVER_START_TIMEOUT_MS} ms: ${out}`)), SERVER_START_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = LISTENING.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${out}`));
    });
  }).catch(async (err: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw err;
  });
  child.stdout.resume();
  const pid = child.pid ?? 0;
  return {
    port,
    cpuMs: () => treeCpuMs(pid),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs bench/server-load.ts in its own process against the server; resolves with its result. */
function runLoadProcess(cfg: LoadConfig): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(BENCH_DIR, 'server-load.ts'), JSON.stringify(cfg)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as LoadResult);
    });
  });
}

/**
 * The honest ingest number: the server (1 process or a cluster) and the load generator are separate
 * processes talking HTTP/1.1 over loopback sockets. The rate counts only 201 answers, and the run
 * fails unless the reports table then holds exactly that many rows.
 */
async function benchSocket(engine: string, target: DbTarget, root: string, workers: number, label: string, seed: number, nodeArgs: readonly string[] = []): Promise<IngestResult> {
  const db = await freshDb(target);
  let orgId: string;
  let secret: string;
  try {
    const org = await createOrg(db.kysely, `socket-${Date.now()}-${seed}`, K, Date.now());
    orgId = org.id;
    secret = (await createToken(db.kysely, org.id, 'bench', Date.now())).secret;
  } finally {
    await db.close();
  }
  const server = await startServerProcess(root, target, workers, nodeArgs);
  let load: LoadResult;
  let serverCpuMs = 0;
  let dbCpuMs: number | undefined;
  // PostgreSQL's own share of the CPU: backends are children of the postmaster (this cluster's port).
  const pgPid = target.kind === 'postgres' ? postmasterPid(Number(new URL(target.url).port)) : undefined;
  const loadConfig = (reports: number, loadSeed: number): LoadConfig => ({
    host: LOOPBACK,
    port: server.port,
    token: secret,
    origin: EXT_ORIGIN,
    reports,
    seed: loadSeed,
    connections: CONNECTIONS,
    timeoutMs: LOAD_TIMEOUT_MS,
  });
  let warmAccepted = 0;
  try {
    // Another seed: other dedupe keys, so the timed reports are all new.
    const warm = await runLoadProcess(loadConfig(WARMUP_REPORTS, seed + WARMUP_SEED_OFFSET));
    warmAccepted = warm.statuses['201'] ?? 0;
    if (warmAccepted !== WARMUP_REPORTS) throw new Error(`${label}: warm-up not accepted: ${JSON.stringify(warm.statuses)}`);
    const db0 = pgPid === undefined ? 0 : treeCpuMs(pgPid);
    const cpu0 = server.cpuMs();
    load = await runLoadProcess(loadConfig(INGEST_REPORTS, seed));
    serverCpuMs = server.cpuMs() - cpu0;
    if (pgPid !== undefined) dbCpuMs = treeCpuMs(pgPid) - db0;
  } finally {
    await server.stop();
  }
  const accepted = load.statuses['201'] ?? 0;
  const check = openDb(target);
  try {
    const row = await check.kysely.selectFrom('reports').select(sql<string>`count(*)`.as('n')).where('org_id', '=', orgId).executeTakeFirstOrThrow();
    const stored = Number(row.n) - warmAccepted;
    const others = Object.entries(load.statuses).filter(([s]) => s !== '201');
    if (stored !== accepted) throw new Error(`${label}: ${accepted} answered 201 but ${stored} rows stored`);
    if (others.length > 0 || load.timedOut) throw new Error(`${label}: not every report was accepted: ${JSON.stringify(load.statuses)}${load.timedOut ? ' (timed out)' : ''}`);
  } finally {
    await check.close();
  }
  const result: IngestResult = { engine, path: label, workers, reports: accepted, seconds: load.seconds, serverCpuUs: (serverCpuMs * US_PER_MS) / accepted, clientCpuUs: (load.cpuMs * US_PER_MS) / accepted };
  if (dbCpuMs !== undefined) result.dbCpuUs = (dbCpuMs * US_PER_MS) / accepted;
  return result;
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

/** Times each variant KPI_RUNS times after a warm-up, interleaved so drift hits all alike. */
async function timeInterleaved(fns: readonly (() => Promise<unknown>)[]): Promise<number[][]> {
  for (const fn of fns) await fn(); // warm-up: plans, caches
  const out = fns.map(() => [] as number[]);
  for (let i = 0; i < KPI_RUNS; i++) {
    for (const [j, fn] of fns.entries()) {
      const t0 = performance.now();
      await fn();
      out[j]?.push(performance.now() - t0);
    }
  }
  return out;
}

type ComputeKpis = typeof computeKpis;

async function benchKpis(engine: string, target: DbTarget, baseline: ComputeKpis | undefined): Promise<{ results: KpiResult[]; load: string }> {
  const db = await freshDb(target);
  try {
    const org = await createOrg(db.kysely, `kpi-${Date.now()}`, K, Date.now());
    const load = await loadYear(db, org.id);
    await sql`ANALYZE`.execute(db.kysely);
    const to = addDays(TODAY, -1);
    const from = addDays(TODAY, -DAYS);
    const base = { orgId: org.id, k: K, from, to };
    const kpiCases: [string, Parameters<ComputeKpis>[1]][] = [
      ['KPIs, 365 days by day, all cohorts', { ...base, granularity: 'day' }],
      ['KPIs, 365 days by week, all cohorts', { ...base, granularity: 'week' }],
      ['KPIs, 365 days by week, one cohort', { ...base, granularity: 'week', cohort: 'cohort-7' }],
      ['KPIs, last 90 days by day', { ...base, from: addDays(to, -89), granularity: 'day' }],
    ];
    if (process.argv.includes('--explain') && db.dialect === 'postgres') {
      // The year's biggest scan, as computeKpis sends it (rollup_app summed by day over published cells).
      const metrics = ['reports', 'adopted', 'record_visits', 'informed_tasks', 'minutes_saved', 'helpful', 'not_helpful', 'ai_actions', 'tips_shown', 'tips_used'];
      const sums = sql.join(metrics.map((m) => sql`sum(case when reports >= ${K} then ${sql.ref(m)} else 0 end)`));
      const plan = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers) select day, ${sums}, count(*) from rollup_app
        where org_id = ${org.id} and day >= ${from} and day <= ${to} group by day`.execute(db.kysely);
      console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    const results: KpiResult[] = [];
    for (const [query, params] of kpiCases) {
      const fns = [() => computeKpis(db.kysely, params)];
      if (baseline !== undefined) fns.push(() => baseline(db.kysely, params));
      const [mine, theirs] = await timeInterleaved(fns);
      results.push({ engine, query, median: median(mine ?? []), p95: p95(mine ?? []) });
      if (theirs !== undefined) results.push({ engine, query: `${query} (baseline code)`, median: median(theirs), p95: p95(theirs) });
    }
    const [uc] = await timeInterleaved([
      () => useCaseProgress(db.kysely, org.id, K, { app: 'salesforce', tipIds: TIP_IDS.slice(0, 3), target: { kind: 'uses_per_week', value: 10 } }, { from, to }),
    ]);
    results.push({ engine, query: 'Use-case progress, 365 days, 3 tips', median: median(uc ?? []), p95: p95(uc ?? []) });
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
    const baseline = flag('--baseline');
    const onlyEngine = flag('--engine');
    const engines = (
      [
        ['SQLite', () => ({ kind: 'sqlite', path: join(tmp, `b-${Math.random().toString(36).slice(2)}.db`) }), TARGET_SQLITE],
        ['PostgreSQL', () => ({ kind: 'postgres', url: pgUrl }), TARGET_PG],
      ] satisfies [string, () => DbTarget, number][]
    ).filter(([name]) => onlyEngine === undefined || name.toLowerCase() === onlyEngine.toLowerCase());
    const paths: [string, (engine: string, target: DbTarget, seed: number) => Promise<IngestResult>][] = [
      ['raw', (e, t, seed) => benchRaw(e, t, seed)],
      // As `npm run server` starts it: one process with node SEMI_SPACE_FLAG (server/main.ts).
      ['w1', (e, t, seed) => benchSocket(e, t, REPO_ROOT, 1, `HTTP, \`npm run server\` (1 process, ${SEMI_SPACE_FLAG})`, seed, [SEMI_SPACE_FLAG])],
      // The same process with V8's default young generation: what the flag is worth.
      ['w1d', (e, t, seed) => benchSocket(e, t, REPO_ROOT, 1, 'HTTP, 1 process, default young generation', seed)],
      ['w2', (e, t, seed) => benchSocket(e, t, REPO_ROOT, 2, 'HTTP, `npm run server -- --workers 2` (node:cluster)', seed, [SEMI_SPACE_FLAG])],
    ];
    if (baseline !== undefined) {
      paths.push(['base', (e, t, seed) => benchSocket(e, t, resolve(baseline), 1, `HTTP, baseline server (${baseline}), 1 process, ${SEMI_SPACE_FLAG}`, seed, [SEMI_SPACE_FLAG])]);
    }
    const ingest: { engine: string; path: string; target: number; workers: number; rates: number[]; serverCpu: number[]; clientCpu: number[]; dbCpu: number[] }[] = [];
    if (only !== 'kpi') {
      for (const [engine, target, goal] of engines) {
        const rows = paths.map(() => ({ engine, path: '', target: goal, workers: 1, rates: [] as number[], serverCpu: [] as number[], clientCpu: [] as number[], dbCpu: [] as number[] }));
        for (let run = 0; run < runs; run++) {
          // Rotate the order every run so drift on a shared machine hits every path alike.
          for (let j = 0; j < paths.length; j++) {
            const idx = (j + run) % paths.length;
            const [, fn] = paths[idx] as (typeof paths)[number];
            const r = await fn(engine, target(), SEED + run * paths.length + idx);
            const row = rows[idx] as (typeof rows)[number];
            row.path = r.path;
            row.workers = r.workers ?? 1;
            row.rates.push(r.reports / r.seconds);
            if (r.serverCpuUs !== undefined) row.serverCpu.push(r.serverCpuUs);
            if (r.clientCpuUs !== undefined) row.clientCpu.push(r.clientCpuUs);
            if (r.dbCpuUs !== undefined) row.dbCpu.push(r.dbCpuUs);
          }
        }
        ingest.push(...rows);
      }
    }
    const kpis: KpiResult[] = [];
    const loads: string[] = [];
    if (only !== 'ingest') {
      // The baseline checkout's computeKpis runs on the same data, interleaved with this one's.
      const baselineKpis = baseline === undefined ? undefined : ((await import(join(resolve(baseline), 'server', 'kpi', 'kpis.ts'))) as { computeKpis: ComputeKpis }).computeKpis;
      for (const [engine, target] of engines) {
        const r = await benchKpis(engine, target(), baselineKpis);
        kpis.push(...r.results);
        loads.push(r.load);
      }
    }

    const nproc = m.nproc;
    console.log(`\n## Server benchmarks (commit ${commit()}, ${process.argv.slice(2).join(' ') || 'no flags'})\n`);
    console.log(`- nproc: ${m.nproc}; CPU: ${m.cpu}; RAM: ${m.ramGiB} GiB; ${m.os}; Node ${m.node}; PostgreSQL 15 (local, fsync=off, synchronous_commit=off) ; SQLite WAL synchronous=NORMAL`);
    console.log(`- load average (1 / 5 / 15 min): before ${loadBefore}, after ${fmtLoad()}\n`);
    if (ingest.length > 0) {
      console.log(`### Ingest (${INGEST_REPORTS.toLocaleString('en')} reports timed after ${WARMUP_REPORTS.toLocaleString('en')} untimed ones per server process, one org, 20 cohorts, 1-2 apps and a tip each; ${CONNECTIONS} keep-alive connections; median of ${runs} runs, min-max)\n`);
      console.log(
        table(
          ['engine', 'path', 'reports/s (median)', 'min-max', 'vs raw', 'server CPU/report', 'PostgreSQL CPU/report', 'load-gen CPU/report', 'CPU-bound ceiling, idle cores', 'target', 'verdict'],
          ingest.map((r) => {
            const rate = median(r.rates);
            const raw = median(ingest.find((x) => x.engine === r.engine && x.path.startsWith('raw'))?.rates ?? []);
            const isRaw = r.path.startsWith('raw');
            const us = (v: number[]): string => (v.length === 0 ? '-' : `${Math.round(median(v))} µs`);
            return [
              r.engine,
              r.path,
              Math.round(rate).toLocaleString('en'),
              `${Math.round(Math.min(...r.rates)).toLocaleString('en')}-${Math.round(Math.max(...r.rates)).toLocaleString('en')}`,
              isRaw ? '1.00×' : `${(rate / raw).toFixed(2)}×`,
              us(r.serverCpu),
              us(r.dbCpu),
              us(r.clientCpu),
              // What the measured CPU per report allows with the cores to ourselves: all of it must fit in
              // nproc cores, and the server's share in its worker processes (one core each; SQLite runs inside).
              r.serverCpu.length === 0
                ? '-'
                : `${Math.round(
                    Math.min(
                      (nproc * US_PER_S) / (median(r.serverCpu) + median(r.clientCpu) + (r.dbCpu.length > 0 ? median(r.dbCpu) : 0)),
                      (Math.min(r.workers, nproc) * US_PER_S) / median(r.serverCpu),
                    ),
                  ).toLocaleString('en')}/s`,
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
