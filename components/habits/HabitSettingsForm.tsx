import { useEffect, useId, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { replyErrorText, TechnicalDetail } from './error-text';
import type { HabitSettings } from '@/lib/usage/settings';
import { formatNumber, weekdayName } from './format';
import { Switch } from './Switch';

export type HabitSettingsPatch = Partial<Pick<HabitSettings, 'workdays' | 'weeklyGoalDays' | 'trackingPaused' | 'weeklyRecapNotification'>>;

export interface HabitSettingsFormProps {
  settings: HabitSettings;
  /** Applies a patch; a refusal is shown in words (its code), with the technical detail apart. */
  onSave(patch: HabitSettingsPatch): Promise<void>;
}

/** Monday first, as the week is shown everywhere else (values: 0 = Sunday ... 6 = Saturday). */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
const GOALS = [1, 2, 3, 4, 5, 6, 7] as const;

function sameDays(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** Problems with a schedule, or null when it can be saved. */
export function scheduleError(workdays: readonly number[], goal: number): string | null {
  if (workdays.length === 0) return i18n.t('settings.noWorkdays');
  if (goal > workdays.length) {
    return i18n.t('settings.goalTooHigh', { goal: formatNumber(goal), picked: formatNumber(workdays.length) });
  }
  return null;
}

type Status = { tone: 'ok' | 'error'; text: string; detail?: string } | null;

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
      const why = replyErrorText(e);
      setStatus({ tone: 'error', text: i18n.t('settings.notSaved', { error: why.text }), ...(why.detail !== undefined ? { detail: why.detail } : {}) });
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
    void save(patch, i18n.t('settings.saved'));
  };

  const toggleDay = (value: number, on: boolean) => {
    setWorkdays((days) => (on ? [...days, value] : days.filter((d) => d !== value)));
  };

  return (
    <div className="hb-settings">
      <form className="hb-card hb-form" onSubmit={submit} noValidate aria-labelledby={`${id}-schedule`}>
        <h3 id={`${id}-schedule`} className="hb-h3">
          {i18n.t('settings.scheduleTitle')}
        </h3>
        <fieldset className="hb-fieldset" aria-describedby={`${id}-wd-help`}>
          <legend className="hb-field-label">{i18n.t('settings.workdays')}</legend>
          <p id={`${id}-wd-help`} className="hb-hint">
            {i18n.t('settings.workdaysHelp')}
          </p>
          <div className="hb-days">
            {WEEK.map((day) => (
              <label key={day} className="hb-day">
                <input type="checkbox" checked={workdays.includes(day)} onChange={(e) => toggleDay(day, e.target.checked)} />
                <span aria-hidden="true">{weekdayName(day, 'short')}</span>
                <span className="hb-sr">{weekdayName(day)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset
          className="hb-fieldset"
          aria-describedby={showError ? `${id}-error` : `${id}-goal-help`}
          aria-invalid={showError || undefined}
        >
          <legend className="hb-field-label">{i18n.t('settings.goal')}</legend>
          <p id={`${id}-goal-help`} className="hb-hint">
            {i18n.t('settings.goalHelp')}
          </p>
          <div className="hb-goals">
            {GOALS.map((g) => (
              <label key={g} className="hb-goal">
                <input type="radio" name={`${id}-goal`} value={g} checked={goal === g} onChange={() => setGoal(g)} />
                <span aria-hidden="true">{formatNumber(g)}</span>
                <span className="hb-sr">{i18n.t('settings.goalOption', g, [formatNumber(g)])}</span>
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
            {i18n.t('settings.save')}
          </button>
        </div>
      </form>
      <div className="hb-card hb-form">
        <h3 className="hb-h3">{i18n.t('settings.trackingTitle')}</h3>
        <Switch
          label={i18n.t('settings.pause')}
          description={i18n.t('settings.pauseHelp')}
          checked={settings.trackingPaused}
          disabled={saving}
          onChange={(on) => void save({ trackingPaused: on }, on ? i18n.t('settings.paused') : i18n.t('settings.resumed'))}
        />
        <Switch
          label={i18n.t('settings.recap')}
          description={i18n.t('settings.recapHelp')}
          checked={settings.weeklyRecapNotification}
          disabled={saving}
          onChange={(on) =>
            void save({ weeklyRecapNotification: on }, on ? i18n.t('settings.recapOn') : i18n.t('settings.recapOff'))
          }
        />
      </div>
      <p className="hb-save-status" role="status" data-tone={status?.tone}>
        {status?.text ?? ''}
      </p>
      <TechnicalDetail detail={status?.tone === 'error' ? status.detail : undefined} />
    </div>
  );
}
