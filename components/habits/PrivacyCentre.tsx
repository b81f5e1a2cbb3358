import { useId, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { replyErrorText, TechnicalDetail } from './error-text';
import type { DayRollup } from '@/lib/usage/rollup';
import { ConfirmDelete } from './ConfirmDelete';
import { DayTable } from './DayTable';
import { EventLog, type EventLogProps } from './EventLog';
import { formatBytes, formatDateTime, formatNumber } from './format';
import { HabitIcon } from './icons';
import { Switch } from './Switch';

export type ExportKind = 'json' | 'events-csv' | 'days-csv';

export interface StoredCounts {
  events: number;
  days: number;
  bytesEstimate: number;
}

/** The last time the browser's storage was full (lib/usage/store StoredStorageWarning). */
export interface StorageWarningView {
  at: string;
  deletedEvents: number;
  recovered: boolean;
}

export interface PrivacyCentreProps {
  /** null while loading. */
  counts: StoredCounts | null;
  /** Set when the disk was full and old events were deleted to make room; null or absent: never. */
  storageWarning?: StorageWarningView | null;
  eventLog: Omit<EventLogProps, 'total'>;
  days: readonly DayRollup[];
  retentionDays: number;
  trackingPaused: boolean;
  onPauseChange(paused: boolean): Promise<void>;
  /** Builds and downloads the file. */
  onExport(kind: ExportKind): Promise<void>;
  onDeleteAll(): Promise<void>;
}

const EXPORTS: readonly { kind: ExportKind; label: () => string }[] = [
  { kind: 'json', label: () => i18n.t('privacy.exportJson') },
  { kind: 'events-csv', label: () => i18n.t('privacy.exportEventsCsv') },
  { kind: 'days-csv', label: () => i18n.t('privacy.exportDaysCsv') },
];

/** "1,204 events and 95 daily records" */
export function storedSummary(counts: Pick<StoredCounts, 'events' | 'days'>): string {
  return i18n.t('privacy.deleteSummary', {
    events: i18n.t('habits.count.events', counts.events, [formatNumber(counts.events)]),
    days: i18n.t('habits.count.dailyRecords', counts.days, [formatNumber(counts.days)]),
  });
}

function Block({ title, children, tone }: { title: string; children: ReactNode; tone?: 'danger' }) {
  const id = useId();
  return (
    <section className="hb-card" data-tone={tone} aria-labelledby={id}>
      <h3 id={id} className="hb-h hb-block-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** What Lastmile stores, all of it, with export, pause and delete. */
export function PrivacyCentre(props: PrivacyCentreProps) {
  const { counts, storageWarning, eventLog, days, retentionDays, trackingPaused, onPauseChange, onExport, onDeleteAll } = props;
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string; detail?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (job: () => Promise<void>, done: string) => {
    setBusy(true);
    setStatus(null);
    try {
      await job();
      setStatus({ tone: 'ok', text: done });
    } catch (e) {
      const why = replyErrorText(e);
      setStatus({ tone: 'error', text: why.text, ...(why.detail !== undefined ? { detail: why.detail } : {}) });
    } finally {
      setBusy(false);
    }
  };

  const total = counts?.events ?? 0;
  const nothing = counts !== null && counts.events === 0 && counts.days === 0;

  return (
    <div className="hb-privacy">
      <div className="hb-privacy-intro">
        <span className="hb-stat-icon" data-tone="green">
          <HabitIcon name="shield" size={20} />
        </span>
        <p>{i18n.t('privacy.intro')}</p>
      </div>

      {storageWarning && (
        <p className="hb-error" role="alert" data-testid="storage-warning">
          {i18n.t('privacy.storageFull', { when: formatDateTime(storageWarning.at) })}{' '}
          {storageWarning.deletedEvents > 0
            ? `${i18n.t('privacy.storageDeleted', storageWarning.deletedEvents, [formatNumber(storageWarning.deletedEvents)])} `
            : ''}
          {storageWarning.recovered ? i18n.t('privacy.storageRecovered') : i18n.t('privacy.storageLost')}
        </p>
      )}

      <Block title={i18n.t('privacy.storedTitle')}>
        <dl className="hb-counts">
          <div>
            <dt>{i18n.t('privacy.storedEvents')}</dt>
            <dd>{counts ? formatNumber(counts.events) : '…'}</dd>
          </div>
          <div>
            <dt>{i18n.t('privacy.storedDays')}</dt>
            <dd>{counts ? formatNumber(counts.days) : '…'}</dd>
          </div>
          <div>
            <dt>{i18n.t('privacy.storedSize')}</dt>
            <dd>{counts ? formatBytes(counts.bytesEstimate) : '…'}</dd>
          </div>
        </dl>
        <p className="hb-sub hb-counts-note">
          {i18n.t('privacy.storedNote', { days: i18n.t('habits.count.days', retentionDays, [formatNumber(retentionDays)]) })}
        </p>
      </Block>

      <Block title={i18n.t('privacy.trackingTitle')}>
        <Switch
          label={i18n.t('settings.pause')}
          description={i18n.t('settings.pauseHelp')}
          checked={trackingPaused}
          disabled={busy}
          onChange={(paused) =>
            void run(() => onPauseChange(paused), paused ? i18n.t('settings.paused') : i18n.t('settings.resumed'))
          }
        />
      </Block>

      <Block title={i18n.t('privacy.exportTitle')}>
        <p className="hb-sub">{i18n.t('privacy.exportIntro')}</p>
        <div className="hb-actions">
          {EXPORTS.map((e) => (
            <button
              key={e.kind}
              type="button"
              className="hb-btn hb-btn-secondary"
              disabled={busy || nothing}
              onClick={() => void run(() => onExport(e.kind), i18n.t('privacy.exportStarted'))}
            >
              <HabitIcon name="download" size={16} />
              {e.label()}
            </button>
          ))}
        </div>
      </Block>

      <p className="hb-save-status" role="status" data-tone={status?.tone}>
        {status?.text ?? ''}
      </p>
      <TechnicalDetail detail={status?.tone === 'error' ? status.detail : undefined} />

      <Block title={i18n.t('privacy.logTitle')}>
        <EventLog {...eventLog} total={total} />
      </Block>

      <Block title={i18n.t('privacy.daysTitle')}>
        <DayTable days={days} />
      </Block>

      <Block title={i18n.t('privacy.deleteTitle')} tone="danger">
        <p className="hb-sub hb-danger-text">{i18n.t('privacy.deleteText')}</p>
        <div className="hb-actions">
          <ConfirmDelete
            disabled={nothing}
            onConfirm={onDeleteAll}
            {...(counts ? { summary: storedSummary(counts) } : {})}
          />
        </div>
      </Block>
    </div>
  );
}
