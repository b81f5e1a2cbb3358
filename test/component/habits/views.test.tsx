import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HabitsLayout } from '@/components/habits/HabitsLayout';
import { HabitsOverview, type TipInfo } from '@/components/habits/HabitsOverview';
import { PopupView, type PopupViewProps } from '@/components/habits/PopupView';
import { PrivacyCentre, type PrivacyCentreProps } from '@/components/habits/PrivacyCentre';
import { HabitSettingsForm } from '@/components/habits/HabitSettingsForm';
import { DayRollupSchema } from '@/lib/usage/rollup';
import { DEFAULT_HABIT_SETTINGS } from '@/lib/usage/settings';
import { seriousViolations } from './a11y';
import { fakeSummary, generateRollups, TODAY } from './fixtures';

const ROLLUPS = generateRollups(92);
const TIPS = new Map<string, TipInfo>([
  ['sf-opp-followup', { title: 'Draft the follow-up email', app: 'salesforce' }],
  ['sf-opp-call-plan', { title: 'Plan the next call', app: 'salesforce' }],
  ['jira-acceptance-criteria', { title: 'Write acceptance criteria', app: 'jira' }],
  ['jira-bug-report', { title: 'Tidy up the bug report', app: 'jira' }],
]);

function popupProps(overrides: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    summary: fakeSummary(ROLLUPS),
    today: ROLLUPS.find((r) => r.day === TODAY) ?? null,
    trackingPaused: false,
    log: { kind: 'idle' },
    onLog: vi.fn(),
    onOpenHabits: vi.fn(),
    ...overrides,
  };
}

describe('PopupView', () => {
  it('keeps the e2e contract: numbers only in the test ids, "Today counts", and the "I used AI" button', async () => {
    const user = userEvent.setup();
    const today = DayRollupSchema.parse({ day: TODAY, aiActions: 3, informedTasks: 1 });
    const rollups = [...ROLLUPS.filter((r) => r.day !== TODAY), today];
    const props = popupProps({ summary: fakeSummary(rollups), today });
    render(<PopupView {...props} />);
    expect(screen.getByTestId('today-ai-actions')).toHaveTextContent(/^3$/);
    expect(screen.getByTestId('today-informed-tasks')).toHaveTextContent(/^1$/);
    expect(screen.getByTestId('today-status')).toHaveTextContent(/^Today counts$/);
    expect(screen.getByTestId('streak-current').textContent).toMatch(/^\d+$/);
    expect(Number(screen.getByTestId('streak-current').textContent)).toBe(props.summary.streak.current);
    await user.click(screen.getByRole('button', { name: 'I used AI' }));
    expect(props.onLog).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'My AI habits' }));
    expect(props.onOpenHabits).toHaveBeenCalledWith('overview');
    const ring = screen.getByRole('img', { name: /days this week/ });
    expect(ring).toHaveAccessibleName(`${props.summary.week.current.daysDone} of ${props.summary.week.current.goal} days this week${props.summary.week.current.met ? ', goal met' : ''}`);
  });

  it('nudges gently when today has nothing yet and confirms a log', () => {
    const rollups = ROLLUPS.filter((r) => r.day !== TODAY);
    render(<PopupView {...popupProps({ summary: fakeSummary(rollups), today: null, log: { kind: 'logged' } })} />);
    expect(screen.getByTestId('today-ai-actions')).toHaveTextContent(/^0$/);
    expect(screen.getByTestId('today-status').textContent).not.toBe('Today counts');
    expect(screen.getByRole('status')).toHaveTextContent('Logged. Nice work.');
  });

  it('disables logging while tracking is paused and says why', () => {
    render(<PopupView {...popupProps({ trackingPaused: true })} />);
    const button = screen.getByRole('button', { name: 'I used AI' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/Tracking is paused/);
  });

  it('has no serious axe violations (with history, and on the first day)', async () => {
    const { container, unmount } = render(<PopupView {...popupProps({ log: { kind: 'error', message: 'offline' } })} />);
    expect(await seriousViolations(container)).toEqual([]);
    unmount();
    const first = render(<PopupView {...popupProps({ summary: fakeSummary([]), today: null })} />);
    expect(screen.getByRole('heading', { name: 'Start small' })).toBeInTheDocument();
    expect(await seriousViolations(first.container)).toEqual([]);
  });
});

