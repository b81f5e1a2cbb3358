/**
 * The README's and the stores' screenshots, taken from the built extension in real Chromium with
 * three months of usage seeded through the extension's own store (test/support/demo-usage.ts), and
 * from the admin dashboard of the real backend with its demo org. Writes docs/screenshots/<name>.png:
 *
 * - card-salesforce: the tip card on the Salesforce Opportunity fixture (1280×800)
 * - popup: the toolbar popup, in a tab the popup's size (360 wide)
 * - habits: My AI habits, with the heatmap showing the three months (1280 wide, full page)
 * - privacy: the privacy centre (1280 wide, full page)
 * - sharing: "What we share" under a company policy that turns sharing on (1280 wide, full page)
 * - dashboard: the admin dashboard's overview with the demo org's reports (1440 wide, full page)
 *
 * Every shot repeats byte for byte run to run: everything runs on one fixed clock (FIXED_NOW; the
 * data is seeded relative to it) in a fixed time zone, language, viewport and with reduced motion.
 * The clock is fixed in the extension's pages and the dashboard (Playwright's clock), in the
 * background service worker and the content scripts' isolated world (freezeDate: Playwright's clock
 * reaches neither), and in the backend (startServer's `now`: the demo org's reports and the API's
 * "today"). The report secret is fixed too (FIXED_REPORT_SECRET), so the previewed report's
 * dedupe key repeats. Nothing random is on screen: the demo admin's password is typed into a
 * masked field of the sign-in page, which is not shot, and no URL is.
 * Each shot is checked for what it must show and for being a real picture (size, pixel variance).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DailyReportSchema } from '../../lib/sync/report';
import { DB_NAME, META_KEYS } from '../../lib/usage/db';
import { localDay } from '../../lib/usage/day';
import { addDays } from '../../lib/usage/habits/calendar';
import { startServer, type RunningServer } from '../../server/main';
import { demoUsage } from '../support/demo-usage';
import { seedDemoUsage } from '../support/seed-bundle';
import { VIEWPORT, launchWithExtension, type ExtensionSession } from './harness';
import { withManagedPolicy } from './managed-policy';
import { ensureDashboardBuilt } from './support/backend';
import { UI_TIMEOUT_MS, card, openCard, openSharing, pill, syncState } from './support/ui';

const OUT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
/** Thursday afternoon: the week is under way and today already counts. */
const FIXED_NOW = new Date('2026-11-19T15:30:00Z');
const TIME_ZONE = 'UTC';
/** The local report secret (lib/sync/secret.ts) in the sharing shot's profile; random otherwise. */
const FIXED_REPORT_SECRET = '5a'.repeat(32);
const LAUNCH = {
  env: { TZ: TIME_ZONE },
  extraArgs: ['--lang=en-US', '--force-prefers-reduced-motion', '--hide-scrollbars', '--font-render-hinting=none'],
};
/** The toolbar popup's width (entrypoints/popup/popup.css); its height follows the content. */
const POPUP_VIEWPORT = { width: 360, height: 600 } as const;
/** A laptop-sized admin screen: the five KPI cards fit in one row. */
const DASHBOARD_VIEWPORT = { width: 1440, height: 900 } as const;
const SF_OPPORTUNITY = { host: 'acme.lightning.force.com', path: '/lightning/r/Opportunity/0065g00000AbCdEAAR/view' };
/** The heatmap must look like three months of use, not a few scattered days. */
const MIN_FILLED_CELLS = 60;
/** Luminance standard deviation (0-255) below which a shot is a blank or near-blank page. */
const MIN_LUMA_STDDEV = 12;
const MIN_COLOURS = 64;
/** "Try this week: …" carries a real sentence. */
const MIN_SUGGESTION_CHARS = 20;
const DASHBOARD_BUILD_TIMEOUT_MS = 180_000;
const SHOT_TIMEOUT_MS = 60_000;

interface ImageStats {
  width: number;
  height: number;
  lumaStdDev: number;
  colours: number;
}

/**
 * Width, height, luminance spread and number of distinct colours of a PNG, decoded by Chromium in
 * a blank tab of `context` (the pages shot may forbid data: URLs by CSP).
 */
async function imageStats(context: BrowserContext, png: Buffer): Promise<ImageStats> {
  const blank = await context.newPage();
  try {
    return await statsIn(blank, png);
  } finally {
    await blank.close();
  }
}

function statsIn(page: Page, png: Buffer): Promise<ImageStats> {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let sum = 0;
    let sumSq = 0;
    const colours = new Set<number>();
    const pixels = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += y;
      sumSq += y * y;
      if (colours.size < 100_000) colours.add((r << 16) | (g << 8) | b);
    }
    const mean = sum / pixels;
    return { width: bitmap.width, height: bitmap.height, lumaStdDev: Math.sqrt(sumSq / pixels - mean * mean), colours: colours.size };
  }, png.toString('base64'));
}

