/**
 * Usage-store benchmarks (not tests): `npx tsx bench/usage-store.bench.ts`.
 *
 * Engine: fake-indexeddb (pure JS, in memory) under Node, the only IndexedDB available here.
 * It has no disk and no structured-clone-to-disk cost, but its B-tree, transactions and
 * cursors are implemented in JS; treat absolute numbers as indicative, not Chrome's.
 * Sizes are JSON characters of the stored rows (ASCII data, so ~bytes); Chrome's on-disk
 * LevelDB form differs but is of the same order.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { LastmileDb, type EventRow } from '../lib/usage/db';
import type { UsageEvent, UsageEventType } from '../lib/usage/events';
import { summarizeHabits } from '../lib/usage/habits';
import { emptyPending, linkInformed } from '../lib/usage/informed';
import { DayRollupSchema, emptyRollup, type DayRollup } from '../lib/usage/rollup';
import { applyEventToRollup, compactRollup } from '../lib/usage/rollup-apply';
import { DEFAULT_HABIT_SETTINGS } from '../lib/usage/settings';
import type { AppId } from '../lib/sites/types';
import { UsageStore } from '../lib/usage/store';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const YEARS = 3;
const DAYS_PER_YEAR = 365;
const RETENTION_DAYS = 180;
/** A heavy user: 60 events on every workday. */
const EVENTS_PER_WORKDAY = 60;
const WORKDAY_START_HOUR_UTC = 8;
/** Events spread over an 8-hour working day. */
const MINUTES_BETWEEN_EVENTS = 8;
const WRITE_SAMPLES = 2000;
const WRITE_SAMPLES_FULL_DB = 500;
const AGGREGATE_RUNS = 7;
const SEED = 0x1a57;
const MB = 1024 * 1024;
const KB = 1024;

/** The day's event mix (sums to EVENTS_PER_WORKDAY), shuffled per day. */
const DAY_MIX: readonly [UsageEventType, number][] = [
  ['tip_shown', 15],
  ['card_opened', 8],
  ['prompt_copied', 6],
  ['ai_opened', 3],
  ['marked_used', 3],
  ['dismissed', 3],
  ['ai_session', 8],
  ['ai_prompt', 12],
  ['manual_log', 2],
];
const APPS: readonly AppId[] = ['salesforce', 'gmail', 'jira', 'zendesk', 'slack'];
const TIPS_PER_APP = 20;
const TOOLS = ['chatgpt', 'copilot', 'claude'] as const;
const TIME_ZONE = 'Europe/Berlin';
const END = Date.parse('2026-03-02T00:00:00.000Z');

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
const rand = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');

function dayString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isWorkday(ms: number): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** One workday of heavy use, in time order. */
function workday(dayStart: number): UsageEvent[] {
  const types = DAY_MIX.flatMap(([type, n]) => Array.from({ length: n }, () => type));
  for (let i = types.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [types[i], types[j]] = [types[j] as UsageEventType, types[i] as UsageEventType];
  }
  const day = dayString(dayStart);
  let viewId = `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
  let app = pick(APPS);
  return types.map((type, i) => {
    const at = new Date(dayStart + WORKDAY_START_HOUR_UTC * 60 * MS_PER_MINUTE + i * MINUTES_BETWEEN_EVENTS * MS_PER_MINUTE).toISOString();
    const stamp = { at, timeZone: TIME_ZONE, day };
    if (type === 'ai_session' || type === 'ai_prompt' || type === 'manual_log') {
      return type === 'manual_log' ? { type, ...stamp } : { type, toolId: pick(TOOLS), ...stamp };
    }
    if (type === 'card_opened') {
      viewId = `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
      app = pick(APPS);
    }
    const tipId = `${app}-tip-${Math.floor(rand() * TIPS_PER_APP)}`;
    const base = { type, app, page: 'record', tipId, ...stamp };
    if (type === 'ai_opened') return { ...base, viewId, toolId: pick(TOOLS) };
    if (type === 'marked_used') return { ...base, viewId, minutesSaved: 10 };
    if (type === 'card_opened' || type === 'prompt_copied') return { ...base, viewId };
    return base;
  });
}

interface Synthetic {
  events: UsageEvent[];
  rollups: DayRollup[];
}

/** `days` days of heavy use ending the day before END, folded into rollups with the store's own math. */
function synthesize(days: number): Synthetic {
  const events: UsageEvent[] = [];
  const rollups: DayRollup[] = [];
  let pending = emptyPending();
  for (let d = days; d >= 1; d--) {
    const start = END - d * MS_PER_DAY;
    if (!isWorkday(start)) continue;
    let rollup = emptyRollup(dayString(start));
    for (const e of workday(start)) {
      const link = linkInformed(pending, e);
      pending = link.pending;
      rollup = applyEventToRollup(rollup, e, link.informedApp ? { informedApp: link.informedApp } : {});
      events.push(e);
    }
    rollups.push(rollup);
  }
  return { events, rollups };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

function openStore(name: string): { db: LastmileDb; store: UsageStore } {
  const db = new LastmileDb({ indexedDB: new IDBFactory(), IDBKeyRange }, name);
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

/** Events re-dated to today, so they land on one fresh day after the synthetic history. */
function freshEvents(n: number, from: number): UsageEvent[] {
  const out: UsageEvent[] = [];
  let d = 0;
  while (out.length < n) {
    for (const e of workday(from + d * MS_PER_DAY)) if (out.length < n) out.push(e);
    d++;
  }
  return out;
}

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
  const { db, store } = openStore('bench-3y');
  {
    const t = performance.now();
    await db.days.bulkPut(history.rollups.map(compactRollup));
    await db.events.bulkAdd(retained.map((e): EventRow => ({ ...e })));
    row(`seed: ${history.rollups.length} rollups + ${retained.length} events (bulk)`, ms(performance.now() - t));
  }
  {
    const r = await writeLatency(store, freshEvents(WRITE_SAMPLES_FULL_DB, END));
    row(`record(): throughput, 3-year DB (${WRITE_SAMPLES_FULL_DB} serial writes)`, `${Math.round(r.perSecond)} events/s`);
    row('record(): latency p50 / p95, 3-year DB', `${ms(r.p50)} / ${ms(r.p95)}`);
  }
  {
    const load: number[] = [];
    const summary: number[] = [];
    let days = 0;
    for (let i = 0; i < AGGREGATE_RUNS; i++) {
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
    row(`rollups(): load + parse ${days} days, new store each run (median of ${AGGREGATE_RUNS})`, ms(median(load)));
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
