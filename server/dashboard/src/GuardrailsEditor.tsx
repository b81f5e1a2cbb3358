import { DEFAULT_REDACT } from '../../../lib/policy/schema';
import { DEFAULT_CAPS } from '../../../lib/playbook/state';
import type { FieldIssue } from './http';
import { Field, messagesFor } from './ui';
import { Switch } from './Switch';
import { DIcon } from './icons';
import { compact, removeAt, replaceAt } from './policy-draft';
import type { Draft, DraftPattern } from './policy-draft';

type Redact = NonNullable<Draft['redact']>;
type Caps = NonNullable<Draft['caps']>;
type Flag = 'emails' | 'phones' | 'cards' | 'ibans';

const FLAGS: readonly { key: Flag; label: string; description: string }[] = [
  { key: 'emails', label: 'Email addresses', description: 'Replaced with [email] before a prompt leaves the page' },
  { key: 'phones', label: 'Phone numbers', description: '8 to 15 digits with separators or a + prefix → [phone]' },
  { key: 'cards', label: 'Payment card numbers', description: 'Luhn-checked → [card]' },
  { key: 'ibans', label: 'IBANs', description: 'Checksum-verified → [iban]' },
];

export interface GuardrailsProps {
  redact: Redact | undefined;
  caps: Caps | undefined;
  issues: readonly FieldIssue[];
  onChange(redact: Redact | undefined, caps: Caps | undefined): void;
}

function emptyToUndefined<T extends object>(o: T): T | undefined {
  const c = compact(o);
  return Object.keys(c).length ? c : undefined;
}

/** Redaction toggles and custom patterns, plus fatigue caps. Unset values show the built-in default. */
export function GuardrailsEditor({ redact, caps, issues, onChange }: GuardrailsProps) {
  const r: Redact = redact ?? {};
  const c: Caps = caps ?? {};
  const patterns = r.patterns ?? [];
  const err = (p: string): string[] => messagesFor(issues, p);
  const setRedact = (patch: Partial<Redact>): void => onChange(emptyToUndefined({ ...r, ...patch }), caps);
  const setCaps = (patch: Partial<Caps>): void => onChange(redact, emptyToUndefined({ ...c, ...patch }));
  const setPattern = (i: number, patch: Partial<DraftPattern>): void => {
    const cur = patterns[i];
    if (cur) setRedact({ patterns: replaceAt(patterns, i, compact({ ...cur, ...patch })) });
  };
  const capValue = (v: number | undefined): string => (v === undefined ? '' : Number.isFinite(v) ? String(v) : '');
  const toCap = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s));

  return (
    <div className="stack">
      <section aria-labelledby="redact-h">
        <h3 id="redact-h" className="h2" style={{ marginBottom: 4 }}>
          Redaction
        </h3>
        <p className="card-sub">Applied in the browser before a prompt is copied or sent to an AI tool.</p>
        <div style={{ marginTop: 8 }}>
          {FLAGS.map((f) => (
            <Switch
              key={f.key}
              label={f.label}
              description={`${f.description}${r[f.key] === undefined ? ` · default (${DEFAULT_REDACT[f.key] ? 'on' : 'off'})` : ''}`}
              checked={r[f.key] ?? DEFAULT_REDACT[f.key]}
              onChange={(v) => setRedact({ [f.key]: v })}
            />
          ))}
        </div>
        <h4 className="field-label" style={{ margin: '14px 0 8px' }}>
          Custom patterns
        </h4>
        <div className="item-list">
          {patterns.map((p, i) => (
            <div key={i} className="item">
              <div className="item-body" style={{ borderTop: 0 }}>
                <div className="form-grid">
                  <Field label="Placeholder name" hint={`Shown as [${p.name || 'name'}]`} errors={err(`redact.patterns.${i}.name`)}>
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input" value={p.name} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setPattern(i, { name: e.target.value })} />
                    )}
                  </Field>
                  <Field label="Regular expression" errors={err(`redact.patterns.${i}.regex`)} className="span-all">
                    {({ id, describedBy, invalid }) => (
                      <input id={id} className="input mono" value={p.regex} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setPattern(i, { regex: e.target.value })} />
                    )}
                  </Field>
                </div>
                <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginTop: 8 }}>
                  <label style={{ display: 'flex', gap: 8, alignItems: 'center', fontSize: 13 }}>
                    <input type="checkbox" checked={p.flags === 'i'} onChange={(e) => setPattern(i, { flags: e.target.checked ? 'i' : undefined })} />
                    Ignore case
                  </label>
                  <button type="button" className="btn btn-quiet btn-sm btn-link-danger" onClick={() => setRedact({ patterns: removeAt(patterns, i) })}>
                    <DIcon name="trash" size={14} />
                    Remove<span className="sr"> pattern {i + 1}</span>
                  </button>
                </div>
              </div>
            </div>
          ))}
          <div>
            <button type="button" className="btn btn-secondary" onClick={() => setRedact({ patterns: [...patterns, { name: '', regex: '' }] })}>
              <DIcon name="plus" />
              Add pattern
            </button>
          </div>
        </div>
      </section>
      <section aria-labelledby="caps-h" style={{ borderTop: '1px solid var(--border)', paddingTop: 16 }}>
        <h3 id="caps-h" className="h2" style={{ marginBottom: 4 }}>
          Caps
        </h3>
        <p className="card-sub" style={{ marginBottom: 10 }}>
          How often tips may appear. Employees can only make these stricter.
        </p>
        <div className="form-grid">
          <Field label="Tips per day" hint={`0 to 50 · default ${DEFAULT_CAPS.tipsPerDay}`} errors={err('caps.tipsPerDay')}>
            {({ id, describedBy, invalid }) => (
              <input id={id} className="input" type="number" min={0} max={50} placeholder={String(DEFAULT_CAPS.tipsPerDay)} value={capValue(c.tipsPerDay)} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setCaps({ tipsPerDay: toCap(e.target.value) })} />
            )}
          </Field>
          <Field label="Cooldown (hours)" hint={`0 to 2160 · default ${DEFAULT_CAPS.cooldownHours}`} errors={err('caps.cooldownHours')}>
            {({ id, describedBy, invalid }) => (
              <input id={id} className="input" type="number" min={0} max={2160} placeholder={String(DEFAULT_CAPS.cooldownHours)} value={capValue(c.cooldownHours)} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setCaps({ cooldownHours: toCap(e.target.value) })} />
            )}
          </Field>
        </div>
      </section>
    </div>
  );
}
