/**
 * The month chunks behind UsageStore.rollups(): the v3 -> v4 migration builds them from every
 * readable day row and keeps every row, a cold read from them gives the same days and the same
 * habit summary as parsing every row, writes keep them in step, and damage (to a chunk or a row)
 * is reported without hiding any readable day.
 */
import Dexie, { liveQuery } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { DAYS_PER_YEAR, END, MS_PER_DAY, RETENTION_DAYS, dayString, generator } from '../../bench/lib/synthetic';
import { LastmileDb, META_KEYS, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, type IndexedDbDeps } from '../../lib/usage/db';
import type { UsageEvent } from '../../lib/usage/events';
import { summarizeHabits } from '../../lib/usage/habits';
import { DayRollupSchema, type DayRollup } from '../../lib/usage/rollup';
import { compactRollup } from '../../lib/usage/rollup-apply';
import { MonthChunkSchema, encodeMonth } from '../../lib/usage/rollup-chunk';
import { DEFAULT_HABIT_SETTINGS } from '../../lib/usage/settings';
import { UsageStore } from '../../lib/usage/store';

const NAME = 'months-test';
const TODAY = dayString(END);
const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const freshDeps = (): IndexedDbDeps => ({ indexedDB: new IDBFactory(), IDBKeyRange });

function open(deps: IndexedDbDeps): { db: LastmileDb; store: UsageStore; warnings: string[] } {
  const db = new LastmileDb(deps, NAME);
  opened.push(db);
  const warnings: string[] = [];
  return { db, store: new UsageStore(db, { now: () => new Date(END), warn: (m) => warnings.push(m) }), warnings };
}

/** A database as the previous release (v3) left it. */
async function seedV3(deps: IndexedDbDeps, fill: (db: Dexie) => Promise<void>): Promise<void> {
  const v3 = new Dexie(NAME, deps);
  v3.version(1).stores(SCHEMA_V1);
  v3.version(2).stores(SCHEMA_V2);
  v3.version(3).stores(SCHEMA_V3);
  await fill(v3);
  v3.close();
}

