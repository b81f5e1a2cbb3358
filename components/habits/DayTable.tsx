import { useState } from 'react';
import { i18n } from '#i18n';
import type { DayRollup } from '@/lib/usage/rollup';
import { formatDay, formatNumber } from './format';

export interface DayTableProps {
  /** Any order; shown newest first. */
  days: readonly DayRollup[];
  pageSize?: number;
}

/** The daily rollups exactly as stored (the part kept after raw events are pruned), paged. */
export function DayTable({ days, pageSize = 14 }: DayTableProps) {
  const [page, setPage] = useState(0);
  if (days.length === 0) return <p className="hb-muted">{i18n.t('privacy.days.empty')}</p>;
  const sorted = [...days].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const p = Math.min(page, pages - 1);
  const rows = sorted.slice(p * pageSize, (p + 1) * pageSize);
  return (
    <div className="hb-log">
      <div className="hb-table-wrap" role="region" aria-label={i18n.t('privacy.daysTitle')} tabIndex={0}>
        <table className="hb-table">
          <caption className="hb-sr">
            {i18n.t('privacy.days.caption', { page: formatNumber(p + 1), pages: formatNumber(pages) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('privacy.days.day')}</th>
              <th scope="col" className="hb-num">
                {i18n.t('privacy.days.aiActions')}
              </th>
              <th scope="col" className="hb-num">
                {i18n.t('privacy.days.informedTasks')}
              </th>
              <th scope="col" className="hb-num">
                {i18n.t('privacy.days.tipsShown')}
              </th>
              <th scope="col" className="hb-num">
                {i18n.t('privacy.days.tipsUsed')}
              </th>
              <th scope="col" className="hb-num">
                {i18n.t('privacy.days.minutesSaved')}
              </th>
              <th scope="col">{i18n.t('privacy.days.apps')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.day}>
                <td className="hb-nowrap">{formatDay(d.day)}</td>
                <td className="hb-num">{formatNumber(d.aiActions)}</td>
                <td className="hb-num">{formatNumber(d.informedTasks)}</td>
                <td className="hb-num">{formatNumber(d.tipsShown)}</td>
                <td className="hb-num">{formatNumber(d.tipsUsed)}</td>
                <td className="hb-num">{formatNumber(d.minutesSaved)}</td>
                <td>{formatNumber(Object.keys(d.apps).length)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="hb-pager" aria-label={i18n.t('privacy.days.pages')}>
        <button type="button" className="hb-btn hb-btn-secondary" disabled={p <= 0} onClick={() => setPage(p - 1)}>
          {i18n.t('privacy.pager.newer')}
        </button>
        <p className="hb-pager-status" aria-live="polite">
          {i18n.t('privacy.pager.status', {
            page: formatNumber(p + 1),
            pages: formatNumber(pages),
            count: i18n.t('habits.count.days', sorted.length, [formatNumber(sorted.length)]),
          })}
        </p>
        <button type="button" className="hb-btn hb-btn-secondary" disabled={p >= pages - 1} onClick={() => setPage(p + 1)}>
          {i18n.t('privacy.pager.older')}
        </button>
      </nav>
    </div>
  );
}
