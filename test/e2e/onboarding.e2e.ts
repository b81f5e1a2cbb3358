/**
 * First-run tour, in real Chromium with the built extension: it opens by itself on install, saves
 * what the employee picks, never opens again once done (extension reload, browser restart), can be
 * taken again from My AI habits, and is the short version under a managed policy.
 * Writes docs/screenshots/onboarding.png (1280x800), the same every run: the tour tab on a fixed
 * clock (SCREENSHOT_NOW, the sample card says "Today is …"), in a fixed time zone and language,
 * with reduced motion and without scrollbars (a composited scrollbar's rounded corner was not
 * rasterised the same way every run).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness';
import { withManagedPolicy } from './managed-policy';

const UI_TIMEOUT_MS = 10_000;
/** How long an unwanted tour would take to show up: onInstalled fires as the worker starts. */
const QUIET_MS = 3_000;
/** Launching may wait for the policy lock another e2e file holds. */
const LAUNCH_TIMEOUT_MS = 200_000;
const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/onboarding.png', import.meta.url));
/** The screenshot's day (test/e2e/screenshots.e2e.ts uses the same). */
const SCREENSHOT_NOW = new Date('2026-11-19T15:30:00Z');
/** The browser of the screenshot run, as test/e2e/screenshots.e2e.ts launches its own. */
const SCREENSHOT_LAUNCH = {
  env: { TZ: 'UTC' },
  extraArgs: ['--lang=en-US', '--force-prefers-reduced-motion', '--hide-scrollbars', '--font-render-hinting=none'],
};

type ExtensionGlobal = typeof globalThis & { chrome: typeof Browser };
const isTour = (url: string): boolean => url.endsWith('/onboarding.html');

/** The tour tab the extension opened by itself (it may already be open when the launch returns). */
async function tourTab(context: BrowserContext): Promise<Page> {
  const open = context.pages().find((p) => isTour(p.url()));
  if (open) return open;
  return context.waitForEvent('page', { predicate: (p) => isTour(p.url()), timeout: UI_TIMEOUT_MS });
}

/** Every tour tab opened from now on (a listener, so nothing is missed between checks). */
function watchTours(context: BrowserContext): Page[] {
  const seen: Page[] = [];
  context.on('page', (p) => {
    if (isTour(p.url())) seen.push(p);
    // Extension tabs may commit their URL after the event: look again once they navigated.
    p.once('framenavigated', () => isTour(p.url()) && !seen.includes(p) && seen.push(p));
  });
  return seen;
}

async function stored(s: ExtensionSession, keys: string[]): Promise<Record<string, unknown>> {
  return s.serviceWorker().evaluate((k) => (globalThis as ExtensionGlobal).chrome.storage.local.get(k), keys);
}

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(0);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const next = (page: Page) => page.getByRole('button', { name: /^(Continue|Finish)/ });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

