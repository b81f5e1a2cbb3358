/**
 * The built extension in real headless Chromium, on look-alike SaaS pages served at their real
 * hostnames (test/fixtures). Each test gets a fresh profile: the daily tip cap and "Don't show
 * again" live in extension storage and would otherwise leak between tests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { localize } from '../../lib/playbook/localize';
import { matchesWhere } from '../../lib/playbook/match';
import { detectContext } from '../../lib/sites';
import { EXPECTED_EXTENSION_ID, launchWithExtension } from './harness';
import type { ExtensionSession } from './harness';
import { PILL_NAME, UI_TIMEOUT_MS, card, cardTitle, pill, promptBox, showCard } from './support/ui';

const SF_HOST = 'acme.lightning.force.com';
const SF_OPPORTUNITY = '/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
const SF_CASE = '/lightning/r/Case/5005g00000XyZabAAB/view';
/** A custom Lightning tab: the URL says nothing about the work, so no context and no tips. */
const SF_CUSTOM_TAB = '/lightning/n/Territory_Planner';
const JIRA_HOST = 'acme.atlassian.net';
const JIRA_ISSUE = '/browse/ACME-42';
const GMAIL_HOST = 'mail.google.com';
const GMAIL_THREAD = '/mail/u/0/#inbox/FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs';
const EXAMPLE_HOST = 'www.example.com';

/** Enough Tab presses to cross the Jira fixture's links and reach the pill at the end of the document. */
const MAX_TABS = 40;

/** Titles of the bundled tips that fit a URL, per the extension's own detector and matcher. */
function tipTitlesFor(url: string): string[] {
  const ctx = detectContext(url);
  if (!ctx) return [];
  return loadBundledPlaybook()
    .filter((t) => matchesWhere(t.where, ctx))
    // The test browser runs in English.
    .map((t) => localize(t.title, 'en'));
}

/** The tip title the pill offers: its accessible name without "AI tip: " and the "(N ideas)" count. */
async function pillTitle(page: Page): Promise<string> {
  await pill(page).waitFor({ timeout: UI_TIMEOUT_MS });
  const label = (await pill(page).getAttribute('aria-label')) ?? '';
  return label.replace(PILL_NAME, '').replace(/ \(\d+ ideas\)$/, '');
}

const hostCount = (page: Page): Promise<number> => page.locator('lastmile-root').count();

/** Is the pill the focused element (inside its shadow root)? */
const pillFocused = (page: Page): Promise<boolean> =>
  pill(page).evaluate((el) => {
    const root = el.getRootNode();
    return root instanceof ShadowRoot && root.activeElement === el;
  });

/** The extension API as the service worker sees it (code passed to worker.evaluate runs there). */
type ExtensionGlobal = typeof globalThis & { chrome: typeof Browser };

interface NoReloadWindow {
  __noReload?: number;
}

/** Origins of the extension isolated worlds (content scripts) created in a page, via CDP. */
async function watchIsolatedWorlds(cdp: CDPSession): Promise<string[]> {
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    const aux: unknown = e.context.auxData;
    if (typeof aux === 'object' && aux !== null && 'type' in aux && aux.type === 'isolated') {
      origins.push(e.context.origin);
    }
  });
  await cdp.send('Runtime.enable');
  return origins;
}

