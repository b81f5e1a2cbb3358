import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { DIcon } from './icons';
import type { FieldIssue } from './http';

/** Messages for one field path, from both client-side (schema) and server-side issues. */
export function messagesFor(issues: readonly FieldIssue[], path: string): string[] {
  return issues.filter((i) => i.path === path).map((i) => i.message);
}

/** What a `Field` hands its control so label, hint and error are tied to it. */
export interface FieldRenderProps {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export interface FieldProps {
  label: string;
  hint?: string;
  errors?: readonly string[];
  /** Renders the control with the ids it must use so label, hint and error are tied to it. */
  children(ids: FieldRenderProps): ReactNode;
  className?: string;
  /** Fixed control id (to focus it from elsewhere); otherwise generated. */
  id?: string;
}

/** A labelled form control with hint and error text wired through aria-describedby. */
export function Field({ label, hint, errors = [], children, className, id: fixedId }: FieldProps) {
  const generated = useId();
  const id = fixedId ?? generated;
  const hintId = hint ? `${id}h` : undefined;
  const errId = errors.length ? `${id}e` : undefined;
  const describedBy = [hintId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`} data-invalid={errors.length > 0 || undefined}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, describedBy, invalid: errors.length > 0 })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errId && (
        <p id={errId} className="field-error">
          {errors.join('; ')}
        </p>
      )}
    </div>
  );
}

export function Banner({
  tone,
  title,
  children,
  role,
}: {
  tone: 'info' | 'warn' | 'danger' | 'ok';
  title?: string;
  children?: ReactNode;
  role?: 'alert' | 'status';
}) {
  return (
    <div className="banner" data-tone={tone} role={role}>
      <DIcon name={tone === 'ok' ? 'check' : tone === 'info' ? 'info' : 'alert'} size={18} />
      <div>
        {title && <p className="banner-title">{title}</p>}
        {children && <div className="banner-body">{children}</div>}
      </div>
    </div>
  );
}

export interface ConfirmProps {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Modal confirmation. Focus starts on Cancel (the safe choice), Tab stays inside, Escape cancels,
 * and focus returns to whatever opened it.
 */
export function ConfirmDialog({ title, body, confirmLabel, danger = false, busy = false, onConfirm, onCancel }: ConfirmProps) {
  const id = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancelRef.current?.focus();
    return () => opener?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const focusables = boxRef.current?.querySelectorAll<HTMLElement>('button:not([disabled])');
    if (!focusables || focusables.length === 0) return;
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="overlay">
      <div
        ref={boxRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}t`}
        aria-describedby={`${id}b`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}t`} className="dialog-title">
          {title}
        </h2>
        <div id={`${id}b`} className="dialog-body">
          {body}
        </div>
        <div className="dialog-actions">
          <button ref={cancelRef} type="button" className="btn btn-secondary" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`}
            onClick={onConfirm}
            disabled={busy}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: string; actions?: ReactNode }) {
  return (
    <header className="page-head">
      <div>
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
        {subtitle && <p className="page-sub">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
