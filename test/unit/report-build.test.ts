import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { APP_IDS } from '../../lib/sites/types';
import { DEDUPE_PREFIX, MAX_TIP_USES, buildReport, previewReport, reportCohort, type BuildReportOptions } from '../../lib/sync/build';
import { DailyReportSchema, MAX_REPORT_BYTES, PAGE_CATEGORIES } from '../../lib/sync/report';
import { webCryptoHmac } from '../../lib/sync/secret';
import type { UsageEvent } from '../../lib/usage/events';
import { addDays } from '../../lib/usage/habits/calendar';
import { emptyPending, linkInformed } from '../../lib/usage/informed';
import { DayRollupSchema, emptyRollup, type DayRollup } from '../../lib/usage/rollup';
import { applyEventToRollup, applyVisitToRollup, compactRollup } from '../../lib/usage/rollup-apply';

const DAY = '2026-03-02';
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const MINUTE = 60_000;
const SECRET = new Uint8Array(32).map((_, i) => i + 1);
const hmac = webCryptoHmac(globalThis.crypto.subtle);
const opts: BuildReportOptions = { secret: SECRET, hmac, tipIds: new Set(['sf-summary', 'gm-reply']) };

function tip(type: 'tip_shown' | 'card_opened' | 'prompt_copied' | 'ai_opened' | 'marked_used' | 'dismissed' | 'helpful' | 'not_helpful', page: string, minutes = 0, extra: Partial<{ viewId: string; minutesSaved: number; app: 'salesforce' | 'gmail'; tipId: string }> = {}): UsageEvent {
  return { type, app: 'salesforce', page, tipId: 'sf-summary', at: new Date(T0 + minutes * MINUTE).toISOString(), timeZone: 'Europe/Berlin', day: DAY, ...extra };
}

function prompt(minutes: number): UsageEvent {
  return { type: 'ai_prompt', toolId: 'chatgpt', at: new Date(T0 + minutes * MINUTE).toISOString(), timeZone: 'Europe/Berlin', day: DAY };
}

/** The store's path without the database: link, then fold. */
function fold(events: readonly UsageEvent[], start = emptyRollup(DAY)): DayRollup {
  let rollup = start;
  let pending = emptyPending();
  for (const e of events) {
    const link = linkInformed(pending, e);
    pending = link.pending;
    rollup = applyEventToRollup(rollup, e, {
      ...(link.informedApp ? { informedApp: link.informedApp } : {}),
      ...(link.informedCategory ? { informedCategory: link.informedCategory } : {}),
    });
  }
  return rollup;
}

/** A day where the person used AI in `apps` (one AI action each) and nothing else. */
function aiDay(day: string, apps: readonly ('salesforce' | 'gmail' | 'jira')[]): DayRollup {
  return DayRollupSchema.parse({
    day,
    aiActions: Math.max(1, apps.length),
    apps: Object.fromEntries(apps.map((a) => [a, { aiActions: 1, categories: { record: { aiActions: 1 } } }])),
  });
}

