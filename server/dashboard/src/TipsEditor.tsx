import { useState } from 'react';
import { DEFAULT_LANG, GAPS, LEVELS, PLACEHOLDERS, type PlaybookLang } from '../../../lib/playbook/schema';
import { GAP_LABELS } from '../../../components/TipCard';
import { Field, messagesFor } from './ui';
import { DIcon } from './icons';
import {
  EDIT_LANGS,
  compact,
  editableText,
  issuesUnder,
  nextId,
  otherLanguages,
  replaceAt,
  textIn,
  textToWhere,
  whereToText,
  withTextIn,
} from './policy-draft';
import type { DraftTip } from './policy-draft';
import { AppSelect, ItemHead, type ListEditorProps } from './list-editor';

const LEVEL_TEXT: Readonly<Record<(typeof LEVELS)[number], string>> = {
  first_steps: 'First steps',
  everyday: 'Everyday',
  advanced: 'Advanced',
};

type TextField = 'title' | 'why' | 'prompt';

/** The org's own tips, same format as the bundled playbook. */
export function TipsEditor({ items, issues, selected, onSelect, onChange }: ListEditorProps<DraftTip>) {
  // The language the text fields edit; English is what every other language falls back to.
  const [lang, setLang] = useState<PlaybookLang>(DEFAULT_LANG);
  const add = (): void => {
    const tip: DraftTip = {
      id: nextId('org.tip', items.map((t) => t.id)),
      where: { app: 'salesforce' },
      title: '',
      why: '',
      prompt: '',
      gap: 'clarity',
      minutesSaved: 5,
      level: 'first_steps',
    };
    onChange([...items, tip]);
    onSelect(items.length);
  };

  return (
    <div className="item-list">
      {items.length === 0 && (
        <p className="empty">
          <strong>No org tips yet</strong>
          Add tips for your own workflows; they appear beside the bundled playbook.
        </p>
      )}
      {items.map((tip, i) => {
        const base = `tips.${i}`;
        const err = (f: string): string[] => messagesFor(issues, `${base}.${f}`);
        const own = messagesFor(issues, base);
        const set = (patch: Partial<DraftTip>): void => onChange(replaceAt(items, i, { ...tip, ...patch }));
        const setWhere = (patch: Partial<DraftTip['where']>): void => set({ where: compact({ ...tip.where, ...patch }) });
        // A per-language text's problems sit under "title.de" etc.: shown on the field, named.
        const textErr = (f: TextField): string[] =>
          issuesUnder(issues, `${base}.${f}`).map((x) =>
            x.path === `${base}.${f}` ? x.message : `${x.path.slice(base.length + f.length + 2)}: ${x.message}`,
          );
        const langHint = (f: TextField, hint?: string): string | undefined => {
          const langs = otherLanguages(tip[f]);
          const note =
            lang !== DEFAULT_LANG
              ? 'Empty: the English text is shown'
              : langs.length > 0
                ? `Also in: ${langs.join(', ')}`
                : undefined;
          return [hint, note].filter(Boolean).join('. ') || undefined;
        };
        const textProps = (f: TextField) => ({
          value: textIn(tip[f], lang),
          placeholder: lang === DEFAULT_LANG ? undefined : textIn(tip[f], DEFAULT_LANG),
          onChange: (e: { target: { value: string } }) => set({ [f]: withTextIn(tip[f], lang, e.target.value) }),
        });
        const open = selected === i;
        const bad = issuesUnder(issues, base).length;
        return (
          <div key={i} className="item" data-selected={open || undefined} data-invalid={bad > 0 || undefined}>
            <ItemHead
              noun="tip"
              index={i}
              title={editableText(tip.title).trim() || 'New tip'}
              app={tip.where.app}
              problems={bad}
              list={{ items, selected, onSelect, onChange }}
            />
            {open && (
              <div className="item-body">
                {own.length > 0 && <p className="field-error">{own.join('; ')}</p>}
                <div className="form-grid">
                  <Field label="Text language" hint="Employees see the text in their browser's language, English where it is missing" className="span-all">
                    {({ id, describedBy }) => (
                      <select id={id} className="select" value={lang} aria-describedby={describedBy} onChange={(e) => setLang(EDIT_LANGS.find((l) => l.code === e.target.value)?.code ?? DEFAULT_LANG)}>
                        {EDIT_LANGS.map((l) => (
                          <option key={l.code} value={l.code}>
                            {l.label}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label="Title" hint={langHint('title')} errors={textErr('title')} className="span-all">
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input" {...textProps('title')} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
                    )}
                  </Field>
                  <Field label="App" errors={err('where.app')}>
                    {(field) => <AppSelect field={field} value={tip.where.app} onChange={(app) => setWhere({ app })} />}
                  </Field>
                  <Field label="Pages (optional)" hint="e.g. record — empty = any" errors={err('where.page')}>
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input" value={whereToText(tip.where.page)} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setWhere({ page: textToWhere(e.target.value) })} />
                    )}
                  </Field>
                  <Field label="Objects (optional)" hint="e.g. Opportunity — empty = any" errors={err('where.object')}>
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input" value={whereToText(tip.where.object)} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setWhere({ object: textToWhere(e.target.value) })} />
                    )}
                  </Field>
                  <Field label="Why AI fits" hint={langHint('why', 'One or two sentences shown under the title')} errors={textErr('why')} className="span-all">
                    {({ id, describedBy, invalid }) => (
                      <textarea id={id} className="textarea" rows={2} {...textProps('why')} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
                    )}
                  </Field>
                  <Field
                    label="Prompt"
                    hint={langHint('prompt', `Placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}`)}
                    errors={textErr('prompt')}
                    className="span-all"
                  >
                    {({ id, describedBy, invalid }) => (
                      <textarea id={id} className="textarea mono" rows={5} {...textProps('prompt')} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
                    )}
                  </Field>
                  <Field label="Gap it closes" errors={err('gap')}>
                    {({ id, describedBy, invalid }) => (
                      <select id={id} className="select" value={tip.gap} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ gap: GAPS.find((g) => g === e.target.value) ?? tip.gap })}>
                        {GAPS.map((g) => (
                          <option key={g} value={g}>
                            {GAP_LABELS[g]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label="Minutes saved per use" errors={err('minutesSaved')}>
                    {({ id, describedBy, invalid }) => (
                      <input
                        id={id}
                        className="input"
                        type="number"
                        min={0}
                        max={240}
                        value={Number.isFinite(tip.minutesSaved) ? tip.minutesSaved : ''}
                        aria-describedby={describedBy}
                        aria-invalid={invalid || undefined}
                        onChange={(e) => set({ minutesSaved: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
                      />
                    )}
                  </Field>
                  <Field label="Level" errors={err('level')}>
                    {({ id, describedBy, invalid }) => (
                      <select id={id} className="select" value={tip.level ?? 'first_steps'} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ level: LEVELS.find((l) => l === e.target.value) ?? 'first_steps' })}>
                        {LEVELS.map((l) => (
                          <option key={l} value={l}>
                            {LEVEL_TEXT[l]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label="Id" hint="Unique, lower-case" errors={err('id')}>
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input mono" value={tip.id} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set({ id: e.target.value })} />
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
          Add tip
        </button>
      </div>
    </div>
  );
}
