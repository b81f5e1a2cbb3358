import { i18n } from '#i18n';
import { useId } from 'react';
import { addDays } from '@/lib/usage/habits/calendar';
import type { Suggestion, WeekRecap } from '@/lib/usage/habits/recap';
import { suggestionText } from '../recap-text';
import { formatDelta, formatMinutes, formatShortDate } from './format';
import { HabitIcon } from './icons';

/** One week's figures (WeekRecap from lib/usage/habits). */
export type RecapWeek = Pick<WeekRecap, 'start' | 'daysWithAi' | 'workdaysWithAi' | 'goal' | 'goalMet' | 'informedTasks' | 'minutesSaved'>;

export interface WeeklyRecapProps {
  /** The recapped (complete) week. */
  week: RecapWeek;
  /** The week before, for the comparison; null when there is none. */
  previous: RecapWeek | null;
  suggestion: Suggestion | null;
  /** Heading level in the page outline. */
  headingLevel?: 2 | 3;
  /** Heading text ("Last week" when absent). */
  title?: string;
  /** Narrow layout (popup): the change shows as a number, "vs the week before" is said once. */
  compact?: boolean;
}

interface Figure {
  key: 'daysWithAi' | 'informedTasks' | 'minutesSaved';
  label: () => string;
  format: (n: number) => string;
}

const FIGURES: readonly Figure[] = [
  { key: 'daysWithAi', label: () => i18n.t('recap.daysWithAi'), format: String },
  { key: 'informedTasks', label: () => i18n.t('recap.informedTasks'), format: String },
  { key: 'minutesSaved', label: () => i18n.t('recap.timeSaved'), format: formatMinutes },
];

function deltaAmount(f: Figure, now: number, before: number): string {
  const d = now - before;
  return f.key === 'minutesSaved' && d !== 0 ? `${d > 0 ? '+' : '−'}${formatMinutes(Math.abs(d))}` : formatDelta(d);
}

/** Last week in three figures, compared with the week before, and one thing to try next. */
export function WeeklyRecap({ week, previous, suggestion, headingLevel = 2, title, compact = false }: WeeklyRecapProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  const weekStart = week.start;
  return (
    <section className="hb-recap" aria-labelledby={headingId}>
      <div className="hb-recap-head">
        <Heading id={headingId} className="hb-h">
          {title ?? i18n.t('recap.lastWeek')}
        </Heading>
        <p className="hb-recap-dates">
          {formatShortDate(weekStart)} – {formatShortDate(addDays(weekStart, 6))}
        </p>
      </div>
      <p className="hb-recap-goal" data-met={week.goalMet}>
        {week.goalMet ? (
          <>
            <HabitIcon name="check" size={14} /> {i18n.t('recap.goalMet', { done: week.workdaysWithAi, goal: week.goal })}
          </>
        ) : (
          i18n.t('recap.goalMissed', { done: week.workdaysWithAi, goal: week.goal })
        )}
      </p>
      <ul className="hb-recap-figures">
        {FIGURES.map((f) => {
          const now = week[f.key];
          const before = previous?.[f.key];
          const trend = before === undefined ? 0 : Math.sign(now - before);
          return (
            <li key={f.key} className="hb-recap-figure">
              <span className="hb-recap-label">{f.label()}</span>
              <span className="hb-recap-value">{f.format(now)}</span>
              {before !== undefined && (
                <span className="hb-recap-delta" data-trend={trend > 0 ? 'up' : trend < 0 ? 'down' : 'flat'}>
                  {trend > 0 && <HabitIcon name="arrowUp" size={12} />}
                  {trend < 0 && <HabitIcon name="arrowDown" size={12} />}
                  {deltaAmount(f, now, before)}
                  {compact ? <span className="hb-sr"> {i18n.t('recap.vsBefore')}</span> : ` ${i18n.t('recap.vsBefore')}`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {compact && previous && <p className="hb-recap-note">{i18n.t('recap.compareNote')}</p>}
      {suggestion && (
        <p className="hb-suggestion" data-kind={suggestion.kind}>
          <HabitIcon name="sparkle" size={16} />
          <span>
            <strong>{i18n.t('recap.tryThisWeek')} </strong>
            {suggestionText(suggestion)}
          </span>
        </p>
      )}
    </section>
  );
}