describe('HabitsOverview', () => {
  it('shows streak, goal, strength, time saved, the year, bests, apps and tips from a real summary', async () => {
    const summary = fakeSummary(ROLLUPS);
    const { container } = render(
      <HabitsLayout section="overview">
        <HabitsOverview summary={summary} tips={TIPS} />
      </HabitsLayout>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'My AI habits' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '#privacy');
    expect(screen.getByTestId('streak-current')).toHaveTextContent(String(summary.streak.current));
    expect(screen.getByText('Habit strength').nextSibling).toHaveTextContent(`${summary.strength.percent}%`);
    for (const name of ['Milestones', 'Your year with AI', 'Last week', 'Personal bests', 'Where you use AI', 'Top tips', 'Streak history']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByRole('grid', { name: 'Your year with AI' })).toBeInTheDocument();
    const apps = screen.getByRole('region', { name: 'Where you use AI' });
    expect(within(apps).getByText('Salesforce')).toBeInTheDocument();
    const tips = screen.getByRole('region', { name: 'Top tips' });
    expect(within(tips).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'Your AI habit starts here' })).toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
    // axe over the full-year grid (371 named cells) takes 4-6 s on a busy two-core machine.
  }, 20_000);

  it('welcomes a first-day employee with how to start', async () => {
    const { container } = render(<HabitsOverview summary={fakeSummary([])} tips={TIPS} onOpenSettings={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Your AI habit starts here' })).toBeInTheDocument();
    expect(screen.getByText(/Open a tip on Salesforce, Jira, Gmail/)).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe('PrivacyCentre and settings', () => {
  function privacyProps(overrides: Partial<PrivacyCentreProps> = {}): PrivacyCentreProps {
    return {
      counts: { events: 2, days: ROLLUPS.length, bytesEstimate: 20_480 },
      eventLog: {
        rows: [
          { id: 2, at: '2026-03-05T10:00:00.000Z', type: 'manual_log' },
          { id: 1, at: '2026-03-05T09:00:00.000Z', type: 'prompt_copied', app: 'Jira', tip: 'Write acceptance criteria' },
        ],
        page: 0,
        pageCount: 1,
        onPageChange: vi.fn(),
      },
      days: ROLLUPS,
      retentionDays: 180,
      trackingPaused: false,
      onPauseChange: vi.fn(async () => {}),
      onExport: vi.fn(async () => {}),
      onDeleteAll: vi.fn(async () => {}),
      ...overrides,
    };
  }

  it('shows what is stored, exports each format, pauses and deletes after confirmation', async () => {
    const user = userEvent.setup();
    const props = privacyProps();
    const { container } = render(
      <HabitsLayout section="privacy">
        <PrivacyCentre {...props} />
      </HabitsLayout>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Privacy centre' })).toBeInTheDocument();
    expect(container.querySelector('main')).toHaveAttribute('id', 'privacy');
    expect(screen.getByText('20 kB')).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV (events)' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV (days)' }));
    expect(vi.mocked(props.onExport).mock.calls).toEqual([['json'], ['events-csv'], ['days-csv']]);

    await user.click(screen.getByRole('switch', { name: 'Pause tracking' }));
    expect(props.onPauseChange).toHaveBeenCalledWith(true);

    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    expect(await seriousViolations(container)).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: /to confirm/ }), 'delete everything');
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(props.onDeleteAll).toHaveBeenCalledTimes(1);
  });

  it('has nothing to export or delete when nothing is stored', () => {
    render(<PrivacyCentre {...privacyProps({ counts: { events: 0, days: 0, bytesEstimate: 0 }, days: [] })} />);
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Delete all my data' })).toBeDisabled();
    expect(screen.getByText('No events stored.')).toBeInTheDocument();
    expect(screen.getByText('No daily records stored.')).toBeInTheDocument();
  });

  it('settings section has no serious axe violations, error shown', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <HabitsLayout section="settings">
        <HabitSettingsForm settings={DEFAULT_HABIT_SETTINGS} onSave={vi.fn(async () => {})} />
      </HabitsLayout>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
  });
});
