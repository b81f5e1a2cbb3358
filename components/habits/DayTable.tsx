import { useState } from 'react';
import type { DayRollup } from '@/lib/usage/rollup';
import { formatDay, plural } from './format';

export interface DayTableProps {
  /** Any order; shown newest first. */
  days: readonly DayRollup[];
  pageSize?: number;
}

/** The daily rollups exactly as stored (the part kept after raw events are pruned), paged. */
export function DayTable({ days, pageSize = 14 }: DayTableProps) {
  const [page, setPage] = useState(0);
  if (days.length === 0) return <p className="hb-muted">No daily records stored.</p>;
  const sorted = [...days].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const p = Math.min(page, pages - 1);
  const rows = sorted.slice(p * pageSize, (p + 1) * pageSize);
  return (
    <div className="hb-log">
      <div className="hb-table-wrap" role="region" aria-label="Daily records" tabIndex={0}>
        <table className="hb-table">
          <caption className="hb-sr">{`Daily records, newest first: page ${p + 1} of ${pages}`}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="hb-num">
                AI actions
              </th>
              <th scope="col" className="hb-num">
                Informed tasks
              </th>
              <th scope="col" className="hb-num">
                Tips shown
              </th>
              <th scope="col" className="hb-num">
                Tips used
              </th>
              <th scope="col" className="hb-num">
                Minutes saved
              </th>
              <th scope="col">Apps</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.day}>
                <td className="hb-nowrap">{formatDay(d.day)}</td>
                <td className="hb-num">{d.aiActions}</td>
                <td className="hb-num">{d.informedTasks}</td>
                <td className="hb-num">{d.tipsShown}</td>
                <td className="hb-num">{d.tipsUsed}</td>
                <td className="hb-num">{d.minutesSaved}</td>
                <td>{Object.keys(d.apps).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="hb-pager" aria-label="Daily record pages">
        <button type="button" className="hb-btn hb-btn-secondary" disabled={p <= 0} onClick={() => setPage(p - 1)}>
          Newer
        </button>
        <p className="hb-pager-status" aria-live="polite">
          Page {p + 1} of {pages} · {plural(sorted.length, 'day')}
        </p>
        <button type="button" className="hb-btn hb-btn-secondary" disabled={p >= pages - 1} onClick={() => setPage(p + 1)}>
          Older
        </button>
      </nav>
    </div>
  );
}
