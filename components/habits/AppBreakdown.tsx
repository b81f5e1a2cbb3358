import { i18n } from '#i18n';
import { formatMinutes, formatNumber } from './format';

export interface AppBreakdownRow {
  app: string;
  /** Human name ("Salesforce"). */
  label: string;
  aiActions: number;
  tipsUsed: number;
  minutesSaved: number;
}

export interface AppBreakdownProps {
  rows: readonly AppBreakdownRow[];
  /** How many rows to show; the rest are summed into "Other apps". */
  limit?: number;
}

/** AI actions per app as bars; the figures are written out, the bars only echo them. */
export function AppBreakdown({ rows, limit = 6 }: AppBreakdownProps) {
  if (rows.length === 0) {
    return <p className="hb-muted">{i18n.t('habits.apps.empty')}</p>;
  }
  const shown = rows.slice(0, limit);
  const rest = rows.slice(limit);
  const list: AppBreakdownRow[] =
    rest.length === 0
      ? shown
      : [
          ...shown,
          rest.reduce<AppBreakdownRow>(
            (sum, r) => ({
              ...sum,
              aiActions: sum.aiActions + r.aiActions,
              tipsUsed: sum.tipsUsed + r.tipsUsed,
              minutesSaved: sum.minutesSaved + r.minutesSaved,
            }),
            {
              app: 'other',
              label: i18n.t('habits.apps.other', rest.length, [formatNumber(rest.length)]),
              aiActions: 0,
              tipsUsed: 0,
              minutesSaved: 0,
            },
          ),
        ];
  const max = Math.max(1, ...list.map((r) => r.aiActions));
  return (
    <ul className="hb-apps">
      {list.map((r) => (
        <li key={r.app} className="hb-app">
          <div className="hb-app-head">
            <span className="hb-app-name">{r.label}</span>
            <span className="hb-app-value">{i18n.t('habits.count.aiActions', r.aiActions, [formatNumber(r.aiActions)])}</span>
          </div>
          <div className="hb-bar" aria-hidden="true">
            <span className="hb-bar-fill" style={{ width: `${Math.max(2, (r.aiActions / max) * 100)}%` }} />
          </div>
          <p className="hb-app-detail">
            {i18n.t('habits.apps.tipsUsed', r.tipsUsed, [formatNumber(r.tipsUsed)])}
            {r.minutesSaved > 0 ? ` · ${i18n.t('habits.apps.saved', { time: formatMinutes(r.minutesSaved) })}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
