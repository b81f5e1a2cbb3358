/**
 * Runs inside a real Chromium page (bundled by bench/usage-chromium.ts with esbuild): the real
 * UsageStore on the browser's own IndexedDB, plus a raw-IndexedDB baseline. Exposes its
 * measurements on window.lastmileBench for playwright to call; all timing happens in the page.
 */
import { LastmileDb, SCHEMA_V1, type EventRow } from '../../lib/usage/db';
import type { UsageEvent } from '../../lib/usage/events';
import { summarizeHabits } from '../../lib/usage/habits';
import { DayRollupSchema } from '../../lib/usage/rollup';
import { compactRollup } from '../../lib/usage/rollup-apply';
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
  /** Cold: a new store (a dashboard just opened) loads and parses every day. */
  loadMs: number[];
  /** The same rows read with Dexie alone (no parse), for scale. */
  rawMs: number[];
  summaryMs: number[];
  /** The open dashboard after the background wrote one day: only that day is read again. */
  liveLoadMs: number[];
  liveSummaryMs: number[];
}

export interface SizeRun {
  events: number;
  rollups: number;
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
  seedThreeYears(dbName: string): Promise<{ ms: number; rollups: number; events: number }>;
  aggregates(dbName: string, runs: number): Promise<AggregateRun>;
  storageYear(dbName: string): Promise<SizeRun>;
  crossOriginIsolated: boolean;
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

const bench: LastmileBench = {
  crossOriginIsolated: globalThis.crossOriginIsolated === true,

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
    const { db } = openStore(dbName);
    const t = performance.now();
    await db.days.bulkPut(history.rollups.map(compactRollup));
    await db.events.bulkAdd(retained.map((e): EventRow => ({ ...e })));
    const ms = performance.now() - t;
    db.close();
    return { ms, rollups: history.rollups.length, events: retained.length };
  },

  async aggregates(dbName, runs) {
    const loadMs: number[] = [];
    const rawMs: number[] = [];
    const summaryMs: number[] = [];
    const liveLoadMs: number[] = [];
    const liveSummaryMs: number[] = [];
    let days = 0;
    // The background's store: the database's only writer (a different instance, as in another context).
    const writer = openStore(dbName);
    try {
      // Real databases are written through the store, which keeps the rollups' version row.
      await writer.store.countVisit(dayString(END), 'jira', 'issue');
      for (let i = 0; i < runs; i++) {
        // Opening the dashboard: a new page, so a new store with nothing cached.
        const { db, store } = openStore(dbName);
        try {
          const t0 = performance.now();
          const all = await store.rollups();
          const t1 = performance.now();
          const summary = summarizeHabits(all, DEFAULT_HABIT_SETTINGS, dayString(END));
          const t2 = performance.now();
          // After the store's read, so it doesn't warm the disk cache for it.
          const r0 = performance.now();
          await db.days.toArray();
          rawMs.push(performance.now() - r0);
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
      }
    } finally {
      writer.db.close();
    }
    return { days, loadMs, rawMs, summaryMs, liveLoadMs, liveSummaryMs };
  },

  async storageYear(dbName) {
    const year = gen.history(DAYS_PER_YEAR);
    const usageBefore = (await navigator.storage.estimate()).usage ?? 0;
    const { db } = openStore(dbName);
    await db.days.bulkPut(year.rollups.map(compactRollup));
    await db.events.bulkAdd(year.events.map((e): EventRow => ({ ...e })));
    db.close();
    const usageAfter = (await navigator.storage.estimate()).usage ?? 0;
    return {
      events: year.events.length,
      rollups: year.rollups.length,
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
