import { i18n } from '#i18n';
import { DEFAULT_AI_TOOLS, type AiTool } from '@/lib/policy/tools';
import { isTipEvent, type UsageEventType } from '@/lib/usage/events';
import type { StoredUsageEvent } from '@/lib/usage/store';
import { formatDateTime, formatNumber } from './format';
import { appLabel } from './HabitsOverview';

export interface EventLogRow {
  id: number;
  /** UTC instant (ISO 8601). */
  at: string;
  type: UsageEventType;
  /** App label, for tip events. */
  app?: string;
  /** Tip title (or id when the tip is gone from the playbook). */
  tip?: string;
  /** AI tool id, for AI events; shown by the tool's name. */
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
  /** The company's approved tools, to name their ids; the built-in tools are always known. */
  tools?: readonly AiTool[];
}

/** A stored event as the log shows it; a tip is named by `tipTitle`, a tool later by its id (see `tools`). */
export function eventLogRow(e: StoredUsageEvent, tipTitle: (id: string) => string): EventLogRow {
  const row: EventLogRow = { id: e.id, at: e.at, type: e.type };
  if (isTipEvent(e)) {
    row.app = appLabel(e.app);
    if (e.tipId) row.tip = tipTitle(e.tipId);
  }
  if (e.toolId && row.tip === undefined) row.tool = e.toolId;
  return row;
}

/** "chatgpt" -> "ChatGPT": the company's tools first, then the built-in ones; an unknown id as it is. */
export function toolDisplayName(id: string, tools: readonly AiTool[] = []): string {
  return (tools.find((t) => t.id === id) ?? DEFAULT_AI_TOOLS.find((t) => t.id === id))?.name ?? id;
}

/** Plain words for what each stored event means. */
const EVENT_LABELS: Readonly<Record<UsageEventType, () => string>> = {
  tip_shown: () => i18n.t('events.tipShown'),
  card_opened: () => i18n.t('events.cardOpened'),
  prompt_copied: () => i18n.t('events.promptCopied'),
  ai_opened: () => i18n.t('events.aiOpened'),
  marked_used: () => i18n.t('events.markedUsed'),
  dismissed: () => i18n.t('events.dismissed'),
  dont_show: () => i18n.t('events.dontShow'),
  snoozed: () => i18n.t('events.snoozed'),
  helpful: () => i18n.t('events.helpful'),
  not_helpful: () => i18n.t('events.notHelpful'),
  ai_session: () => i18n.t('events.aiSession'),
  ai_prompt: () => i18n.t('events.aiPrompt'),
  manual_log: () => i18n.t('events.manualLog'),
};

/** What a stored event means, in the page's language. */
export function eventLabel(type: UsageEventType): string {
  return EVENT_LABELS[type]();
}

/** Every raw event stored, newest first, one page at a time. Shows exactly what is kept: no more. */
export function EventLog({ rows, page, pageCount, total, onPageChange, timeZone, tools }: EventLogProps) {
  if (total === 0) return <p className="hb-muted">{i18n.t('privacy.log.empty')}</p>;
  const pages = Math.max(1, pageCount);
  return (
    <div className="hb-log">
      <div className="hb-table-wrap" role="region" aria-label={i18n.t('privacy.logTitle')} tabIndex={0}>
        <table className="hb-table">
          <caption className="hb-sr">
            {i18n.t('privacy.log.caption', { page: formatNumber(page + 1), pages: formatNumber(pages) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('privacy.log.time')}</th>
              <th scope="col">{i18n.t('privacy.log.what')}</th>
              <th scope="col">{i18n.t('privacy.log.app')}</th>
              <th scope="col">{i18n.t('privacy.log.tipOrTool')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="hb-nowrap">
                  <time dateTime={r.at}>{formatDateTime(r.at, timeZone)}</time>
                </td>
                <td>{eventLabel(r.type)}</td>
                <td>{r.app ?? '—'}</td>
                <td>{r.tip ?? (r.tool === undefined ? '—' : toolDisplayName(r.tool, tools))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="hb-pager" aria-label={i18n.t('privacy.log.pages')}>
        <button type="button" className="hb-btn hb-btn-secondary" disabled={page <= 0} onClick={() => onPageChange(page - 1)}>
          {i18n.t('privacy.pager.newer')}
        </button>
        <p className="hb-pager-status" aria-live="polite">
          {i18n.t('privacy.pager.status', {
            page: formatNumber(page + 1),
            pages: formatNumber(pages),
            count: i18n.t('habits.count.events', total, [formatNumber(total)]),
          })}
        </p>
        <button
          type="button"
          className="hb-btn hb-btn-secondary"
          disabled={page >= pages - 1}
          onClick={() => onPageChange(page + 1)}
        >
          {i18n.t('privacy.pager.older')}
        </button>
      </nav>
    </div>
  );
}
