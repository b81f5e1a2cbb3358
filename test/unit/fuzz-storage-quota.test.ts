/**
 * IndexedDB quota exhausted at random moments (fast-check, fixed seed; QuotaExceededError injected
 * into the real Dexie store on fake-indexeddb): every acknowledged event is stored and counted
 * exactly once, a refused one is in neither the log nor the rollup, and the employee is told —
 * the episode is kept in meta where the privacy centre reads it.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LastmileDb, META_KEYS } from '../../lib/usage/db';
import type { UsageEvent } from '../../lib/usage/events';
import { UsageStore, isQuotaError, type StoredStorageWarning } from '../../lib/usage/store';

const SEED = 20260316;
const RUNS = 40;
const DAY = '2026-03-16';
const T0 = Date.parse(`${DAY}T09:00:00.000Z`);

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

function prompt(i: number): UsageEvent {
  return { type: 'ai_prompt', toolId: 'chatgpt', at: new Date(T0 + i * 1000).toISOString(), timeZone: 'UTC', day: DAY };
}

function setup() {
  const db = new LastmileDb({ indexedDB: new IDBFactory(), IDBKeyRange }, 'quota-fuzz');
  opened.push(db);
  const store = new UsageStore(db, { now: () => new Date(T0) });
  return { db, store };
}

/** Per write: fine, one quota failure (the retry after pruning succeeds), or a disk that stays full. */
const DISK = ['ok', 'full-once', 'full'] as const;

describe('storage full', () => {
  it('acknowledged events are all stored and counted once; refused ones leave no trace; the employee is told', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...DISK), { minLength: 1, maxLength: 12 }), async (disk) => {
        const { db, store } = setup();
        const acknowledged: string[] = [];
        for (const [i, state] of disk.entries()) {
          const add = vi.spyOn(db.events, 'add');
          if (state === 'full-once') add.mockRejectedValueOnce(quotaError());
          if (state === 'full') add.mockRejectedValue(quotaError());
          const e = prompt(i);
          try {
            await store.record(e);
            acknowledged.push(e.at);
          } catch (err) {
            expect(state).toBe('full');
            expect(isQuotaError(err)).toBe(true);
          }
          add.mockRestore();
        }
        const stored = (await store.events({ limit: 100 })).map((e) => e.at);
        // Pruning on quota deletes the OLDEST raw events, so only a suffix of acknowledged ones may be
        // gone from the raw log; the day's rollup never loses a count.
        expect(acknowledged.slice(acknowledged.length - stored.length)).toEqual([...stored].reverse());
        const rollups = await store.rollups(DAY, DAY);
        expect(rollups[0]?.aiActions ?? 0).toBe(acknowledged.length);

        const warning = await store.storageWarning();
        if (disk.every((d) => d === 'ok')) {
          expect(warning).toBeUndefined();
        } else {
          const last = [...disk].reverse().find((d) => d !== 'ok');
          expect(warning).toMatchObject({ reason: 'quota', at: new Date(T0).toISOString(), recovered: last === 'full-once' });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('an unreadable stored warning is ignored with a note, and deleteAll clears the warning', async () => {
    const warnings: string[] = [];
    const db = new LastmileDb({ indexedDB: new IDBFactory(), IDBKeyRange }, 'quota-meta');
    opened.push(db);
    const store = new UsageStore(db, { now: () => new Date(T0), warn: (m) => warnings.push(m) });
    await db.meta.put({ key: META_KEYS.storageWarning, value: { reason: 'quota', at: 'yesterday' } });
    expect(await store.storageWarning()).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/Stored storage warning ignored: .*at/s);
    const good: StoredStorageWarning = { reason: 'quota', at: new Date(T0).toISOString(), deletedEvents: 100, recovered: true };
    await db.meta.put({ key: META_KEYS.storageWarning, value: good });
    expect(await store.storageWarning()).toEqual(good);
    await store.deleteAll();
    expect(await store.storageWarning()).toBeUndefined();
  });
});
