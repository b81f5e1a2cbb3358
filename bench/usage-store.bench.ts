/**
 * Usage-store benchmarks (not tests): `npx tsx bench/usage-store.bench.ts`.
 *
 * Engine: fake-indexeddb (pure JS, in memory) under Node, the only IndexedDB available here.
 * It has no disk and no structured-clone-to-disk cost, but its B-tree, transactions and
 * cursors are implemented in JS; treat absolute numbers as indicative, not Chrome's.
 * Sizes are JSON characters of the stored rows (ASCII data, so ~bytes); Chrome's on-disk
 * LevelDB form differs but is of the same order.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { LastmileDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, type EventRow } from '../lib/usage/db';
import type { UsageEvent } from '../lib/usage/events';
import { summarizeHabits } from '../lib/usage/habits';
import { DayRollupSchema } from '../lib/usage/rollup';
import { compactRollup } from '../lib/usage/rollup-apply';
import { DEFAULT_HABIT_SETTINGS } from '../lib/usage/settings';
import { UsageStore } from '../lib/usage/store';
import { DAYS_PER_YEAR, END, MS_PER_DAY, RETENTION_DAYS, dayString, generator } from './lib/synthetic';

const YEARS = 3;
const WRITE_SAMPLES = 2000;
const WRITE_SAMPLES_FULL_DB = 500;
const AGGREGATE_RUNS = 7;
const MB = 1024 * 1024;
const KB = 1024;

/** The same synthetic heavy user as the Chromium bench (bench/lib/synthetic.ts). */
const synthetic = generator();
const synthesize = (days: number) => synthetic.history(days);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

function openStore(name: string, indexedDB = new IDBFactory()): { db: LastmileDb; store: UsageStore } {
  const db = new LastmileDb({ indexedDB, IDBKeyRange }, name);
  const store = new UsageStore(db, { now: () => new Date(END), warn: (m) => console.warn(m) });
  return { db, store };
}