describe('rollup: helpful taps and page categories', () => {
  it('counts helpful / not_helpful per app and category, not as uses or AI actions', () => {
    const r = fold([tip('helpful', 'record'), tip('helpful', 'record'), tip('not_helpful', 'inbox')]);
    expect(r).toMatchObject({ tipsUsed: 0, aiActions: 0, tips: {} });
    expect(r.apps.salesforce).toMatchObject({ helpful: 2, notHelpful: 1, tipsUsed: 0, aiActions: 0 });
    expect(r.apps.salesforce?.categories.record).toMatchObject({ helpful: 2, notHelpful: 0 });
    expect(r.apps.salesforce?.categories.list).toMatchObject({ notHelpful: 1 });
  });

  it('files every per-app counter under the page category as well', () => {
    const r = fold([
      tip('tip_shown', 'record_new'),
      tip('dismissed', 'record_new', 1),
      tip('marked_used', 'ticket', 2, { minutesSaved: 12 }),
    ]);
    const sf = r.apps.salesforce;
    expect(sf?.categories.compose).toMatchObject({ tipsShown: 1, tipsDismissed: 1 });
    expect(sf?.categories.record).toMatchObject({ tipsUsed: 1, aiActions: 1, minutesSaved: 12 });
    expect(sf).toMatchObject({ tipsShown: 1, dismissed: 1, tipsUsed: 1, aiActions: 1, minutesSaved: 12 });
  });

  it('puts an AI prompt informed by a tip in the category of the tip\'s sitting', () => {
    const r = fold([tip('card_opened', 'compose', 0, { viewId: 'view-0001' }), prompt(5)]);
    expect(r.apps.salesforce?.categories.compose).toMatchObject({ aiActions: 1, informedTasks: 1 });
    expect(r.apps.salesforce?.categories.record).toBeUndefined();
  });

  it('files an informed task under "other" when the sitting predates categories', () => {
    const r = applyEventToRollup(emptyRollup(DAY), prompt(1), { informedApp: 'gmail' });
    expect(r.apps.gmail?.categories.other).toMatchObject({ aiActions: 1, informedTasks: 1 });
  });

  it('counts record visits under the page category', () => {
    const r = applyVisitToRollup(applyVisitToRollup(emptyRollup(DAY), 'jira', 'issue'), 'jira', 'board');
    expect(r.apps.jira).toMatchObject({ recordVisits: 2, categories: { record: { recordVisits: 1 }, list: { recordVisits: 1 } } });
  });

  it('stores categories compact and reads them back complete', () => {
    const r = fold([tip('tip_shown', 'record'), tip('helpful', 'record', 1)]);
    const row = compactRollup(r);
    expect(row.apps?.salesforce).toEqual({ tipsShown: 1, helpful: 1, categories: { record: { tipsShown: 1, helpful: 1 } } });
    expect(DayRollupSchema.parse(row)).toEqual(r);
  });

  it('reads a rollup stored before categories existed', () => {
    const old = DayRollupSchema.parse({ day: DAY, apps: { jira: { recordVisits: 3 } } });
    expect(old.apps.jira).toMatchObject({ recordVisits: 3, helpful: 0, categories: {} });
  });
});

