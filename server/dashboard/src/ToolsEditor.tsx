import type { FieldIssue } from './http';
import { Field, messagesFor } from './ui';
import { DIcon } from './icons';
import { compact, nextId, removeAt, replaceAt } from './policy-draft';
import type { DraftTool } from './policy-draft';
import { DEFAULT_AI_TOOLS } from '../../../lib/policy/tools';

export interface ToolsEditorProps {
  tools: readonly DraftTool[] | undefined;
  preferred: string | undefined;
  issues: readonly FieldIssue[];
  onChange(tools: DraftTool[] | undefined, preferred: string | undefined): void;
}

/** Approved AI tools. Absent = the built-in list; once the org lists its own, only those are offered. */
export function ToolsEditor({ tools, preferred, issues, onChange }: ToolsEditorProps) {
  const list = tools ?? [];
  const err = (p: string): string[] => messagesFor(issues, p);
  const setTool = (i: number, patch: Partial<DraftTool>): void => {
    const current = list[i];
    if (current) onChange(replaceAt(list, i, compact({ ...current, ...patch })), preferred);
  };

  return (
    <div className="stack">
      {tools === undefined ? (
        <div className="card" style={{ boxShadow: 'none' }}>
          <p>
            Employees can use the built-in tools: {DEFAULT_AI_TOOLS.map((t) => t.name).join(', ')}.
          </p>
          <div className="form-actions" style={{ justifyContent: 'flex-start' }}>
            <button type="button" className="btn btn-secondary" onClick={() => onChange(DEFAULT_AI_TOOLS.map((t) => ({ ...t })), preferred)}>
              Customise the list
            </button>
          </div>
        </div>
      ) : (
        <>
          <Field label="Offered first" errors={err('preferredTool')}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                className="select"
                style={{ maxWidth: 320 }}
                value={preferred ?? ''}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => onChange([...list], e.target.value || undefined)}
              >
                <option value="">First in the list</option>
                {list.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name || t.id}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="item-list">
            {list.map((t, i) => (
              <div key={i} className="item">
                <div className="item-head">
                  <span className="item-title">{t.name || 'New tool'}</span>
                  <button
                    type="button"
                    className="btn btn-quiet btn-sm btn-icon btn-link-danger"
                    aria-label={`Remove ${t.name || `tool ${i + 1}`}`}
                    title="Remove"
                    onClick={() => onChange(removeAt(list, i), preferred === t.id ? undefined : preferred)}
                  >
                    <DIcon name="trash" size={14} />
                  </button>
                </div>
                <div className="item-body">
                  <div className="form-grid">
                    <Field label="Name" errors={err(`approvedTools.${i}.name`)}>
                      {({ id, describedBy, invalid }) => (
                        <input id={id} className="input" value={t.name} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setTool(i, { name: e.target.value })} />
                      )}
                    </Field>
                    <Field label="Id" errors={err(`approvedTools.${i}.id`)}>
                      {({ id, describedBy, invalid }) => (
                        <input id={id} className="input mono" value={t.id} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setTool(i, { id: e.target.value })} />
                      )}
                    </Field>
                    <Field label="URL (https)" errors={err(`approvedTools.${i}.url`)} className="span-all">
                      {({ id, describedBy, invalid }) => (
                        <input id={id} className="input" type="url" value={t.url} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setTool(i, { url: e.target.value })} />
                      )}
                    </Field>
                    <Field label="Prefill URL (optional)" hint="Must contain {prompt}" errors={err(`approvedTools.${i}.prefill`)} className="span-all">
                      {({ id, describedBy, invalid }) => (
                        <input id={id} className="input" type="url" value={t.prefill ?? ''} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setTool(i, { prefill: e.target.value || undefined })} />
                      )}
                    </Field>
                  </div>
                </div>
              </div>
            ))}
          </div>
          {err('approvedTools').length > 0 && <p className="field-error">{err('approvedTools').join('; ')}</p>}
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => onChange([...list, { id: nextId('tool', list.map((x) => x.id)), name: '', url: 'https://' }], preferred)}
            >
              <DIcon name="plus" />
              Add tool
            </button>
            <button type="button" className="btn btn-quiet" onClick={() => onChange(undefined, undefined)}>
              Use the built-in list instead
            </button>
          </div>
        </>
      )}
    </div>
  );
}
