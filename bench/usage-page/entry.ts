/**
 * Runs inside a real Chromium page (bundled by bench/usage-chromium.ts with esbuild): the real
 * UsageStore on the browser's own IndexedDB, plus a raw-IndexedDB baseline. Exposes its
 * measurements on window.lastmileBench for playwright to call; all timing happens in the page.
 */
import Dexie, { liveQuery } from 'dexie';
import { LastmileDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, type EventRow } from '../../lib/usage/db';
import type { UsageEvent } from '../../lib/usage/events';
import { summarizeHabits } from '../../lib/usage/habits';
import { DayRollupSchema, type DayRollup } from '../../lib/usage/rollup';
import { compactRollup } from '../../lib/usage/rollup-apply';
import { encodeMonths } from '../../lib/usage/rollup-chunk';
import { DEFAULT_HABIT_SETTINGS } from '../../lib/usage/settings';
import { UsageStore } from '../../lib/usage/store';
import { DAYS_PER_YEAR, END, MS_PER_DAY, RETENTION_DAYS, dayString, generator } from '../lib/synthetic';

const YEARS = 3;
const EVENTS_STORE = 'events';

export interface WriteRun {
  latencies: number[];
  totalMs: number;
}

export interface AggregateRun {
  days: number;
  /**
   * Cold, as the habits page opens (entrypoints/habits/data.ts): a new connection and store,
   * the first value of liveQuery(() => store.rollups()), then summarizeHabits.
   */
  loadMs: number[];
  summaryMs: number[];
  /** Baseline, interleaved: the v3 read path, i.e. the same but every day row read and zod-parsed. */
  baseLoadMs: number[];
  /** …of which reading the rows (Dexie toArray, no parse), for scale. */
  rawMs: number[];
  baseSummaryMs: number[];
  /** The open dashboard after the background wrote one day: only that day is read again. */
  liveLoadMs: number[];
  liveSummaryMs: number[];
}

export interface SizeRun {
  events: number;
  rollups: number;
  /** Month chunks (typed arrays: bytes; name lists: JSON characters). */
  chunks: number;
  chunkBytes: number;
  /** navigator.storage.estimate().usage before and after seeding (bytes). */
  usageBefore: number;
  usageAfter: number;
  eventJsonBytes: number;
  rollupJsonBytes: number;
  rollupFullJsonBytes: number;
}

export interface LastmileBench {
  writeStore(dbName: string, n: number): Promise<WriteRun>;
  writeRaw(dbName: string, n: number): Promise<WriteRun>;
  seedThreeYears(dbName: string): Promise<{ ms: number; migrateMs: number; rollups: number; events: number; months: number }>;
  aggregates(dbName: string, runs: number): Promise<AggregateRun>;
  storageYear(dbName: string): Promise<SizeRun>;
  crossOriginIsolated: boolean;
  /** False under the extension pages' CSP (no 'unsafe-eval'): zod then runs without its JIT. */
  evalAllowed: boolean;
}

const gen = generator();
const deps = { indexedDB, IDBKeyRange };

function openStore(dbName: string): { db: LastmileDb; store: UsageStore } {
  const db = new LastmileDb(deps, dbName);
  return { db, store: new UsageStore(db, { now: () => new Date(END) }) };
}

/** Today's events, after any seeded history. */
const freshEvents = (n: number): UsageEvent[] => gen.fresh(n, END);

async function timeEach(events: readonly UsageEvent[], write: (e: UsageEvent) => Promise<void>): Promise<WriteRun> {
  const latencies: number[] = [];
  const begin = performance.now();
  for (const e of events) {
    const t = performance.now();
    await write(e);
    latencies.push(performance.now() - t);
  }
  return { latencies, totalMs: performance.now() - begin };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** The baseline database: the events store with the same key and indexes as Dexie's, nothing else. */
async function openRaw(dbName: string): Promise<IDBDatabase> {
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore(EVENTS_STORE, { keyPath: 'id', autoIncrement: true });
    // SCHEMA_V1.events is '++id, at, day, type': same secondary indexes.
    for (const index of SCHEMA_V1.events.split(',').slice(1).map((s) => s.trim())) store.createIndex(index, index);
  };
  return request(open);
}

function evalAllowed(): boolean {
  try {
    new Function('');
    return true;
  } catch {
    return false;
  }
}

/** The first value of a live query, as the page's useLiveQuery gets it. */
function firstValue<T>(query: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        resolve(value);
        queueMicrotask(() => subscription.unsubscribe());
      },
      error: reject,
    });
  });
}

