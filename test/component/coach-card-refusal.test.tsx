/**
 * The card (entrypoints/coach.content/App.tsx) when the background says no: "Open in …" refused
 * because the policy blocks AI on the page is worded in the employee's language, and a failed load
 * shows a translated message, never the raw error.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { installI18n, type Locale } from '../support/i18n';
import { CoachApp } from '../../entrypoints/coach.content/App';
import { createCoachStore } from '../../entrypoints/coach.content/store';
import { RequestSchema } from '../../lib/messages';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { localizeTip } from '../../lib/playbook/localize';
import { DEFAULT_AI_TOOLS } from '../../lib/policy/tools';
import type { PageContext } from '../../lib/sites/types';

const OPPORTUNITY: PageContext = { app: 'salesforce', page: 'record', object: 'Opportunity', recordId: '0065g00000AbCdEAAR' };
const REFUSED = { ok: false, code: 'refused', reason: 'blocked', error: 'ai:open: AI is blocked here by policy note "no-ai"' };

/** `wxt/browser` is the `chrome` object the i18n setup installed: the test gives it a runtime. */
function answerWith(reply: unknown) {
  const sendMessage = vi.fn(async (_message: unknown) => reply);
  const chrome = (globalThis as unknown as { chrome: Record<string, unknown> }).chrome;
  chrome.runtime = { sendMessage };
  return sendMessage;
}

function renderCard(lang: Locale, state: { loadFailed?: boolean } = {}) {
  installI18n(lang);
  const tip = loadBundledPlaybook().find((t) => t.where.app === 'salesforce' && t.where.object?.includes('Opportunity'));
  if (!tip) throw new Error('No bundled Opportunity tip');
  const store = createCoachStore();
  store.setState({
    open: true,
    context: OPPORTUNITY,
    tips: [localizeTip(tip, lang)],
    tools: [...DEFAULT_AI_TOOLS],
    toolId: 'chatgpt',
    viewId: 'view-1',
    openCount: 1,
    ...state,
  });
  render(<CoachApp store={store} onClose={() => {}} />);
}

afterEach(() => {
  delete (globalThis as unknown as { chrome: Record<string, unknown> }).chrome.runtime;
});
afterAll(() => installI18n('en'));

describe('the card when the background refuses to open the AI tool', () => {
  const cases: [Locale, RegExp, string][] = [
    ['en', /^Open in ChatGPT$/, "ChatGPT was not opened: your company's AI policy doesn't allow AI on this page"],
    ['de', /ChatGPT/, 'ChatGPT wurde nicht geöffnet: Die KI-Richtlinie Ihres Unternehmens erlaubt auf dieser Seite keine KI'],
    // The no-break space before the colon reads as a space (jest-dom collapses white space).
    ['fr', /ChatGPT/, "ChatGPT n'a pas été ouvert : la politique IA de votre entreprise n'autorise pas l'IA sur cette page"],
  ];
  for (const [lang, button, text] of cases) {
    it(`says so in ${lang}`, async () => {
      const sendMessage = answerWith(REFUSED);
      renderCard(lang);
      await userEvent.setup().click(screen.getByRole('button', { name: button }));
      const status = screen.getByRole('status');
      await waitFor(() => expect(status).toHaveTextContent(text));
      expect(status).not.toHaveTextContent(/no-ai|ai:open/);
      const sent = RequestSchema.parse(sendMessage.mock.calls[0]?.[0]);
      // The background gets what it needs to decide and nothing that names the record.
      expect(sent).toMatchObject({ type: 'ai:open', toolId: 'chatgpt', where: { app: 'salesforce', page: 'record', object: 'Opportunity' } });
      expect(JSON.stringify(sent.type === 'ai:open' ? sent.where : null)).not.toContain(OPPORTUNITY.recordId);
    });
  }

  it('any other failure stays "Couldn\'t open"', async () => {
    answerWith({ ok: false, code: 'refused', error: 'Sender is not on a salesforce page' });
    renderCard('en');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open in ChatGPT' }));
    expect(await screen.findByText("Couldn't open ChatGPT")).toBeInTheDocument();
  });
});

describe('the card when the tips could not be loaded', () => {
  it('shows a translated message, not the technical error', () => {
    renderCard('de', { loadFailed: true });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Lastmile konnte hier keine Tipps laden. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    );
  });
});
