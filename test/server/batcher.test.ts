/**
 * Group commit (IngestQueue): answers in submission order, duplicates inside one batch counted
 * once, a failed batch failing only its own requests with a clear 503 and nothing of it written,
 * the next batch unaffected, batches capped, and drain() (shutdown) writing everything queued.
 */
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../server/db/schema';
import { HttpError } from '../../server/errors';
import { IngestQueue, writeBatch, type BatchWriter, type PendingReport, type WriteOutcome } from '../../server/ingest/store';
import { createOrg } from '../../server/store/orgs';
import { ENGINES, NOW, dumpAll, newKey, openEngine, report, type OpenedDb } from './harness';
import { migrateToLatest } from '../../server/db/migrations';

/** A tip id that a database trigger refuses: a real failure in the middle of a batch's transaction. */
const POISON_TIP = 'poison-tip';

async function installPoison(db: Kysely<Database>, engine: (typeof ENGINES)[number]): Promise<void> {
  if (engine === 'sqlite') {
    await sql`create trigger poison before insert on rollup_tip when new.tip_id = ${sql.lit(POISON_TIP)}
      begin select raise(abort, 'poisoned batch'); end`.execute(db);
    return;
  }
  await sql`create function poison() returns trigger language plpgsql as $$
    begin if new.tip_id = ${sql.lit(POISON_TIP)} then raise exception 'poisoned batch'; end if; return new; end $$`.execute(db);
  await sql`create trigger poison before insert on rollup_tip for each row execute function poison()`.execute(db);
}

async function dayReports(db: Kysely<Database>, cohort: string): Promise<number> {
  const rows = await db.selectFrom('rollup_day').select('reports').where('cohort', '=', cohort).execute();
  return rows.reduce((s, r) => s + Number(r.reports), 0);
}

describe.each(ENGINES)('the ingest batcher on %s', (engine) => {
  let opened: OpenedDb;
  let db: Kysely<Database>;
  let orgId: string;
  beforeEach(async () => {
    opened = await openEngine(engine);
    db = opened.db.kysely;
    await migrateToLatest(db);
    orgId = (await createOrg(db, 'Batch Org', 5, NOW)).id;
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await opened.drop();
  });

  it('answers each request with its own outcome, in order, and counts duplicates in one batch once', async () => {
    const batches: number[] = [];
    const spy: BatchWriter = (d, items, now) => {
      batches.push(items.length);
      return writeBatch(d, items, now);
    };
    const q = new IngestQueue(db, () => NOW, { write: spy });
    const a = report({ cohort: 'order' });
    const b = report({ cohort: 'order' });
    // Submitted in one turn of the event loop: one batch, with a twice and b in between.
    const answers = await Promise.all([q.submit(orgId, a), q.submit(orgId, b), q.submit(orgId, a), q.submit(orgId, report({ cohort: 'order' }))]);
    expect(batches).toEqual([4]);
    expect(answers).toEqual<WriteOutcome[]>(['created', 'created', 'duplicate', 'created']);
    expect(await dayReports(db, 'order')).toBe(3);
    // The same key in a later batch is a duplicate of the stored one.
    expect(await q.submit(orgId, b)).toBe('duplicate');
    expect(await dayReports(db, 'order')).toBe(3);
  });

  it('caps batches at maxBatch and writes the rest in the next ones', async () => {
    const batches: number[] = [];
    const q = new IngestQueue(db, () => NOW, {
      maxBatch: 4,
      write: (d, items, now) => {
        batches.push(items.length);
        return writeBatch(d, items, now);
      },
    });
    const answers = await Promise.all(Array.from({ length: 10 }, () => q.submit(orgId, report({ cohort: 'capped', dedupeKey: newKey() }))));
    expect(answers.every((x) => x === 'created')).toBe(true);
    expect(batches.every((n) => n <= 4)).toBe(true);
    expect(batches.reduce((s, n) => s + n, 0)).toBe(10);
    expect(await dayReports(db, 'capped')).toBe(10);
  });

  it('a failed batch fails only its own requests (503, nothing of it written); the next batch lands', async () => {
    await installPoison(db, engine);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const q = new IngestQueue(db, () => NOW);
    const before = await dumpAll({ db: opened.db });
    const good = Array.from({ length: 5 }, () => report({ cohort: 'victim', dedupeKey: newKey() }));
    const poisoned = report({ cohort: 'victim', tipUses: [{ tipId: POISON_TIP, uses: 1 }] });
    // One batch: the trigger aborts its transaction after the dedupe rows and day rollups were written.
    const settled = await Promise.allSettled([...good.map((r) => q.submit(orgId, r)), q.submit(orgId, poisoned)]);
    for (const s of settled) {
      expect(s.status).toBe('rejected');
      const reason = s.status === 'rejected' ? (s.reason as unknown) : undefined;
      expect(reason).toBeInstanceOf(HttpError);
      expect(reason).toMatchObject({ status: 503, code: 'db_unavailable', retryAfter: expect.any(Number) });
    }
    // Nothing half-written: no dedupe row, no rollup of any of the six.
    expect(await dumpAll({ db: opened.db })).toEqual(before);
    // Logged once for the batch, by class and message only.
    expect(errors.mock.calls.flat().join('\n')).toMatch(/write batch failed: .*poisoned batch/);
    expect(errors).toHaveBeenCalledTimes(1);
    // The queue goes on: the same good reports (retried by their clients) land, once.
    const again = await Promise.all(good.map((r) => q.submit(orgId, r)));
    expect(again.every((x) => x === 'created')).toBe(true);
    expect(await dayReports(db, 'victim')).toBe(5);
  });

  it('keeps the other batches when one in the middle fails', async () => {
    let calls = 0;
    const q = new IngestQueue(db, () => NOW, {
      maxBatch: 3,
      write: async (d, items, now) => {
        calls += 1;
        if (calls === 2) throw new Error('lost the connection mid-batch');
        return writeBatch(d, items, now);
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reports = Array.from({ length: 9 }, () => report({ cohort: 'middle', dedupeKey: newKey() }));
    const settled = await Promise.allSettled(reports.map((r) => q.submit(orgId, r)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await dayReports(db, 'middle')).toBe(6);
  });

  it('drain() (shutdown) writes everything already queued before it resolves', async () => {
    const q = new IngestQueue(db, () => NOW, { maxBatch: 7 });
    const pending: Promise<WriteOutcome>[] = Array.from({ length: 30 }, () => q.submit(orgId, report({ cohort: 'drain', dedupeKey: newKey() })));
    await q.drain();
    // Every answer is settled by now, and every report is in.
    const states = await Promise.all(pending.map((p) => Promise.race([p, Promise.resolve('pending' as const)])));
    expect(states.every((s) => s === 'created')).toBe(true);
    expect(await dayReports(db, 'drain')).toBe(30);
  });
});

describe('the ingest batcher with its items', () => {
  it('hands the writer the reports in submission order', async () => {
    const seen: PendingReport[][] = [];
    const q = new IngestQueue({} as Kysely<Database>, () => NOW, {
      write: async (_d, items) => {
        seen.push([...items]);
        return items.map(() => 'created' as const);
      },
    });
    const reports = Array.from({ length: 5 }, (_, i) => report({ cohort: `c${i}` }));
    await Promise.all(reports.map((r) => q.submit('org', r)));
    expect(seen.flat().map((p) => p.report.cohort)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });
});
