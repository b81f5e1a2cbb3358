import type { UsageEventType } from '@/lib/usage/events';
import { plural } from './format';

export interface EventLogRow {
  id: number;
  /** UTC instant (ISO 8601). */
  at: string;
  type: UsageEventType;
  /** App label, for tip events. */
  app?: string;
  /** Tip title (or id when the tip is gone from the playbook). */
  tip?: string;
  /** AI tool id, for AI events. */
  tool?: string;
}

export interface EventLogProps {
  rows: readonly EventLogRow[];
  /** 0-based. */
  page: number;
  pageCount: number;
  total: number;
  onPageChange(page: number): void;
  /** Zone to show times in (default: the browser's). */
  timeZone?: string;
}

/** Plain words for what each stored event means. */
export const EVENT_LABELS: Record<UsageEventType, string> = {
  tip_shown: 'Tip offered',
  card_opened: 'Opened a tip',
  prompt_copied: 'Copied a prompt',
  ai_opened: 'Opened AI from a tip',
  marked_used: 'Used AI for a tip',
  dismissed: 'Not now',
  dont_show: "Don't show again",
  snoozed: 'Snoozed the app',
  helpful: 'Rated a tip helpful',
  not_helpful: 'Rated a tip not helpful',
  ai_session: 'Opened an AI tool',
  ai_prompt: 'Sent a prompt',
  manual_log: 'Logged AI use',
};

function formatTime(at: string, timeZone: string | undefined): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(d);
}

/** Every raw event stored, newest first, one page at a time. Shows exactly what is kept: no more. */
export function EventLog({ rows, page, pageCount, total, onPageChange, timeZone }: EventLogProps) {
  if (total === 0) return <p className="hb-muted">No events stored.</p>;
  const pages = Math.max(1, pageCount);
  return (
    <div className="hb-log">
      <div className="hb-table-wrap" role="region" aria-label="Event log" tabIndex={0}>
        <table className="hb-table">
          <caption className="hb-sr">{`Stored events, newest first: page ${page + 1} of ${pages}`}</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">What</th>
              <th scope="col">App</th>
              <th scope="col">Tip or tool</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="hb-nowrap">
                  <time dateTime={r.at}>{formatTime(r.at, timeZone)}</time>
                </td>
                <td>{EVENT_LABELS[r.type]}</td>
                <td>{r.app ?? '—'}</td>
                <td>{r.tip ?? r.tool ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="hb-pager" aria-label="Event log pages">
        <button type="button" className="hb-btn hb-btn-secondary" disabled={page <= 0} onClick={() => onPageChange(page - 1)}>
          Newer
        </button>
        <p className="hb-pager-status" aria-live="polite">
          Page {page + 1} of {pages} · {plural(total, 'event')}
        </p>
        <button
          type="button"
          className="hb-btn hb-btn-secondary"
          disabled={page >= pages - 1}
          onClick={() => onPageChange(page + 1)}
        >
          Older
        </button>
      </nav>
    </div>
  );
}
