/**
 * What the policy editor's lists (permission notes, the org's tips) share: the props of a list
 * editor, each item's header row (title, problems, Edit/Close, Remove) and the app picker.
 */
import type { ReactNode } from 'react';
import type { AppId } from '../../../lib/sites/types';
import type { FieldIssue } from './http';
import { APPS, appLabel, isAppId } from './apps';
import { DIcon } from './icons';
import { removeAt } from './policy-draft';
import type { FieldRenderProps } from './ui';

export interface ListEditorProps<T> {
  items: readonly T[];
  issues: readonly FieldIssue[];
  selected: number | null;
  onSelect(i: number | null): void;
  onChange(items: T[]): void;
}

interface ItemHeadProps<T> {
  /** "note", "tip": names the buttons for screen readers ("Edit note 2", "Remove tip 1"). */
  noun: string;
  index: number;
  title: string;
  app: AppId;
  /** Validation problems inside this item. */
  problems: number;
  /** The list this item is in: Edit/Close selects it, Remove takes it out (and closes it). */
  list: Pick<ListEditorProps<T>, 'items' | 'selected' | 'onSelect' | 'onChange'>;
  /** Shown before the title (a note's level). */
  lead?: ReactNode;
}

export function ItemHead<T>({ noun, index, title, app, problems, list, lead }: ItemHeadProps<T>) {
  const open = list.selected === index;
  return (
    <div className="item-head">
      {lead}
      <span className="item-title">{title}</span>
      <span className="card-sub">{appLabel(app)}</span>
      {problems > 0 && (
        <span className="pill" data-tone="warn">
          {problems} {problems === 1 ? 'problem' : 'problems'}
        </span>
      )}
      <button type="button" className="btn btn-quiet btn-sm" aria-expanded={open} onClick={() => list.onSelect(open ? null : index)}>
        {open ? 'Close' : 'Edit'}
        <span className="sr">
          {' '}
          {noun} {index + 1}
        </span>
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-sm btn-icon btn-link-danger"
        aria-label={`Remove ${noun} ${index + 1}`}
        title="Remove"
        onClick={() => {
          list.onChange(removeAt(list.items, index));
          list.onSelect(null);
        }}
      >
        <DIcon name="trash" size={14} />
      </button>
    </div>
  );
}

/** The app select inside a `Field` (which supplies id, description and validity). */
export function AppSelect({ field, value, onChange }: { field: FieldRenderProps; value: AppId; onChange(app: AppId): void }) {
  const { id, describedBy, invalid } = field;
  return (
    <select id={id} className="select" value={value} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => onChange(isAppId(e.target.value) ? e.target.value : value)}>
      {APPS.map((a) => (
        <option key={a} value={a}>
          {appLabel(a)}
        </option>
      ))}
    </select>
  );
}
