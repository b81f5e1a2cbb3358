/**
 * The card on a real page in German and French (entrypoints/coach.content/App.tsx): the header names
 * the object as the app's own German or French interface does, and the prompt's fallback words are in
 * the prompt's language, while an English-only tip keeps English fallbacks.
 */
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { installI18n, type Locale } from '../support/i18n';
import { CoachApp } from '../../entrypoints/coach.content/App';
import { createCoachStore } from '../../entrypoints/coach.content/store';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { localizeTip } from '../../lib/playbook/localize';
import type { LocalizedTip } from '../../lib/playbook/schema';
import { DEFAULT_AI_TOOLS } from '../../lib/policy/tools';
import type { PageContext } from '../../lib/sites/types';

afterAll(() => installI18n('en'));

const CASE_PAGE: PageContext = { app: 'salesforce', page: 'record', object: 'Case', recordId: '5005g00000AbCdE' };

function bundled(id: string, lang: string): LocalizedTip {
  const tip = loadBundledPlaybook().find((t) => t.id === id);
  if (!tip) throw new Error(`Bundled tip ${id} is missing`);
  return localizeTip(tip, lang);
}

function renderCard(lang: Locale, tips: LocalizedTip[], recordName?: string) {
  installI18n(lang);
  const store = createCoachStore();
  store.setState({
    open: true,
    context: CASE_PAGE,
    recordName,
    tips,
    tools: [...DEFAULT_AI_TOOLS],
    toolId: 'chatgpt',
    viewId: 'view-1',
    openCount: 1,
  });
  render(<CoachApp store={store} onClose={() => {}} />);
}

describe('the card in the employee language', () => {
  it('German: the header says "Kundenvorgang" and the prompt falls back to "diesem Kundenvorgang"', () => {
    renderCard('de', [bundled('sf-case-summary-resolution', 'de')]);
    expect(screen.getByRole('dialog', { name: 'Wo KI hier hilft' })).toBeInTheDocument();
    expect(screen.getByText('Salesforce · Kundenvorgang')).toBeInTheDocument();
    const prompt = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(prompt.value).toContain('Lesen Sie den folgenden Verlauf von diesem Kundenvorgang.');
    expect(prompt.value).not.toMatch(/\bthis\b|\brecord\b|\bcase\b/i);
  });

  it('German with a record name: the header shows both, the prompt the name', () => {
    renderCard('de', [bundled('sf-case-summary-resolution', 'de')], 'Drucker druckt nicht');
    expect(screen.getByText('Salesforce · Kundenvorgang · Drucker druckt nicht')).toBeInTheDocument();
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toContain('Verlauf von Drucker druckt nicht.');
  });

  it('French: the header says "Requête" and the prompt "cette requête"', () => {
    renderCard('fr', [bundled('sf-case-summary-resolution', 'fr')]);
    expect(screen.getByText('Salesforce · Requête')).toBeInTheDocument();
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toContain("Lisez l'historique de cette requête ci-dessous.");
  });

  it("an English-only prompt keeps English fallbacks, the header stays in the card's language", () => {
    // An admin's tip with only English text: localizeTip picks English for a German browser.
    const tip = bundled('sf-case-summary-resolution', 'de');
    const english: LocalizedTip = { ...tip, id: 'acme-case', prompt: 'Summarise {{recordName}} for the hand-off.', lang: 'en' };
    renderCard('de', [english]);
    expect(screen.getByText('Salesforce · Kundenvorgang')).toBeInTheDocument();
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Summarise this case for the hand-off.');
  });
});
