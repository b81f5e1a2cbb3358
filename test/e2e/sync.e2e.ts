/**
 * Extension + server end to end: the built extension in real Chromium, enrolled by enterprise
 * policy with the real backend (createApp on a real SQLite file). An employee agrees to share, uses
 * tips on the Salesforce and Jira fixtures, and the day ends the way it does for a traveller: the
 * first session runs at UTC-12, the second (same profile) at UTC+14, where that day is over. "Sync
 * now" sends its report; with four colleagues' reports for the same day and cohort the cell reaches
 * k = 5, and the KPI API and the dashboard UI show the sums including the extension's report.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DailyReportSchema, type DailyReport } from '../../lib/sync/report';
import { APP_IDS, type AppId } from '../../lib/sites/types';
import { localDay } from '../../lib/usage/day';
import { MIN_K_ANONYMITY } from '../../server/api/contract';
import { appLabel } from '../../server/dashboard/src/apps';
import { longDate, num } from '../../server/dashboard/src/format';
import { launchWithExtension } from './harness';
import { withManagedPolicy } from './managed-policy';
import { colleagueReport, dayKpis, postReport, signIn } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ensureDashboardBuilt, extensionReportPosts, startBackend, type Backend } from './support/backend';
import {
  UI_TIMEOUT_MS,
  consentToSharing,
  copyPrompt,
  markUsed,
  openCardOn,
  openInAiTool,
  openSharing,
  previewReport,
  syncNow,
  syncState,
  waitForTodayAiActions,
} from './support/ui';

/** The traveller: first at UTC-12, then at UTC+14, 26 hours ahead, so the first day is finished. */
const FIRST_ZONE = 'Etc/GMT+12';
const SECOND_ZONE = 'Pacific/Kiritimati';
const COHORT = 'sales';
/** Colleagues whose reports join the extension's: one short of k on their own. */
const COLLEAGUES = MIN_K_ANONYMITY - 1;

const SF_HOST = 'acme.lightning.force.com';
const SF_OPPORTUNITY = '/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
const JIRA_HOST = 'acme.atlassian.net';
const JIRA_ISSUE = '/browse/ACME-42';
/** "I used AI for this" on Salesforce, "Open in ChatGPT" and "I used AI for this" on Jira. */
const AI_ACTIONS_IN_SESSION = 3;
const MINUTES_PER_HOUR = 60;

const DASHBOARD_BUILD_TIMEOUT_MS = 180_000;
const TEST_TIMEOUT_MS = 240_000;

function policyFor(backend: Backend): unknown {
  return { schemaVersion: 1, sync: { enabled: true, endpoint: backend.url, enrollmentToken: backend.token, cohort: COHORT } };
}

/** Apps a report lists (rows or adoption flags): the app cells it counts in. */
function appsOf(report: DailyReport): AppId[] {
  const listed = new Set<AppId>([...report.rows.map((r) => r.app), ...report.adoption.map((a) => a.app)]);
  return APP_IDS.filter((a) => listed.has(a));
}

type RowCounter = 'recordVisits' | 'tipsShown' | 'tipsUsed' | 'aiActions' | 'informedTasks' | 'minutesSaved';
const rowSum = (reports: readonly DailyReport[], key: RowCounter, app?: AppId): number =>
  reports.flatMap((r) => r.rows).filter((row) => app === undefined || row.app === app).reduce((sum, row) => sum + row[key], 0);

/** The extension's report bodies the backend received, parsed. */
function extensionReports(backend: Backend): DailyReport[] {
  return extensionReportPosts(backend).map((r) => DailyReportSchema.parse(JSON.parse(r.body)));
}

/** The value a dashboard chart's table shows for `day` (the table is there for screen readers). */
async function chartValue(page: Page, chartTitle: string, day: string): Promise<string> {
  const table = page.getByRole('table', { name: chartTitle, exact: true });
  const row = table.locator('tbody tr').filter({ has: page.locator('th', { hasText: longDate(day) }) });
  return ((await row.locator('td').textContent({ timeout: UI_TIMEOUT_MS })) ?? '').trim();
}