describe('buildReport', () => {
  it('makes one row per (app, category) with non-zero counters only, and validates', async () => {
    let r = fold([
      tip('tip_shown', 'record'),
      tip('card_opened', 'record', 1, { viewId: 'view-0002' }),
      tip('ai_opened', 'record', 2, { viewId: 'view-0002' }),
      tip('helpful', 'record', 3),
      tip('dismissed', 'compose', 4, { app: 'gmail', tipId: 'gm-reply' }),
    ]);
    r = applyVisitToRollup(r, 'salesforce', 'record');
    const report = await buildReport(DAY, [r], opts);
    expect(DailyReportSchema.parse(report)).toEqual(report);
    expect(report.rows).toEqual([
      { app: 'salesforce', category: 'record', recordVisits: 1, tipsShown: 1, tipsUsed: 1, tipsDismissed: 0, aiActions: 1, informedTasks: 1, minutesSaved: 0, helpful: 1, notHelpful: 0 },
      { app: 'gmail', category: 'compose', recordVisits: 0, tipsShown: 0, tipsUsed: 0, tipsDismissed: 1, aiActions: 0, informedTasks: 0, minutesSaved: 0, helpful: 0, notHelpful: 0 },
    ]);
    expect(report).toMatchObject({ schemaVersion: 1, day: DAY, aiActiveDay: true, active7d: true, tipUses: [{ tipId: 'sf-summary', uses: 1 }] });
  });

  it('files figures counted before categories under "other", so totals match the app', async () => {
    // 5 visits before the upgrade, 2 after on record pages.
    const r = DayRollupSchema.parse({ day: DAY, apps: { jira: { recordVisits: 7, categories: { record: { recordVisits: 2 } } } } });
    const report = await buildReport(DAY, [r], opts);
    expect(report.rows.map((row) => [row.category, row.recordVisits])).toEqual([
      ['record', 2],
      ['other', 5],
    ]);
  });

  it('dedupeKey is HMAC-SHA-256(secret, "lastmile-report:<day>"), different every day', async () => {
    const a = await buildReport(DAY, [], opts);
    const b = await buildReport(addDays(DAY, 1), [], opts);
    const expected = createHmac('sha256', SECRET).update(`${DEDUPE_PREFIX}${DAY}`).digest('hex');
    expect(a.dedupeKey).toBe(expected);
    expect(b.dedupeKey).not.toBe(a.dedupeKey);
    expect((await buildReport(DAY, [], opts)).dedupeKey).toBe(a.dedupeKey);
    const other = await buildReport(DAY, [], { ...opts, secret: new Uint8Array(32) });
    expect(other.dedupeKey).not.toBe(a.dedupeKey);
  });

  it('an empty day: no rows, not active, still a valid report', async () => {
    const report = await buildReport(DAY, [], opts);
    expect(report).toMatchObject({ aiActiveDay: false, active7d: false, rows: [], tipUses: [], adoption: [] });
    expect(report).not.toHaveProperty('cohort');
  });

  it('active7d looks at the day and the 6 before it, and never after', async () => {
    const sixBefore = await buildReport(DAY, [aiDay(addDays(DAY, -6), [])], opts);
    expect(sixBefore).toMatchObject({ active7d: true, aiActiveDay: false });
    const sevenBefore = await buildReport(DAY, [aiDay(addDays(DAY, -7), [])], opts);
    expect(sevenBefore.active7d).toBe(false);
    const after = await buildReport(DAY, [aiDay(addDays(DAY, 1), [])], opts);
    expect(after.active7d).toBe(false);
  });

  it('adoption: AI in the app on >= 40 % of active days over 28 days; only apps used at all', async () => {
    // 10 active days: AI in salesforce on 4 of them (40 %), in gmail on 3 (30 %).
    const days: DayRollup[] = [];
    for (let i = 0; i < 10; i++) {
      const apps: ('salesforce' | 'gmail')[] = [];
      if (i < 4) apps.push('salesforce');
      if (i >= 7) apps.push('gmail');
      days.push(aiDay(addDays(DAY, -i * 2), apps));
    }
    // Jira visited (not AI) on a day; zendesk only outside the 28-day window.
    days.push(DayRollupSchema.parse({ day: addDays(DAY, -1), apps: { jira: { recordVisits: 2 } } }));
    days.push(DayRollupSchema.parse({ day: addDays(DAY, -28), aiActions: 1, apps: { zendesk: { aiActions: 1 } } }));
    const report = await buildReport(DAY, days, opts);
    expect(report.adoption).toEqual([
      { app: 'salesforce', adopted: true },
      { app: 'gmail', adopted: false },
      { app: 'jira', adopted: false },
    ]);
  });

  it('adoption is false for every app when there is no active day', async () => {
    const r = DayRollupSchema.parse({ day: DAY, apps: { jira: { recordVisits: 1 } } });
    expect((await buildReport(DAY, [r], opts)).adoption).toEqual([{ app: 'jira', adopted: false }]);
  });

  it('tipUses: playbook ids only, highest uses first, at most 50', async () => {
    const tips: Record<string, number> = { 'Bad Id With Spaces': 99, 'zz-top': 7, 'aa-top': 7, 'acme-renewal': 50 };
    for (let i = 0; i < 60; i++) tips[`tip-${String(i).padStart(2, '0')}`] = 1 + (i % 5);
    const tipIds = new Set(Object.keys(tips).filter((id) => id !== 'acme-renewal'));
    const warnings: string[] = [];
    const report = await buildReport(DAY, [DayRollupSchema.parse({ day: DAY, tips })], { ...opts, tipIds, warn: (m) => warnings.push(m) });
    expect(report.tipUses).toHaveLength(MAX_TIP_USES);
    expect(report.tipUses.slice(0, 2)).toEqual([
      { tipId: 'aa-top', uses: 7 },
      { tipId: 'zz-top', uses: 7 },
    ]);
    const uses = report.tipUses.map((t) => t.uses);
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
    expect(JSON.stringify(report)).not.toContain('Bad Id');
    // Fits the format but is not a playbook tip (a content script sent it): stays home.
    expect(JSON.stringify(report)).not.toContain('acme-renewal');
    expect(warnings).toContain('2 tip id(s) not in the playbook (or not in the report\'s format) left out');
    expect(warnings.join(' ')).not.toContain('acme');
  });

  it('clamps counters to the schema maximum', async () => {
    const r = DayRollupSchema.parse({ day: DAY, apps: { gmail: { minutesSaved: 25_000, categories: { compose: { minutesSaved: 25_000 } } } } });
    const report = await buildReport(DAY, [r], opts);
    expect(report.rows[0]?.minutesSaved).toBe(10_000);
  });

  it('carries the cohort and refuses one outside the format', async () => {
    expect((await buildReport(DAY, [], { ...opts, cohort: 'sales-emea' })).cohort).toBe('sales-emea');
    await expect(buildReport(DAY, [], { ...opts, cohort: 'Jane Doe' })).rejects.toThrow(/invalid/);
  });

  it('reportCohort lower-cases the policy label and refuses what cannot fit', () => {
    expect(reportCohort('Sales.EMEA')).toBe('sales-emea');
    expect(reportCohort('x'.repeat(41))).toBeNull();
  });

  it('refuses a day that is not a date', async () => {
    await expect(buildReport('yesterday', [], opts)).rejects.toThrow();
  });

  it('leaves out the smallest rows (and says so) when a day would not fit MAX_REPORT_BYTES', async () => {
    const apps: Record<string, unknown> = {};
    APP_IDS.forEach((app, i) => {
      const categories = Object.fromEntries(PAGE_CATEGORIES.map((c, j) => [c, { recordVisits: 9000 + i * 4 + j, tipsShown: 9000, tipsUsed: 9000, tipsDismissed: 9000, aiActions: 9000, informedTasks: 9000, minutesSaved: 9000, helpful: 9000, notHelpful: 9000 }]));
      apps[app] = { categories };
    });
    const warnings: string[] = [];
    const report = await buildReport(DAY, [DayRollupSchema.parse({ day: DAY, apps })], { ...opts, warn: (m) => warnings.push(m) });
    expect(JSON.stringify(report).length).toBeLessThanOrEqual(MAX_REPORT_BYTES);
    expect(report.rows.length).toBeGreaterThan(0);
    expect(report.rows.length).toBeLessThan(APP_IDS.length * PAGE_CATEGORIES.length);
    // The smallest row (first app, first category) went; the largest stayed.
    expect(report.rows.some((r) => r.app === APP_IDS[0] && r.category === 'record')).toBe(false);
    expect(report.rows.some((r) => r.app === APP_IDS.at(-1) && r.category === 'other')).toBe(true);
    expect(warnings.some((w) => w.includes('rows left out'))).toBe(true);
  });
});

describe('previewReport', () => {
  it('is the report of the latest finished day with data, exactly as built', async () => {
    const today = addDays(DAY, 2);
    const rollups = [aiDay(DAY, ['salesforce']), aiDay(today, ['gmail'])];
    const preview = await previewReport(today, rollups, opts);
    expect(preview.example).toBe(false);
    expect(preview.report).toEqual(await buildReport(DAY, rollups, opts));
  });

  it('is a labelled example for yesterday when no day has finished yet', async () => {
    const preview = await previewReport(DAY, [aiDay(DAY, ['jira'])], opts);
    expect(preview.example).toBe(true);
    expect(preview.report.day).toBe(addDays(DAY, -1));
    expect(DailyReportSchema.parse(preview.report)).toEqual(preview.report);
    expect(preview.report.rows.length).toBeGreaterThan(0);
  });
});
