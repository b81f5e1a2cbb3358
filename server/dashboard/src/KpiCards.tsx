import type { KpiBucket, Metric } from './model';
import { deltaPts, deltaRel, num, pct } from './format';
import { DIcon } from './icons';

interface CardDef {
  key: Metric;
  label: string;
  /** Shares change in percentage points; counts and ratios relatively. */
  kind: 'share' | 'count' | 'ratio';
  format(v: number): string;
}

const CARDS: readonly CardDef[] = [
  { key: 'aiActiveShare', label: 'AI-active days', kind: 'share', format: (v) => pct(v) },
  { key: 'activeContributors', label: 'Active contributors this week', kind: 'count', format: (v) => num(v) },
  { key: 'informedPerRecordVisit', label: 'AI-informed tasks per record visit', kind: 'ratio', format: (v) => num(v, 2) },
  { key: 'hoursSaved', label: 'Estimated hours saved', kind: 'count', format: (v) => num(v, v < 10 ? 1 : 0) },
  { key: 'helpfulness', label: 'Tips rated helpful', kind: 'share', format: (v) => pct(v) },
];

export interface KpiCardsProps {
  thisWeek: KpiBucket | null;
  lastWeek: KpiBucket | null;
  k: number;
}

/** The change text and its direction, or undefined when last week is hidden or has no base to compare to. */
export function weekChange(def: Pick<CardDef, 'kind'>, cur: number, prev: number | null): { text: string; trend: 'up' | 'down' | 'flat' } | undefined {
  if (prev === null) return undefined;
  const text = def.kind === 'share' ? deltaPts(cur, prev) : deltaRel(cur, prev);
  if (text === undefined) return undefined;
  const trend = cur > prev ? 'up' : cur < prev ? 'down' : 'flat';
  return { text, trend };
}

/** Headline KPIs for the current week with the change against last week. */
export function KpiCards({ thisWeek, lastWeek, k }: KpiCardsProps) {
  return (
    <section aria-labelledby="kpi-h">
      <h2 id="kpi-h" className="sr">
        This week at a glance
      </h2>
      <ul className="kpis">
        {CARDS.map((def) => {
          const cur = thisWeek?.[def.key] ?? null;
          const prev = lastWeek?.[def.key] ?? null;
          const change = cur !== null ? weekChange(def, cur, prev) : undefined;
          return (
            <li key={def.key} className="kpi" data-testid={`kpi-${def.key}`}>
              <p className="kpi-label">{def.label}</p>
              {cur !== null ? (
                <p className="kpi-value">{def.format(cur)}</p>
              ) : (
                <p className="kpi-value" data-hidden="">
                  {thisWeek?.suppressed ? `Hidden — fewer than ${k} people` : 'No data yet'}
                </p>
              )}
              {change ? (
                <p>
                  <span className="kpi-delta" data-trend={change.trend}>
                    {change.trend !== 'flat' && <DIcon name={change.trend === 'up' ? 'up' : 'downArrow'} size={14} />}
                    {change.text}
                  </span>
                  <span className="kpi-delta-note">vs last week</span>
                </p>
              ) : (
                cur !== null && (
                  <p className="kpi-delta-note" style={{ marginLeft: 0, marginTop: 8 }}>
                    {lastWeek?.suppressed ? 'Last week hidden (fewer than k)' : 'No comparison yet'}
                  </p>
                )
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
