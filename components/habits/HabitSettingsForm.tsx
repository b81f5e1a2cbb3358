import { useEffect, useId, useState, type FormEvent } from 'react';
import type { HabitSettings } from '@/lib/usage/settings';
import { Switch } from './Switch';

export type HabitSettingsPatch = Partial<Pick<HabitSettings, 'workdays' | 'weeklyGoalDays' | 'trackingPaused' | 'weeklyRecapNotification'>>;

export interface HabitSettingsFormProps {
  settings: HabitSettings;
  /** Applies a patch; a rejection's message is shown. */
  onSave(patch: HabitSettingsPatch): Promise<void>;
}

/** Monday first, as the week is shown everywhere else (values: 0 = Sunday ... 6 = Saturday). */
const WEEK = [
  { value: 1, name: 'Monday' },
  { value: 2, name: 'Tuesday' },
  { value: 3, name: 'Wednesday' },
  { value: 4, name: 'Thursday' },
  { value: 5, name: 'Friday' },
  { value: 6, name: 'Saturday' },
  { value: 0, name: 'Sunday' },
] as const;
const GOALS = [1, 2, 3, 4, 5, 6, 7] as const;

function sameDays(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** Problems with a schedule, or null when it can be saved. */
export function scheduleError(workdays: readonly number[], goal: number): string | null {
  if (workdays.length === 0) return 'Pick at least one workday.';
  if (goal > workdays.length) {
    return `A goal of ${goal} days needs ${goal} workdays; you picked ${workdays.length}. Lower the goal or add workdays.`;
  }
  return null;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** Weekly goal, workdays, pause and the weekly recap notification, with plain labels. */
export function HabitSettingsForm({ settings, onSave }: HabitSettingsFormProps) {
  const id = useId();
  const [workdays, setWorkdays] = useState<number[]>([...settings.workdays]);
  const [goal, setGoal] = useState(settings.weeklyGoalDays);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  // Saved elsewhere (another tab, the privacy centre): follow the stored values.
  useEffect(() => {
    setWorkdays([...settings.workdays]);
    setGoal(settings.weeklyGoalDays);
  }, [settings.workdays, settings.weeklyGoalDays]);

  const dirty = !sameDays(workdays, settings.workdays) || goal !== settings.weeklyGoalDays;
  const error = scheduleError(workdays, goal);
  const showError = error !== null && (submitted || workdays.length < goal || workdays.length === 0);

  const save = async (patch: HabitSettingsPatch, done: string) => {
    setSaving(true);
    setStatus(null);
    try {
      await onSave(patch);
      setStatus({ tone: 'ok', text: done });
    } catch (e) {
      setStatus({ tone: 'error', text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setSaving(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (error !== null || !dirty) return;
    const patch: HabitSettingsPatch = {};
    if (!sameDays(workdays, settings.workdays)) patch.workdays = [...workdays].sort((a, b) => a - b);
    if (goal !== settings.weeklyGoalDays) patch.weeklyGoalDays = goal;
    void save(patch, 'Schedule saved');
  };

  const toggleDay = (value: number, on: boolean) => {
    setWorkdays((days) => (on ? [...days, value] : days.filter((d) => d !== value)));
  };

  return (
    <div className="hb-settings">
      <form className="hb-card hb-form" onSubmit={submit} noValidate aria-labelledby={`${id}-schedule`}>
        <h3 id={`${id}-schedule`} className="hb-h3">
          Your schedule
        </h3>
        <fieldset className="hb-fieldset" aria-describedby={`${id}-wd-help`}>
          <legend className="hb-field-label">Workdays</legend>
          <p id={`${id}-wd-help`} className="hb-hint">
            Only these days count for your streak and your weekly goal.
          </p>
          <div className="hb-days">
            {WEEK.map((d) => (
              <label key={d.value} className="hb-day">
                <input
                  type="checkbox"
                  checked={workdays.includes(d.value)}
                  onChange={(e) => toggleDay(d.value, e.target.checked)}
                />
                <span aria-hidden="true">{d.name.slice(0, 3)}</span>
                <span className="hb-sr">{d.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset
          className="hb-fieldset"
          aria-describedby={showError ? `${id}-error` : `${id}-goal-help`}
          aria-invalid={showError || undefined}
        >
          <legend className="hb-field-label">Weekly goal</legend>
          <p id={`${id}-goal-help`} className="hb-hint">
            Days with AI you aim for each week. Three is a good start.
          </p>
          <div className="hb-goals">
            {GOALS.map((g) => (
              <label key={g} className="hb-goal">
                <input type="radio" name={`${id}-goal`} value={g} checked={goal === g} onChange={() => setGoal(g)} />
                <span aria-hidden="true">{g}</span>
                <span className="hb-sr">{g === 1 ? '1 day a week' : `${g} days a week`}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {showError && (
          <p id={`${id}-error`} className="hb-error" role="alert">
            {error}
          </p>
        )}
        <div className="hb-form-actions">
          <button type="submit" className="hb-btn hb-btn-primary" disabled={saving || !dirty}>
            Save schedule
          </button>
        </div>
      </form>
      <div className="hb-card hb-form">
        <h3 className="hb-h3">Tracking and notifications</h3>
        <Switch
          label="Pause tracking"
          description="While paused, nothing new is recorded. Tips keep working."
          checked={settings.trackingPaused}
          disabled={saving}
          onChange={(on) => void save({ trackingPaused: on }, on ? 'Tracking paused' : 'Tracking resumed')}
        />
        <Switch
          label="Weekly recap notification"
          description="At most one browser notification a week with last week's recap."
          checked={settings.weeklyRecapNotification}
          disabled={saving}
          onChange={(on) =>
            void save({ weeklyRecapNotification: on }, on ? 'Weekly recap turned on' : 'Weekly recap turned off')
          }
        />
      </div>
      <p className="hb-save-status" role="status" data-tone={status?.tone}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}