async function writeLatency(store: UsageStore, events: readonly UsageEvent[]): Promise<{ perSecond: number; p50: number; p95: number }> {
  const latencies: number[] = [];
  const begin = performance.now();
  for (const e of events) {
    const t = performance.now();
    await store.record(e);
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: events.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/** Events that land on one fresh day after the synthetic history. */
const freshEvents = (n: number, from: number): UsageEvent[] => synthetic.fresh(n, from);

const rows: [string, string][] = [];
const row = (metric: string, value: string): void => {
  rows.push([metric, value]);
};
const ms = (v: number): string => `${v.toFixed(2)} ms`;

async function main(): Promise<void> {
  // 1. Writes into an empty database.
  {
    const { db, store } = openStore('bench-write');
    const r = await writeLatency(store, freshEvents(WRITE_SAMPLES, END));
    row(`record(): throughput, empty DB (${WRITE_SAMPLES} serial writes)`, `${Math.round(r.perSecond)} events/s`);
    row('record(): latency p50 / p95, empty DB', `${ms(r.p50)} / ${ms(r.p95)}`);
    db.close();
  }

  // 2. Three years of heavy use: rollups for every workday, raw events for the retained 180 days.
  const history = synthesize(YEARS * DAYS_PER_YEAR);
  const retainedFrom = new Date(END - RETENTION_DAYS * MS_PER_DAY).toISOString();
  const retained = history.events.filter((e) => e.at >= retainedFrom);
  const factory = new IDBFactory();
  {
    // As the previous release (v3) left it; opening it below migrates it to v4 (month chunks).
    const v3 = new Dexie('bench-3y', { indexedDB: factory, IDBKeyRange });
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const t = performance.now();
    await v3.table('days').bulkPut(history.rollups.map(compactRollup));
    await v3.table('events').bulkAdd(retained.map((e): EventRow => ({ ...e })));
    row(`seed (as v3): ${history.rollups.length} rollups + ${retained.length} events (bulk)`, ms(performance.now() - t));
    v3.close();
  }
  const { db, store } = openStore('bench-3y', factory);
  {
    const t = performance.now();
    await db.open();
    row(`migration v3 → v4 (${await db.months.count()} month chunks)`, ms(performance.now() - t));
  }
  {
    const r = await writeLatency(store, freshEvents(WRITE_SAMPLES_FULL_DB, END));
    row(`record(): throughput, 3-year DB (${WRITE_SAMPLES_FULL_DB} serial writes)`, `${Math.round(r.perSecond)} events/s`);
    row('record(): latency p50 / p95, 3-year DB', `${ms(r.p50)} / ${ms(r.p95)}`);
  }
  {
    const load: number[] = [];
    const summary: number[] = [];
    const baseline: number[] = [];
    let days = 0;
    for (let i = 0; i < AGGREGATE_RUNS; i++) {
      // Baseline: the v3 read path, every day row parsed.
      const b0 = performance.now();
      const rows: unknown[] = await db.days.toArray();
      const parsed = rows.flatMap((r) => {
        const p = DayRollupSchema.safeParse(r);
        return p.success ? [p.data] : [];
      });
      baseline.push(performance.now() - b0);
      if (parsed.length === 0) throw new Error('no rows');
      // A new store each run, as when the dashboard opens: nothing parsed is cached yet.
      const cold = new UsageStore(db, { now: () => new Date(END), warn: (m) => console.warn(m) });
      const t0 = performance.now();
      const all = await cold.rollups();
      const t1 = performance.now();
      const s = summarizeHabits(all, DEFAULT_HABIT_SETTINGS, dayString(END));
      const t2 = performance.now();
      if (s.today !== dayString(END)) throw new Error('summary of the wrong day');
      days = all.length;
      load.push(t1 - t0);
      summary.push(t2 - t1);
    }
    row(`baseline: days.toArray() + parse every row, ${days} days (median of ${AGGREGATE_RUNS})`, ms(median(baseline)));
    row(`rollups(): from month chunks, ${days} days, new store each run (median of ${AGGREGATE_RUNS})`, `${ms(median(load))} (${(median(load) / median(baseline)).toFixed(2)}× baseline)`);
    row('summarizeHabits() over 3 years (median)', ms(median(summary)));
    row('load + summarize, total (median)', ms(median(load.map((l, i) => l + (summary[i] ?? 0)))));
  }
  {
    const t0 = performance.now();
    const page = await store.events({ limit: 50 });
    row('events({ limit: 50 }) newest first', ms(performance.now() - t0));
    if (page.length !== 50) throw new Error('short page');
    const t1 = performance.now();
    const counts = await store.counts();
    row(`counts() (${counts.events} events, ${counts.days} days)`, `${ms(performance.now() - t1)}; bytesEstimate ${(counts.bytesEstimate / MB).toFixed(2)} MB`);
    const t2 = performance.now();
    const csv = await store.exportCsv('events');
    row('exportCsv("events")', `${ms(performance.now() - t2)} (${(csv.length / MB).toFixed(2)} MB)`);
  }
  db.close();

  // 3. Pruning a year of raw events down to 180 days.
  {
    const year = synthesize(DAYS_PER_YEAR);
    const { db: pdb, store: pstore } = openStore('bench-prune');
    await pdb.events.bulkAdd(year.events.map((e): EventRow => ({ ...e })));
    const t = performance.now();
    const deleted = await pstore.prune(RETENTION_DAYS);
    row(`prune(180) on one year (${year.events.length} events, ${deleted} deleted)`, ms(performance.now() - t));
    pdb.close();
  }

  // 4. Size: JSON of stored rows (events carry their auto id).
  {
    const year = synthesize(DAYS_PER_YEAR);
    const eventBytes = year.events.reduce((sum, e, i) => sum + JSON.stringify({ ...e, id: i + 1 }).length, 0);
    const compactBytes = year.rollups.reduce((sum, r) => sum + JSON.stringify(compactRollup(r)).length, 0);
    const fullBytes = year.rollups.reduce((sum, r) => sum + JSON.stringify(DayRollupSchema.parse(r)).length, 0);
    row(`one heavy year: raw events (${year.events.length})`, `${(eventBytes / MB).toFixed(2)} MB (${Math.round(eventBytes / year.events.length)} B/event)`);
    row(`one heavy year: rollups (${year.rollups.length} days, compact)`, `${(compactBytes / KB).toFixed(0)} KB (${Math.round(compactBytes / year.rollups.length)} B/day; ${Math.round(fullBytes / year.rollups.length)} B/day uncompacted)`);
    const retainedBytes = (eventBytes / DAYS_PER_YEAR) * RETENTION_DAYS;
    const threeYears = retainedBytes + YEARS * compactBytes;
    row('three years, steady state (180 days of events + 3 years of rollups)', `${(threeYears / MB).toFixed(2)} MB (budget 5 MB)`);
  }

  console.log(`\nUsage store benchmarks: Node ${process.version}, fake-indexeddb (in-memory JS IndexedDB)\n`);
  console.log('| Metric | Value |');
  console.log('| --- | --- |');
  for (const [metric, value] of rows) console.log(`| ${metric} | ${value} |`);
}

await main();
