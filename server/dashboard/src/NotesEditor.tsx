import { NOTE_LEVELS, MAX_NOTE_TEXT_CHARS } from '../../../lib/policy/schema';
import type { NoteLevel } from '../../../lib/policy/schema';
import { AppSelect, ItemHead, type ListEditorProps } from './list-editor';
import { Field, messagesFor } from './ui';
import { DIcon } from './icons';
import { compact, issuesUnder, nextId, replaceAt, textToWhere, whereToText } from './policy-draft';
import type { DraftNote } from './policy-draft';

const LEVEL_TEXT: Readonly<Record<NoteLevel, string>> = {
  allowed: 'Allowed',
  caution: 'Caution',
  blocked: 'Blocked',
};

/** Permission notes: what compliance allows, shown to employees on matching pages. Text only, never HTML. */
export function NotesEditor({ items, issues, selected, onSelect, onChange }: ListEditorProps<DraftNote>) {
  const add = (): void => {
    const note: DraftNote = { id: nextId('note', items.map((n) => n.id)), app: 'salesforce', level: 'caution', text: '' };
    onChange([...items, note]);
    onSelect(items.length);
  };

  return (
    <div className="item-list">
      {items.length === 0 && (
        <p className="empty">
          <strong>No permission notes</strong>
          Tell employees where AI is allowed, where to take care, and where it's off limits.
        </p>
      )}
      {items.map((note, i) => {
        const base = `notes.${i}`;
        const err = (f: string): string[] => messagesFor(issues, `${base}.${f}`);
        const own = messagesFor(issues, base);
        const set = (patch: Partial<DraftNote>): void => onChange(replaceAt(items, i, compact({ ...note, ...patch })));
        const open = selected === i;
        const bad = issuesUnder(issues, base).length;
        return (
          <div key={i} className="item" data-selected={open || undefined} data-invalid={bad > 0 || undefined}>
            <ItemHead
              noun="note"
              index={i}
              title={note.text.trim() || 'New note'}
              app={note.app}
              problems={bad}
              list={{ items, selected, onSelect, onChange }}
              lead={
                <span className="pill" data-tone={note.level === 'allowed' ? 'ok' : note.level === 'blocked' ? 'warn' : 'accent'}>
                  {LEVEL_TEXT[note.level]}
                </span>
              }
            />
            {open && (
              <div className="item-body">
                {own.length > 0 && <p className="field-error">{own.join('; ')}</p>}
                <div className="form-grid">
                  <Field label="App" errors={err('app')}>
                    {(field) => <AppSelect field={field} value={note.app} onChange={(app) => set({ app })} />}
                  </Field>
                  <Field label="Level" errors={err('level')}>
                    {({ id, describedBy, invalid }) => (
                      <select
                        id={id}
                        className="select"
                        value={note.level}
                        aria-describedby={describedBy}
                        aria-invalid={invalid || undefined}
                        onChange={(e) => set({ level: NOTE_LEVELS.find((l) => l === e.target.value) ?? 'caution' })}
                      >
                        {NOTE_LEVELS.map((l) => (
                          <option key={l} value={l}>
                            {LEVEL_TEXT[l]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label="Pages (optional)" hint="e.g. record, compose — empty = every page" errors={err('page')}>
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input" value={whereToText(note.page)} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ page: textToWhere(e.target.value) })} />
                    )}
                  </Field>
                  <Field label="Objects (optional)" hint="e.g. Opportunity — empty = any" errors={err('object')}>
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input" value={whereToText(note.object)} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ object: textToWhere(e.target.value) })} />
                    )}
                  </Field>
                  <Field label="Note text" hint={`Plain text, up to ${MAX_NOTE_TEXT_CHARS} characters (${note.text.length} used)`} errors={err('text')} className="span-all">
                    {({ id, describedBy, invalid }) => (
                      <textarea id={id} className="textarea" rows={3} value={note.text} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ text: e.target.value })} />
                    )}
                  </Field>
                  <Field label="Policy link (optional, https)" errors={err('link')} className="span-all">
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input" type="url" inputMode="url" placeholder="https://intranet.example.com/ai-policy" value={note.link ?? ''} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ link: e.target.value || undefined })} />
                    )}
                  </Field>
                  <Field label="Id" hint="Stable id, lower-case" errors={err('id')}>
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input mono" value={note.id} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ id: e.target.value })} />
                    )}
                  </Field>
                </div>
              </div>
            )}
          </div>
        );
      })}
      <div>
        <button type="button" className="btn btn-secondary" onClick={add}>
          <DIcon name="plus" />
          Add note
        </button>
      </div>
    </div>
  );
}
