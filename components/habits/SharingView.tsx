import { useId, useState, type ReactNode } from 'react';
import type { SyncPreviewView, SyncStatusView } from '@/lib/pages/replies';
import { ADOPTION_THRESHOLD, ADOPTION_WINDOW_DAYS } from '@/lib/sync/report';
import { plural } from './format';
import { HabitIcon } from './icons';
import { When } from './When';

export type SyncState = SyncStatusView['state'];

/** Readable text of each state (the raw word is on data-state for scripts and tests). */
export const STATE_TEXT: Readonly<Record<SyncState, string>> = {
  off: "Your company hasn't turned on sharing",
  'needs-consent': 'Your company asks to share anonymous statistics',
  misconfigured: 'Sharing is turned on but set up wrongly, so nothing is sent',
  on: 'Sharing is on',
};

export const SHARE_LABEL = 'Share these anonymous statistics';
export const STOP_LABEL = 'Stop sharing';
export const SYNC_NOW_LABEL = 'Sync now';

export interface SharingViewProps {
  /** null while loading. */
  status: SyncStatusView | null;
  /** The next report, exactly as it would be sent (null while loading). */
  preview: SyncPreviewView | null;
  /** Why the status or the preview could not be read. */
  error?: string;
  now: Date;
  onConsent(consent: boolean): Promise<void>;
  /** "Sync now": resolves with what this run did (sent / failed by this call). */
  onSyncNow(): Promise<SyncStatusView>;
  /** Copies text to the clipboard (defaults to navigator.clipboard). */
  copy?(text: string): Promise<void>;
}

/** What one "Sync now" did, in words. */
export function syncResultText(r: SyncStatusView): string {
  const parts: string[] = [];
  if (r.sent > 0) parts.push(`Sent ${plural(r.sent, 'report')}`);
  if (r.failed > 0) parts.push(`${plural(r.failed, 'report')} refused by the server`);
  if (r.queued > 0) parts.push(`${plural(r.queued, 'report')} waiting to be retried`);
  if (parts.length === 0) return r.lastError ? `Nothing sent: ${r.lastError}` : 'Nothing to send: no finished day is waiting';
  const text = parts.join('; ');
  return r.lastError && (r.failed > 0 || r.queued > 0) ? `${text}. ${r.lastError}` : text;
}

type Action = { kind: 'idle' } | { kind: 'busy'; what: 'consent' | 'sync' } | { kind: 'done'; tone: 'ok' | 'error'; text: string };

