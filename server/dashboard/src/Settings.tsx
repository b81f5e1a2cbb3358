import { useState } from 'react';
import type { FormEvent } from 'react';
import { MIN_K_ANONYMITY } from '../../api/contract';
import { useApi } from './context';
import { useLoad } from './useLoad';
import { Banner, Field, Loading, PageHeader } from './ui';
import { ApiError } from './http';

export function Settings() {
  const api = useApi();
  const [state, , setSettings] = useLoad(() => api.getSettings(), 'settings');
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const s = state.data;
  const floor = Math.max(MIN_K_ANONYMITY, s?.kFloor ?? MIN_K_ANONYMITY);
  const shown = value ?? (s ? String(s.kAnonymity) : '');

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const k = Number(shown);
    setSaved(false);
    if (!Number.isInteger(k) || k < floor || k > 1000) {
      setError(`Enter a whole number from ${floor} to 1000`);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      setSettings(await api.saveSettings(k));
      setValue(null);
      setSaved(true);
    } catch (err) {
      setError(err instanceof ApiError ? (err.issues[0]?.message ?? err.message) : "Couldn't save");
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title="Settings" subtitle="Privacy controls for everything this dashboard shows." />
      {state.status === 'error' && <Banner tone="danger" title="Couldn't load settings" role="alert" />}
      {!s ? (
        state.status === 'loading' && <Loading />
      ) : (
        <form className="card" onSubmit={(e) => void submit(e)} noValidate style={{ maxWidth: 640 }} aria-labelledby="k-h">
          <div className="card-head">
            <h2 id="k-h" className="h2">
              k-anonymity threshold
            </h2>
          </div>
          <p className="card-sub" style={{ marginBottom: 14 }}>
            Any number built from fewer than k people's reports is hidden — on every chart, card, cohort and export. Higher is
            more private but hides more small teams.
          </p>
          <div role="status">{saved && <Banner tone="ok" title={`Saved. Groups under ${s.kAnonymity} people are now hidden.`} />}</div>
          <Field
            label="Minimum group size (k)"
            hint={`At least ${floor}${s.kFloor > MIN_K_ANONYMITY ? ' (this deployment’s floor)' : ''}.`}
            errors={error ? [error] : []}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                className="input"
                type="number"
                min={floor}
                max={1000}
                step={1}
                style={{ maxWidth: 160 }}
                value={shown}
                onChange={(e) => setValue(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
          <div className="form-actions" style={{ justifyContent: 'flex-start' }}>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save'}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