describe('first-run tour', () => {
  it(
    'opens by itself on install, saves the choices, and never opens by itself again',
    // Under the policy lock with an empty policy: another file's managed policy can't leak into this "no policy" run.
    () => withManagedPolicy({}, async () => {
      const profile = await mkdtemp(join(tmpdir(), 'lastmile-onboarding-'));
      try {
        const s = await launchWithExtension({ userDataDir: profile, ...SCREENSHOT_LAUNCH });
        try {
          const page = await tourTab(s.context);
          // The sample card's {{today}} is read once, as the tour loads: load it again on the fixed clock.
          await page.clock.setFixedTime(SCREENSHOT_NOW);
          await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
          await page.reload();
          await expect.poll(() => heading(page).innerText(), { timeout: UI_TIMEOUT_MS }).toBe('Welcome to Lastmile');
          await page.getByText('Step 1 of 5').waitFor({ timeout: UI_TIMEOUT_MS });
          // management.getSelf answers without the "management" permission (the manifest doesn't ask for it).
          const self = await page.evaluate(async () => {
            const c = (globalThis as ExtensionGlobal).chrome;
            return { installType: (await c.management.getSelf()).installType, permissions: c.runtime.getManifest().permissions };
          });
          expect(self.installType).toBe('development');
          expect(self.permissions).not.toContain('management');
          expect(await serious(page)).toEqual([]);

          // The card remembered another tool from an earlier use: the tour's choice must lead from now on.
          await s.serviceWorker().evaluate(() => (globalThis as ExtensionGlobal).chrome.storage.local.set({ prefs: { toolId: 'chatgpt' } }));
          // Welcome, Privacy (with the link to "What we share"), AI tool.
          await next(page).click();
          expect(await page.getByRole('link', { name: 'See exactly what would be shared' }).getAttribute('href')).toBe('/habits.html#sharing');
          await next(page).click();
          await page.getByRole('radio', { name: /Claude/ }).check();
          await next(page).click();
          // Weekly goal: 4 days, by keyboard.
          await page.getByRole('radio', { name: '3 days' }).focus();
          await page.keyboard.press('ArrowRight');
          await next(page).click();
          await expect.poll(() => heading(page).innerText(), { timeout: UI_TIMEOUT_MS }).toBe('Try one tip on a sample');

          // The real card on a sample: Copy prompt copies (the card only says so when the clipboard took it).
          const card = page.getByRole('dialog', { name: 'Where AI fits here' });
          await card.getByRole('button', { name: 'Copy prompt' }).click();
          await expect.poll(() => card.getByRole('status').innerText(), { timeout: UI_TIMEOUT_MS }).toContain('Prompt copied');
          expect(await page.getByTestId('ob-explain').innerText()).toContain('Copied.');
          expect(await serious(page)).toEqual([]);
          const sampleDay = SCREENSHOT_NOW.toLocaleDateString('en-US', { timeZone: SCREENSHOT_LAUNCH.env.TZ });
          expect(await card.getByRole('textbox', { name: 'Prompt' }).inputValue()).toContain(`Today is ${sampleDay}.`);
          await page.screenshot({ path: SCREENSHOT, animations: 'disabled', caret: 'hide' });

          await next(page).click();
          await expect.poll(() => heading(page).innerText(), { timeout: UI_TIMEOUT_MS }).toBe("You're all set");
          const after = await stored(s, ['onboarding', 'habitSettings', 'userPolicy', 'prefs']);
          expect(after.onboarding).toMatchObject({ completedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
          expect(after.habitSettings).toMatchObject({ weeklyGoalDays: 4 });
          expect(after.userPolicy).toMatchObject({ raw: { preferredTool: 'claude' } });
          expect(after.prefs).toEqual({});

          // Reloading the extension's pages opens nothing new.
          const tours = watchTours(s.context);
          await page.reload();
          const habits = await s.context.newPage();
          await habits.goto(`chrome-extension://${s.extensionId}/habits.html`);
          await habits.reload();
          await new Promise((r) => setTimeout(r, QUIET_MS));
          expect(tours).toHaveLength(0);
        } finally {
          await s.close();
        }

        // Same profile, new browser: still nothing opens by itself.
        const again = await launchWithExtension({ userDataDir: profile });
        try {
          const tours = watchTours(again.context);
          const habits = await again.context.newPage();
          await habits.goto(`chrome-extension://${again.extensionId}/habits.html#settings`);
          await new Promise((r) => setTimeout(r, QUIET_MS));
          expect(tours).toHaveLength(0);
          expect(again.context.pages().filter((p) => isTour(p.url()))).toHaveLength(0);

          // ...but it can be taken again from My AI habits → Settings.
          await habits.getByRole('link', { name: 'Take the tour again' }).click({ timeout: UI_TIMEOUT_MS });
          await habits.waitForURL(/\/onboarding\.html$/, { timeout: UI_TIMEOUT_MS });
          await expect.poll(() => heading(habits).innerText(), { timeout: UI_TIMEOUT_MS }).toBe('Welcome to Lastmile');
          // The tool picked earlier is preselected now.
          await next(habits).click();
          await next(habits).click();
          expect(await habits.getByRole('radio', { name: /Claude/ }).isChecked()).toBe(true);
        } finally {
          await again.close();
        }
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    }),
    LAUNCH_TIMEOUT_MS,
  );

  it(
    "is the short version under a managed policy, showing the company's approved tool",
    async () => {
      const policy = {
        schemaVersion: 1,
        orgName: 'Acme Bank',
        approvedTools: [{ id: 'acme-gpt', name: 'Acme GPT', url: 'https://chatgpt.com/', prefill: 'https://chatgpt.com/?q={prompt}' }],
        notes: [{ id: 'sf-caution', app: 'salesforce', level: 'caution', text: 'Leave deal values out of prompts.' }],
      };
      await withManagedPolicy(policy, async () => {
        const s = await launchWithExtension({ keepOnboarding: true });
        try {
          const page = await tourTab(s.context);
          const company = page.getByRole('region', { name: 'Acme Bank has set this up' });
          // Managed storage may land a moment after start-up; the page reads the policy once it's in.
          await expect.poll(() => company.innerText().catch(() => ''), { timeout: UI_TIMEOUT_MS }).toContain('Approved AI tool: Acme GPT');
          expect(await company.innerText()).toContain('Salesforce');
          await page.getByText('Step 1 of 4').waitFor({ timeout: UI_TIMEOUT_MS });
          expect(await serious(page)).toEqual([]);
          // No tool pick: privacy, goal, then the sample with the company's tool.
          await next(page).click();
          await next(page).click();
          expect(await heading(page).innerText()).toBe('Pick a weekly goal');
          await next(page).click();
          await page.getByRole('button', { name: 'Open in Acme GPT' }).waitFor({ timeout: UI_TIMEOUT_MS });
          expect(await page.getByRole('radio', { name: /Acme GPT/ }).count()).toBe(0);
        } finally {
          await s.close();
        }
      });
    },
    LAUNCH_TIMEOUT_MS,
  );

  it(
    'follows the browser language: in a German Chromium the tour, its sample card and the popup speak German',
    () => withManagedPolicy({}, async () => {
      // Chromium on Linux takes its UI language from the environment; --lang covers the other platforms.
      const s = await launchWithExtension({
        keepOnboarding: true,
        extraArgs: ['--lang=de'],
        env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
      });
      try {
        const page = await tourTab(s.context);
        // Chromium falls back to en-US without its German resources (Debian: the chromium-l10n package).
        expect(
          await page.evaluate(() => (globalThis as ExtensionGlobal).chrome.i18n.getUILanguage()),
          'Chromium has no German UI: install chromium-l10n',
        ).toMatch(/^de/);
        await expect.poll(() => heading(page).innerText(), { timeout: UI_TIMEOUT_MS }).toBe('Willkommen bei Lastmile');
        await page.getByText('Schritt 1 von 5').waitFor({ timeout: UI_TIMEOUT_MS });
        expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['de', 'Willkommen bei Lastmile']);
        const weiter = page.getByRole('button', { name: /^Weiter/ });
        for (const title of ['Ihre Daten bleiben in Ihrem Browser', 'Welches KI-Tool nutzen Sie?', 'Wählen Sie ein Wochenziel']) {
          await weiter.click();
          await expect.poll(() => heading(page).innerText(), { timeout: UI_TIMEOUT_MS }).toBe(title);
        }
        await weiter.click();
        const card = page.getByRole('dialog', { name: 'Wo KI hier hilft' });
        await card.getByRole('button', { name: 'Prompt kopieren' }).click();
        await expect.poll(() => card.getByRole('status').innerText(), { timeout: UI_TIMEOUT_MS }).toContain('Prompt kopiert');
        expect(await card.getByRole('button', { name: 'Nicht mehr anzeigen' }).count()).toBe(1);
        expect(await serious(page)).toEqual([]);

        const popup = await s.context.newPage();
        await popup.setViewportSize({ width: 360, height: 600 });
        await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
        // Polling the whole text: a failure shows what the popup said instead.
        await expect.poll(() => popup.locator('body').innerText(), { timeout: UI_TIMEOUT_MS }).toContain('Ich habe KI genutzt');
        expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Heute');
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
        // The German words fit: nothing in the popup runs wider than the popup.
        expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

        // On a work page: the pill and the card the detector and the coach bring.
        const work = await s.context.newPage();
        await work.goto(s.server.url('acme.lightning.force.com', '/lightning/r/Opportunity/0065g00000AbCdEAAR/view'));
        const pill = work.locator('lastmile-root').getByRole('button', { name: /^KI-Tipp: / });
        await pill.waitFor({ timeout: UI_TIMEOUT_MS });
        expect(await pill.textContent()).toMatch(/^KI-Tipp /);
        await pill.click();
        const onPage = work.getByRole('dialog', { name: 'Wo KI hier hilft' });
        await onPage.getByRole('button', { name: 'Nicht jetzt' }).waitFor({ timeout: UI_TIMEOUT_MS });
        expect(await onPage.getByRole('button', { name: 'Ich habe KI dafür genutzt' }).count()).toBe(1);
      } finally {
        await s.close();
      }
    }),
    LAUNCH_TIMEOUT_MS,
  );
});
