/** The weekly recap in words: the suggestion sentences and the notification, in English and German. */
import { afterEach, describe, expect, it } from 'vitest';
import { installI18n } from '../support/i18n';
import { recapNotificationText, suggestionText } from '../../components/recap-text';
import { summarizeHabits } from '../../lib/usage/habits';
import { emptyRollup, type DayRollup } from '../../lib/usage/rollup';
import { DEFAULT_HABIT_SETTINGS } from '../../lib/usage/settings';

afterEach(() => installI18n('en'));

describe('suggestion sentences', () => {
  it('words every kind in English, naming the app and the day', () => {
    expect(suggestionText({ kind: 'first_tip', app: 'gmail' })).toBe(
      'Try your first tip: next time you are in Gmail, open the Lastmile tip and use its prompt.',
    );
    expect(suggestionText({ kind: 'first_tip' })).toBe('Try your first tip: open a record in one of your work tools and use the Lastmile tip.');
    expect(suggestionText({ kind: 'come_back', app: 'zendesk', day: '2026-03-25', isToday: true })).toBe(
      'No AI days last week. Start again small: one task in Zendesk today is enough.',
    );
    expect(suggestionText({ kind: 'come_back', day: '2026-03-30', isToday: false })).toBe(
      'No AI days last week. Start again small: one task in one of your work tools on Monday is enough.',
    );
    expect(suggestionText({ kind: 'reach_goal', app: 'zendesk', day: '2026-03-25', isToday: false, workdays: 2, goal: 3 })).toBe(
      'You used AI on 2 of 3 workdays last week: 1 more day reaches your goal. Try a Zendesk tip on Wednesday.',
    );
    expect(suggestionText({ kind: 'reach_goal', day: '2026-03-25', isToday: true, workdays: 1, goal: 4 })).toBe(
      'You used AI on 1 of 4 workdays last week: 3 more days reach your goal. Try a tip in one of your work tools today.',
    );
    expect(suggestionText({ kind: 'raise_goal', weeks: 4, goal: 4 })).toBe('You met your goal 4 weeks in a row. Ready for 4 days a week?');
    expect(suggestionText({ kind: 'new_app', app: 'gmail' })).toBe("You haven't used a tip in Gmail yet. Try one there this week.");
    expect(suggestionText({ kind: 'level_up', app: 'jira', minutes: 45, weeks: 4 })).toBe(
      'Your Jira tips saved the most time (45 min in 4 weeks). Try an everyday-level tip there next.',
    );
    expect(suggestionText({ kind: 'keep_going', app: 'jira', workdays: 3 })).toBe(
      'You met your goal with 3 days of AI. Keep the same rhythm this week.',
    );
    expect(suggestionText({ kind: 'keep_going', workdays: 1 })).toBe('You met your goal with 1 day of AI. Keep the same rhythm this week.');
  });

  it('words them in German, with the weekday in German', () => {
    installI18n('de');
    expect(suggestionText({ kind: 'reach_goal', app: 'jira', day: '2026-03-25', isToday: false, workdays: 2, goal: 3 })).toBe(
      'Letzte Woche haben Sie an 2 von 3 Arbeitstagen KI genutzt: Noch 1 Tag mehr, und Sie erreichen Ihr Ziel. Probieren Sie am Mittwoch einen Tipp in Jira aus.',
    );
    expect(suggestionText({ kind: 'keep_going', workdays: 3 })).toBe(
      'Sie haben Ihr Ziel mit 3 KI-Tagen erreicht. Behalten Sie diese Woche den Rhythmus bei.',
    );
    installI18n('fr');
    expect(suggestionText({ kind: 'come_back', app: 'gmail', day: '2026-03-30', isToday: false })).toBe(
      "Aucun jour avec l'IA la semaine dernière. Reprenez en douceur\u00a0: une tâche dans Gmail lundi suffit.",
    );
  });
});

describe('weekly recap notification', () => {
  const active = (day: string, extra: Partial<DayRollup> = {}): DayRollup => ({ ...emptyRollup(day), aiActions: 2, ...extra });
  // Monday 2026-11-16 .. Sunday 2026-11-22 is "last week" seen from Wednesday 2026-11-25.
  const { recap } = summarizeHabits(
    [active('2026-11-16', { informedTasks: 1, minutesSaved: 15 }), active('2026-11-17'), active('2026-11-19', { informedTasks: 2, minutesSaved: 10 })],
    DEFAULT_HABIT_SETTINGS,
    '2026-11-25',
  );

  it('says what happened last week and what to try next', () => {
    const n = recapNotificationText(recap);
    expect(n.title).toBe('Last week: goal met');
    expect(n.message).toBe(`3 days with AI, 3 AI-informed tasks, about 25 min saved. Next: ${suggestionText(recap.suggestion)}`);
  });

  it('leaves out figures that are zero', () => {
    const quiet = summarizeHabits([active('2026-11-17')], DEFAULT_HABIT_SETTINGS, '2026-11-25').recap;
    const n = recapNotificationText(quiet);
    expect(n.title).toBe('Your week with AI');
    expect(n.message).toMatch(/^1 day with AI\. Next: \S/);
  });
});
