import { useId, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';
import type { SyncPreviewView, SyncStatusView } from '@/lib/pages/replies';
import { ADOPTION_THRESHOLD, ADOPTION_WINDOW_DAYS } from '@/lib/sync/report';
import { replyErrorText, TechnicalDetail, type ErrorText } from './error-text';
import { formatDay, formatList, formatNumber, formatPercent } from './format';
import { HabitIcon } from './icons';
import { rich } from './rich';
import { When } from './When';

export type SyncState = SyncStatusView['state'];
type SyncErrorView = NonNullable<SyncStatusView['lastError']>;

/** Readable text of each state (the raw word is on data-state for scripts and tests). */
export function stateText(state: SyncState): string {
  switch (state) {
    case 'off':
      return i18n.t('sharing.state.off');
    case 'needs-consent':
      return i18n.t('sharing.state.needsConsent');
    case 'misconfigured':
      return i18n.t('sharing.state.misconfigured');
    case 'on':
      return i18n.t('sharing.state.on');
  }
}

export interface SharingViewProps {
  /** null while loading. */
  status: SyncStatusView | null;
  /** The next report, exactly as it would be sent (null while loading). */
  preview: SyncPreviewView | null;
  /** Why the status or the preview could not be read. */
  error?: ErrorText;
  now: Date;
  onConsent(consent: boolean): Promise<void>;
  /** "Sync now": resolves with what this run did (sent / failed by this call). */
  onSyncNow(): Promise<SyncStatusView>;
  /** Copies text to the clipboard (defaults to navigator.clipboard). */
  copy?(text: string): Promise<void>;
}

/** Why reports were not delivered, in words; the HTTP status and the browser's own words apart. */
export function syncErrorText(e: SyncErrorView): ErrorText {
  const text = syncErrorSentence(e);
  // i18n-ignore: the HTTP status is technical detail, the same in every language
  const status = e.status !== undefined ? `HTTP ${e.status}` : undefined;
  const detail = [status, e.detail].filter((x): x is string => x !== undefined && x !== '').join(' — ');
  return detail === '' ? { text } : { text, detail };
}

function syncErrorSentence(e: SyncErrorView): string {
  switch (e.code) {
    case 'network':
      return i18n.t('sharing.syncError.network');
    case 'timeout':
      return e.seconds !== undefined
        ? i18n.t('sharing.syncError.timeout', { seconds: formatNumber(e.seconds) })
        : i18n.t('sharing.syncError.timeoutPlain');
    case 'auth_refused':
      return i18n.t('sharing.syncError.authRefused');
    case 'rate_limited':
      return i18n.t('sharing.syncError.rateLimited');
    case 'server_unavailable':
      return i18n.t('sharing.syncError.serverUnavailable');
    case 'server_rejected':
      return e.day !== undefined
        ? i18n.t('sharing.syncError.serverRejectedDay', { day: formatDay(e.day) })
        : i18n.t('sharing.syncError.serverRejected');
    case 'too_large':
      return e.day !== undefined ? i18n.t('sharing.syncError.tooLargeDay', { day: formatDay(e.day) }) : i18n.t('sharing.syncError.tooLarge');
    case 'misconfigured':
      return i18n.t('sharing.syncError.misconfigured');
    case 'cohort_invalid':
      return i18n.t('sharing.syncError.cohortInvalid');
    case 'unknown':
      return i18n.t('sharing.syncError.unknown');
  }
}

/** What one "Sync now" did, in words, with the last problem in words when there is one to tell. */
export function syncOutcome(r: SyncStatusView): ErrorText {
  const parts: string[] = [];
  if (r.sent > 0) parts.push(i18n.t('sharing.resultSent', r.sent, [formatNumber(r.sent)]));
  if (r.failed > 0) parts.push(i18n.t('sharing.resultFailed', r.failed, [formatNumber(r.failed)]));
  if (r.queued > 0) parts.push(i18n.t('sharing.resultQueued', r.queued, [formatNumber(r.queued)]));
  const problem = r.lastError ? syncErrorText(r.lastError) : undefined;
  // The problem's technical detail goes apart, in its own labelled line.
  const withDetail = (text: string): ErrorText => (problem?.detail !== undefined ? { text, detail: problem.detail } : { text });
  if (parts.length === 0) return problem ? withDetail(i18n.t('sharing.nothingSent', { error: problem.text })) : { text: i18n.t('sharing.nothingToSend') };
  const text = formatList(parts);
  return problem && (r.failed > 0 || r.queued > 0) ? withDetail(`${text}. ${problem.text}`) : { text };
}

/** The sentence of syncOutcome alone. */
export function syncResultText(r: SyncStatusView): string {
  return syncOutcome(r).text;
}

/** The status's last problem: the sentence, and the technical detail in its own labelled line. */
function LastProblem({ error }: { error: SyncErrorView }) {
  const why = syncErrorText(error);
  return (
    <>
      <p className="hb-error sh-last-error">{i18n.t('sharing.lastProblem', { error: why.text })}</p>
      <TechnicalDetail detail={why.detail} />
    </>
  );
}

type Action =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'consent' | 'sync' }
  | { kind: 'done'; tone: 'ok' | 'error'; text: string; detail?: string };

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
  const [syncResult, setSyncResult] = useState<{ tone: 'ok' | 'error'; text: string; detail?: string } | null>(null);
  const [copied, setCopied] = useState<string>('');
  const busy = action.kind === 'busy';
  const json = preview ? JSON.stringify(preview.report, null, 2) : '';

  const consent = async (value: boolean) => {
    setAction({ kind: 'busy', what: 'consent' });
    try {
      await onConsent(value);
      setAction({ kind: 'done', tone: 'ok', text: value ? i18n.t('sharing.consentOn') : i18n.t('sharing.consentOff') });
    } catch (e) {
      const why = replyErrorText(e);
      setAction({ kind: 'done', tone: 'error', text: i18n.t('sharing.notChanged', { error: why.text }), ...(why.detail !== undefined ? { detail: why.detail } : {}) });
    }
  };

  const syncNow = async () => {
    setAction({ kind: 'busy', what: 'sync' });
    setSyncResult(null);
    try {
      const r = await onSyncNow();
      setSyncResult({ tone: r.failed > 0 || (r.sent === 0 && r.lastError) ? 'error' : 'ok', ...syncOutcome(r) });
    } catch (e) {
      const why = replyErrorText(e);
      setSyncResult({ tone: 'error', text: i18n.t('sharing.syncFailed', { error: why.text }), ...(why.detail !== undefined ? { detail: why.detail } : {}) });
    } finally {
      setAction({ kind: 'idle' });
    }
  };

  const onCopy = async () => {
    try {
      await copy(json);
      setCopied(i18n.t('sharing.copied'));
    } catch {
      setCopied(i18n.t('sharing.copyFailed'));
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
            {rich({ summary: <strong>{i18n.t('sharing.introSummary')}</strong> }, (m) =>
              i18n.t('sharing.intro', { summary: m.summary }),
            )}
          </p>
        </div>
      </div>

      <div className="hb-cols">
        <Block title={i18n.t('sharing.sentTitle')}>
          <ul className="sh-list" data-tone="sent">
            <li>{i18n.t('sharing.sentCounts')}</li>
            <li>{i18n.t('sharing.sentAi')}</li>
            <li>{i18n.t('sharing.sentTips')}</li>
            <li>
              {i18n.t('sharing.sentFlags', {
                percent: formatPercent(Math.round(ADOPTION_THRESHOLD * 100)),
                days: i18n.t('habits.count.days', ADOPTION_WINDOW_DAYS, [formatNumber(ADOPTION_WINDOW_DAYS)]),
              })}
            </li>
            <li>{i18n.t('sharing.sentGroup')}</li>
            <li>{i18n.t('sharing.sentKey')}</li>
          </ul>
        </Block>
        <Block title={i18n.t('sharing.neverTitle')}>
          <ul className="sh-list" data-tone="never">
            <li>{i18n.t('sharing.neverUrls')}</li>
            <li>{i18n.t('sharing.neverNames')}</li>
            <li>{i18n.t('sharing.neverText')}</li>
            <li>{i18n.t('sharing.neverWho')}</li>
          </ul>
        </Block>
      </div>

      <Block title={i18n.t('sharing.title')}>
        {error !== undefined && (
          <div role="alert">
            <p className="hb-error">{i18n.t('sharing.statusError', { error: error.text })}</p>
            <TechnicalDetail detail={error.detail} />
          </div>
        )}
        {status === null ? (
          error === undefined && (
            <p className="hb-muted" aria-busy="true">
              {i18n.t('sharing.loading')}
            </p>
          )
        ) : (
          <>
            <p className="sh-state" data-testid="sync-state" data-state={status.state}>
              <span className="sh-dot" data-state={status.state} aria-hidden="true" />
              {stateText(status.state)}
            </p>
            {status.state === 'needs-consent' && <p className="hb-sub">{i18n.t('sharing.consentHint')}</p>}
            <dl className="sh-figures">
              <div>
                <dt>{i18n.t('sharing.lastSent')}</dt>
                <dd>{status.lastSentAt ? <When iso={status.lastSentAt} now={now} /> : i18n.t('sharing.never')}</dd>
              </div>
              <div>
                <dt>{i18n.t('sharing.sentCount')}</dt>
                <dd>{formatNumber(status.sent)}</dd>
              </div>
              <div>
                <dt>{i18n.t('sharing.waiting')}</dt>
                <dd>{formatNumber(status.queued)}</dd>
              </div>
              <div>
                <dt>{i18n.t('sharing.refused')}</dt>
                <dd>{formatNumber(status.failed)}</dd>
              </div>
              {status.nextAttemptAt && (
                <div>
                  <dt>{i18n.t('sharing.nextAttempt')}</dt>
                  <dd>
                    <When iso={status.nextAttemptAt} now={now} />
                  </dd>
                </div>
              )}
            </dl>
            {status.lastError && <LastProblem error={status.lastError} />}
            <div className="hb-actions">
              {status.state === 'needs-consent' && (
                <button type="button" className="hb-btn hb-btn-primary" disabled={busy} onClick={() => void consent(true)}>
                  <HabitIcon name="check" size={16} />
                  {i18n.t('sharing.share')}
                </button>
              )}
              {status.state === 'on' && (
                <button type="button" className="hb-btn hb-btn-secondary" disabled={busy} onClick={() => void consent(false)}>
                  {i18n.t('sharing.stop')}
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
                {i18n.t('sharing.syncNow')}
              </button>
            </div>
            {status.state !== 'on' && (
              <p id="sh-sync-why" className="hb-hint sh-why">
                {status.state === 'needs-consent' ? i18n.t('sharing.whyConsent') : i18n.t('sharing.whyOff')}
              </p>
            )}
            <p className="hb-save-status" role="status" data-testid="sync-result" data-tone={syncResult?.tone}>
              {action.kind === 'busy' && action.what === 'sync' ? i18n.t('sharing.sending') : (syncResult?.text ?? '')}
            </p>
            {!(action.kind === 'busy' && action.what === 'sync') && <TechnicalDetail detail={syncResult?.detail} />}
            <p className="hb-save-status" role="status" data-tone={action.kind === 'done' ? action.tone : undefined}>
              {action.kind === 'done' ? action.text : ''}
            </p>
            <TechnicalDetail detail={action.kind === 'done' ? action.detail : undefined} />
          </>
        )}
      </Block>

      <Block title={i18n.t('sharing.previewTitle')} testId="share-preview-block">
        {preview === null ? (
          error === undefined && (
            <p className="hb-muted" aria-busy="true">
              {i18n.t('sharing.previewBuilding')}
            </p>
          )
        ) : (
          <>
            {preview.example ? (
              <p className="sh-example">
                <HabitIcon name="leaf" size={15} />
                {i18n.t('sharing.previewExample')}
              </p>
            ) : (
              <p className="hb-sub">{i18n.t('sharing.previewFor', { day: formatDay(preview.report.day) })}</p>
            )}
            <pre className="sh-json" data-testid="share-preview" tabIndex={0} aria-label={i18n.t('sharing.json')}>
              {json}
            </pre>
            <div className="hb-actions">
              <button type="button" className="hb-btn hb-btn-secondary" onClick={() => void onCopy()}>
                {i18n.t('sharing.copy')}
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
