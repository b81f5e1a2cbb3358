import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_USE_CASE_TIPS, UseCaseInputSchema } from '../../api/contract';
import type { UseCase, UseCaseInput, UseCaseTarget } from './model';
import type { FieldIssue } from './http';
import { ApiError } from './http';
import { APPS, appLabel, isAppId } from './apps';
import { Banner, Field, messagesFor } from './ui';

export interface TipOption {
  id: string;
  title: string;
  app: string;
  source: 'bundled' | 'org';
}

export interface UseCaseFormProps {
  initial?: UseCase;
  tips: readonly TipOption[];
  onSubmit(input: UseCaseInput): Promise<void>;
  onCancel(): void;
}

/** What the form holds before it is a valid UseCaseInput. */
export interface UseCaseDraft {
  name: string;
  app: string;
  tipIds: string[];
  owner: string;
  targetKind: UseCaseTarget['kind'];
  /** As typed. */
  targetValue: string;
}

/**
 * Friendly messages for the usual mistakes, then the contract's own schema as the final word, so the
 * form never sends what the server would refuse.
 */
export function validateUseCase(d: UseCaseDraft): { input?: UseCaseInput; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const value = d.targetValue.trim() === '' ? Number.NaN : Number(d.targetValue);
  if (!d.name.trim()) issues.push({ path: 'name', message: 'Give the use case a name' });
  if (!isAppId(d.app)) issues.push({ path: 'app', message: 'Choose an app' });
  if (d.tipIds.length === 0) issues.push({ path: 'tipIds', message: 'Pick at least one tip that measures this use case' });
  else if (d.tipIds.length > MAX_USE_CASE_TIPS) issues.push({ path: 'tipIds', message: `Pick at most ${MAX_USE_CASE_TIPS} tips` });
  if (!d.owner.trim()) issues.push({ path: 'owner', message: 'Name an owner (a person or team)' });
  if (d.targetKind === 'adoption_pct' && !(value >= 1 && value <= 100)) {
    issues.push({ path: 'target.value', message: 'Set a target between 1 and 100 %' });
  } else if (d.targetKind === 'uses_per_week' && !(Number.isInteger(value) && value >= 1)) {
    issues.push({ path: 'target.value', message: 'Set a whole number of uses per week, at least 1' });
  }
  if (issues.length) return { issues };
  const parsed = UseCaseInputSchema.safeParse({
    name: d.name,
    app: d.app,
    tipIds: d.tipIds,
    owner: d.owner,
    target: { kind: d.targetKind, value },
  });
  if (!parsed.success) {
    return { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
  }
  return { input: parsed.data, issues: [] };
}

export function UseCaseForm({ initial, tips, onSubmit, onCancel }: UseCaseFormProps) {
  const uid = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [app, setApp] = useState(initial?.app ?? '');
  const [tipIds, setTipIds] = useState<string[]>(initial?.tipIds ?? []);
  const [owner, setOwner] = useState(initial?.owner ?? '');
  const [targetKind, setTargetKind] = useState<UseCaseTarget['kind']>(initial?.target.kind ?? 'adoption_pct');
  const [targetValue, setTargetValue] = useState(initial ? String(initial.target.value) : '40');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const appTips = useMemo(() => tips.filter((t) => t.app === app), [tips, app]);
  // Tips picked for another app stay visible so switching apps never silently drops a choice.
  const strays = tipIds.filter((id) => !appTips.some((t) => t.id === id));

  const toggle = (id: string, on: boolean): void =>
    setTipIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const { input, issues: found } = validateUseCase({ name, app, tipIds, owner, targetKind, targetValue });
    setIssues(found);
    setFormError(null);
    if (!input) {
      // Move focus to the first problem so keyboard and screen-reader users land on it.
      document.getElementById(`${uid}-${(found[0]?.path ?? '').replace('.', '-')}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(input);
    } catch (err) {
      if (err instanceof ApiError && err.issues.length) setIssues([...err.issues]);
      setFormError(err instanceof ApiError ? err.message : "Couldn't save the use case");
    } finally {
      setBusy(false);
    }
  };

  const errs = (p: string): string[] => messagesFor(issues, p);

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${uid}-h`}>
      <div className="card-head">
        <h2 id={`${uid}-h`} className="h2">
          {initial ? `Edit “${initial.name}”` : 'New use case'}
        </h2>
      </div>
      {formError && (
        <Banner tone="danger" title="Not saved" role="alert">
          {formError}
        </Banner>
      )}
      <div className="form-grid">
        <Field label="Name" errors={errs('name')} className="span-all" id={`${uid}-name`}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              placeholder="Renewal emails drafted with AI"
            />
          )}
        </Field>
        <Field label="App" errors={errs('app')} id={`${uid}-app`}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              className="select"
              value={app}
              onChange={(e) => setApp(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            >
              <option value="">Choose an app…</option>
              {APPS.map((a) => (
                <option key={a} value={a}>
                  {appLabel(a)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Owner" hint="Who drives adoption (a person or team)" errors={errs('owner')} id={`${uid}-owner`}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              placeholder="Sales enablement"
            />
          )}
        </Field>
        <Field label="Target measured as">
          {({ id }) => (
            <select
              id={id}
              className="select"
              value={targetKind}
              onChange={(e) => setTargetKind(e.target.value === 'uses_per_week' ? 'uses_per_week' : 'adoption_pct')}
            >
              <option value="adoption_pct">Reach: % of the app's users</option>
              <option value="uses_per_week">Uses per week</option>
            </select>
          )}
        </Field>
        <Field
          label={targetKind === 'adoption_pct' ? 'Target (%)' : 'Target (uses per week)'}
          hint={targetKind === 'adoption_pct' ? "Share of the app's reports that used one of the tips" : 'All employees together'}
          errors={errs('target.value')}
          id={`${uid}-target-value`}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              type="number"
              inputMode="numeric"
              min={1}
              max={targetKind === 'adoption_pct' ? 100 : undefined}
              value={targetValue}
              onChange={(e) => setTargetValue(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <fieldset className="field span-all" aria-describedby={errs('tipIds').length ? `${uid}-tips-e` : `${uid}-tips-h`}>
          <legend className="field-label">Tips that count towards this use case</legend>
          {app === '' ? (
            <p id={`${uid}-tips-h`} className="field-hint">
              Choose an app first to see its tips.
            </p>
          ) : (
            <>
              <div className="checks" id={`${uid}-tipIds`} tabIndex={-1}>
                {appTips.length === 0 && <p className="field-hint">No tips for {appLabel(app)} yet.</p>}
                {appTips.map((t) => (
                  <label key={t.id}>
                    <input type="checkbox" checked={tipIds.includes(t.id)} onChange={(e) => toggle(t.id, e.target.checked)} />
                    <span>
                      {t.title} <span className="tip-id">· {t.source === 'org' ? 'org tip' : t.id}</span>
                    </span>
                  </label>
                ))}
                {strays.map((id) => (
                  <label key={id}>
                    <input type="checkbox" checked onChange={() => toggle(id, false)} />
                    <span>
                      {tips.find((t) => t.id === id)?.title ?? id} <span className="tip-id">· other app</span>
                    </span>
                  </label>
                ))}
              </div>
              <p id={`${uid}-tips-h`} className="field-hint">
                {tipIds.length} selected
              </p>
            </>
          )}
          {errs('tipIds').length > 0 && (
            <p id={`${uid}-tips-e`} className="field-error">
              {errs('tipIds').join('; ')}
            </p>
          )}
        </fieldset>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Saving…' : initial ? 'Save changes' : 'Create use case'}
        </button>
      </div>
    </form>
  );
}
