/**
 * UsageStore.rollups() parses rows once per version: a reader (another context: the habits page)
 * must still see every write the background's store makes, one day or many, and a deleteAll.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { LastmileDb, type IndexedDbDeps } from '../../lib/usage/db';
import type { UsageEvent } from '../../lib/usage/events';
import { compactRollup } from '../../lib/usage/rollup-apply';
import { emptyRollup } from '../../lib/usage/rollup';
import { ROLLUPS_VERSION_KEY, UsageStore } from '../../lib/usage/store';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function open(deps: IndexedDbDeps): { db: LastmileDb; store: UsageStore; warnings: string[] } {
  const db = new LastmileDb(deps, 'cache-test');
  opened.push(db);
  const warnings: string[] = [];
  return { db, store: new UsageStore(db, { now: () => NOW, warn: (m) => warnings.push(m) }), warnings };
}

function prompt(day: string): UsageEvent {
  return { type: 'ai_prompt', toolId: 'chatgpt', at: `${day}T09:00:00.000Z`, timeZone: 'UTC', day };
}

describe('UsageStore.rollups() cache', () => {
  it('follows one write, several writes and a deleteAll made by another store instance', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const writer = open(deps).store;
    const reader = open(deps).store;
    await writer.record(prompt('2026-03-01'));
    expect((await reader.rollups()).map((r) => [r.day, r.aiActions])).toEqual([['2026-03-01', 1]]);

    const same = await reader.rollups();
    expect(await reader.rollups()).toBe(same); // nothing written: the same parsed rows

    await writer.record(prompt('2026-03-01'));
    expect((await reader.rollups()).map((r) => [r.day, r.aiActions])).toEqual([['2026-03-01', 2]]);

    await writer.record(prompt('2026-03-02'));
    await writer.countVisit('2026-02-27', 'jira', 'issue');
    expect((await reader.rollups()).map((r) => [r.day, r.aiActions])).toEqual([
      ['2026-02-27', 0],
      ['2026-03-01', 2],
      ['2026-03-02', 1],
    ]);
    expect((await reader.rollups('2026-03-01', '2026-03-01')).map((r) => r.day)).toEqual(['2026-03-01']);

    await writer.deleteAll();
    expect(await reader.rollups()).toEqual([]);
    await writer.record(prompt('2026-03-02'));
    expect((await reader.rollups()).map((r) => [r.day, r.aiActions])).toEqual([['2026-03-02', 1]]);
  });

  it('reads everything again when no version row says what changed (rows written by an older version)', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const { db, store } = open(deps);
    await db.days.put(compactRollup(emptyRollup('2026-03-01')));
    expect((await store.rollups()).map((r) => r.day)).toEqual(['2026-03-01']);
    await db.days.put(compactRollup(emptyRollup('2026-03-02')));
    expect((await store.rollups()).map((r) => r.day)).toEqual(['2026-03-01', '2026-03-02']);
    expect(await db.meta.get(ROLLUPS_VERSION_KEY)).toBeUndefined();
  });

  it('an unreadable version row is ignored (everything is read) and the next write replaces it', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const { db, store, warnings } = open(deps);
    await store.record(prompt('2026-03-01'));
    await db.meta.put({ key: ROLLUPS_VERSION_KEY, value: { epoch: 42 } });
    expect((await store.rollups()).map((r) => r.day)).toEqual(['2026-03-01']);
    await store.record(prompt('2026-03-01'));
    expect((await store.rollups())[0]?.aiActions).toBe(2);
    expect((await db.meta.get(ROLLUPS_VERSION_KEY))?.value).toMatchObject({ n: 1, day: '2026-03-01' });
    expect(warnings).toEqual([]);
  });
});
