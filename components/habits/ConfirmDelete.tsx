import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { i18n } from '#i18n';
import { replyErrorText, TechnicalDetail, type ErrorText } from './error-text';
import { HabitIcon } from './icons';
import { rich } from './rich';

/**
 * What the employee types to confirm, in their language ("delete everything", "alles löschen"). The
 * page then sends the protocol's own fixed confirmation to the background (entrypoints/habits/App.tsx).
 */
export function deletePhrase(): string {
  return i18n.t('privacy.confirm.phrase');
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export interface ConfirmDeleteProps {
  /** Deletes; a rejection is shown in the dialog and nothing is closed. */
  onConfirm(): Promise<void> | void;
  /** What will go, in words ("1,204 events and 95 daily records"). */
  summary?: string;
  disabled?: boolean;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * "Delete all my data" with a real confirmation step: a modal that asks for the phrase to be
 * typed. Escape or Cancel closes it and focus returns to the button that opened it.
 */
export function ConfirmDelete({ onConfirm, summary, disabled = false }: ConfirmDeleteProps) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorText | null>(null);
  const running = useRef(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const ids = useId();
  const titleId = `${ids}-title`;
  const descId = `${ids}-desc`;
  const hintId = `${ids}-hint`;
  const phrase = deletePhrase();
  const matches = normalise(typed) === normalise(phrase);

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setTyped('');
    setError(null);
    // Back to where the employee was, after React has removed the dialog.
    queueMicrotask(() => triggerRef.current?.focus());
  };

  const confirm = async () => {
    if (!matches || running.current) return;
    running.current = true;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
      setTyped('');
    } catch (e) {
      setError(replyErrorText(e));
    } finally {
      running.current = false;
      setPending(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (!running.current) close();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    // Keep Tab inside the modal.
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className="hb-btn hb-btn-danger-outline"
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        <HabitIcon name="trash" size={16} />
        {i18n.t('privacy.deleteTitle')}
      </button>
      {open && (
        <div className="hb-overlay">
          <div
            ref={dialogRef}
            className="hb-dialog"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby={titleId}
            aria-describedby={descId}
            onKeyDown={onKeyDown}
          >
            <h2 id={titleId} className="hb-dialog-title">
              {i18n.t('privacy.confirm.title')}
            </h2>
            <p id={descId} className="hb-dialog-text">
              {summary ? i18n.t('privacy.confirm.textSummary', { summary }) : i18n.t('privacy.confirm.text')}
            </p>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void confirm();
              }}
            >
              <label className="hb-field-label" htmlFor={`${ids}-input`}>
                {rich({ phrase: <strong>{phrase}</strong> }, (m) => i18n.t('privacy.confirm.typeLabel', { phrase: m.phrase }))}
              </label>
              <input
                ref={inputRef}
                id={`${ids}-input`}
                className="hb-input"
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                aria-describedby={hintId}
                onChange={(e) => setTyped(e.target.value)}
              />
              <p id={hintId} className="hb-hint">
                {i18n.t('privacy.confirm.hint')}
              </p>
              {error && (
                <div role="alert">
                  <p className="hb-error">{i18n.t('privacy.confirm.error', { error: error.text })}</p>
                  <TechnicalDetail detail={error.detail} />
                </div>
              )}
              <div className="hb-dialog-actions">
                <button type="button" className="hb-btn hb-btn-secondary" onClick={close} disabled={pending}>
                  {i18n.t('privacy.confirm.cancel')}
                </button>
                <button type="submit" className="hb-btn hb-btn-danger" disabled={!matches || pending}>
                  {pending ? i18n.t('privacy.confirm.deleting') : i18n.t('privacy.confirm.submit')}
                </button>
              </div>
            </form>
          </div>
        </div>
      )}
    </>
  );
}
