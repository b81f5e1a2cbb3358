/**
 * The habits page in German: the browser language decides, dates and numbers follow it, and every
 * message the page asks for exists (a missing key would come back empty with an "[i18n]" warning).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';

// `i18n.t` reads chrome.i18n when #i18n is first imported: switch to German before the components load.
await vi.hoisted(async () => {
  const { installI18n } = await import('../../support/i18n');
  installI18n('de');
});

const { cellLabel } = await import('@/components/habits/Heatmap');
const { HabitsLayout } = await import('@/components/habits/HabitsLayout');
const { HabitsOverview } = await import('@/components/habits/HabitsOverview');
const { PrivacyCentre } = await import('@/components/habits/PrivacyCentre');
const { HabitSettingsForm } = await import('@/components/habits/HabitSettingsForm');
const { formatBytes, formatDay, formatMinutes, formatNumber, uiLocale } = await import('@/components/habits/format');
const { DayRollupSchema } = await import('@/lib/usage/rollup');
const { DEFAULT_HABIT_SETTINGS } = await import('@/lib/usage/settings');
const { fakeSummary, generateRollups, TODAY } = await import('./fixtures');

let warn: MockInstance<typeof console.warn>;
beforeAll(() => {
  warn = vi.spyOn(console, 'warn');
});
afterAll(() => {
  // Every key the German page asked for exists.
  expect(warn.mock.calls.filter((c) => String(c[0]).includes('[i18n]'))).toEqual([]);
  warn.mockRestore();
});

describe('the habits page in German', () => {
  it('formats in the browser language', () => {
    expect(uiLocale()).toBe('de');
    expect(formatDay('2026-03-03')).toBe('Di., 3. März 2026');
    expect(formatNumber(1204)).toBe('1.204');
    expect(formatMinutes(95)).toBe('1\u00a0Std. 35\u00a0Min.');
    expect(formatMinutes(288, { whole: true })).toBe('4\u00a0Std.\u00a048\u00a0Min.');
    expect(formatBytes(20_480)).toBe('20 kB');
    expect(cellLabel({ day: TODAY, count: 0, level: 0, inFuture: false, isToday: true, isWorkday: true, frozen: true })).toBe(
      'Do., 5. März 2026: keine KI-Aktionen (Serien-Joker genutzt, heute)',
    );
  });

  it('shows the overview in German, with German day names in the heatmap', () => {
    const rollups = [...generateRollups(60).filter((r) => r.day !== '2026-03-03'), DayRollupSchema.parse({ day: '2026-03-03', aiActions: 4 })];
    const summary = fakeSummary(rollups);
    render(
      <HabitsLayout section="overview">
        <HabitsOverview summary={summary} tips={new Map([['sf-opp-followup', { title: 'Draft the follow-up email', app: 'salesforce' }]])} />
      </HabitsLayout>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Meine KI-Gewohnheiten' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Bereiche' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Datenschutz' })).toHaveAttribute('href', '#privacy');
    for (const name of ['Meilensteine', 'Ihr Jahr mit KI', 'Persönliche Rekorde', 'Wo Sie KI nutzen', 'Top-Tipps', 'Serienverlauf']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByRole('region', { name: 'Ihre Gewohnheit auf einen Blick' })).toHaveTextContent('Stärke der Gewohnheit');
    expect(screen.getByText('Stärke der Gewohnheit').nextSibling).toHaveTextContent(`${summary.strength.percent} %`);

    const grid = screen.getByRole('grid', { name: 'Ihr Jahr mit KI' });
    expect(within(grid).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Mär');
    expect(within(grid).getByRole('gridcell', { name: 'Di., 3. März 2026: 4 KI-Aktionen' })).toHaveAttribute('data-level');
    expect(within(grid).getByRole('gridcell', { name: 'Sa., 7. März 2026: noch nicht' })).toHaveAttribute('data-future', 'true');
    expect(grid).toHaveAccessibleName('Ihr Jahr mit KI');
    expect(grid.querySelector('caption')).toHaveTextContent(/^\d+ Tage mit KI und \d+ KI-Aktionen in den letzten 53 Wochen\./);
    expect(screen.getByText('Weniger')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Wo Sie KI nutzen' })).getByText('Salesforce')).toBeInTheDocument();
  });

  it('welcomes a first-day employee with the pill and popup labels they will see', () => {
    render(<HabitsOverview summary={fakeSummary([])} tips={new Map()} onOpenSettings={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Hier beginnt Ihre KI-Gewohnheit' })).toBeInTheDocument();
    expect(screen.getByText('KI-Tipp', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Ich habe KI genutzt', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ziel ändern' })).toBeInTheDocument();
  });

  it('runs the privacy centre in German, deleting only after the German phrase', async () => {
    const user = userEvent.setup();
    const onDeleteAll = vi.fn(async () => {});
    render(
      <HabitsLayout section="privacy">
        <PrivacyCentre
          counts={{ events: 1204, days: 1, bytesEstimate: 20_480 }}
          eventLog={{
            rows: [{ id: 1, at: '2026-03-05T10:00:00.000Z', type: 'prompt_copied', app: 'Jira', tip: 'Write acceptance criteria' }],
            page: 0,
            pageCount: 1,
            onPageChange: vi.fn(),
            timeZone: 'UTC',
          }}
          days={[DayRollupSchema.parse({ day: '2026-03-03', aiActions: 4 })]}
          retentionDays={180}
          trackingPaused={false}
          onPauseChange={vi.fn(async () => {})}
          onExport={vi.fn(async () => {})}
          onDeleteAll={onDeleteAll}
        />
      </HabitsLayout>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Datenschutzcenter' })).toBeInTheDocument();
    expect(screen.getByText('1.204')).toBeInTheDocument();
    expect(screen.getByText(/sie werden 180 Tage lang aufbewahrt/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Erfassung pausieren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als JSON exportieren' })).toBeEnabled();

    const log = screen.getByRole('table', { name: 'Gespeicherte Ereignisse, neueste zuerst: Seite 1 von 1' });
    expect(within(log).getByRole('columnheader', { name: 'Zeit' })).toBeInTheDocument();
    expect(within(log).getByText('Prompt kopiert')).toBeInTheDocument();
    expect(within(log).getByText('05.03.2026, 10:00')).toBeInTheDocument();
    expect(screen.getByText('Seite 1 von 1 · 1.204 Ereignisse')).toBeInTheDocument();
    const days = screen.getByRole('table', { name: 'Tageseinträge, neueste zuerst: Seite 1 von 1' });
    expect(within(days).getByText('Di., 3. März 2026')).toBeInTheDocument();
    expect(screen.getByText('Seite 1 von 1 · 1 Tag')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Alle meine Daten löschen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Alle Ihre Lastmile-Daten löschen?' });
    expect(dialog).toHaveAccessibleDescription(/^1\.204 Ereignisse und 1 Tageseintrag werden aus diesem Browser entfernt\./);
    const input = within(dialog).getByRole('textbox', { name: 'Geben Sie zur Bestätigung alles löschen ein' });
    const submit = within(dialog).getByRole('button', { name: 'Alles löschen' });
    await user.type(input, 'delete everything');
    expect(submit).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'Alles löschen');
    await user.click(submit);
    expect(onDeleteAll).toHaveBeenCalledTimes(1);
  });

  it('names workdays and goals in German in the settings', async () => {
    const user = userEvent.setup();
    render(<HabitSettingsForm settings={DEFAULT_HABIT_SETTINGS} onSave={vi.fn(async () => {})} />);
    expect(screen.getByRole('group', { name: 'Arbeitstage' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1 Tag pro Woche' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '5 Tage pro Woche' })).toBeInTheDocument();
    for (const day of ['Montag', 'Dienstag', 'Mittwoch']) await user.click(screen.getByRole('checkbox', { name: day }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Ein Ziel von ${DEFAULT_HABIT_SETTINGS.weeklyGoalDays} Tagen braucht ${DEFAULT_HABIT_SETTINGS.weeklyGoalDays} Arbeitstage; Sie haben 2 gewählt.`,
    );
  });
});