describe('Lastmile in Chromium', () => {
  let s: ExtensionSession;
  let page: Page;
  const url = (host: string, path: string) => s.server.url(host, path);

  beforeEach(async () => {
    s = await launchWithExtension();
    page = await s.context.newPage();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('offers an Opportunity tip on a Salesforce record and fills the prompt from the page', async () => {
    expect(s.extensionId).toBe(EXPECTED_EXTENSION_ID);
    const target = url(SF_HOST, SF_OPPORTUNITY);
    await page.goto(target);

    const title = await pillTitle(page);
    expect(tipTitlesFor(target)).toContain(title);

    await showCard(page);
    await expect.poll(() => cardTitle(page).textContent()).toBe(title);
    await expect.poll(() => promptBox(page).inputValue()).toContain('Acme Renewal');
    const c = card(page);
    for (const name of ['Copy prompt', 'I used AI for this', 'Not now', "Don't show again", 'Close']) {
      await expect.poll(() => c.getByRole('button', { name, exact: true }).isVisible(), { message: name }).toBe(true);
    }
    // One approved tool: a button naming it; several: a picker.
    const openIn = c.getByRole('button', { name: /^Open in / });
    const picker = c.getByRole('combobox', { name: 'AI tool' });
    await expect.poll(async () => (await openIn.isVisible()) || (await picker.isVisible())).toBe(true);
  });

  it('follows SPA navigation to a Case, back, and off to a page without tips, without reloading', async () => {
    await page.goto(url(SF_HOST, SF_OPPORTUNITY));
    const oppTitle = await pillTitle(page);
    await page.evaluate(() => {
      (window as NoReloadWindow).__noReload = 1;
    });

    // Lightning-style: the page intercepts the click and calls history.pushState.
    await page.click('#link-case');
    const caseTitles = tipTitlesFor(url(SF_HOST, SF_CASE));
    await expect.poll(() => pillTitle(page), { timeout: UI_TIMEOUT_MS }).toBeOneOf(caseTitles);
    expect(page.url()).toBe(url(SF_HOST, SF_CASE));

    await showCard(page);
    // The page sets the title after its simulated data load; the card follows it.
    await expect.poll(() => promptBox(page).inputValue(), { timeout: UI_TIMEOUT_MS }).toContain('Printer jam at HQ');
    expect(caseTitles).toContain(await cardTitle(page).textContent());

    // Back (popstate) with the card open: it switches to the Opportunity's tips and record.
    await page.goBack();
    await expect.poll(() => cardTitle(page).textContent(), { timeout: UI_TIMEOUT_MS }).toBe(oppTitle);
    await expect.poll(() => promptBox(page).inputValue(), { timeout: UI_TIMEOUT_MS }).toContain('Acme Renewal');

    // A custom tab is not a work page Lastmile understands: the whole UI goes.
    expect(tipTitlesFor(url(SF_HOST, SF_CUSTOM_TAB))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.click('#nav-custom-tab');
    await expect.poll(() => hostCount(page), { timeout: UI_TIMEOUT_MS }).toBe(0);
    expect(page.url()).toBe(url(SF_HOST, SF_CUSTOM_TAB));

    expect(await page.evaluate(() => (window as NoReloadWindow).__noReload)).toBe(1);
  });

  it('offers a Jira tip on an issue', async () => {
    const target = url(JIRA_HOST, JIRA_ISSUE);
    await page.goto(target);
    expect(tipTitlesFor(target)).toContain(await pillTitle(page));
    await showCard(page);
    await expect.poll(() => promptBox(page).inputValue()).not.toBe('');
  });

  it('offers a Gmail tip on a thread', async () => {
    const target = url(GMAIL_HOST, GMAIL_THREAD);
    await page.goto(target);
    expect(tipTitlesFor(target)).toContain(await pillTitle(page));
  });

  it('follows Gmail hash routes: off to settings (UI gone) and back to the thread (tip again)', async () => {
    const target = url(GMAIL_HOST, GMAIL_THREAD);
    await page.goto(target);
    await pillTitle(page);
    await page.evaluate(() => {
      (window as Window & { __noReload?: number }).__noReload = 1;
      location.hash = '#settings/general';
    });
    await expect.poll(() => hostCount(page), { timeout: UI_TIMEOUT_MS }).toBe(0);
    await page.evaluate((hash) => (location.hash = hash), new URL(target).hash);
    expect(tipTitlesFor(target)).toContain(await pillTitle(page));
    expect(await page.evaluate(() => (window as Window & { __noReload?: number }).__noReload)).toBe(1);
  });

  it('stays out of hosts it has no permission for', async () => {
    const worker = s.serviceWorker();
    const exampleUrl = url(EXAMPLE_HOST, '/');
    const reach = await worker.evaluate(async (origin) => {
      const { chrome } = globalThis as ExtensionGlobal;
      const registered = await chrome.scripting.getRegisteredContentScripts();
      return {
        permitted: await chrome.permissions.contains({ origins: [origin] }),
        matches: [
          ...(chrome.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []),
          ...registered.flatMap((r) => r.matches ?? []),
        ],
      };
    }, `${exampleUrl}*`);
    expect(reach.permitted).toBe(false);
    expect(reach.matches.length).toBeGreaterThan(0);
    expect(reach.matches.filter((m) => m === '<all_urls>' || m.includes('example.com'))).toEqual([]);

    // At run time: no Lastmile isolated world and no host element once the page is complete.
    const cdp = await s.context.newCDPSession(page);
    const worlds = await watchIsolatedWorlds(cdp);
    const extensionOrigin = `chrome-extension://${s.extensionId}`;
    await page.goto(exampleUrl);
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await hostCount(page)).toBe(0);
    expect(worlds).not.toContain(extensionOrigin);

    // Control: the same observation does see the content script on a supported page.
    await page.goto(url(JIRA_HOST, JIRA_ISSUE));
    await expect.poll(() => worlds.includes(extensionOrigin), { timeout: UI_TIMEOUT_MS }).toBe(true);
    await cdp.detach();
  });

  it('shows nothing on a supported page that has no tips', async () => {
    const tabUrl = url(SF_HOST, SF_CUSTOM_TAB);
    expect(tipTitlesFor(tabUrl)).toEqual([]);
    const cdp = await s.context.newCDPSession(page);
    const worlds = await watchIsolatedWorlds(cdp);

    await page.goto(tabUrl);
    // The detector runs here (supported host) and decides synchronously at start, so once its
    // isolated world exists, one more round trip to the page sees the final DOM.
    await expect.poll(() => worlds.includes(`chrome-extension://${s.extensionId}`), { timeout: UI_TIMEOUT_MS }).toBe(true);
    expect(await hostCount(page)).toBe(0);
    await cdp.detach();

    // The same document gets a pill on a record page and loses it on the way back.
    await page.click('#link-recent-opportunity');
    await pillTitle(page);
    await page.goBack();
    await expect.poll(() => page.url()).toBe(tabUrl);
    await expect.poll(() => hostCount(page), { timeout: UI_TIMEOUT_MS }).toBe(0);
  });

  it("remembers \"Don't show again\" across a reload", async () => {
    const target = url(SF_HOST, SF_OPPORTUNITY);
    const titles = tipTitlesFor(target);
    // With one tip there would be nothing left to offer; the playbook has several for Opportunities.
    expect(titles.length).toBeGreaterThan(1);
    await page.goto(target);
    const dismissed = await pillTitle(page);
    await showCard(page);
    await expect.poll(() => cardTitle(page).textContent()).toBe(dismissed);
    await card(page).getByRole('button', { name: "Don't show again" }).click();
    await expect.poll(() => card(page).count()).toBe(0);

    await page.reload();
    const next = await pillTitle(page);
    expect(next).not.toBe(dismissed);
    expect(titles).toContain(next);
    await showCard(page);
    await expect.poll(() => cardTitle(page).textContent()).toBe(next);
  });

  it('has no serious or critical accessibility violations in the open card', async () => {
    await page.goto(url(SF_HOST, SF_OPPORTUNITY));
    await showCard(page);
    await expect.poll(() => promptBox(page).inputValue()).toContain('Acme Renewal');
    const results = await new AxeBuilder({ page }).include('lastmile-root').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(bad).toEqual([]);
    // Guard against axe silently checking nothing (e.g. not reaching into the shadow root).
    expect(results.passes.length).toBeGreaterThan(0);
  });

  it('works from the keyboard: Tab to the pill, Enter opens, Escape closes and returns focus', async () => {
    await page.goto(url(JIRA_HOST, JIRA_ISSUE));
    await pillTitle(page);

    let tabs = 0;
    while (!(await pillFocused(page))) {
      expect(tabs++, 'Tab never reached the pill').toBeLessThan(MAX_TABS);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await card(page).waitFor({ timeout: UI_TIMEOUT_MS });
    // Focus moves into the card, so Escape reaches it.
    await expect
      .poll(() =>
        card(page).evaluate((el) => {
          const root = el.getRootNode();
          return root instanceof ShadowRoot && el.contains(root.activeElement);
        }),
      )
      .toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    await expect.poll(() => pillFocused(page)).toBe(true);
    expect(await pill(page).getAttribute('aria-expanded')).toBe('false');
  });
});
