/**
 * Tips follow the browser's language: a Chromium started in German (`--lang=de-DE`) gets the
 * bundled tip's German title in the pill and the card, and a German prompt filled from the page.
 * Locators avoid UI strings, which are translated separately.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { localize } from '../../lib/playbook/localize';
import { matchesWhere } from '../../lib/playbook/match';
import { detectContext } from '../../lib/sites';
import { launchWithExtension, type ExtensionSession } from './harness';

const SF_HOST = 'acme.lightning.force.com';
const SF_OPPORTUNITY = '/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
const SF_CASE = '/lightning/r/Case/5005g00000XyZabAAB/view';
const UI_TIMEOUT_MS = 10_000;

const pill = (page: Page): Locator => page.locator('lastmile-root').getByRole('button').first();
const card = (page: Page): Locator => page.getByRole('dialog').first();

describe('Lastmile in a German Chromium', () => {
  let s: ExtensionSession;
  let page: Page;

  beforeEach(async () => {
    s = await launchWithExtension({ extraArgs: ['--lang=de-DE'], env: { LANG: 'de_DE.UTF-8', LANGUAGE: 'de' } });
    page = await s.context.newPage();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('offers the German tip and fills the German prompt from the page', async () => {
    const target = s.server.url(SF_HOST, SF_OPPORTUNITY);
    const ctx = detectContext(target);
    if (!ctx) throw new Error('the fixture URL is not detected');
    const matching = loadBundledPlaybook().filter((t) => matchesWhere(t.where, ctx));
    const german = matching.map((t) => localize(t.title, 'de'));

    await page.goto(target);
    await pill(page).waitFor({ timeout: UI_TIMEOUT_MS });
    const label = (await pill(page).getAttribute('aria-label')) ?? '';
    const offered = german.find((title) => label.includes(title));
    expect(offered, label).toBeDefined();

    await pill(page).click();
    await card(page).waitFor({ timeout: UI_TIMEOUT_MS });
    await expect.poll(() => card(page).getByRole('heading', { level: 2 }).textContent()).toBe(offered);
    const tip = matching.find((t) => localize(t.title, 'de') === offered);
    const opening = localize(tip?.prompt ?? '', 'de').split('{{')[0] ?? '';
    expect(opening.length).toBeGreaterThan(10);
    const prompt = card(page).getByRole('textbox').first();
    await expect.poll(() => prompt.inputValue()).toContain(opening);
    await expect.poll(() => prompt.inputValue()).toContain('Acme Renewal');
  });

  it("names the record in the card's header as German Salesforce does (a Case is a Kundenvorgang)", async () => {
    await page.goto(s.server.url(SF_HOST, SF_CASE));
    await pill(page).waitFor({ timeout: UI_TIMEOUT_MS });
    await pill(page).click();
    await card(page).waitFor({ timeout: UI_TIMEOUT_MS });
    const header = card(page).locator('.lm-context');
    await expect.poll(() => header.textContent(), { timeout: UI_TIMEOUT_MS }).toBe('Salesforce · Kundenvorgang · Printer jam at HQ');
  });
});