function Block({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section className="hb-card" aria-labelledby={id} data-testid={testId}>
      <h3 id={id} className="hb-h hb-block-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

const defaultCopy = (text: string) => navigator.clipboard.writeText(text);

/** "What we share": the plain-language promise, the exact next report, consent and "Sync now". */
export function SharingView({ status, preview, error, now, onConsent, onSyncNow, copy = defaultCopy }: SharingViewProps) {
  const [action, setAction] = useState<Action>({ kind: 'idle' });
  const [syncResult, setSyncResult] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [copied, setCopied] = useState<string>('');
  const busy = action.kind === 'busy';
  const json = preview ? JSON.stringify(preview.report, null, 2) : '';

  const consent = async (value: boolean) => {
    setAction({ kind: 'busy', what: 'consent' });
    try {
      await onConsent(value);
      setAction({ kind: 'done', tone: 'ok', text: value ? 'Thank you: sharing is on' : 'Sharing stopped; nothing more is sent' });
    } catch (e) {
      setAction({ kind: 'done', tone: 'error', text: `Not changed: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const syncNow = async () => {
    setAction({ kind: 'busy', what: 'sync' });
    setSyncResult(null);
    try {
      const r = await onSyncNow();
      setSyncResult({ tone: r.failed > 0 || (r.sent === 0 && r.lastError) ? 'error' : 'ok', text: syncResultText(r) });
    } catch (e) {
      setSyncResult({ tone: 'error', text: `Sync failed: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setAction({ kind: 'idle' });
    }
  };

  const onCopy = async () => {
    try {
      await copy(json);
      setCopied('Report copied');
    } catch {
      setCopied('Could not copy: select the text and copy it instead');
    }
  };

  return (
    <div className="hb-sharing">
      <div className="hb-privacy-intro">
        <span className="hb-stat-icon" data-tone="green">
          <HabitIcon name="shield" size={20} />
        </span>
        <div className="sh-intro">
          <p>
            If your company turns it on and you agree, Lastmile sends <strong>one anonymous summary per finished day</strong>{' '}
            to your company's Lastmile server. It helps your company see where AI helps, never who uses it.
          </p>
        </div>
      </div>

      <div className="hb-cols">
        <Block title="What is sent">
          <ul className="sh-list" data-tone="sent">
            <li>Counts per app and page kind (record, list, compose): pages visited, tips shown, used and dismissed</li>
            <li>AI actions, AI-informed tasks, minutes saved, and "helpful" taps</li>
            <li>Uses per tip of the playbook (the tip's id, not your text)</li>
            <li>
              Two coarse yes/no flags: active with AI in the last 7 days; uses AI in an app on at least{' '}
              {Math.round(ADOPTION_THRESHOLD * 100)} % of active days over {ADOPTION_WINDOW_DAYS}
            </li>
            <li>Your group label from your company (for example a team), if it set one</li>
            <li>A daily key that stops a day being counted twice; it changes every day, so days can't be linked</li>
          </ul>
        </Block>
        <Block title="Never sent">
          <ul className="sh-list" data-tone="never">
            <li>Web addresses (URLs) and record ids</li>
            <li>Titles, record names, names and e-mail addresses</li>
            <li>Anything you type, prompts or page content (no free text at all)</li>
            <li>Who you are: no account, device or browser identifier</li>
          </ul>
        </Block>
      </div>

      <Block title="Sharing">
        {error !== undefined && (
          <p className="hb-error" role="alert">
            Could not read the sharing status: {error}
          </p>
        )}
        {status === null ? (
          error === undefined && (
            <p className="hb-muted" aria-busy="true">
              Loading…
            </p>
          )
        ) : (
          <>
            <p className="sh-state" data-testid="sync-state" data-state={status.state}>
              <span className="sh-dot" data-state={status.state} aria-hidden="true" />
              {STATE_TEXT[status.state]}
            </p>
            {status.state === 'needs-consent' && (
              <p className="hb-sub">Review the report below. Nothing is sent until you agree, and you can stop at any time.</p>
            )}
            <dl className="sh-figures">
              <div>
                <dt>Last sent</dt>
                <dd>{status.lastSentAt ? <When iso={status.lastSentAt} now={now} /> : 'Never'}</dd>
              </div>
              <div>
                <dt>Sent (last weeks)</dt>
                <dd>{status.sent}</dd>
              </div>
              <div>
                <dt>Waiting</dt>
                <dd>{status.queued}</dd>
              </div>
              <div>
                <dt>Refused</dt>
                <dd>{status.failed}</dd>
              </div>
              {status.nextAttemptAt && (
                <div>
                  <dt>Next attempt</dt>
                  <dd>
                    <When iso={status.nextAttemptAt} now={now} />
                  </dd>
                </div>
              )}
            </dl>
            {status.lastError && <p className="hb-error sh-last-error">Last problem: {status.lastError}</p>}
            <div className="hb-actions">
              {status.state === 'needs-consent' && (
                <button type="button" className="hb-btn hb-btn-primary" disabled={busy} onClick={() => void consent(true)}>
                  <HabitIcon name="check" size={16} />
                  {SHARE_LABEL}
                </button>
              )}
              {status.state === 'on' && (
                <button type="button" className="hb-btn hb-btn-secondary" disabled={busy} onClick={() => void consent(false)}>
                  {STOP_LABEL}
                </button>
              )}
              <button
                type="button"
                className="hb-btn hb-btn-secondary"
                disabled={busy || status.state !== 'on'}
                aria-busy={action.kind === 'busy' && action.what === 'sync'}
                aria-describedby={status.state !== 'on' ? 'sh-sync-why' : undefined}
                onClick={() => void syncNow()}
              >
                {action.kind === 'busy' && action.what === 'sync' ? <span className="sh-spinner" aria-hidden="true" /> : null}
                {SYNC_NOW_LABEL}
              </button>
            </div>
            {status.state !== 'on' && (
              <p id="sh-sync-why" className="hb-hint sh-why">
                {status.state === 'needs-consent' ? 'Sync now works once you agree to share.' : 'Sync now works when sharing is on.'}
              </p>
            )}
            <p className="hb-save-status" role="status" data-testid="sync-result" data-tone={syncResult?.tone}>
              {action.kind === 'busy' && action.what === 'sync' ? 'Sending…' : (syncResult?.text ?? '')}
            </p>
            <p className="hb-save-status" role="status" data-tone={action.kind === 'done' ? action.tone : undefined}>
              {action.kind === 'done' ? action.text : ''}
            </p>
          </>
        )}
      </Block>

      <Block title="The next report, exactly as sent" testId="share-preview-block">
        {preview === null ? (
          error === undefined && (
            <p className="hb-muted" aria-busy="true">
              Building the preview…
            </p>
          )
        ) : (
          <>
            {preview.example ? (
              <p className="sh-example">
                <HabitIcon name="leaf" size={15} />
                This is an example — you have no finished day with activity yet.
              </p>
            ) : (
              <p className="hb-sub">The report for {preview.report.day}, your latest finished day with activity.</p>
            )}
            <pre className="sh-json" data-testid="share-preview" tabIndex={0} aria-label="Report as JSON">
              {json}
            </pre>
            <div className="hb-actions">
              <button type="button" className="hb-btn hb-btn-secondary" onClick={() => void onCopy()}>
                Copy report
              </button>
              <span className="hb-sub sh-copied" role="status">
                {copied}
              </span>
            </div>
          </>
        )}
      </Block>
    </div>
  );
}
