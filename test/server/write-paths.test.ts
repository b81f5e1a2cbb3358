/**
 * SQLite and PostgreSQL write a batch differently (store.ts: a four-statement transaction against
 * one statement of data-modifying CTEs). Both must add up to exactly what a plain sum of the new
 * reports gives (rollup.ts reportDelta), whatever the batch split, with duplicates inside a batch
 * and across batches counted once, reports without a cohort, several orgs and a tip or app repeated
 * inside one report.
 */
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_IDS } from '../../lib/sites/types';
import type { DailyReport } from '../../lib/sync/report';
import type { Database } from '../../server/db/schema';
import { migrateToLatest } from '../../server/db/migrations';
import { APP_COUNTERS, DAY_COUNTERS, NO_COHORT, TIP_COUNTERS, addInto, reportDelta } from '../../server/ingest/rollup';
import { writeBatch, type PendingReport, type WriteOutcome } from '../../server/ingest/store';
import { createOrg } from '../../server/store/orgs';
import { A_TIP, ENGINES, NOW, openEngine, report, type OpenedDb } from './harness';

const RUNS = 12;
const TIPS = [A_TIP, 'org-tip-one', 'org-tip-two'];
const DAYS = ['2026-03-13', '2026-03-14', '2026-03-15'];
const count = fc.nat(9);

const arbReport: fc.Arbitrary<Omit<DailyReport, 'dedupeKey'> & { key: number }> = fc.record({
  key: fc.nat(30), // a small key space: duplicates are common
  day: fc.constantFrom(...DAYS),
  cohort: fc.option(fc.constantFrom('sales', 'support'), { nil: undefined }),
  aiActiveDay: fc.boolean(),
  active7d: fc.boolean(),
  rows: fc.array(
    fc.record({
      app: fc.constantFrom(...APP_IDS.slice(0, 3)),
      category: fc.constant('record' as const),
      recordVisits: count,
      tipsShown: count,
      tipsUsed: count,
      tipsDismissed: count,
      aiActions: count,
      informedTasks: count,
      minutesSaved: count,
      helpful: count,
      notHelpful: count,
    }),
    { maxLength: 3 },
  ),
  tipUses: fc.array(fc.record({ tipId: fc.constantFrom(...TIPS), uses: count }), { maxLength: 3 }),
  adoption: fc.array(fc.record({ app: fc.constantFrom(...APP_IDS.slice(0, 4)), adopted: fc.boolean() }), { maxLength: 2 }),
}).map(({ key, cohort, ...rest }) => ({ ...report(), ...rest, ...(cohort === undefined ? {} : { cohort }), key }));

/** Rollup rows keyed "org|day|cohort|app-or-tip" with their counters, as plain numbers. */
type Sums = Record<string, Record<string, number>>;

function expected(items: readonly PendingReport[]): { day: Sums; app: Sums; tip: Sums } {
  const seen = new Set<string>();
  const day: Sums = {};
  const app: Sums = {};
  const tip: Sums = {};
  const add = (into: Sums, key: string, c: Record<string, number>, cols: readonly string[]): void => {
    const row = into[key];
    if (row === undefined) into[key] = { ...c };
    else addInto(row, c, cols);
  };
  for (const { orgId, report: r } of items) {
    const k = `${orgId}|${r.dedupeKey}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const base = `${orgId}|${r.day}|${r.cohort ?? NO_COHORT}`;
    const d = reportDelta(r);
    add(day, base, d.day, DAY_COUNTERS);
    for (const [a, c] of d.apps) add(app, `${base}|${a}`, c, APP_COUNTERS);
    for (const [t, c] of d.tips) add(tip, `${base}|${t}`, c, TIP_COUNTERS);
  }
  return { day, app, tip };
}

async function stored(db: Kysely<Database>): Promise<{ day: Sums; app: Sums; tip: Sums }> {
  const pick = (row: Record<string, unknown>, cols: readonly string[]): Record<string, number> =>
    Object.fromEntries(cols.map((c) => [c, Number(row[c])]));
  const day: Sums = {};
  for (const r of await db.selectFrom('rollup_day').selectAll().execute()) day[`${r.org_id}|${r.day}|${r.cohort}`] = pick(r, DAY_COUNTERS);
  const app: Sums = {};
  for (const r of await db.selectFrom('rollup_app').selectAll().execute()) app[`${r.org_id}|${r.day}|${r.cohort}|${r.app}`] = pick(r, APP_COUNTERS);
  const tip: Sums = {};
  for (const r of await db.selectFrom('rollup_tip').selectAll().execute()) tip[`${r.org_id}|${r.day}|${r.cohort}|${r.tip_id}`] = pick(r, TIP_COUNTERS);
  return { day, app, tip };
}

describe.each(ENGINES)('the batch write on %s', (engine) => {
  let opened: OpenedDb;
  let db: Kysely<Database>;
  let orgs: string[];
  beforeAll(async () => {
    opened = await openEngine(engine);
    db = opened.db.kysely;
    await migrateToLatest(db);
    orgs = [(await createOrg(db, 'Write A', 5, NOW)).id, (await createOrg(db, 'Write B', 5, NOW)).id];
  });
  afterAll(async () => {
    await opened.drop();
  });

  it('adds up to the plain sum of the new reports, duplicates once, whatever the batch split', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(arbReport, fc.nat(1)), { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 6 }),
        async (drawn, sizes) => {
          for (const t of ['reports', 'rollup_day', 'rollup_app', 'rollup_tip'] as const) await db.deleteFrom(t).execute();
          const items: PendingReport[] = drawn.map(([{ key, ...r }, org]) => ({
            orgId: orgs[org] as string,
            report: { ...r, dedupeKey: key.toString(16).padStart(64, '0') },
          }));
          const outcomes: WriteOutcome[] = [];
          for (let at = 0, s = 0; at < items.length; s++) {
            const size = sizes[s % sizes.length] as number;
            outcomes.push(...(await writeBatch(db, items.slice(at, at + size), NOW)));
            at += size;
          }
          const seen = new Set<string>();
          const firsts = items.map((it) => {
            const k = `${it.orgId}|${it.report.dedupeKey}`;
            const first = !seen.has(k);
            seen.add(k);
            return first ? 'created' : 'duplicate';
          });
          expect(outcomes).toEqual(firsts);
          expect(await stored(db)).toEqual(expected(items));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