/** The read path before chunks: every row parsed, unreadable ones skipped, by day. */
function parseEveryRow(rows: readonly unknown[]): DayRollup[] {
  return rows
    .flatMap((row) => {
      const parsed = DayRollupSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.day.localeCompare(b.day));
}

function prompt(day: string): UsageEvent {
  return { type: 'ai_prompt', toolId: 'chatgpt', at: `${day}T09:00:00.000Z`, timeZone: 'UTC', day };
}

describe('month chunks in the usage store', () => {
  it('three years migrated from v3: same days and the same summary as parsing every row, nothing lost', async () => {
    const history = generator().history(3 * DAYS_PER_YEAR);
    const retainedFrom = new Date(END - RETENTION_DAYS * MS_PER_DAY).toISOString();
    const events = history.events.filter((e) => e.at >= retainedFrom);
    const corrupt = { day: '2025-06-14', aiActions: 'lots' }; // a Saturday: no synthetic day there
    const deps = freshDeps();
    await seedV3(deps, async (v3) => {
      await v3.table('days').bulkPut([...history.rollups.map(compactRollup), corrupt]);
      await v3.table('events').bulkAdd(events.map((e) => ({ ...e })));
      await v3.table('meta').bulkPut([
        { key: META_KEYS.schema, value: { version: 3, from: 2 } },
        { key: META_KEYS.lastPrune, value: { at: '2026-03-01T09:00:00.000Z' } },
      ]);
      await v3.table('outbox').put({ day: '2026-02-27', report: { any: 'thing' }, attempts: 0 });
      await v3.table('sent').put({ day: '2026-02-26', outcome: 'delivered' });
    });
    const before = await (async () => {
      const v3 = new Dexie(NAME, deps);
      v3.version(3).stores(SCHEMA_V3);
      const snapshot = {
        events: await v3.table('events').toArray(),
        days: await v3.table('days').toArray(),
        outbox: await v3.table('outbox').toArray(),
        sent: await v3.table('sent').toArray(),
      };
      v3.close();
      return snapshot;
    })();

    const { db, store, warnings } = open(deps);
    const all = await store.rollups();
    expect(db.verno).toBe(4);
    // Every row kept exactly, the unreadable one included.
    expect(await db.events.toArray()).toEqual(before.events);
    expect(await db.table('days').toArray()).toEqual(before.days);
    expect(await db.outbox.toArray()).toEqual(before.outbox);
    expect(await db.sent.toArray()).toEqual(before.sent);
    expect((await db.meta.get(META_KEYS.schema))?.value).toEqual({ version: 4, from: 3 });
    expect((await db.meta.get(META_KEYS.lastPrune))?.value).toEqual({ at: '2026-03-01T09:00:00.000Z' });
    expect(await db.months.count()).toBeGreaterThanOrEqual(36);

    const expected = parseEveryRow(before.days);
    expect(JSON.stringify(all)).toBe(JSON.stringify(expected));
    expect(summarizeHabits(all, DEFAULT_HABIT_SETTINGS, TODAY)).toEqual(summarizeHabits(expected, DEFAULT_HABIT_SETTINGS, TODAY));
    // The unreadable row is still reported (its month is read row by row), the good ones kept.
    expect(warnings.filter((w) => w.includes('unreadable rollup for 2025-06-14'))).toHaveLength(1);
    expect(all.filter((r) => r.day.startsWith('2025-06')).length).toBe(expected.filter((r) => r.day.startsWith('2025-06')).length);
    expect(all.length).toBe(history.rollups.length);

    // Export and delete cover everything as before.
    const exported = await store.exportJson();
    expect(exported.days).toEqual(expected);
    expect(exported.events).toHaveLength(events.length);
    await store.deleteAll();
    expect(await db.months.count()).toBe(0);
    expect(await db.days.count()).toBe(0);
    expect(await store.rollups()).toEqual([]);
    // Three years of data in fake-indexeddb on a shared machine: room to finish, not a speed check.
  }, 60_000);

  it('a cold read takes readable months from their chunks, not from the day rows', async () => {
    const deps = freshDeps();
    const writer = open(deps).store;
    for (const day of ['2026-01-30', '2026-02-02', '2026-02-03', '2026-03-01']) await writer.record(prompt(day));
    const { db, store } = open(deps);
    const bulkGets: unknown[] = [];
    db.table('days').hook('reading', (row: unknown) => {
      bulkGets.push(row);
      return row;
    });
    expect((await store.rollups()).map((r) => [r.day, r.aiActions])).toEqual([
      ['2026-01-30', 1],
      ['2026-02-02', 1],
      ['2026-02-03', 1],
      ['2026-03-01', 1],
    ]);
    expect(bulkGets).toEqual([]);
  });

  it('writes keep each month chunk equal to its day rows', async () => {
    const deps = freshDeps();
    const { db, store } = open(deps);
    await store.record(prompt('2026-02-02'));
    await store.countVisit('2026-02-02', 'jira', 'issue');
    await store.record({ type: 'marked_used', app: 'gmail', page: 'thread', tipId: 'gm-1', viewId: 'view-1234abcd', minutesSaved: 5, at: '2026-02-05T09:00:00.000Z', timeZone: 'UTC', day: '2026-02-05' });
    await store.countVisit('2026-03-01', 'gmail', 'thread');
    for (const month of ['2026-02', '2026-03']) {
      const rows = await db.days.where('day').startsWith(`${month}-`).toArray();
      const chunk = MonthChunkSchema.parse(await db.months.get(month)).days;
      expect(JSON.stringify(chunk)).toBe(JSON.stringify(parseEveryRow(rows)));
    }
  });

  it('an unreadable chunk is reported, its month read row by row, and the next write mends it', async () => {
    const deps = freshDeps();
    const { db, store } = open(deps);
    await store.record(prompt('2026-02-02'));
    await store.record(prompt('2026-02-03'));
    await db.months.put({ ...encodeMonth('2026-02', []), values: Float64Array.from([-1]), codes: Uint32Array.from([0]), start: Uint32Array.from([0]) });
    const reader = open(deps);
    expect((await reader.store.rollups()).map((r) => r.day)).toEqual(['2026-02-02', '2026-02-03']);
    expect(reader.warnings.some((w) => w.includes('Unreadable month chunk 2026-02'))).toBe(true);

    await store.record(prompt('2026-02-03'));
    const chunk = MonthChunkSchema.parse(await db.months.get('2026-02')).days;
    expect(chunk.map((r) => [r.day, r.aiActions])).toEqual([
      ['2026-02-02', 1],
      ['2026-02-03', 2],
    ]);
  });

  it('rows added or removed behind the store\'s back are still read (their month row by row)', async () => {
    const deps = freshDeps();
    const { db, store } = open(deps);
    await store.record(prompt('2026-02-02'));
    await store.record(prompt('2026-03-02'));
    await db.table('days').put({ day: '2026-02-09', aiActions: 4 });
    await db.table('days').delete('2026-03-02');
    await db.table('days').put({ day: '2026-04-01', prompts: 1 });
    await db.table('days').put({ day: 'garbage', aiActions: 1 });
    const reader = open(deps);
    expect((await reader.store.rollups()).map((r) => [r.day, r.aiActions])).toEqual([
      ['2026-02-02', 1],
      ['2026-02-09', 4],
      ['2026-04-01', 0],
    ]);
    expect(reader.warnings.some((w) => w.includes('unreadable rollup for garbage'))).toBe(true);
  });

  it('a live query over rollups() follows another store\'s writes', async () => {
    const deps = freshDeps();
    // liveQuery stays idle without Dexie's global IndexedDB (a browser always has one).
    const globalDeps = { ...Dexie.dependencies };
    Object.assign(Dexie.dependencies, deps);
    onTestFinished(() => void Object.assign(Dexie.dependencies, globalDeps));
    const writer = open(deps).store;
    await writer.record(prompt('2026-02-02'));
    const reader = open(deps).store;
    const seen: number[][] = [];
    let notify = (): void => undefined;
    const subscription = liveQuery(() => reader.rollups()).subscribe({
      next: (rollups) => {
        seen.push(rollups.map((r) => r.aiActions));
        notify();
      },
    });
    const nextValue = (): Promise<void> => new Promise((resolve) => (notify = resolve));
    try {
      await (seen.length > 0 ? Promise.resolve() : nextValue());
      const changed = nextValue();
      await writer.record(prompt('2026-02-02'));
      await changed;
      const again = nextValue();
      await writer.record(prompt('2026-02-10'));
      await again;
    } finally {
      subscription.unsubscribe();
    }
    expect(seen).toEqual([[1], [2], [2, 1]]);
  });

  it('counts() counts days, not chunks, and includes the chunks in the byte estimate', async () => {
    const deps = freshDeps();
    const { db, store } = open(deps);
    await store.record(prompt('2026-02-02'));
    await store.record(prompt('2026-03-02'));
    const counts = await store.counts();
    expect(counts).toMatchObject({ events: 2, days: 2 });
    const withoutChunks = [...(await db.events.toArray()), ...(await db.days.toArray()), ...(await db.meta.toArray())].reduce(
      (sum, row) => sum + JSON.stringify(row).length,
      0,
    );
    expect(counts.bytesEstimate).toBeGreaterThan(withoutChunks);
  });
});
