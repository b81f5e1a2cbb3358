import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GoalRing, goalFraction, goalLabel } from '@/components/habits/GoalRing';
import { StreakBadge } from '@/components/habits/StreakBadge';
import { WeeklyRecap, type RecapWeek } from '@/components/habits/WeeklyRecap';
import { formatMinutes, formatShortDate } from '@/components/habits/format';
import { AppBreakdown } from '@/components/habits/AppBreakdown';
import { PersonalBests } from '@/components/habits/PersonalBests';

describe('GoalRing', () => {
  it('names the progress in words', () => {
    render(<GoalRing done={2} goal={3} />);
    expect(screen.getByRole('img', { name: '2 of 3 days this week' })).toBeInTheDocument();
  });

  it('says when the goal is met and never draws past a full ring', () => {
    render(<GoalRing done={5} goal={3} />);
    const ring = screen.getByRole('img', { name: '5 of 3 days this week, goal met' });
    expect(ring).toHaveAttribute('data-met', 'true');
    expect(ring.querySelector('.hb-ring-bar')).toHaveAttribute('data-fraction', '1.000');
  });

  it('computes the arc from done / goal, guarding odd input', () => {
    expect(goalFraction(0, 3)).toBe(0);
    expect(goalFraction(1, 4)).toBe(0.25);
    expect(goalFraction(2, 3)).toBeCloseTo(2 / 3);
    expect(goalFraction(3, 3)).toBe(1);
    expect(goalFraction(-2, 3)).toBe(0);
    expect(goalFraction(Number.NaN, 3)).toBe(0);
    expect(goalFraction(1, 0)).toBe(1);
    expect(goalLabel(1, 2, 'lastWeek')).toBe('1 of 2 days last week');
  });

  it('sets the dash offset to the unfinished share of the circumference', () => {
    const { container } = render(<GoalRing done={1} goal={4} size={88} />);
    const bar = container.querySelector('.hb-ring-bar')!;
    const c = 2 * Math.PI * ((88 - 8) / 2);
    expect(Number(bar.getAttribute('stroke-dashoffset'))).toBeCloseTo(c * 0.75);
  });
});

describe('StreakBadge', () => {
  it('shows the streak number alone in its test id and the freezes in words', () => {
    render(<StreakBadge current={12} best={20} freezesHeld={2} maxFreezes={2} />);
    expect(screen.getByTestId('streak-current')).toHaveTextContent(/^12$/);
    expect(screen.getByText(/2 streak freezes saved/)).toBeInTheDocument();
    expect(screen.getByText(/best 20 days/)).toBeInTheDocument();
    const icons = document.querySelectorAll('.hb-freeze');
    expect(icons).toHaveLength(2);
    expect([...icons].every((i) => i.getAttribute('data-held') === 'true')).toBe(true);
  });

  it('nudges when the streak is at risk and explains freezes to screen readers', () => {
    render(<StreakBadge current={3} freezesHeld={1} maxFreezes={2} atRisk />);
    expect(screen.getByText('Use AI today to keep it going')).toBeInTheDocument();
    expect(screen.getByText(/1 streak freeze saved/)).toHaveTextContent('a missed workday will not break your streak');
    expect(document.querySelectorAll('.hb-freeze[data-held="true"]')).toHaveLength(1);
  });

  it('has a friendly zero state', () => {
    render(<StreakBadge current={0} freezesHeld={0} maxFreezes={2} />);
    expect(screen.getByTestId('streak-current')).toHaveTextContent('0');
    expect(screen.getByText('Use AI on a workday to start one')).toBeInTheDocument();
    expect(screen.getByText(/No streak freezes/)).toBeInTheDocument();
  });
});

const WEEK: RecapWeek = {
  start: '2026-02-23',
  daysWithAi: 4,
  workdaysWithAi: 3,
  goal: 3,
  goalMet: true,
  informedTasks: 5,
  minutesSaved: 95,
};

describe('WeeklyRecap', () => {
  it('shows the week, the goal, three figures with changes and one suggestion', () => {
    render(
      <WeeklyRecap
        week={WEEK}
        previous={{ ...WEEK, start: '2026-02-16', daysWithAi: 2, informedTasks: 5, minutesSaved: 110 }}
        suggestion={{ kind: 'new_app', app: 'jira' }}
      />,
    );
    const recap = screen.getByRole('region', { name: 'Last week' });
    // Dates in the page's locale (format.ts); the range is the week's Monday to Sunday.
    expect(within(recap).getByText(`${formatShortDate('2026-02-23')} – ${formatShortDate('2026-03-01')}`)).toBeInTheDocument();
    expect(within(recap).getByText(/Goal met: 3 of 3 workdays with AI/)).toBeInTheDocument();
    const figures = within(recap).getAllByRole('listitem');
    expect(figures.map((f) => f.textContent)).toEqual([
      'Days with AI4+2 vs the week before',
      'AI-informed tasks5±0 vs the week before',
      `Time saved${formatMinutes(95)}−${formatMinutes(15)} vs the week before`,
    ]);
    expect(figures[0]!.querySelector('[data-trend]')).toHaveAttribute('data-trend', 'up');
    expect(figures[2]!.querySelector('[data-trend]')).toHaveAttribute('data-trend', 'down');
    expect(within(recap).getByText(/Try one there this week/)).toHaveTextContent(/^Try this week: /);
  });

  it('leaves out comparisons without a previous week and is kind about a missed goal', () => {
    render(<WeeklyRecap week={{ ...WEEK, goalMet: false, workdaysWithAi: 1 }} previous={null} suggestion={null} />);
    expect(screen.getByText(/1 of 3 workdays with AI. Each week starts fresh./)).toBeInTheDocument();
    expect(screen.queryByText(/vs the week before/)).toBeNull();
    expect(screen.queryByText(/Try this week/)).toBeNull();
  });
});

describe('AppBreakdown and PersonalBests', () => {
  it('writes every figure out and folds extra apps into one row', () => {
    const rows = ['A', 'B', 'C'].map((l, i) => ({ app: l, label: l, aiActions: 10 - i, tipsUsed: 1, minutesSaved: 0 }));
    render(<AppBreakdown rows={rows} limit={2} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('A10 AI actions');
    expect(items[2]).toHaveTextContent('1 other app8 AI actions');
  });

  it('lists bests as label and value, "Not yet" when there is none', () => {
    render(
      <PersonalBests
        items={[
          { key: 'a', label: 'Longest streak', value: '12 days', detail: '3 Feb – 19 Feb', icon: 'flame' },
          { key: 'b', label: 'Best week', value: null, icon: 'trophy' },
        ]}
      />,
    );
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Longest streak', 'Best week']);
    expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual(['12 days', '3 Feb – 19 Feb', 'Not yet']);
  });
});
