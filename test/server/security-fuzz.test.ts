/**
 * 10 000 malformed ingest payloads (fast-check, fixed seed) against the real app on SQLite: never a
 * 5xx, the database byte-for-byte unchanged (a dump of every table), and every refusal a clear
 * error body naming its code and, for an invalid report, the offending path.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../server/api/contract';
import { DailyReportSchema, MAX_REPORT_BYTES } from '../../lib/sync/report';
import { MAX_FUTURE_DAYS, MAX_REPORT_AGE_DAYS } from '../../server/app';
import { addDays } from '../../server/days';
import { A_TIP, TODAY, dumpAll, makeHarness, newKey, postReport, report, type Harness } from './harness';

const SEED = 20260316;
const PAYLOADS = 10_000;
/** Checked in rounds so a failure names a small counterexample, and the dump is compared often. */
const ROUNDS = 10;

const FIELDS = ['schemaVersion', 'day', 'dedupeKey', 'cohort', 'aiActiveDay', 'active7d', 'rows', 'tipUses', 'adoption'] as const;
const ROW_FIELDS = ['app', 'category', 'recordVisits', 'tipsShown', 'tipsUsed', 'aiActions', 'minutesSaved'] as const;

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(-1, 10_001, 1.5, '2026-02-30', '2099-01-01', '1970-01-01', 'A'.repeat(64), "'; DROP TABLE reports; --", '<script>', '__proto__'),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** A valid report with one field (or one row field) broken, or a field too many. */
const brokenReport = fc.oneof(
  fc.tuple(fc.constantFrom(...FIELDS), junk).map(([k, v]) => ({ ...report(), [k]: v })),
  fc.tuple(fc.constantFrom(...ROW_FIELDS), junk).map(([k, v]) => {
    const r = report();
    return { ...r, rows: r.rows.map((row) => ({ ...row, [k]: v })) };
  }),
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), junk).map(([k, v]) => ({ ...report(), [`x_${k}`]: v })),
  fc.constantFrom('unknown', 'not-a-tip-id', 'x').map((tipId) => ({ ...report(), tipUses: [{ tipId, uses: 1 }] })),
  fc.constantFrom(addDays(TODAY, -MAX_REPORT_AGE_DAYS - 1), addDays(TODAY, MAX_FUTURE_DAYS + 1), '2000-01-01', '9999-12-31').map((day) => ({ ...report(), day, dedupeKey: newKey() })),
);

type Payload = { kind: 'json'; body: unknown } | { kind: 'raw'; body: string; contentType?: string };

const payload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 5, arbitrary: brokenReport.map((body) => ({ kind: 'json' as const, body })) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }).map((body) => ({ kind: 'json' as const, body })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((body) => ({ kind: 'raw' as const, body })) },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data').map((contentType) => ({ kind: 'raw' as const, body: JSON.stringify(report()), contentType })) },
  { weight: 1, arbitrary: fc.integer({ min: MAX_REPORT_BYTES + 1, max: MAX_REPORT_BYTES * 2 }).map((n) => ({ kind: 'raw' as const, body: `{"pad":"${'x'.repeat(n)}"}` })) },
);

/** fast-check can (rarely) build a valid report by chance: those are not malformed and are skipped. */
function isMalformed(p: Payload): boolean {
  if (p.kind === 'raw') return true;
  const parsed = DailyReportSchema.safeParse(p.body);
  if (!parsed.success) return true;
  const { day, tipUses } = parsed.data;
  return tipUses.some((t) => t.tipId !== A_TIP) || day < addDays(TODAY, -MAX_REPORT_AGE_DAYS) || day > addDays(TODAY, MAX_FUTURE_DAYS);
}

describe('fuzz: ingest refuses malformed reports on sqlite', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness('sqlite');
    // One real report first, so "unchanged" compares a database with rows in it.
    expect((await postReport(h, report())).status).toBe(201);
  });
  afterAll(async () => {
    await h?.close();
  });

  it(`${PAYLOADS} malformed payloads: 4xx with a named reason each, database unchanged`, { timeout: 120_000 }, async () => {
    const before = await dumpAll(h);
    const statuses = new Map<number, number>();
    const codes = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      await fc.assert(
        fc.asyncProperty(payload.filter(isMalformed), async (p) => {
          const res =
            p.kind === 'json'
              ? await postReport(h, p.body === undefined ? 'undefined' : JSON.stringify(p.body) ?? 'undefined')
              : await h.req('/api/v1/reports', {
                  method: 'POST',
                  headers: { 'content-type': p.contentType ?? 'application/json', authorization: `Bearer ${h.token}` },
                  body: p.body,
                });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          const body = ErrorBodySchema.parse(await res.json());
          expect(body.error.message.length).toBeGreaterThan(0);
          codes.add(body.error.code);
          if (body.error.code === 'invalid_report') {
            // Names where: the path of the first issue, and every issue listed with its path.
            expect(body.error.issues?.length ?? 0).toBeGreaterThan(0);
            if (body.error.path) expect(body.error.message).toContain(`"${body.error.path}"`);
          }
          if (body.error.code === 'unknown_tip') expect(body.error.path).toMatch(/^tipUses\.\d+\.tipId$/);
        }),
        { seed: SEED + round, numRuns: PAYLOADS / ROUNDS },
      );
      await h.queue.drain();
      expect(await dumpAll(h)).toEqual(before);
    }
    // The fuzzer reached every layer: schema, JSON, media type, size and tip-id checks.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([400, 413, 415]));
    expect([...codes]).toEqual(
      expect.arrayContaining(['invalid_json', 'invalid_report', 'unknown_tip', 'day_too_old', 'day_in_future', 'body_too_large', 'unsupported_media_type']),
    );
  });
});
