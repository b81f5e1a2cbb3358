import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DailyReport } from '../../lib/sync/report';
import { KpiResponseSchema, UseCaseResponseSchema, UseCaseListResponseSchema, ErrorBodySchema, type KpiResponse } from '../../server/api/contract';
import { CSV_COLUMNS } from '../../server/kpi/csv';
import { A_TIP, ENGINES, adminReq, makeHarness, newKey, postReport, report, signIn, type Harness, type Signed } from './harness';

const D1 = '2026-03-09'; // Monday
const D2 = '2026-03-10';
const D3 = '2026-03-16'; // next Monday (today)

interface Spec {
  cohort: string;
  day: string;
  n: number;
  active: number;
  active7d: number;
  app: 'salesforce' | 'gmail';
  visits: number;
  informed: number;
  minutes: number;
  helpful: number;
  notHelpful: number;
  adopted: number;
  tipUses: number;
}

/**
 * The hand-built dataset (k = 5):
 *   D1 a: 6 reports (3 AI-active, 4 active7d), salesforce, 2 adopted
 *   D1 b: 5 reports (all active), gmail
 *   D1 c: 2 reports: below k, must vanish from every number
 *   D2 a: 7 reports, salesforce
 *   D3 a: 5 reports, salesforce, sour ratings (helpfulness alert)
 */
const SPECS: Spec[] = [
  { cohort: 'a', day: D1, n: 6, active: 3, active7d: 4, app: 'salesforce', visits: 10, informed: 2, minutes: 30, helpful: 1, notHelpful: 1, adopted: 2, tipUses: 2 },
  { cohort: 'b', day: D1, n: 5, active: 5, active7d: 5, app: 'gmail', visits: 4, informed: 4, minutes: 12, helpful: 2, notHelpful: 0, adopted: 5, tipUses: 0 },
  { cohort: 'c', day: D1, n: 2, active: 2, active7d: 2, app: 'salesforce', visits: 50, informed: 50, minutes: 600, helpful: 9, notHelpful: 0, adopted: 2, tipUses: 50 },
  { cohort: 'a', day: D2, n: 7, active: 7, active7d: 7, app: 'salesforce', visits: 5, informed: 1, minutes: 60, helpful: 0, notHelpful: 1, adopted: 0, tipUses: 2 },
  { cohort: 'a', day: D3, n: 5, active: 5, active7d: 5, app: 'salesforce', visits: 5, informed: 1, minutes: 6, helpful: 1, notHelpful: 3, adopted: 0, tipUses: 2 },
];

function reportsOf(s: Spec): DailyReport[] {
  return Array.from({ length: s.n }, (_, i) =>
    report({
      day: s.day,
      cohort: s.cohort,
      dedupeKey: newKey(),
      aiActiveDay: i < s.active,
      active7d: i < s.active7d,
      rows: [
        {
          app: s.app,
          category: 'record',
          recordVisits: s.visits,
          tipsShown: 1,
          tipsUsed: 1,
          tipsDismissed: 0,
          aiActions: 1,
          informedTasks: s.informed,
          minutesSaved: s.minutes,
          helpful: s.helpful,
          notHelpful: s.notHelpful,
        },
      ],
      tipUses: s.tipUses > 0 ? [{ tipId: A_TIP, uses: s.tipUses }] : [],
      adoption: [{ app: s.app, adopted: i < s.adopted }],
    }),
  );
}