describe('Sync: extension and server', () => {
  beforeAll(ensureDashboardBuilt, DASHBOARD_BUILD_TIMEOUT_MS);

  it('tips used on the fixtures, "Sync now" after the day ends: the dashboard counts them', async () => {
    const backend = await startBackend();
    const profile = await mkdtemp(join(tmpdir(), 'lastmile-e2e-sync-profile-'));
    try {
      await withManagedPolicy(policyFor(backend), async () => {
        // ---- Session 1, UTC-12: agree to share, then use tips on Salesforce and Jira.
        const first = await launchWithExtension({ userDataDir: profile, env: { TZ: FIRST_ZONE } });
        let day: string;
        try {
          expect(await first.serviceWorker().evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(FIRST_ZONE);
          day = localDay(new Date(), FIRST_ZONE);

          await consentToSharing(await openSharing(first));

          const sf = await openCardOn(first, SF_HOST, SF_OPPORTUNITY);
          await copyPrompt(sf);
          await markUsed(sf);

          const jira = await openCardOn(first, JIRA_HOST, JIRA_ISSUE);
          const ai = await openInAiTool(first.context, jira);
          expect(new URL(ai.url()).hostname).toBe('chatgpt.com');
          await markUsed(jira);

          await waitForTodayAiActions(first, AI_ACTIONS_IN_SESSION);
          // The session must not have crossed the 04:00 day boundary, or the counts split over two days.
          expect(localDay(new Date(), FIRST_ZONE)).toBe(day);
        } finally {
          await first.close();
        }
        // Nothing is sent for a day that is still going on.
        expect(extensionReports(backend)).toEqual([]);

        // ---- Session 2, same profile, UTC+14: the first session's day is over.
        const second = await launchWithExtension({ userDataDir: profile, env: { TZ: SECOND_ZONE } });
        try {
          expect(localDay(new Date(), SECOND_ZONE) > day).toBe(true);
          const sharing = await openSharing(second);
          await expect.poll(() => syncState(sharing).getAttribute('data-state'), { timeout: UI_TIMEOUT_MS }).toBe('on');
          // What the page promises it will send, for the finished day.
          const preview = await previewReport(sharing, day);
          const apps = appsOf(preview);
          expect(apps).toEqual(expect.arrayContaining<AppId>(['salesforce', 'jira']));

          // Four colleagues, same day and cohort, listing the same apps: one short of k alone.
          const colleagues = Array.from({ length: COLLEAGUES }, (_, n) => colleagueReport(day, COHORT, apps, n));
          for (const r of colleagues) await postReport(backend, r);
          const admin = await signIn(backend);
          const before = await dayKpis(backend, admin, day, COHORT);
          expect(before.series).toHaveLength(1);
          expect(before.series[0]).toMatchObject({ suppressed: true, reports: null, activeContributors: null });

          expect(await syncNow(sharing)).toBe('Sent 1 report');

          // Exactly the previewed report arrived, once, through CORS from the pinned extension origin.
          const sent = extensionReports(backend);
          expect(sent).toEqual([preview]);
          const mine = sent[0] as DailyReport;
          expect(mine).toMatchObject({ day, cohort: COHORT, aiActiveDay: true });
          for (const app of ['salesforce', 'jira'] as const) {
            expect(rowSum([mine], 'tipsUsed', app), `${app} tips used`).toBeGreaterThan(0);
            expect(rowSum([mine], 'aiActions', app), `${app} AI actions`).toBeGreaterThan(0);
          }
          expect(rowSum([mine], 'aiActions')).toBe(AI_ACTIONS_IN_SESSION);

          // ---- KPI API: five reports now; the day is published with the extension's share in it.
          const all = [...colleagues, mine];
          const active = all.filter((r) => r.aiActiveDay).length;
          const after = await dayKpis(backend, admin, day, COHORT);
          expect(after.k).toBe(MIN_K_ANONYMITY);
          expect(after.series[0]).toMatchObject({
            start: day,
            suppressed: false,
            partial: false,
            reports: MIN_K_ANONYMITY,
            activeContributors: active,
          });
          expect(after.series[0]?.hoursSaved).toBeCloseTo(rowSum(all, 'minutesSaved') / MINUTES_PER_HOUR, 10);
          expect(after.series[0]?.informedPerRecordVisit).toBeCloseTo(rowSum(all, 'informedTasks') / rowSum(all, 'recordVisits'), 10);
          for (const app of apps) {
            const kpi = after.apps.find((a) => a.app === app);
            expect(kpi, app).toMatchObject({
              suppressed: false,
              reports: MIN_K_ANONYMITY,
              aiActions: rowSum(all, 'aiActions', app),
              tipsUsed: rowSum(all, 'tipsUsed', app),
              tipsShown: rowSum(all, 'tipsShown', app),
            });
          }
          // The extension's own figures are in the sums: without them the totals would differ.
          expect(after.apps.find((a) => a.app === 'salesforce')?.aiActions).toBeGreaterThan(rowSum(colleagues, 'aiActions', 'salesforce'));

          // ---- Dashboard UI, in the same browser: sign in, pick the day, read the numbers.
          const dash = await second.context.newPage();
          await dash.goto(`${backend.url}/admin/`);
          await dash.getByLabel('Work email').fill(ADMIN_EMAIL);
          await dash.getByLabel('Password').fill(ADMIN_PASSWORD);
          await dash.getByRole('button', { name: 'Sign in' }).click();
          await dash.getByRole('heading', { name: 'Overview' }).waitFor({ timeout: UI_TIMEOUT_MS });
          // The preset ends at UTC yesterday; a UTC-12 day may be UTC today: choose the day itself.
          await dash.getByRole('button', { name: 'Custom' }).click();
          await dash.getByLabel('To', { exact: true }).fill(day);
          await dash.getByLabel('From', { exact: true }).fill(day);
          await expect.poll(() => chartValue(dash, 'Active contributors per day', day), { timeout: UI_TIMEOUT_MS }).toBe(num(active));
          const hours = rowSum(all, 'minutesSaved') / MINUTES_PER_HOUR;
          expect(await chartValue(dash, 'Estimated hours saved', day)).toBe(num(hours, hours > 0 && hours < 10 ? 1 : 0));
          expect(await chartValue(dash, 'AI-informed tasks per record visit', day)).toBe(
            num(rowSum(all, 'informedTasks') / rowSum(all, 'recordVisits'), 2),
          );
          const appsCard = dash.locator('section', { has: dash.getByRole('heading', { name: 'Adoption success by app' }) });
          await appsCard.getByRole('button', { name: 'Show as table' }).click();
          for (const app of apps) {
            const row = appsCard.locator('tbody tr').filter({ has: dash.locator('th', { hasText: appLabel(app) }) });
            // Columns: success rate, reports, hours saved.
            expect(((await row.locator('td').nth(1).textContent()) ?? '').trim(), `${app} reports`).toBe(num(MIN_K_ANONYMITY));
          }
        } finally {
          await second.close();
        }
      });
    } finally {
      await backend.close();
      await rm(profile, { recursive: true, force: true });
    }
  }, TEST_TIMEOUT_MS);
});
