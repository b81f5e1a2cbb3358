import { useState } from 'react';
import type { CohortInfo, Granularity, KpiQuery } from './model';
import { Field } from './ui';
import { addDays } from './format';
import { DIcon } from './icons';

export type RangePreset = '30' | '90' | 'custom';

export interface FiltersProps {
  query: KpiQuery;
  /** The last day with reports (yesterday): presets end here and custom dates can't pass it. */
  today: string;
  cohorts: readonly CohortInfo[];
  k: number;
  csvHref: string;
  onChange(q: KpiQuery): void;
}

/** Last N days ending today (inclusive). */
export function presetRange(preset: '30' | '90', today: string): { from: string; to: string } {
  return { from: addDays(today, -(Number(preset) - 1)), to: today };
}

/** Date range, granularity, cohort and CSV export. Suppressed cohorts stay listed but say they are hidden. */
export function Filters({ query, today, cohorts, k, csvHref, onChange }: FiltersProps) {
  const initial: RangePreset =
    query.to === today && query.from === presetRange('30', today).from
      ? '30'
      : query.to === today && query.from === presetRange('90', today).from
        ? '90'
        : 'custom';
  const [preset, setPreset] = useState<RangePreset>(initial);
  const [custom, setCustom] = useState({ from: query.from, to: query.to });
  const rangeError = custom.from > custom.to ? 'The start date must be on or before the end date' : undefined;

  const choose = (p: RangePreset): void => {
    setPreset(p);
    if (p !== 'custom') onChange({ ...query, ...presetRange(p, today) });
  };

  const applyCustom = (next: { from: string; to: string }): void => {
    setCustom(next);
    if (next.from && next.to && next.from <= next.to) onChange({ ...query, ...next });
  };

  const hidden = cohorts.filter((c) => c.suppressed);

  return (
    <div className="toolbar" role="group" aria-label="Filters">
      <div className="field">
        <span className="field-label" id="range-l">
          Date range
        </span>
        <div className="segmented" role="group" aria-labelledby="range-l">
          {(['30', '90', 'custom'] as const).map((p) => (
            <button key={p} type="button" aria-pressed={preset === p} onClick={() => choose(p)}>
              {p === 'custom' ? 'Custom' : `Last ${p} days`}
            </button>
          ))}
        </div>
      </div>
      {preset === 'custom' && (
        <>
          <Field label="From" errors={rangeError ? [rangeError] : []}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                className="input"
                type="date"
                max={today}
                value={custom.from}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => applyCustom({ ...custom, from: e.target.value })}
              />
            )}
          </Field>
          <Field label="To">
            {({ id }) => (
              <input
                id={id}
                className="input"
                type="date"
                max={today}
                value={custom.to}
                onChange={(e) => applyCustom({ ...custom, to: e.target.value })}
              />
            )}
          </Field>
        </>
      )}
      <div className="field">
        <span className="field-label" id="gran-l">
          Group by
        </span>
        <div className="segmented" role="group" aria-labelledby="gran-l">
          {(['day', 'week'] as const satisfies readonly Granularity[]).map((g) => (
            <button key={g} type="button" aria-pressed={query.granularity === g} onClick={() => onChange({ ...query, granularity: g })}>
              {g === 'day' ? 'Day' : 'Week'}
            </button>
          ))}
        </div>
      </div>
      <Field
        label="Cohort"
        hint={hidden.length ? `Hidden (fewer than ${k} people): ${hidden.map((c) => c.id).join(', ')}` : undefined}
      >
        {({ id, describedBy }) => (
          <select
            id={id}
            className="select"
            value={query.cohort ?? ''}
            aria-describedby={describedBy}
            onChange={(e) => onChange({ ...query, cohort: e.target.value || undefined })}
          >
            <option value="">All cohorts</option>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id} disabled={c.suppressed}>
                {c.suppressed ? `${c.id} — hidden, fewer than ${k}` : c.id}
              </option>
            ))}
          </select>
        )}
      </Field>
      <span className="toolbar-spacer" />
      <a className="btn btn-secondary" href={csvHref} download>
        <DIcon name="download" />
        Export CSV
      </a>
    </div>
  );
}
