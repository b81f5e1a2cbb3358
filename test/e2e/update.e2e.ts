/**
 * A real extension update while a SaaS page is open: the built extension is copied to a temp dir,
 * loaded, its manifest version bumped on disk and the extension reloaded the way chrome://extensions
 * does it, so Chromium installs the new version (runtime.onInstalled with reason "update") and
 * orphans the old content scripts in the open page.
 *
 * Why developer mode: an extension loaded with --load-extension is re-installed by a reload as an
 * ordinary unpacked one, and Chromium disables unpacked extensions while developer mode is off
 * (disable reason `unsupportedDeveloperExtension`): without it the "reload" only disables the
 * extension and no new service worker ever starts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page, Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { DEFAULT_EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';

const UI_TIMEOUT_MS = 10_000;
/** The new version's service worker starts within a few seconds of the reload. */
const UPDATE_TIMEOUT_MS = 20_000;
const SF_HOST = 'acme.lightning.force.com';
const SF_OPPORTUNITY = '/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
const NEW_VERSION = '99.0.0';
const OLD_MARK = 'data-e2e-before-update';

type ExtensionGlobal = typeof globalThis & { chrome: typeof Browser };
/** The part of chrome://extensions' private API this test uses (not in the public typings). */
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  reload(extensionId: string, options: { failQuietly: boolean }): Promise<void>;
}
type ExtensionsPageGlobal = typeof globalThis & { chrome: { developerPrivate: DeveloperPrivate } };
interface SameDocumentWindow {
  __sameDocument?: number;
}

const ManifestSchema = z.looseObject({ version: z.string() });

const pill = (page: Page): Locator => page.locator('lastmile-root').getByRole('button', { name: /^AI tip: / });
const card = (page: Page): Locator => page.getByRole('dialog', { name: 'Where AI fits here' });

/** Elements in the page that host a shadow root (ours is open, so it counts). */
const shadowHosts = (page: Page): Promise<number> =>
  page.evaluate(() => Array.from(document.querySelectorAll('*')).filter((el) => el.shadowRoot !== null).length);

const isExtensionWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');

describe('an extension update with a SaaS page open', () => {
  let s: ExtensionSession | undefined;
  let extensionDir: string;
  beforeEach(async () => {
    extensionDir = await mkdtemp(join(tmpdir(), 'lastmile-update-'));
    await cp(DEFAULT_EXTENSION_DIR, extensionDir, { recursive: true });
    s = await launchWithExtension({ extensionDir });
  });
  afterEach(async () => {
    await s?.close();
    await rm(extensionDir, { recursive: true, force: true });
  });

  it('removes the old pill and card at once, without errors; the re-injected detector shows one pill that works', async () => {
    if (!s) throw new Error('no session');
    const { context, extensionId } = s;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${SF_HOST}` });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(s.server.url(SF_HOST, SF_OPPORTUNITY));
    await pill(page).click();
    await card(page).waitFor({ timeout: UI_TIMEOUT_MS });
    const oldVersion = await s.serviceWorker().evaluate(() => (globalThis as ExtensionGlobal).chrome.runtime.getManifest().version);
    expect(oldVersion).not.toBe(NEW_VERSION);
    await page.locator('lastmile-root').evaluate((el, mark) => el.setAttribute(mark, ''), OLD_MARK);
    await page.evaluate(() => {
      (window as SameDocumentWindow).__sameDocument = 1;
    });
    expect(await shadowHosts(page)).toBe(1);

    // The update: a new version on disk, reloaded as chrome://extensions' reload button does.
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = ManifestSchema.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: NEW_VERSION }));
    const extensions = await context.newPage();
    await extensions.goto('chrome://extensions');
    const newWorker = context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: UPDATE_TIMEOUT_MS });
    await extensions.evaluate(async (id) => {
      const { developerPrivate } = (globalThis as ExtensionsPageGlobal).chrome;
      await developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
      await developerPrivate.reload(id, { failQuietly: false });
    }, extensionId);
    const worker = await newWorker;
    expect(new URL(worker.url()).host).toBe(extensionId);
    expect(await worker.evaluate(() => (globalThis as ExtensionGlobal).chrome.runtime.getManifest().version)).toBe(NEW_VERSION);
    expect(context.serviceWorkers().filter(isExtensionWorker)).toHaveLength(1);
    await extensions.close();

    // The old UI goes by itself (no navigation, no click): the background re-injects the new
    // detector into open tabs on update, and its start retires the old one, which cleans up.
    await expect.poll(() => page.locator(`lastmile-root[${OLD_MARK}]`).count(), { timeout: UPDATE_TIMEOUT_MS }).toBe(0);
    // Exactly one pill: the new detector's, in the same document (no page reload happened).
    await pill(page).waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await page.locator('lastmile-root').count()).toBe(1);
    expect(await pill(page).count()).toBe(1);
    expect(await shadowHosts(page)).toBe(1);
    expect(await card(page).count()).toBe(0);
    expect(await page.evaluate(() => (window as SameDocumentWindow).__sameDocument)).toBe(1);

    // The new UI works: the card opens (the new version injects its bundle) and copies the prompt.
    await pill(page).click();
    await card(page).waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await card(page).count()).toBe(1);
    const prompt = card(page).getByRole('textbox', { name: 'Prompt' });
    await expect.poll(() => prompt.inputValue(), { timeout: UI_TIMEOUT_MS }).toContain('Acme Renewal');
    await card(page).getByRole('button', { name: 'Copy prompt', exact: true }).click();
    await expect.poll(() => card(page).getByRole('status').innerText(), { timeout: UI_TIMEOUT_MS }).toContain('Prompt copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await prompt.inputValue());
    expect(await shadowHosts(page)).toBe(1);
    expect(errors).toEqual([]);
  });
});
