import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LastmileDb, META_KEYS, SCHEMA_V1, type IndexedDbDeps } from '../../lib/usage/db';
import type { UsageEvent } from '../../lib/usage/events';
import { LastmileExportSchema, csvCell, toCsv } from '../../lib/usage/export';
import { DayRollupSchema, emptyRollup } from '../../lib/usage/rollup';
import { applyEventToRollup } from '../../lib/usage/rollup-apply';
import { PRUNE_INTERVAL_MS, QUOTA_PRUNE_MIN_EVENTS, UsageStore, isQuotaError, type StorageWarning } from '../../lib/usage/store';

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const DAY = '2026-03-02';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** A private IndexedDB per test: nothing leaks between tests. */
function freshDeps(): IndexedDbDeps {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

function setup(deps = freshDeps(), start = T0) {
  let now = start;
  const warnings: string[] = [];
  const quota: StorageWarning[] = [];
  const db = new LastmileDb(deps, 'usage-test');
  opened.push(db);
  const store = new UsageStore(db, {
    now: () => new Date(now),
    warn: (m) => warnings.push(m),
    onQuota: (w) => quota.push(w),
  });
  return {
    db,
    deps,
    store,
    warnings,
    quota,
    setNow: (ms: number) => (now = ms),
    reopen() {
      const again = new LastmileDb(deps, 'usage-test');
      opened.push(again);
      return { db: again, store: new UsageStore(again, { now: () => new Date(now), warn: (m) => warnings.push(m) }) };
    },
  };
}

function at(minutes: number, base = T0): string {
  return new Date(base + minutes * MINUTE).toISOString();
}

function tipEvent(type: 'tip_shown' | 'card_opened' | 'prompt_copied' | 'ai_opened' | 'marked_used', minutes: number, extra: Partial<{ viewId: string; page: string; tipId: string; minutesSaved: number }> = {}): UsageEvent {
  return { type, app: 'salesforce', page: 'record', tipId: 'sf-summary', at: at(minutes), timeZone: 'Europe/Berlin', day: DAY, ...extra };
}

function aiEvent(type: 'ai_prompt' | 'ai_session' | 'manual_log', minutes: number, day = DAY): UsageEvent {
  return { type, toolId: 'chatgpt', at: at(minutes), timeZone: 'Europe/Berlin', day };
}

describe('UsageStore.record', () => {
  it('commits the event and its day rollup, visible from a second connection', async () => {
    const s = setup();
    await s.store.record(tipEvent('marked_used', 0, { minutesSaved: 15 }));
    const other = s.reopen();
    const events = await other.store.events({ limit: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'marked_used', app: 'salesforce', minutesSaved: 15 });
    const [rollup] = await other.store.rollups();
    expect(rollup).toMatchObject({ day: DAY, aiActions: 1, tipsUsed: 1, minutesSaved: 15 });
    expect(rollup?.apps.salesforce).toMatchObject({ aiActions: 1, minutesSaved: 15 });
  });

  it('stores rollups compact (zero counters omitted) and reads them back complete', async () => {
    const s = setup();
    await s.store.record(aiEvent('ai_prompt', 0));
    expect(await s.db.days.get(DAY)).toEqual({ day: DAY, aiActions: 1, prompts: 1, tools: { chatgpt: 1 } });
    const [rollup] = await s.store.rollups();
    expect(rollup).toEqual(applyEventToRollup(emptyRollup(DAY), aiEvent('ai_prompt', 0)));
  });

  it('writes nothing when the rollup step fails: the event is not half-written', async () => {
    const s = setup();
    await s.store.record(tipEvent('card_opened', 0));
    const before = { events: await s.db.events.toArray(), days: await s.db.days.toArray(), meta: await s.db.meta.toArray() };
    vi.spyOn(s.db.days, 'put').mockRejectedValueOnce(new Error('disk said no'));
    await expect(s.store.record(aiEvent('ai_prompt', 1))).rejects.toThrow('disk said no');
    expect(await s.db.events.toArray()).toEqual(before.events);
    expect(await s.db.days.toArray()).toEqual(before.days);
    expect(await s.db.meta.toArray()).toEqual(before.meta);
    // The open sitting survived the rollback: the retried prompt still links to it.
    await s.store.record(aiEvent('ai_prompt', 2));
    const [rollup] = await s.store.rollups();
    expect(rollup).toMatchObject({ informedTasks: 1, prompts: 1 });
    expect(await s.db.events.count()).toBe(2);
  });

  it('refuses an invalid event and stores nothing', async () => {
    const s = setup();
    const bad = { ...aiEvent('ai_prompt', 0), day: 'yesterday' };
    await expect(s.store.record(bad)).rejects.toThrow('Invalid usage event');
    expect(await s.store.counts()).toMatchObject({ events: 0, days: 0 });
  });
});

describe('AI-informed tasks in the store', () => {
  it('card_opened then ai_opened: one task for the app', async () => {
    const s = setup();
    await s.store.record(tipEvent('card_opened', 0, { viewId: 'view-abc-01' }));
    await s.store.record({ ...tipEvent('ai_opened', 1, { viewId: 'view-abc-01' }), toolId: 'chatgpt' });
    const [r] = await s.store.rollups();
    expect(r).toMatchObject({ informedTasks: 1, aiActions: 1 });
    expect(r?.apps.salesforce).toMatchObject({ informedTasks: 1, aiActions: 1 });
  });

  it('card_opened, prompt_copied, then an ai_prompt 10 minutes later: one task, the prompt counts for the app', async () => {
    const s = setup();
    await s.store.record(tipEvent('card_opened', 0, { viewId: 'view-abc-02' }));
    await s.store.record(tipEvent('prompt_copied', 1, { viewId: 'view-abc-02' }));
    await s.store.record(aiEvent('ai_prompt', 11));
    const [r] = await s.store.rollups();
    expect(r).toMatchObject({ informedTasks: 1, aiActions: 1, prompts: 1, tipsUsed: 1 });
    expect(r?.apps.salesforce).toMatchObject({ informedTasks: 1, aiActions: 1 });
  });

  it('an ai_prompt 45 minutes later makes no task', async () => {
    const s = setup();
    await s.store.record(tipEvent('prompt_copied', 0));
    await s.store.record(aiEvent('ai_prompt', 45));
    const [r] = await s.store.rollups();
    expect(r).toMatchObject({ informedTasks: 0, aiActions: 1 });
    expect(r?.apps.salesforce?.aiActions ?? 0).toBe(0);
  });

  it('links across a worker restart (open sittings live in the database) and across the day boundary', async () => {
    const s = setup();
    await s.store.record(tipEvent('card_opened', 0));
    const after = s.reopen();
    await after.store.record(aiEvent('ai_prompt', 20, '2026-03-03'));
    const rollups = await after.store.rollups();
    expect(rollups.map((r) => [r.day, r.informedTasks])).toEqual([
      [DAY, 0],
      ['2026-03-03', 1],
    ]);
    expect(rollups[1]?.apps.salesforce?.aiActions).toBe(1);
  });

  it('resets unreadable open sittings with a warning and keeps counting', async () => {
    const s = setup();
    await s.db.meta.put({ key: META_KEYS.informed, value: { sittings: 'nonsense' } });
    await s.store.record(tipEvent('card_opened', 0));
    await s.store.record(aiEvent('ai_prompt', 1));
    expect(s.warnings.some((w) => w.includes('AI-informed'))).toBe(true);
    expect((await s.store.rollups())[0]?.informedTasks).toBe(1);
  });
});

describe('UsageStore.countVisit', () => {
  it('counts record visits in the rollup without a raw event', async () => {
    const s = setup();
    await s.store.countVisit(DAY, 'jira', 'record');
    await s.store.countVisit(DAY, 'jira', 'record');
    await s.store.countVisit(DAY, 'gmail', 'record');
    const [r] = await s.store.rollups();
    expect(r?.apps.jira?.recordVisits).toBe(2);
    expect(r?.apps.gmail?.recordVisits).toBe(1);
    expect(r?.aiActions).toBe(0);
    expect(await s.db.events.count()).toBe(0);
  });

  it('refuses a bad day or app', async () => {
    const s = setup();
    await expect(s.store.countVisit('2026-13-40', 'jira', 'record')).rejects.toThrow();
    await expect(s.store.countVisit(DAY, 'myspace' as 'jira', 'record')).rejects.toThrow();
    expect(await s.db.days.count()).toBe(0);
  });
});

describe('queries', () => {
  it('rollups(from, to) are sorted and bounded inclusively', async () => {
    const s = setup();
    for (const day of ['2026-03-05', '2026-03-01', '2026-03-03', '2026-02-27']) await s.store.countVisit(day, 'gmail', 'record');
    expect((await s.store.rollups()).map((r) => r.day)).toEqual(['2026-02-27', '2026-03-01', '2026-03-03', '2026-03-05']);
    expect((await s.store.rollups('2026-03-01', '2026-03-03')).map((r) => r.day)).toEqual(['2026-03-01', '2026-03-03']);
    expect((await s.store.rollups('2026-03-04')).map((r) => r.day)).toEqual(['2026-03-05']);
    expect(await s.store.rollups('2026-03-05', '2026-03-01')).toEqual([]);
  });

  it('events() pages newest first', async () => {
    const s = setup();
    for (let i = 0; i < 5; i++) await s.store.record(aiEvent('ai_session', i));
    const first = await s.store.events({ limit: 2 });
    expect(first.map((e) => e.at)).toEqual([at(4), at(3)]);
    const second = await s.store.events({ limit: 10, before: first.at(-1)?.id });
    expect(second.map((e) => e.at)).toEqual([at(2), at(1), at(0)]);
  });

  it('counts() reports rows and an estimate of bytes', async () => {
    const s = setup();
    await s.store.record(aiEvent('ai_prompt', 0));
    await s.store.countVisit('2026-03-03', 'jira', 'record');
    const counts = await s.store.counts();
    expect(counts).toMatchObject({ events: 1, days: 2 });
    expect(counts.bytesEstimate).toBeGreaterThan(JSON.stringify(aiEvent('ai_prompt', 0)).length);
  });
});

describe('prune and deleteAll', () => {
  it('prune drops raw events older than the retention and keeps every rollup', async () => {
    const s = setup();
    const old = T0 - 200 * DAY_MS;
    await s.store.record({ ...aiEvent('ai_prompt', 0), at: new Date(old).toISOString(), day: '2025-08-14' });
    await s.store.record(aiEvent('ai_prompt', 0));
    expect(await s.store.prune(180)).toBe(1);
    expect((await s.store.events({ limit: 10 })).map((e) => e.day)).toEqual([DAY]);
    expect((await s.store.rollups()).map((r) => [r.day, r.aiActions])).toEqual([
      ['2025-08-14', 1],
      [DAY, 1],
    ]);
  });

  it('pruneIfDue prunes at most once per interval', async () => {
    const s = setup();
    await s.store.record({ ...aiEvent('ai_prompt', 0), at: new Date(T0 - 10 * DAY_MS).toISOString(), day: '2026-02-20' });
    await s.store.record({ ...aiEvent('ai_prompt', 0), at: new Date(T0 - 9 * DAY_MS).toISOString(), day: '2026-02-21' });
    expect(await s.store.pruneIfDue(9)).toBe(1);
    s.setNow(T0 + PRUNE_INTERVAL_MS / 2);
    expect(await s.store.pruneIfDue(7)).toBe(0);
    expect(await s.db.events.count()).toBe(1);
    s.setNow(T0 + PRUNE_INTERVAL_MS);
    expect(await s.store.pruneIfDue(7)).toBe(1);
  });

  it('deleteAll clears events, rollups and meta', async () => {
    const s = setup();
    await s.store.record(tipEvent('card_opened', 0));
    await s.store.countVisit(DAY, 'jira', 'record');
    await s.store.prune(180);
    await s.store.deleteAll();
    expect(await s.db.events.count()).toBe(0);
    expect(await s.db.days.count()).toBe(0);
    expect(await s.db.meta.count()).toBe(0);
    // And the store still works afterwards, from scratch (no sitting left to link to).
    await s.store.record(aiEvent('ai_prompt', 1));
    expect((await s.store.rollups())[0]).toMatchObject({ aiActions: 1, informedTasks: 0 });
  });
});

describe('exports', () => {
  it('exportJson round-trips through LastmileExportSchema', async () => {
    const s = setup();
    await s.store.record(tipEvent('marked_used', 0, { minutesSaved: 5 }));
    await s.store.record(aiEvent('ai_prompt', 1));
    const doc = await s.store.exportJson();
    const back = LastmileExportSchema.parse(JSON.parse(JSON.stringify(doc)));
    expect(back).toMatchObject({ format: 'lastmile-export', version: 1, exportedAt: new Date(T0).toISOString() });
    expect(back.events.map((e) => e.type)).toEqual(['marked_used', 'ai_prompt']);
    expect(back.events[0]).not.toHaveProperty('id');
    expect(back.days).toEqual(await s.store.rollups());
  });

  it('exportCsv(events) quotes commas, quotes and newlines, and neutralises formulas', async () => {
    const s = setup();
    await s.store.record(tipEvent('tip_shown', 0, { page: 'a,"b"\nc' }));
    await s.store.record(tipEvent('tip_shown', 1, { page: '=HYPERLINK("x")', tipId: '+cmd' }));
    await s.store.record(tipEvent('tip_shown', 2, { page: '@SUM(A1)', tipId: '-1' }));
    const csv = await s.store.exportCsv('events');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('at,day,timeZone,type,app,page,tipId,toolId,viewId,minutesSaved');
    expect(csv).toContain(`${at(0)},${DAY},Europe/Berlin,tip_shown,salesforce,"a,""b""\nc",sf-summary,,,\r\n`);
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",'+cmd,`);
    expect(csv).toContain(`,'@SUM(A1),'-1,`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('exportCsv(days) has one row per day with counters and JSON detail', async () => {
    const s = setup();
    await s.store.record(tipEvent('marked_used', 0, { minutesSaved: 5 }));
    await s.store.countVisit(DAY, 'salesforce', 'record');
    const [header, row, end] = (await s.store.exportCsv('days')).split('\r\n');
    expect(header).toBe('day,aiActions,prompts,aiSessions,manualLogs,tipsShown,tipsUsed,dismissed,informedTasks,minutesSaved,recordVisits,apps,tips,tools');
    expect(row?.startsWith(`${DAY},1,0,0,0,0,1,0,1,5,1,"{""salesforce"":`)).toBe(true);
    expect(end).toBe('');
  });

  it('csvCell and toCsv follow RFC 4180', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('+1, 2')).toBe(`"'+1, 2"`);
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('unreadable rows', () => {
  it('are reported and skipped by every read, and never block the others', async () => {
    const s = setup();
    await s.store.record(aiEvent('ai_prompt', 0));
    await s.store.countVisit('2026-03-01', 'jira', 'record');
    await s.db.table('events').add({ type: 'teleport', at: 'soon' });
    await s.db.table('days').put({ day: '2026-02-28', aiActions: -3 });
    await s.store.record(aiEvent('ai_prompt', 1));

    expect((await s.store.events({ limit: 10 })).map((e) => e.at)).toEqual([at(1), at(0)]);
    expect((await s.store.rollups()).map((r) => r.day)).toEqual(['2026-03-01', DAY]);
    const doc = await s.store.exportJson();
    expect(doc.events).toHaveLength(2);
    expect(LastmileExportSchema.safeParse(doc).success).toBe(true);
    expect(s.warnings.some((w) => w.includes('unreadable event'))).toBe(true);
    expect(s.warnings.some((w) => w.includes('unreadable rollup for 2026-02-28'))).toBe(true);
  });

  it('events() fills its page past unreadable rows', async () => {
    const s = setup();
    await s.store.record(aiEvent('ai_session', 0));
    await s.db.table('events').add({ nonsense: true });
    await s.db.table('events').add({ nonsense: true });
    expect(await s.store.events({ limit: 1 })).toHaveLength(1);
  });

  it('a day with an unreadable rollup is kept aside in meta before it restarts', async () => {
    const s = setup();
    const corrupt = { day: DAY, aiActions: 'lots' };
    await s.db.table('days').put(corrupt);
    await s.store.record(aiEvent('ai_prompt', 0));
    expect((await s.store.rollups())[0]).toMatchObject({ day: DAY, aiActions: 1 });
    const aside = await s.db.meta.where('key').startsWith(META_KEYS.quarantinePrefix).toArray();
    expect(aside.map((r) => r.value)).toEqual([corrupt]);
    expect(s.warnings.some((w) => w.includes('kept aside'))).toBe(true);
  });
});

describe('migrations', () => {
  it('opens a v1 database with data as v4 (through v2 and v3) without losing anything', async () => {
    const deps = freshDeps();
    const v1 = new Dexie('usage-test', deps);
    v1.version(1).stores(SCHEMA_V1);
    const events: UsageEvent[] = [tipEvent('card_opened', 0), aiEvent('ai_prompt', 1), tipEvent('marked_used', 2, { minutesSaved: 10 })];
    let full = emptyRollup(DAY);
    for (const e of events) full = applyEventToRollup(full, e);
    const corrupt = { day: '2026-03-01', aiActions: 'lots' };
    await v1.table('events').bulkAdd(events);
    // v1 stored rollups in full, zeros included.
    await v1.table('days').bulkPut([full, corrupt]);
    v1.close();

    const s = setup(deps);
    expect(s.db.verno).toBe(4);
    expect((await s.store.events({ limit: 10 })).map((e) => e.type)).toEqual(['marked_used', 'ai_prompt', 'card_opened']);
    expect(await s.store.rollups()).toEqual([full]);
    // Rewritten compact...
    const stored = await s.db.days.get(DAY);
    expect(stored).not.toHaveProperty('aiSessions');
    expect(DayRollupSchema.parse(stored)).toEqual(full);
    // ...while the unreadable row is left exactly as it was.
    expect(await s.db.table('days').get('2026-03-01')).toEqual(corrupt);
    expect(await s.db.meta.get(META_KEYS.schema)).toEqual({ key: META_KEYS.schema, value: { version: 4, from: 3 } });
    // And the migrated database takes new events.
    await s.store.record(aiEvent('ai_prompt', 3));
    expect((await s.store.rollups(DAY, DAY))[0]?.aiActions).toBe(3);
  });

  it('a new database starts at v4 with a schema note', async () => {
    const s = setup();
    await s.store.countVisit(DAY, 'gmail', 'record');
    expect(s.db.verno).toBe(4);
    expect((await s.db.meta.get(META_KEYS.schema))?.value).toEqual({ version: 4 });
  });
});

describe('quota', () => {
  function quotaError(): DOMException {
    return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }

  async function seedOld(s: ReturnType<typeof setup>, n: number): Promise<void> {
    // Old raw events (straight into the table: their rollups are not the point here).
    const rows = Array.from({ length: n }, (_, i) => ({ ...aiEvent('ai_session', i - 10_000), day: '2026-02-01' }));
    await s.db.events.bulkAdd(rows);
  }

  it('recognises quota errors, wrapped or not', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quotaError()))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('prunes the oldest raw events, keeps rollups, retries once and warns', async () => {
    const s = setup();
    await s.store.countVisit('2026-02-01', 'jira', 'record');
    await seedOld(s, 150);
    const add = vi.spyOn(s.db.events, 'add').mockRejectedValueOnce(quotaError());
    await s.store.record(aiEvent('ai_prompt', 0));
    expect(add).toHaveBeenCalledTimes(2);
    expect(s.quota).toEqual([{ reason: 'quota', deletedEvents: QUOTA_PRUNE_MIN_EVENTS, recovered: true }]);
    expect(await s.db.events.count()).toBe(150 - QUOTA_PRUNE_MIN_EVENTS + 1);
    // The survivors are the newest; the rollups are untouched and the new event counted once.
    const oldest = await s.db.events.orderBy('at').first();
    expect(oldest?.at).toBe(at(QUOTA_PRUNE_MIN_EVENTS - 10_000));
    expect((await s.store.rollups()).map((r) => [r.day, r.aiActions, r.apps.jira?.recordVisits ?? 0])).toEqual([
      ['2026-02-01', 0, 1],
      [DAY, 1, 0],
    ]);
  });

  it('fails the write (not acknowledged) when the retry fails too', async () => {
    const s = setup();
    await seedOld(s, 3);
    vi.spyOn(s.db.days, 'put').mockRejectedValue(quotaError());
    await expect(s.store.record(aiEvent('ai_prompt', 0))).rejects.toSatisfy(isQuotaError);
    expect(s.quota).toEqual([{ reason: 'quota', deletedEvents: 3, recovered: false }]);
    expect(await s.db.events.count()).toBe(0);
  });

  it('leaves other errors alone (no pruning, no retry)', async () => {
    const s = setup();
    await seedOld(s, 3);
    const put = vi.spyOn(s.db.days, 'put').mockRejectedValueOnce(new Error('boom'));
    await expect(s.store.countVisit(DAY, 'jira', 'record')).rejects.toThrow('boom');
    expect(put).toHaveBeenCalledTimes(1);
    expect(s.quota).toEqual([]);
    expect(await s.db.events.count()).toBe(3);
  });
});
