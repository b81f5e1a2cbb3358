import { useId, useState, type ReactNode } from 'react';
import type { DayRollup } from '@/lib/usage/rollup';
import { ConfirmDelete } from './ConfirmDelete';
import { DayTable } from './DayTable';
import { EventLog, type EventLogProps } from './EventLog';
import { formatBytes, plural } from './format';
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

const EXPORTS: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'json', label: 'Export JSON' },
  { kind: 'events-csv', label: 'Export CSV (events)' },
  { kind: 'days-csv', label: 'Export CSV (days)' },
];

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
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (job: () => Promise<void>, done: string) => {
    setBusy(true);
    setStatus(null);
    try {
      await job();
      setStatus({ tone: 'ok', text: done });
    } catch (e) {
      setStatus({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
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
        <p>
          Everything Lastmile knows about your AI habit lives in this browser, and nothing is sent anywhere. This page shows
          all of it. Never stored: page content, what you type into AI tools, record names, record ids or web addresses.
        </p>
      </div>

      {storageWarning && (
        <p className="hb-error" role="alert" data-testid="storage-warning">
          Your browser's storage was full on {new Date(storageWarning.at).toLocaleString()}.{' '}
          {storageWarning.deletedEvents > 0
            ? `To make room, the ${plural(storageWarning.deletedEvents, 'oldest event')} ${storageWarning.deletedEvents === 1 ? 'was' : 'were'} deleted; your daily records were kept. `
            : ''}
          {storageWarning.recovered
            ? 'Recording continued.'
            : 'Something you did then could not be recorded. Free up disk space, or export and delete your data below.'}
        </p>
      )}

      <Block title="What is stored">
        <dl className="hb-counts">
          <div>
            <dt>Events</dt>
            <dd>{counts ? counts.events.toLocaleString() : '…'}</dd>
          </div>
          <div>
            <dt>Daily records</dt>
            <dd>{counts ? counts.days.toLocaleString() : '…'}</dd>
          </div>
          <div>
            <dt>Estimated size</dt>
            <dd>{counts ? formatBytes(counts.bytesEstimate) : '…'}</dd>
          </div>
        </dl>
        <p className="hb-sub hb-counts-note">
          Events are what you did with tips and AI tools (a type, an app, a tip, a time), kept for{' '}
          {plural(retentionDays, 'day')}. Daily records are the per-day totals behind your streak and heatmap.
        </p>
      </Block>

      <Block title="Tracking">
        <Switch
          label="Pause tracking"
          description="While paused, nothing new is recorded. Tips keep working."
          checked={trackingPaused}
          disabled={busy}
          onChange={(paused) => void run(() => onPauseChange(paused), paused ? 'Tracking paused' : 'Tracking resumed')}
        />
      </Block>

      <Block title="Export your data">
        <p className="hb-sub">A copy of everything above, for you to keep or look through.</p>
        <div className="hb-actions">
          {EXPORTS.map((e) => (
            <button
              key={e.kind}
              type="button"
              className="hb-btn hb-btn-secondary"
              disabled={busy || nothing}
              onClick={() => void run(() => onExport(e.kind), 'Download started')}
            >
              <HabitIcon name="download" size={16} />
              {e.label}
            </button>
          ))}
        </div>
      </Block>

      <p className="hb-save-status" role="status" data-tone={status?.tone}>
        {status?.text ?? ''}
      </p>

      <Block title="Event log">
        <EventLog {...eventLog} total={total} />
      </Block>

      <Block title="Daily records">
        <DayTable days={days} />
      </Block>

      <Block title="Delete all my data" tone="danger">
        <p className="hb-sub hb-danger-text">
          Removes every event and daily record from this browser. Your streak, heatmap and history start over.
        </p>
        <div className="hb-actions">
          <ConfirmDelete
            disabled={nothing}
            onConfirm={onDeleteAll}
            {...(counts ? { summary: `${plural(counts.events, 'event')} and ${plural(counts.days, 'daily record')}` } : {})}
          />
        </div>
      </Block>
    </div>
  );
}