describe.each(ENGINES)('KPIs on %s', (engine) => {
  let h: Harness;
  let s: Signed;
  const kpis = async (q: string): Promise<KpiResponse> => {
    const res = await adminReq(h, s, `/admin/api/kpis?${q}`);
    expect(res.status).toBe(200);
    return KpiResponseSchema.parse(await res.json());
  };

  beforeAll(async () => {
    h = await makeHarness(engine);
    const all = SPECS.flatMap(reportsOf);
    const res = await Promise.all(all.map((r) => postReport(h, r)));
    expect(res.map((r) => r.status)).toEqual(all.map(() => 201));
    s = await signIn(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('computes the daily KPIs from unsuppressed cells only', async () => {
    const k = await kpis(`from=${D1}&to=${D2}&granularity=day`);
    expect(k.k).toBe(5);
    const [d1, d2] = k.series;
    // D1: cohorts a (6) and b (5); c (2) is below k and left out of everything.
    expect(d1).toEqual({
      start: D1,
      end: D1,
      suppressed: false,
      partial: true,
      reports: 11,
      aiActiveShare: 8 / 11,
      activeContributors: 8,
      informedPerRecordVisit: (6 * 2 + 5 * 4) / (6 * 10 + 5 * 4),
      hoursSaved: (6 * 30 + 5 * 12) / 60,
      helpfulness: (6 * 1 + 5 * 2) / (6 * 2 + 5 * 2),
    });
    expect(d2).toEqual({
      start: D2,
      end: D2,
      suppressed: false,
      partial: false,
      reports: 7,
      aiActiveShare: 1,
      activeContributors: 7,
      informedPerRecordVisit: 7 / 35,
      hoursSaved: 7,
      helpfulness: 0,
    });
    expect(k.cohorts).toEqual(['a', 'b']); // c is not even named
  });

  it('aggregates weeks: sums, and active contributors as the max daily active7d', async () => {
    const k = await kpis(`from=${D1}&to=${D3}&granularity=week`);
    expect(k.series.map((b) => [b.start, b.end])).toEqual([
      [D1, '2026-03-15'],
      [D3, D3],
    ]);
    const w1 = k.series[0];
    expect(w1?.reports).toBe(18);
    expect(w1?.activeContributors).toBe(9); // D1: 4 + 5 active7d beats D2's 7
    expect(w1?.hoursSaved).toBe((6 * 30 + 5 * 12 + 7 * 60) / 60);
    expect(k.totals.reports).toBe(23);
    expect(k.totals.activeContributors).toBe(9);
  });

  it('raises a helpfulness alert when a week drops by >= 10 points', async () => {
    const k = await kpis(`from=${D1}&to=${D3}&granularity=day`);
    const w1 = (6 * 1 + 5 * 2 + 0) / (6 * 2 + 5 * 2 + 7 * 1);
    const w2 = 5 / 20;
    expect(k.alerts).toEqual([{ kind: 'helpfulness_drop', week: D3, previous: w1, current: w2, dropPoints: Math.round((w1 - w2) * 10000) / 100 }]);
    const noDrop = await kpis(`from=${D1}&to=${D2}`);
    expect(noDrop.alerts).toEqual([]);
  });

  it('breaks down per app with adoption success rate', async () => {
    const k = await kpis(`from=${D1}&to=${D2}`);
    const sf = k.apps.find((a) => a.app === 'salesforce');
    const gm = k.apps.find((a) => a.app === 'gmail');
    expect(sf).toMatchObject({ suppressed: false, partial: true, reports: 13, adoptionRate: 2 / 13, hoursSaved: (6 * 30 + 7 * 60) / 60 });
    expect(gm).toMatchObject({ suppressed: false, partial: false, reports: 5, adoptionRate: 1, helpfulness: 1 });
  });

  it('suppresses a small cohort everywhere, also by differencing', async () => {
    const c = await kpis(`from=${D1}&to=${D2}&cohort=c`);
    expect(c.series[0]).toMatchObject({ suppressed: true, reports: null, aiActiveShare: null, hoursSaved: null, helpfulness: null });
    expect(c.totals).toMatchObject({ suppressed: true, reports: null });
    expect(c.apps).toEqual([expect.objectContaining({ app: 'salesforce', suppressed: true, reports: null, adoptionRate: null })]);

    // "All" minus every other cohort reveals nothing about c: the difference is zero everywhere.
    const all = await kpis(`from=${D1}&to=${D1}`);
    const a = await kpis(`from=${D1}&to=${D1}&cohort=a`);
    const b = await kpis(`from=${D1}&to=${D1}&cohort=b`);
    const [ta, tb, tall] = [a.totals, b.totals, all.totals];
    expect((tall.reports ?? 0) - (ta.reports ?? 0) - (tb.reports ?? 0)).toBe(0);
    expect((tall.hoursSaved ?? 0) - (ta.hoursSaved ?? 0) - (tb.hoursSaved ?? 0)).toBeCloseTo(0, 10);
    const sfAll = all.apps.find((x) => x.app === 'salesforce');
    const sfA = a.apps.find((x) => x.app === 'salesforce');
    expect(sfAll?.reports).toBe(sfA?.reports);
    expect(sfAll?.hoursSaved).toBe(sfA?.hoursSaved);
    // Nor do weeks minus days: the week of D1 is exactly the sum of its published days.
    const week = await kpis(`from=${D1}&to=${D2}&granularity=week`);
    const days = await kpis(`from=${D1}&to=${D2}&granularity=day`);
    expect(week.series[0]?.reports).toBe(days.series.reduce((n, d) => n + (d.reports ?? 0), 0));
  });

  it('applies a higher k to every bucket', async () => {
    expect((await adminReq(h, s, '/admin/api/settings', { method: 'PUT', body: { kAnonymity: 7 } })).status).toBe(200);
    try {
      const k = await kpis(`from=${D1}&to=${D2}`);
      expect(k.k).toBe(7);
      expect(k.series[0]).toMatchObject({ suppressed: true, reports: null }); // a=6, b=5 now below k
      expect(k.series[1]).toMatchObject({ suppressed: false, reports: 7 });
    } finally {
      await adminReq(h, s, '/admin/api/settings', { method: 'PUT', body: { kAnonymity: 5 } });
    }
  });

  it('exports the same numbers, with the same suppression, as CSV', async () => {
    const res = await adminReq(h, s, `/admin/api/kpis.csv?from=${D1}&to=${D2}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="lastmile-kpis-2026-03-09-2026-03-10.csv"/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(`day,${D1},${D1},all,,false,true,11,0.7273,8,0.4000,4,0.7273,`);
    expect(lines).toContain(`total,${D1},${D2},all,,false,true,18,0.8333,9,0.3391,11,0.5517,`); // 15/18, max(9,7), 39/115, 660 min, 16/29
    expect(lines).toContain(`app,${D1},${D2},all,gmail,false,false,5,,,1,1,1,1`);

    const c = await adminReq(h, s, `/admin/api/kpis.csv?from=${D1}&to=${D1}&cohort=c`);
    const cLines = (await c.text()).trimEnd().split('\r\n');
    expect(cLines[1]).toBe(`day,${D1},${D1},c,,true,false,,,,,,,`);
    expect(cLines.join('\n')).not.toMatch(/600|,2,/);
  });

  it('tracks use cases against their targets from tip uses', async () => {
    const create = await adminReq(h, s, `/admin/api/use-cases?from=${D1}&to=${D3}`, {
      method: 'POST',
      body: { name: 'Follow-ups', app: 'salesforce', tipIds: [A_TIP], owner: 'Sales ops', target: { kind: 'uses_per_week', value: 30 } },
    });
    expect(create.status).toBe(201);
    const uc = UseCaseResponseSchema.parse(await create.json()).useCase;
    // Published tip cells: D1 a (6 reports x 2 uses), D2 a (7 x 2), D3 a (5 x 2); D1 c (2 reports x 50) is below k.
    expect(uc.progress.weeks.map((w) => w.uses)).toEqual([26, 10]);
    expect(uc.progress.actual).toBeCloseTo(36 / (8 / 7), 10);
    expect(uc.progress.met).toBe(true);
    expect(uc.progress.weeks[0]?.reach).toBe(13 / 13);

    const put = await adminReq(h, s, `/admin/api/use-cases/${uc.id}?from=${D1}&to=${D3}`, {
      method: 'PUT',
      body: { name: 'Follow-ups', app: 'gmail', tipIds: [A_TIP], owner: 'Sales ops', target: { kind: 'adoption_pct', value: 50 } },
    });
    const updated = UseCaseResponseSchema.parse(await put.json()).useCase;
    expect(updated.target).toEqual({ kind: 'adoption_pct', value: 50 });
    // 18 published tip reports against 5 published gmail reports: capped at 100 %.
    expect(updated.progress.actual).toBe(100);

    const bad = await adminReq(h, s, '/admin/api/use-cases', {
      method: 'POST',
      body: { name: 'x', app: 'salesforce', tipIds: ['no-such-tip'], owner: 'me', target: { kind: 'uses_per_week', value: 1 } },
    });
    expect(bad.status).toBe(400);
    expect(ErrorBodySchema.parse(await bad.json()).error).toMatchObject({ code: 'unknown_tip', path: 'tipIds.0' });
    const badTarget = await adminReq(h, s, '/admin/api/use-cases', {
      method: 'POST',
      body: { name: 'x', app: 'salesforce', tipIds: [A_TIP], owner: 'me', target: { kind: 'vibes', value: 1 } },
    });
    expect(badTarget.status).toBe(400);

    const list = UseCaseListResponseSchema.parse(await (await adminReq(h, s, '/admin/api/use-cases')).json());
    expect(list.useCases.map((u) => u.id)).toEqual([uc.id]);
    expect((await adminReq(h, s, `/admin/api/use-cases/${uc.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await adminReq(h, s, `/admin/api/use-cases/${uc.id}`)).status).toBe(404);
  });
});
