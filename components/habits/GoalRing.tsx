import { i18n } from '#i18n';

/** Which week the ring counts: it ends the accessible name ("2 of 3 days this week"). */
export type GoalPeriod = 'thisWeek' | 'lastWeek';

export interface GoalRingProps {
  /** Days with AI so far this week (counted toward the goal). */
  done: number;
  /** Weekly goal in days. */
  goal: number;
  /** Diameter in CSS pixels. */
  size?: number;
  /** Ends the accessible name: "2 of 3 days this week". */
  period?: GoalPeriod;
}

const STROKE = 8;

function clean(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
}

/** The share of the goal done, 0..1 (a goal below 1 counts as 1 so the ring is never undefined). */
export function goalFraction(done: number, goal: number): number {
  return Math.min(1, clean(done) / Math.max(1, clean(goal)));
}

export function goalLabel(done: number, goal: number, period: GoalPeriod = 'thisWeek'): string {
  const d = clean(done);
  const g = Math.max(1, clean(goal));
  const label =
    period === 'lastWeek' ? i18n.t('recap.ring.lastWeek', g, [g], { done: d }) : i18n.t('recap.ring.thisWeek', g, [g], { done: d });
  return d >= g ? i18n.t('recap.ring.met', { label }) : label;
}

/** Weekly goal as a ring; the figure in the middle is decorative, the name carries it. */
export function GoalRing({ done, goal, size = 88, period = 'thisWeek' }: GoalRingProps) {
  const r = (size - STROKE) / 2;
  const circumference = 2 * Math.PI * r;
  const fraction = goalFraction(done, goal);
  const met = fraction >= 1;
  return (
    <svg
      className="hb-ring"
      data-met={met}
      role="img"
      aria-label={goalLabel(done, goal, period)}
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
    >
      <circle className="hb-ring-track" cx={size / 2} cy={size / 2} r={r} strokeWidth={STROKE} fill="none" />
      <circle
        className="hb-ring-bar"
        cx={size / 2}
        cy={size / 2}
        r={r}
        strokeWidth={STROKE}
        fill="none"
        strokeLinecap="round"
        strokeDasharray={`${circumference} ${circumference}`}
        strokeDashoffset={circumference * (1 - fraction)}
        // Start at 12 o'clock, clockwise.
        transform={`rotate(-90 ${size / 2} ${size / 2})`}
        data-fraction={fraction.toFixed(3)}
      />
      <text className="hb-ring-text" x="50%" y="50%" textAnchor="middle" dominantBaseline="central">
        <tspan className="hb-ring-done">{clean(done)}</tspan>
        <tspan className="hb-ring-goal">/{Math.max(1, clean(goal))}</tspan>
      </text>
    </svg>
  );
}
