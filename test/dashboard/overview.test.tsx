import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { KpiResponse } from '../../server/api/contract';
import { Overview } from '../../server/dashboard/src/Overview';
import type { Call, Reply } from './helpers';
import { HIDDEN, apiFor, bucket, kpiResponse, renderWithApi, stubServer } from './helpers';

const TODAY = '2026-03-04';
// Ranges end yesterday; the cards compare the last 7 days with the 7 before.
const CURRENT_FROM = '2026-02-25';
const PREVIOUS_FROM = '2026-02-18';

function kpiRoutes(main: (c: Call) => KpiResponse, cur?: Partial<KpiResponse>, prev?: Partial<KpiResponse>) {
  return stubServer({
    'GET /admin/api/kpis': (c): Reply => {
      if (c.query.get('from') === CURRENT_FROM) return { body: kpiResponse(cur) };
      if (c.query.get('from') === PREVIOUS_FROM) return { body: kpiResponse(prev) };
      return { body: main(c) };
    },
  });
}

describe('Overview', () => {
  it('shows this week’s KPIs with their week-over-week change', async () => {
    const { fetch, calls } = kpiRoutes(
      () => kpiResponse(),
      { totals: bucket(CURRENT_FROM, { aiActiveShare: 0.42, activeContributors: 60, informedPerRecordVisit: 0.25, hoursSaved: 36, helpfulness: 0.7 }) },
      { totals: bucket(PREVIOUS_FROM, { aiActiveShare: 0.35, activeContributors: 50, informedPerRecordVisit: 0.25, hoursSaved: 40, helpfulness: 0.75 }) },
    );
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    const share = await screen.findByTestId('kpi-aiActiveShare');
    expect(share).toHaveTextContent('42%');
    expect(share).toHaveTextContent('+7 pts');
    expect(screen.getByTestId('kpi-activeContributors')).toHaveTextContent('60');
    expect(screen.getByTestId('kpi-activeContributors')).toHaveTextContent('+20%');
    expect(screen.getByTestId('kpi-informedPerRecordVisit')).toHaveTextContent('0.25');
    expect(screen.getByTestId('kpi-informedPerRecordVisit')).toHaveTextContent('no change');
    expect(screen.getByTestId('kpi-hoursSaved')).toHaveTextContent('36');
    expect(screen.getByTestId('kpi-hoursSaved')).toHaveTextContent('−10%');
    expect(screen.getByTestId('kpi-helpfulness')).toHaveTextContent('70%');
    expect(screen.getByTestId('kpi-helpfulness')).toHaveTextContent('−5 pts');
    // The main request is the last 30 finished days.
    const main = calls.find((c) => c.query.get('from') === '2026-02-02');
    expect(main?.query.get('to')).toBe('2026-03-03');
    expect(main?.query.get('granularity')).toBe('day');
  });

  it('says a hidden week is hidden instead of showing a number', async () => {
    const { fetch } = kpiRoutes(() => kpiResponse({ k: 7 }), { k: 7, totals: bucket(CURRENT_FROM, HIDDEN) });
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    expect(await screen.findByTestId('kpi-hoursSaved')).toHaveTextContent('Hidden — fewer than 7 people');
  });

  it('draws a point per shown bucket and has the same numbers as a table', async () => {
    const series = [
      bucket('2026-03-01', { aiActiveShare: 0.4 }),
      bucket('2026-03-02', { aiActiveShare: 0.5 }),
      bucket('2026-03-03', { aiActiveShare: 0.61 }),
    ];
    const { fetch } = kpiRoutes(() => kpiResponse({ series }));
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    const fig = await screen.findByRole('figure', { name: 'AI-active days' });
    expect(within(fig).getAllByTestId('chart-point')).toHaveLength(3);
    // The table is always there for screen readers…
    const table = within(fig).getByRole('table', { name: 'AI-active days' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Mar 1, 202640%', 'Mar 2, 202650%', 'Mar 3, 202661%']);
    // …and "Show as table" swaps the picture for it.
    await userEvent.setup().click(within(fig).getByRole('button', { name: 'Show as table' }));
    expect(within(fig).queryAllByTestId('chart-point')).toHaveLength(0);
    expect(within(fig).getByRole('button', { name: 'Show as chart' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(fig).getByRole('table').parentElement).toHaveClass('chart-table-wrap');
  });

  it('reads values with the keyboard in the tooltip', async () => {
    const series = [bucket('2026-03-01', { activeContributors: 11 }), bucket('2026-03-02', { activeContributors: 14 })];
    const { fetch } = kpiRoutes(() => kpiResponse({ series }));
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    const fig = await screen.findByRole('figure', { name: 'Active contributors per day' });
    const plot = within(fig).getByRole('group');
    const user = userEvent.setup();
    act(() => plot.focus());
    expect(within(fig).getByTestId('chart-tooltip')).toHaveTextContent('Mar 2, 2026');
    expect(within(fig).getByTestId('chart-tooltip')).toHaveTextContent('14');
    await user.keyboard('{ArrowLeft}');
    expect(within(fig).getByTestId('chart-tooltip')).toHaveTextContent('Mar 1, 2026');
    expect(within(fig).getByTestId('chart-tooltip')).toHaveTextContent('11');
  });

  it('draws suppressed buckets as gaps and explains them', async () => {
    const series = [bucket('2026-03-01'), bucket('2026-03-02', HIDDEN), bucket('2026-03-03', HIDDEN), bucket('2026-03-04')];
    const { fetch } = kpiRoutes(() => kpiResponse({ series, k: 6 }));
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    const fig = await screen.findByRole('figure', { name: 'Estimated hours saved' });
    expect(within(fig).getAllByTestId('chart-point')).toHaveLength(2);
    expect(within(fig).getAllByTestId('chart-gap')).toHaveLength(2);
    // Two separate line segments: the gap breaks the line instead of bridging it.
    expect(fig.querySelectorAll('path.chart-line')).toHaveLength(2);
    expect(within(fig).getByText('Fewer than 6 people — hidden to protect privacy')).toBeInTheDocument();
    expect(within(fig).getAllByText('Hidden — fewer than 6 people')).toHaveLength(2);
  });

  it('raises the helpfulness alert when ratings dropped week over week', async () => {
    const alerts = [
      { kind: 'helpfulness_drop' as const, week: '2026-02-16', previous: 0.9, current: 0.78, dropPoints: 12 },
      { kind: 'helpfulness_drop' as const, week: '2026-02-23', previous: 0.82, current: 0.64, dropPoints: 18 },
    ];
    const { fetch } = kpiRoutes(() => kpiResponse({ alerts }));
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    const banner = await screen.findByText(/Tip helpfulness dropped/);
    expect(banner).toHaveTextContent('dropped 18 points in the week of Feb 23, 2026');
    expect(banner.closest('.banner')).toHaveTextContent('64% of ratings were “helpful”, down from 82%');
  });

  it('shows no alert when helpfulness held', async () => {
    const { fetch } = kpiRoutes(() => kpiResponse());
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    await screen.findByTestId('kpi-helpfulness');
    expect(screen.queryByText(/Tip helpfulness dropped/)).toBeNull();
  });

  it('filters by cohort and marks a cohort that is below k as hidden', async () => {
    const { fetch, calls } = kpiRoutes((c) => {
      const cohort = c.query.get('cohort');
      if (cohort === 'support') {
        // Below k in this range: the server no longer names it and everything is suppressed.
        return kpiResponse({ cohort, cohorts: ['sales'], totals: bucket('2026-02-02', HIDDEN), series: [bucket('2026-03-03', HIDDEN)] });
      }
      return kpiResponse({ cohort, cohorts: ['sales', 'support'] });
    });
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    const select = await screen.findByLabelText('Cohort');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['All cohorts', 'sales', 'support']);
    await userEvent.setup().selectOptions(select, 'support');
    await waitFor(() => expect(calls.some((c) => c.query.get('cohort') === 'support' && c.query.get('from') === '2026-02-02')).toBe(true));
    await waitFor(() => expect(within(select).getByRole('option', { name: 'support — hidden, fewer than 5' })).toBeDisabled());
    expect(screen.getByText('Hidden (fewer than 5 people): support')).toBeInTheDocument();
    // The cards' 7-day windows use the same cohort.
    expect(calls.filter((c) => c.query.get('cohort') === 'support')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/admin/api/kpis.csv?from=2026-02-02&to=2026-03-03&granularity=day&cohort=support',
    );
  });

  it('switches to the last 90 days and to weekly buckets', async () => {
    const { fetch, calls } = kpiRoutes((c) => kpiResponse({ granularity: c.query.get('granularity') === 'week' ? 'week' : 'day' }));
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    await screen.findByTestId('kpi-helpfulness');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Last 90 days' }));
    await user.click(screen.getByRole('button', { name: 'Week' }));
    await waitFor(() =>
      expect(calls.some((c) => c.query.get('from') === '2025-12-04' && c.query.get('granularity') === 'week')).toBe(true),
    );
    expect(await screen.findByRole('figure', { name: 'Active contributors per week' })).toBeInTheDocument();
  });

  it('shows adoption success per app as bars with counts', async () => {
    const app = (id: 'salesforce' | 'gmail' | 'jira', rate: number | null, reports: number | null) => ({
      app: id,
      suppressed: rate === null,
      partial: false,
      reports,
      adoptionRate: rate,
      informedPerRecordVisit: null,
      hoursSaved: null,
      helpfulness: null,
      aiActions: null,
      tipsShown: null,
      tipsUsed: null,
    });
    const { fetch } = kpiRoutes(() => kpiResponse({ apps: [app('gmail', 0.25, 120), app('salesforce', 0.52, 300), app('jira', null, null)] }));
    renderWithApi(<Overview today={TODAY} />, apiFor(fetch));
    const sf = await screen.findByTestId('app-salesforce');
    expect(sf).toHaveTextContent('Salesforce52% · 300 reports');
    expect(sf.querySelector<HTMLElement>('.bar-fill')?.style.width).toBe('52%');
    expect(screen.getByTestId('app-jira')).toHaveTextContent('Hidden — fewer than 5');
    const names = screen.getAllByTestId(/^app-/).map((el) => el.querySelector('.bar-name')?.textContent);
    expect(names).toEqual(['Salesforce', 'Gmail', 'Jira']);
  });
});
