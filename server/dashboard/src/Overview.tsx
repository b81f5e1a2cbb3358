import { useState } from 'react';
import type { KpiData, KpiQuery, Metric } from './model';
import { useApi } from './context';
import { useLoad } from './useLoad';
import { Filters, presetRange } from './Filters';
import { KpiCards } from './KpiCards';
import { LineChart } from './LineChart';
import type { ChartPoint } from './LineChart';
import { AppAdoption } from './AppAdoption';
import { HelpfulnessAlert } from './HelpfulnessAlert';
import { Banner, Loading, PageHeader } from './ui';
import { addDays, isoDay, longDate, num, pct } from './format';
import { ApiError } from './http';

function pointsOf(data: KpiData, metric: Metric): ChartPoint[] {
  return data.buckets.map((b) => ({ label: b.start, value: b[metric], suppressed: b.suppressed }));
}

export interface OverviewProps {
  /** Injected so tests and screenshots are stable. */
  today?: string;
}

export function Overview({ today = isoDay(new Date()) }: OverviewProps) {
  const api = useApi();
  // Reports describe finished days, so ranges end yesterday: today would always look empty.
  const lastDay = addDays(today, -1);
  const [query, setQuery] = useState<KpiQuery>({ ...presetRange('30', lastDay), granularity: 'day' });
  const [state, reload] = useLoad(() => api.kpis(query), JSON.stringify(query));
  const data = state.data;

  return (
    <>
      <PageHeader
        title="Overview"
        subtitle={`How AI use is growing across your teams — anonymous and aggregated. ${longDate(query.from)} – ${longDate(query.to)}.`}
      />
      <Filters
        query={query}
        today={lastDay}
        cohorts={data?.cohorts ?? []}
        k={data?.k ?? 5}
        csvHref={api.kpisCsvUrl(query)}
        onChange={setQuery}
      />
      {state.status === 'error' && (
        <Banner tone="danger" title="Couldn't load the KPIs" role="alert">
          {state.error instanceof ApiError ? state.error.message : 'Something went wrong.'}{' '}
          <button type="button" className="btn btn-sm btn-secondary" onClick={reload}>
            Try again
          </button>
        </Banner>
      )}
      {!data ? (
        state.status === 'loading' && <Loading label="Loading KPIs…" />
      ) : (
        <div className="stack" aria-busy={state.status === 'loading'}>
          <HelpfulnessAlert alert={data.helpfulnessAlert} />
          <KpiCards thisWeek={data.thisWeek} lastWeek={data.lastWeek} k={data.k} />
          <div className="grid-2">
            <section className="card">
              <LineChart
                title="AI-active days"
                yLabel="Share of days"
                points={pointsOf(data, 'aiActiveShare')}
                format={(v) => pct(v)}
                yMax={1}
                k={data.k}
                granularity={data.granularity}
                area
              />
            </section>
            <section className="card">
              <LineChart
                title={`Active contributors per ${data.granularity}`}
                yLabel="People"
                points={pointsOf(data, 'activeContributors')}
                format={(v) => num(v)}
                k={data.k}
                granularity={data.granularity}
                area
              />
            </section>
            <section className="card">
              <LineChart
                title="AI-informed tasks per record visit"
                yLabel="Tasks per visit"
                points={pointsOf(data, 'informedPerRecordVisit')}
                format={(v) => num(v, 2)}
                k={data.k}
                granularity={data.granularity}
              />
            </section>
            <section className="card">
              <LineChart
                title="Estimated hours saved"
                yLabel="Hours"
                points={pointsOf(data, 'hoursSaved')}
                format={(v) => num(v, v > 0 && v < 10 ? 1 : 0)}
                k={data.k}
                granularity={data.granularity}
                area
              />
            </section>
            <section className="card">
              <LineChart
                title="Helpfulness trend"
                yLabel="Rated helpful"
                points={pointsOf(data, 'helpfulness')}
                format={(v) => pct(v)}
                yMax={1}
                k={data.k}
                granularity={data.granularity}
              />
            </section>
            <AppAdoption apps={data.apps} k={data.k} />
          </div>
          <p className="cohort-note">
            Groups with fewer than {data.k} people are hidden everywhere on this page to protect privacy.
          </p>
        </div>
      )}
    </>
  );
}
