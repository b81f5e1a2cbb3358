/**
 * server/ingest/fast-report.ts may only ever accept what DailyReportSchema accepts (zod decides
 * everything it refuses), and must accept the plain valid reports the extension sends (or the
 * fast path is useless). Fuzzed with a fixed seed; no timing.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { APP_IDS } from '../../lib/sites/types';
import { DailyReportSchema, PAGE_CATEGORIES } from '../../lib/sync/report';
import { isPlainValidReport } from '../../server/ingest/fast-report';
import { makeReports } from '../../bench/lib/reports';
import { report } from './harness';

const SEED = 20261122;
const RUNS = 20_000;

/** The schema as zod sees it: its JSON Schema plus every check in its definition (refinements too). */
function schemaFingerprint(): string {
  const defs = JSON.stringify(DailyReportSchema, (_k, v: unknown) => {
    if (v instanceof RegExp) return v.source;
    if (typeof v === 'object' && v !== null && '_zod' in v) return (v as { _zod: { def: unknown } })._zod.def;
    return v;
  });
  return createHash('sha256').update(JSON.stringify(z.toJSONSchema(DailyReportSchema)) + defs).digest('hex');
}

/** What the server sees: the value after a trip through JSON. */
const viaJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? 'null');

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -2, max: 10_002 }),
  fc.constantFrom(0, -0, 1, 10_000, 10_001, -1, 0.5, 1e21, 2 ** 53, Number.MAX_SAFE_INTEGER + 2),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 70 }),
  fc.constantFrom('2024-02-29', '2023-02-29', '2026-13-01', '2026-04-31', '0000-01-01', 'a'.repeat(64), 'A'.repeat(64), 'x-y', 'ab', 'abc', '__proto__', 'sales-emea', ...APP_IDS, ...PAGE_CATEGORIES, 'record_new'),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
);

type Mutable = Record<string, unknown>;
const FIELDS = ['schemaVersion', 'day', 'dedupeKey', 'cohort', 'aiActiveDay', 'active7d', 'rows', 'tipUses', 'adoption', 'extra', '__proto__'];
const ROW_FIELDS = ['app', 'category', 'recordVisits', 'tipsShown', 'tipsUsed', 'tipsDismissed', 'aiActions', 'informedTasks', 'minutesSaved', 'helpful', 'notHelpful', 'url'];

/** A valid report with one field (top level, in a row, a tip use or a flag) set to junk, deleted, or added. */
const mutated: fc.Arbitrary<unknown> = fc
  .tuple(fc.nat(40), fc.constantFrom('top', 'row', 'tip', 'flag', 'length'), fc.nat(20), junk, fc.boolean())
  .map(([seed, where, index, value, remove]) => {
    const r = viaJson(makeReports(1, seed + 1)[0]) as Mutable;
    const set = (o: Mutable, k: string): void => {
      if (remove) delete o[k];
      // defineProperty: a "__proto__" key must become an own property, as JSON.parse makes it.
      else Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
    };
    if (where === 'top') set(r, FIELDS[index % FIELDS.length] as string);
    else if (where === 'row') set((r.rows as Mutable[])[0] as Mutable, ROW_FIELDS[index % ROW_FIELDS.length] as string);
    else if (where === 'tip') set((r.tipUses as Mutable[])[0] as Mutable, ['tipId', 'uses', 'x'][index % 3] as string);
    else if (where === 'flag') set((r.adoption as Mutable[])[0] as Mutable, ['app', 'adopted', 'x'][index % 3] as string);
    else {
      // Array lengths around each limit.
      const key = (['rows', 'tipUses', 'adoption'] as const)[index % 3] as string;
      const list = r[key] as unknown[];
      const n = [0, 19, 20, 50, 51, 80, 81][index % 7] as number;
      r[key] = Array.from({ length: n }, (_, i) => list[i % list.length]);
    }
    return r;
  });

describe('fast report check (server/ingest/fast-report.ts)', () => {
  it('is pinned to the schema it mirrors: a change to DailyReportSchema must update fast-report.ts too', () => {
    // If this fails: make isPlainValidReport accept nothing the new schema refuses, then update the hash.
    expect(schemaFingerprint()).toBe('86bc08ba789eb8e5b3f68ade8c3173eb7abf51cb969ff76466296c934a5cdd50');
  });

  it('accepts the plain valid reports, exactly as zod returns them', () => {
    const valid = [report(), report({ cohort: 'sales-emea' }), report({ rows: [], tipUses: [], adoption: [] }), ...makeReports(200, SEED)].map(viaJson);
    for (const r of valid) {
      expect(isPlainValidReport(r)).toBe(true);
      expect(DailyReportSchema.parse(r)).toEqual(r);
    }
  });

  it(`accepts nothing zod refuses (${RUNS} fuzzed values, fixed seed)`, () => {
    let fastAccepted = 0;
    let zodAccepted = 0;
    fc.assert(
      fc.property(fc.oneof(mutated, junk, fc.anything({ maxDepth: 3 })), (v) => {
        const value = viaJson(v);
        const zod = DailyReportSchema.safeParse(value).success;
        const fast = isPlainValidReport(value);
        if (fast) fastAccepted++;
        if (zod) zodAccepted++;
        return !fast || zod;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The fuzzing reached both sides: some values were accepted by the fast check, some refused.
    expect(fastAccepted).toBeGreaterThan(100);
    expect(zodAccepted).toBeGreaterThanOrEqual(fastAccepted);
  });
});
