/**
 * Faults in real Chromium: the service worker stopped in the middle of a burst of writes (every
 * acknowledged event is in IndexedDB afterwards), the extension disabled while a SaaS page shows
 * its UI (the UI goes at once, no page errors) while a worker that merely went idle leaves it, and a
 * full-disk episode reaching the privacy centre. A real update: update.e2e.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { DB_NAME, META_KEYS } from '../../lib/usage/db';
import { launchWithExtension, type ExtensionSession } from './harness';
import { storedEvents } from './support/store';
import { UI_TIMEOUT_MS, pill, showCard } from './support/ui';

/** A new service worker starts within a few seconds of a reload. */
const RESTART_TIMEOUT_MS = 20_000;
const BURST = 40;
/** Stop the worker once this many writes are acknowledged: the rest are still in flight. */
const ACKS_BEFORE_KILL = 5;
const SF_HOST = 'acme.lightning.force.com';
const SF_OPPORTUNITY = '/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
/** Longer than the detector's last look after its port closed (EXTENSION_GONE_CHECKS_MS, 5 s). */
const IDLE_WORKER_SETTLE_MS = 6_000;

type ExtensionGlobal = typeof globalThis & { chrome: typeof Browser };
type BurstWindow = Window & { __acks: number; __settled: number };
/** chrome://extensions' own API (not in the public typings): the part this test uses. */
type ExtensionsPageGlobal = typeof globalThis & { chrome: { management: { setEnabled(id: string, enabled: boolean): Promise<void> } } };

/** Elements in the page that host a shadow root (ours is open, so it counts). */
const shadowHosts = (page: Page): Promise<number> =>
  page.evaluate(() => Array.from(document.querySelectorAll('*')).filter((el) => el.shadowRoot !== null).length);

/** Page errors and console errors (the content scripts' included) as they happen. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Counts stored events of one type, read from IndexedDB in an extension page. */
async function countStored(page: Page, type: string): Promise<number> {
  return (await storedEvents(page)).filter((e) => e.type === type).length;
}

describe('faults in Chromium', () => {
  let s: ExtensionSession;
  beforeEach(async () => {
    s = await launchWithExtension();
  });
  afterEach(async () => {
    await s?.close();
  });

  it('the service worker stopped mid-burst: every acknowledged event is in IndexedDB', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.evaluate((n) => {
      const w = window as unknown as BurstWindow & ExtensionGlobal;
      w.__acks = 0;
      w.__settled = 0;
      for (let i = 0; i < n; i++) {
        w.chrome.runtime
          .sendMessage({ type: 'habit:log' })
          .then((r: unknown) => {
            if (typeof r === 'object' && r !== null && 'ok' in r && r.ok === true) w.__acks++;
          })
          .catch(() => undefined)
          .finally(() => w.__settled++);
      }
    }, BURST);
    await expect.poll(() => page.evaluate(() => (window as unknown as BurstWindow).__acks), { timeout: UI_TIMEOUT_MS }).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Every message has an answer or an error (the port closed with the worker) by now or soon.
    await expect.poll(() => page.evaluate(() => (window as unknown as BurstWindow).__settled), { timeout: RESTART_TIMEOUT_MS }).toBe(BURST);
    const acked = await page.evaluate(() => (window as unknown as BurstWindow).__acks);

    // A message wakes a fresh worker: the extension works on.
    await expect
      .poll(() => page.evaluate(() => (globalThis as ExtensionGlobal).chrome.runtime.sendMessage({ type: 'sync:status' }).then((r: { ok?: boolean }) => r.ok, () => false)), {
        timeout: RESTART_TIMEOUT_MS,
      })
      .toBe(true);
    const stored = await countStored(page, 'manual_log');
    expect(stored).toBeGreaterThanOrEqual(acked);
    expect(stored).toBeLessThanOrEqual(BURST);
  });

  it('the extension disabled while a page shows the pill and card: the UI goes at once, no page errors', async () => {
    const page = await s.context.newPage();
    const errors = collectErrors(page);
    await page.goto(s.server.url(SF_HOST, SF_OPPORTUNITY));
    await showCard(page);
    expect(await page.locator('lastmile-root').count()).toBe(1);

    // Disabled as the switch on chrome://extensions does it (an admin's policy or the employee).
    const extensions = await s.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate((id) => (globalThis as ExtensionsPageGlobal).chrome.management.setEnabled(id, false), s.extensionId);
    // No navigation, no click: the detector's port to the background closes and the UI goes with it.
    await expect.poll(() => page.locator('lastmile-root').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    expect(await shadowHosts(page)).toBe(0);
    await page.click('#link-case');
    await expect.poll(() => page.url()).toContain('/Case/');
    expect(await page.locator('lastmile-root').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a service worker that only went idle leaves the pill on the page, and it still works', async () => {
    const page = await s.context.newPage();
    const errors = collectErrors(page);
    await page.goto(s.server.url(SF_HOST, SF_OPPORTUNITY));
    await pill(page).waitFor({ timeout: UI_TIMEOUT_MS });
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The stop closes the detector's port; it looks whether the extension went away, for up to
    // IDLE_WORKER_SETTLE_MS (a fixed wait: there is no event for "the detector decided to stay").
    await new Promise((r) => setTimeout(r, IDLE_WORKER_SETTLE_MS));
    expect(await page.locator('lastmile-root').count()).toBe(1);
    await showCard(page);
    expect(errors).toEqual([]);
  });

  it('a full disk reaches the privacy centre', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/habits.html#privacy`);
    await page.getByRole('heading', { name: 'What is stored' }).waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await page.getByTestId('storage-warning').count()).toBe(0);
    // What UsageStore keeps after a QuotaExceededError (unit-tested in fuzz-storage-quota.test.ts).
    await page.evaluate(
      ({ dbName, key }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({ key, value: { reason: 'quota', at: '2026-03-16T09:00:00.000Z', deletedEvents: 120, recovered: true } });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { dbName: DB_NAME, key: META_KEYS.storageWarning },
    );
    await page.reload();
    const alert = page.getByTestId('storage-warning');
    await alert.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toMatch(/storage was full .*the 120 oldest events were deleted; your daily records were kept\. Recording continued\./s);
  });
});