/**
 * Screenshots `page` (full page unless told otherwise) into docs/screenshots/<name>.png after
 * checking it is a real picture exactly `minSize.width` wide and at least `minSize.height` tall.
 */
async function shoot(page: Page, name: string, minSize: { width: number; height: number }, fullPage = true): Promise<ImageStats> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const png = await page.screenshot({ fullPage, animations: 'disabled', caret: 'hide', scale: 'css' });
  const stats = await imageStats(page.context(), png);
  expect(stats.width, `${name} width`).toBe(minSize.width);
  expect(stats.height, `${name} height`).toBeGreaterThanOrEqual(minSize.height);
  expect(stats.lumaStdDev, `${name} is not blank`).toBeGreaterThan(MIN_LUMA_STDDEV);
  expect(stats.colours, `${name} has real content`).toBeGreaterThan(MIN_COLOURS);
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(join(OUT_DIR, `${name}.png`), png);
  return stats;
}

/** A new tab of the session on the fixed clock, with reduced motion, at `viewport`. */
async function fixedPage(s: ExtensionSession, viewport: { width: number; height: number } = VIEWPORT): Promise<Page> {
  const page = await s.context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.setViewportSize(viewport);
  return page;
}

const extensionUrl = (s: ExtensionSession, path: string): string => `chrome-extension://${s.extensionId}/${path}`;

/**
 * Replaces the global Date of the realm it runs in with one whose "now" (`new Date()`, `Date()`,
 * `Date.now()`) is always `at`; dates built from arguments, parsing and formatting are the real
 * ones. Runs in the background service worker and in the content scripts' isolated world, where
 * Playwright's clock does not reach.
 */
function freezeDate(at: number): void {
  const RealDate = Date;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args: unknown[], newTarget: Function) => Reflect.construct(target, args.length === 0 ? [at] : args, newTarget) as object,
    apply: () => new RealDate(at).toString(),
    get: (target, prop, receiver) => (prop === 'now' ? () => at : Reflect.get(target, prop, receiver) as unknown),
  });
}

/** The background service worker on FIXED_NOW: "today" for tips, the report preview and the store. */
async function freezeBackgroundClock(s: ExtensionSession): Promise<void> {
  await s.serviceWorker().evaluate(freezeDate, FIXED_NOW.getTime());
  expect(await s.serviceWorker().evaluate(() => new Date().toISOString())).toBe(FIXED_NOW.toISOString());
}

/**
 * The extension's content scripts on `page` on FIXED_NOW: they run in the extension's isolated
 * world of the page (the card fills {{today}} there), reached through DevTools. Call once the
 * detector has run (the pill is there): the card's script joins the same world when it opens.
 */
async function freezeContentScriptClock(page: Page, extensionId: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === `chrome-extension://${extensionId}`) worlds.push(context.id);
    });
    // Enabling reports the contexts that already exist.
    await cdp.send('Runtime.enable');
    expect(worlds.length, "the extension's isolated world on the page").toBeGreaterThan(0);
    for (const contextId of worlds) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: `(${freezeDate.toString()})(${FIXED_NOW.getTime()}); new Date().toISOString()`,
        contextId,
        returnByValue: true,
      });
      expect(exceptionDetails?.exception?.description).toBeUndefined();
      expect(result.value).toBe(FIXED_NOW.toISOString());
    }
  } finally {
    await cdp.detach();
  }
}

/** Stores FIXED_REPORT_SECRET as the profile's report secret (the extension's usage database must exist). */
async function fixReportSecret(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    await page.evaluate(
      ({ name, key, hex }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({ key, value: { hex } });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => {
              db.close();
              reject(tx.error ?? new Error('meta write failed'));
            };
          };
        }),
      { name: DB_NAME, key: META_KEYS.reportSecret, hex: FIXED_REPORT_SECRET },
    );
  } finally {
    await page.close();
  }
}

/** "2026-11-18" as the dashboard writes it (server/dashboard/src/format.ts longDate): "Nov 18, 2026". */
const dashboardDate = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The weekly recap's "Try this week" line says something (more than its label). */
async function expectSuggestion(page: Page): Promise<void> {
  const text = (await page.locator('.hb-suggestion').innerText({ timeout: UI_TIMEOUT_MS })).trim();
  expect(text.replace(/^[^:]*:/, '').trim().length, `suggestion "${text}"`).toBeGreaterThan(MIN_SUGGESTION_CHARS);
}