/** The v3 read path: every row parsed, unreadable ones skipped, sorted by day. */
function parseEveryRow(rows: readonly unknown[]): DayRollup[] {
  const out: DayRollup[] = [];
  for (const row of rows) {
    const parsed = DayRollupSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

const bench: LastmileBench = {
  crossOriginIsolated: globalThis.crossOriginIsolated === true,
  evalAllowed: evalAllowed(),

  async writeStore(dbName, n) {
    const { db, store } = openStore(dbName);
    await db.open();
    try {
      return await timeEach(freshEvents(n), (e) => store.record(e));
    } finally {
      db.close();
    }
  },

  async writeRaw(dbName, n) {
    const idb = await openRaw(dbName);
    try {
      // One readwrite transaction per row, committed before the next: what record() does per event.
      return await timeEach(
        freshEvents(n),
        (e) =>
          new Promise<void>((resolve, reject) => {
            const tx = idb.transaction(EVENTS_STORE, 'readwrite');
            tx.objectStore(EVENTS_STORE).add({ ...e });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          }),
      );
    } finally {
      idb.close();
    }
  },

  async seedThreeYears(dbName) {
    const history = gen.history(YEARS * DAYS_PER_YEAR);
    const retainedFrom = new Date(END - RETENTION_DAYS * MS_PER_DAY).toISOString();
    const retained = history.events.filter((e) => e.at >= retainedFrom);
    // As the previous release (v3) left it; the first open after the update migrates it.
    const v3 = new Dexie(dbName, deps);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const t = performance.now();
    await v3.table('days').bulkPut(history.rollups.map(compactRollup));
    await v3.table('events').bulkAdd(retained.map((e): EventRow => ({ ...e })));
    const ms = performance.now() - t;
    v3.close();
    const { db } = openStore(dbName);
    const m = performance.now();
    await db.open();
    const migrateMs = performance.now() - m;
    const months = await db.months.count();
    db.close();
    return { ms, migrateMs, rollups: history.rollups.length, events: retained.length, months };
  },

  async aggregates(dbName, runs) {
    const loadMs: number[] = [];
    const summaryMs: number[] = [];
    const baseLoadMs: number[] = [];
    const rawMs: number[] = [];
    const baseSummaryMs: number[] = [];
    const liveLoadMs: number[] = [];
    const liveSummaryMs: number[] = [];
    let days = 0;
    // The background's store: the database's only writer (a different instance, as in another context).
    const writer = openStore(dbName);
    try {
      // Real databases are written through the store, which keeps the rollups' version row.
      await writer.store.countVisit(dayString(END), 'jira', 'issue');
      const baseline = async (): Promise<void> => {
        const db = new LastmileDb(deps, dbName);
        try {
          const t0 = performance.now();
          const rows: unknown[] = await firstValue(() => db.days.toArray());
          const r1 = performance.now();
          const all = parseEveryRow(rows);
          const t1 = performance.now();
          summarizeHabits(all, DEFAULT_HABIT_SETTINGS, dayString(END));
          const t2 = performance.now();
          if (all.length !== days) throw new Error(`baseline read ${all.length} days, the store ${days}`);
          rawMs.push(r1 - t0);
          baseLoadMs.push(t1 - t0);
          baseSummaryMs.push(t2 - t1);
        } finally {
          db.close();
        }
      };
      for (let i = 0; i < runs; i++) {
        // Interleaved, alternating which goes first, so drift and disk cache hit both alike.
        if (i % 2 === 1 && days > 0) await baseline();
        // Opening the dashboard: a new page, so a new connection and store with nothing cached.
        const t0 = performance.now();
        const { db, store } = openStore(dbName);
        try {
          const all = await firstValue(() => store.rollups());
          const t1 = performance.now();
          const summary = summarizeHabits(all, DEFAULT_HABIT_SETTINGS, dayString(END));
          const t2 = performance.now();
          if (summary.today !== dayString(END)) throw new Error('summary of the wrong day');
          days = all.length;
          loadMs.push(t1 - t0);
          summaryMs.push(t2 - t1);
          // The dashboard stays open and the background records a visit: liveQuery reads again.
          await writer.store.countVisit(dayString(END), 'jira', 'issue');
          const l0 = performance.now();
          const again = await store.rollups();
          const l1 = performance.now();
          summarizeHabits(again, DEFAULT_HABIT_SETTINGS, dayString(END));
          const l2 = performance.now();
          liveLoadMs.push(l1 - l0);
          liveSummaryMs.push(l2 - l1);
        } finally {
          db.close();
        }
        if (i % 2 === 0) await baseline();
      }
    } finally {
      writer.db.close();
    }
    return { days, loadMs, summaryMs, baseLoadMs, rawMs, baseSummaryMs, liveLoadMs, liveSummaryMs };
  },

  async storageYear(dbName) {
    const year = gen.history(DAYS_PER_YEAR);
    const usageBefore = (await navigator.storage.estimate()).usage ?? 0;
    const chunks = encodeMonths(year.rollups);
    const { db } = openStore(dbName);
    await db.days.bulkPut(year.rollups.map(compactRollup));
    await db.months.bulkPut(chunks);
    await db.events.bulkAdd(year.events.map((e): EventRow => ({ ...e })));
    db.close();
    const usageAfter = (await navigator.storage.estimate()).usage ?? 0;
    return {
      events: year.events.length,
      rollups: year.rollups.length,
      chunks: chunks.length,
      chunkBytes: chunks.reduce(
        (sum, c) =>
          sum + c.days.byteLength + c.start.byteLength + c.codes.byteLength + c.values.byteLength + JSON.stringify([c.month, c.apps, c.categories, c.tips, c.tools]).length,
        0,
      ),
      usageBefore,
      usageAfter,
      eventJsonBytes: year.events.reduce((s, e, i) => s + JSON.stringify({ ...e, id: i + 1 }).length, 0),
      rollupJsonBytes: year.rollups.reduce((s, r) => s + JSON.stringify(compactRollup(r)).length, 0),
      rollupFullJsonBytes: year.rollups.reduce((s, r) => s + JSON.stringify(DayRollupSchema.parse(r)).length, 0),
    };
  },
};

(globalThis as typeof globalThis & { lastmileBench: LastmileBench }).lastmileBench = bench;
document.title = 'ready';
