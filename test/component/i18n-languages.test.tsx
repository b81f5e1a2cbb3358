/**
 * The UI in German and French: the browser's language decides (chrome.i18n), every visible word and
 * accessible name comes from locales/<lang>.yml, and the plural forms follow the count.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { installI18n } from '../support/i18n';
import { TipCard, type CardTip } from '../../components/TipCard';
import { createPill } from '../../components/pill';
import { createNoteBadge } from '../../components/note-badge';
import { createShadowNote } from '../../components/shadow-note';
import { PopupView } from '../../components/habits/PopupView';
import { goalLabel } from '../../components/habits/GoalRing';
import { Onboarding } from '../../components/onboarding/Onboarding';
import { sampleTip } from '../../components/onboarding/sample';
import { tourData } from '../../lib/onboarding';
import { resolvePolicy } from '../../lib/policy/merge';
import { PolicyStatusSchema } from '../../lib/pages/replies';
import { recapNotificationText } from '../../components/recap-text';
import { DEFAULT_AI_TOOLS } from '../../lib/policy/tools';
import { DayRollupSchema, emptyRollup, type DayRollup } from '../../lib/usage/rollup';
import { summarizeHabits } from '../../lib/usage/habits';
import { DEFAULT_HABIT_SETTINGS } from '../../lib/usage/settings';
import { fakeSummary, generateRollups, TODAY } from './habits/fixtures';

afterAll(() => installI18n('en'));

const TIPS: readonly CardTip[] = [
  {
    id: 'sf.summarize-opp',
    title: 'Opportunity zusammenfassen',
    why: 'Ein kurzes Briefing vor dem Anruf.',
    prompt: 'Fasse die Opportunity Acme zusammen.',
    gap: 'skill',
    minutesSaved: 10,
    level: 'first_steps',
    redactions: [
      { rule: 'email', count: 2 },
      { rule: 'iban', count: 1 },
    ],
  },
  {
    id: 'sf.follow-up',
    title: 'Follow-up-E-Mail entwerfen',
    why: 'Ein guter erster Entwurf.',
    prompt: 'Entwirf eine kurze Follow-up-E-Mail.',
    gap: 'clarity',
    minutesSaved: 1,
    level: 'everyday',
  },
];

describe('in German', () => {
  beforeAll(() => installI18n('de'));

  it('the tip card speaks German, with German accessible names and status lines', async () => {
    const user = userEvent.setup();
    const onCopy = vi.fn(async () => true);
    render(
      <TipCard
        tips={TIPS}
        appLabel="Salesforce"
        contextLabel="Opportunity · Acme"
        tools={DEFAULT_AI_TOOLS}
        toolId="chatgpt"
        onToolChange={vi.fn()}
        onCopy={onCopy}
        onOpen={vi.fn(async () => ({ copied: false }))}
        onMarkUsed={vi.fn()}
        onNotNow={vi.fn()}
        onDontShow={vi.fn()}
        onSnoozeApp={vi.fn()}
        onClose={vi.fn()}
        onFeedback={vi.fn()}
        notes={[{ id: 'n1', level: 'caution', text: 'Keine Kundendaten eingeben.', link: 'https://intranet.example/ki' }]}
        orgName="Acme Bank"
      />,
    );
    const card = screen.getByRole('dialog', { name: 'Wo KI hier hilft' });
    expect(within(card).getByRole('button', { name: 'Schließen' })).toHaveAttribute('title', 'Schließen (Esc)');
    expect(within(card).getByRole('group', { name: 'Richtlinie von Acme Bank' })).toHaveTextContent('Vorsicht: Keine Kundendaten eingeben.');
    expect(within(card).getByRole('link', { name: 'Regel lesen (öffnet in neuem Tab)' })).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Über diesen Tipp' })).toHaveTextContent('Können: richtig fragen');
    expect(within(card).getByText('≈ 10 Min. gespart')).toBeInTheDocument();
    expect(within(card).getByText('Etwa 10 Minuten gespart')).toBeInTheDocument();
    expect(within(card).getByText('Vor dem Senden entfernt: 2 E-Mail-Adressen, 1 IBAN')).toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: 'KI-Tool' })).toBeInTheDocument();
    expect(within(card).getByText('Idee 1 von 2')).toBeInTheDocument();
    for (const name of ['In ChatGPT öffnen', 'Nicht jetzt', 'Nicht mehr anzeigen', 'Salesforce heute pausieren', 'Hilfreich', 'Nicht hilfreich']) {
      expect(within(card).getByRole('button', { name })).toBeInTheDocument();
    }

    await user.click(within(card).getByRole('button', { name: 'Prompt kopieren' }));
    expect(onCopy).toHaveBeenCalledTimes(1);
    expect(within(card).getByRole('status')).toHaveTextContent('Prompt kopiert');
    await user.click(within(card).getByRole('button', { name: 'Ich habe KI dafür genutzt' }));
    expect(within(card).getByRole('button', { name: 'Erfasst – danke!' })).toHaveAttribute('aria-disabled', 'true');

    await user.type(within(card).getByRole('textbox', { name: 'Prompt' }), ' Kurz.');
    expect(within(card).getByRole('button', { name: 'Prompt zurücksetzen' })).toHaveTextContent('Zurücksetzen');

    // The singular: one minute.
    await user.click(within(card).getByRole('button', { name: /Weitere Idee/ }));
    expect(within(card).getByText('Etwa 1 Minute gespart')).toBeInTheDocument();
    expect(within(card).getByText('Klarheit: wo KI passt')).toBeInTheDocument();
  });

  it('the pill, the note badge and the approved-tool note speak German', () => {
    const pill = createPill(document, { onOpen: vi.fn() });
    const badge = createNoteBadge(document);
    const note = createShadowNote(document, { toolName: 'Claude', approvedName: 'Acme GPT', approvedUrl: 'https://gpt.acme.example/' }, { onDismiss: vi.fn() });
    document.body.append(pill.element, badge.element, note.element);
    try {
      pill.update({ title: 'Antwort entwerfen', count: 3 });
      expect(screen.getByRole('button', { name: 'KI-Tipp: Antwort entwerfen (3 Ideen)' })).toHaveTextContent('KI-Tipp Antwort entwerfen');

      badge.update([{ level: 'blocked', text: 'Keine Patientendaten.' }]);
      expect(screen.getByRole('note', { name: 'KI hier nicht erlaubt: Keine Patientendaten.' })).toBeInTheDocument();

      const aside = screen.getByRole('complementary', { name: 'Lastmile: freigegebenes KI-Tool' });
      expect(aside).toHaveTextContent('Das freigegebene KI-Tool Ihres Unternehmens ist Acme GPT.');
      expect(within(aside).getByRole('link', { name: 'Acme GPT öffnen' })).toBeInTheDocument();
      expect(within(aside).getByRole('button', { name: 'Ausblenden' })).toBeInTheDocument();
    } finally {
      pill.destroy();
      badge.destroy();
      note.destroy();
    }
  });

  it('the popup speaks German, with German plurals', () => {
    const rollups = generateRollups(92);
    const today = DayRollupSchema.parse({ day: TODAY, aiActions: 1, informedTasks: 2 });
    const summary = fakeSummary([...rollups.filter((r) => r.day !== TODAY), today]);
    render(
      <PopupView
        summary={summary}
        today={today}
        trackingPaused
        log={{ kind: 'error', message: 'Speicher voll' }}
        onLog={vi.fn()}
        onOpenHabits={vi.fn()}
        sharingAsk
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Heute' })).toBeInTheDocument();
    // Singular and plural, after the figure they count.
    expect(screen.getByTestId('today-ai-actions').nextElementSibling).toHaveTextContent(/^KI-Aktion$/);
    expect(screen.getByTestId('today-informed-tasks').nextElementSibling).toHaveTextContent(/^KI-gestützte Aufgaben$/);
    expect(screen.getByTestId('today-status')).toHaveTextContent(/^Heute zählt$/);
    expect(screen.getByRole('button', { name: 'Ich habe KI genutzt' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Nicht erfasst: Speicher voll');
    expect(screen.getByText('Die Erfassung ist pausiert, es wird nichts aufgezeichnet.')).toBeInTheDocument();
    expect(screen.getByTestId('sharing-ask')).toHaveTextContent('Ihr Unternehmen bittet darum, anonyme Statistiken zu teilen — ansehen');
    expect(screen.getByRole('region', { name: 'Ihre Gewohnheit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Meine KI-Gewohnheiten' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Datenschutzcenter' })).toBeInTheDocument();
    const week = summary.week.current;
    expect(screen.getByRole('img', { name: goalLabel(week.daysDone, week.goal) })).toBeInTheDocument();
  });

  it('names the goal ring and words the weekly recap notification in German', () => {
    expect(goalLabel(1, 3)).toBe('1 von 3 Tagen diese Woche');
    expect(goalLabel(1, 1, 'lastWeek')).toBe('1 von 1 Tag letzte Woche, Ziel erreicht');

    const active = (day: string, extra: Partial<DayRollup> = {}): DayRollup => ({ ...emptyRollup(day), aiActions: 2, ...extra });
    const { recap } = summarizeHabits(
      [active('2026-11-16', { informedTasks: 1, minutesSaved: 15 }), active('2026-11-17'), active('2026-11-19')],
      DEFAULT_HABIT_SETTINGS,
      '2026-11-25',
    );
    const n = recapNotificationText(recap);
    expect(n.title).toBe('Letzte Woche: Ziel erreicht');
    expect(n.message).toMatch(/^3 Tage mit KI, 1 KI-gestützte Aufgabe, etwa 15 Min\. gespart\. Als Nächstes: ./);
  });
});

describe('in French', () => {
  beforeAll(() => installI18n('fr'));

  it('the first-run tour speaks French, with French typography', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const r = resolvePolicy({}, undefined, now);
    const status = PolicyStatusSchema.parse({ policy: r.policy, provenance: r.provenance, rejected: r.rejected, resolvedAt: r.resolvedAt });
    const onSaveGoal = vi.fn(async () => {});
    render(
      <Onboarding
        {...tourData(status, 'normal', 3, undefined)}
        sample={sampleTip('Acme Corp', '23/11/2026', 'fr')}
        links={{ sharing: '/habits.html#sharing', habits: '/habits.html' }}
        onSaveTool={vi.fn(async () => {})}
        onSaveGoal={onSaveGoal}
        onCopy={vi.fn(async () => true)}
        onComplete={vi.fn(async () => {})}
        onCloseTab={vi.fn()}
      />,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bienvenue dans Lastmile');
    expect(screen.getByText('Étape 1 sur 5')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Progression de la visite' })).toHaveTextContent('Confidentialité');
    expect(screen.getByRole('button', { name: 'Passer la visite' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Continuer/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vos données restent dans votre navigateur');
    await user.click(screen.getByRole('button', { name: /^Continuer/ }));
    // A non-breaking space before the question mark, as French typography wants.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Quel outil d'IA utilisez-vous\u00a0?");
    await user.click(screen.getByRole('button', { name: /^Continuer/ }));
    await user.click(screen.getByRole('radio', { name: '1 jour' }));
    await user.click(screen.getByRole('radio', { name: '5 jours' }));
    await user.click(screen.getByRole('button', { name: /^Continuer/ }));
    expect(onSaveGoal).toHaveBeenCalledWith({ weeklyGoalDays: 5 });
    expect(screen.getByRole('button', { name: 'Terminer' })).toBeInTheDocument();
  });
});