describe('Screenshots: the employee with three months of use', () => {
  let s: ExtensionSession;
  let activeDays: string[];
  let eventCount: number;

  beforeAll(async () => {
    s = await launchWithExtension(LAUNCH);
    await freezeBackgroundClock(s);
    const usage = demoUsage({ now: FIXED_NOW, timeZone: TIME_ZONE });
    activeDays = usage.activeDays;
    eventCount = usage.events.length;
    const stored = await seedDemoUsage(s.context, s.extensionId, usage);
    expect(stored.events).toBe(usage.events.length);
    expect(stored.days).toBeGreaterThanOrEqual(activeDays.length);
  }, SHOT_TIMEOUT_MS);
  afterAll(async () => {
    await s?.close();
  });

  it('the habits page: streak, goal and a heatmap filled with three months', async () => {
    const page = await fixedPage(s);
    await page.goto(extensionUrl(s, 'habits.html'));
    await page.locator('.hb-hero').waitFor({ timeout: UI_TIMEOUT_MS });
    const today = localDay(FIXED_NOW, TIME_ZONE);
    expect(await page.locator('.hb-hm-cell[aria-current="date"]').getAttribute('aria-label')).toContain('today');
    const filled = page.locator('.hb-hm-cell[data-level]:not([data-level="0"])');
    expect(activeDays.length).toBeGreaterThanOrEqual(MIN_FILLED_CELLS);
    await expect.poll(() => filled.count(), { timeout: UI_TIMEOUT_MS }).toBe(activeDays.length);
    expect(activeDays.at(-1)).toBe(today);
    await expect(page.getByRole('heading', { name: 'Milestones' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Top tips' }).isVisible()).resolves.toBe(true);
    await expectSuggestion(page);
    // The headline figures sit on one line each ("4 hr 48 min" once wrapped after "hr").
    const timeSaved = page.getByTestId('hero-time-saved');
    expect(await timeSaved.innerText()).toMatch(/\d.*hr/);
    const lines = await timeSaved.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
    expect(lines, 'time saved on one line').toBeLessThan(1.5);
    await shoot(page, 'habits', { width: VIEWPORT.width, height: VIEWPORT.height });
    await page.close();
  });

  it('the popup: today counts, the streak and the week', async () => {
    const page = await fixedPage(s, POPUP_VIEWPORT);
    await page.goto(extensionUrl(s, 'popup.html'));
    const actions = page.getByTestId('today-ai-actions');
    await actions.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(Number((await actions.innerText()).trim())).toBeGreaterThan(0);
    expect(Number((await page.getByTestId('streak-current').innerText()).trim())).toBeGreaterThan(1);
    await expect(page.getByTestId('today-status').innerText()).resolves.toBe('Today counts');
    await expectSuggestion(page);
    await shoot(page, 'popup', { width: POPUP_VIEWPORT.width, height: 400 });
    await page.close();
  });

  it('the privacy centre: what is stored, export, delete, pause', async () => {
    const page = await fixedPage(s);
    await page.goto(extensionUrl(s, 'habits.html#privacy'));
    await page.locator('.hb-privacy').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('button', { name: /Export/ }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('button', { name: /Delete/ }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    // "What is stored" counts every seeded event.
    await expect.poll(() => page.locator('.hb-privacy').innerText(), { timeout: UI_TIMEOUT_MS }).toContain(String(eventCount));
    await shoot(page, 'privacy', { width: VIEWPORT.width, height: VIEWPORT.height });
    await page.close();
  });

  it('the tip card on a Salesforce Opportunity', async () => {
    const page = await fixedPage(s);
    await page.goto(s.server.url(SF_OPPORTUNITY.host, SF_OPPORTUNITY.path));
    await pill(page).waitFor({ timeout: UI_TIMEOUT_MS });
    await freezeContentScriptClock(page, s.extensionId);
    await openCard(page);
    const prompt = card(page).getByRole('textbox', { name: 'Prompt' });
    await expect.poll(() => prompt.inputValue()).toContain('Acme Renewal');
    // {{today}} is the fixed day as the card writes it (toLocaleDateString in en-US).
    expect(await prompt.inputValue()).toContain(`Today is ${FIXED_NOW.toLocaleDateString('en-US', { timeZone: TIME_ZONE })}.`);
    await expect(card(page).getByRole('button', { name: 'Copy prompt', exact: true }).isVisible()).resolves.toBe(true);
    await expect(card(page).getByRole('button', { name: /^Open in / }).isVisible()).resolves.toBe(true);
    await shoot(page, 'card-salesforce', VIEWPORT, false);
    await page.close();
  });
});

describe('Screenshots: the company side (sharing and the admin dashboard)', () => {
  let server: RunningServer;
  let dbDir: string;

  beforeAll(async () => {
    await ensureDashboardBuilt();
    dbDir = await mkdtemp(join(tmpdir(), 'lastmile-shots-db-'));
    server = await startServer({
      demo: true,
      port: 0,
      host: '127.0.0.1',
      sqlitePath: join(dbDir, 'demo.sqlite'),
      env: {},
      log: () => {},
      now: () => FIXED_NOW.getTime(),
    });
  }, DASHBOARD_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await server?.close();
    if (dbDir !== undefined) await rm(dbDir, { recursive: true, force: true });
  });

  it(
    '"What we share" shows the exact report before consent; the dashboard shows the demo org',
    async () => {
      const demo = server.demo;
      if (demo === undefined) throw new Error('the demo server returned no demo credentials');
      const policy = {
        schemaVersion: 1,
        orgName: 'Acme Corp',
        sync: { enabled: true, endpoint: server.url, enrollmentToken: demo.enrollmentToken, cohort: 'sales-emea' },
      };
      await withManagedPolicy(policy, async () => {
        const c = await launchWithExtension(LAUNCH);
        try {
          // Every page of this browser (sharing, dashboard) and its background on the fixed clock.
          await c.context.clock.setFixedTime(FIXED_NOW);
          await freezeBackgroundClock(c);
          // Two weeks of usage up to the fixed day: the background previews the latest finished day.
          const usage = demoUsage({ now: FIXED_NOW, timeZone: TIME_ZONE, days: 14 });
          await seedDemoUsage(c.context, c.extensionId, usage);
          await fixReportSecret(c.context, c.extensionId);

          const sharing = await openSharing(c);
          await sharing.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
          await expect.poll(() => syncState(sharing).getAttribute('data-state'), { timeout: UI_TIMEOUT_MS }).toBe('needs-consent');
          const preview = sharing.getByTestId('share-preview');
          const today = localDay(FIXED_NOW, TIME_ZONE);
          const lastFinished = usage.activeDays.filter((d) => d < today).at(-1);
          await expect.poll(async () => (await preview.textContent()) ?? '', { timeout: UI_TIMEOUT_MS }).toContain(`"day": "${lastFinished}"`);
          const report = DailyReportSchema.parse(JSON.parse((await preview.textContent()) ?? ''));
          expect(report.cohort).toBe('sales-emea');
          expect(report.rows.length).toBeGreaterThan(0);
          await sharing.getByRole('button', { name: 'Share these anonymous statistics' }).waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
          await shoot(sharing, 'sharing', { width: VIEWPORT.width, height: VIEWPORT.height });

          const dash = await c.context.newPage();
          await dash.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
          await dash.setViewportSize(DASHBOARD_VIEWPORT);
          await dash.goto(server.dashboardUrl);
          await dash.getByLabel('Work email').fill(demo.email);
          await dash.getByLabel('Password').fill(demo.password);
          await dash.getByRole('button', { name: 'Sign in' }).click();
          await dash.getByRole('heading', { name: 'Overview' }).waitFor({ timeout: UI_TIMEOUT_MS });
          await expect.poll(() => dash.locator('[aria-busy="true"]').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
          await dash.getByRole('heading', { name: 'Adoption success by app' }).waitFor({ timeout: UI_TIMEOUT_MS });
          // The last 30 days up to yesterday of the fixed day (the server's and the page's "today").
          const range = `${dashboardDate(addDays(today, -30))} – ${dashboardDate(addDays(today, -1))}.`;
          await expect(dash.getByText(range).isVisible()).resolves.toBe(true);
          await expect(dash.getByText('Acme Corp').first().isVisible()).resolves.toBe(true);
          expect(await dash.locator('svg path').count()).toBeGreaterThan(5);
          await shoot(dash, 'dashboard', DASHBOARD_VIEWPORT);

          // The policy editor's live preview renders the extension's real card, whose strings come
          // through i18n.t: on this plain web page they come from the bundled English messages
          // (server/dashboard/src/i18n-shim.ts), so the preview must show real words, not empty buttons.
          const errors: string[] = [];
          dash.on('pageerror', (e) => errors.push(e.message));
          await dash.goto(`${server.dashboardUrl}#/policy`);
          const cardPreview = dash.locator('aside.policy-aside');
          await cardPreview.getByRole('button', { name: 'Copy prompt' }).waitFor({ timeout: UI_TIMEOUT_MS });
          expect(await cardPreview.innerText()).not.toMatch(/__MSG_|\bundefined\b/);
          expect(errors).toEqual([]);
        } finally {
          await c.close();
        }
      });
    },
    SHOT_TIMEOUT_MS,
  );
});
