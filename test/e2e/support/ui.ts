/**
 * The extension's UI as the employee drives it: the pill and tip card on SaaS fixtures, the popup's
 * "today" figures, and the Sharing section of the habits page (consent, preview, "Sync now").
 */
import { expect } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DailyReportSchema, type DailyReport } from '../../../lib/sync/report';
import type { ExtensionSession } from '../harness';

/** Longest a UI change may take after a navigation or click (message round trips, card injection, a new tab). */
export const UI_TIMEOUT_MS = 10_000;
/** The popup reads the store when it opens; events are committed within a round trip or two. */
const COMMIT_TIMEOUT_MS = 15_000;
/** "Sync now" builds the report and POSTs it to the local backend. */
const SYNC_TIMEOUT_MS = 20_000;

export const SHARE_LABEL = 'Share these anonymous statistics';
export const SYNC_NOW_LABEL = 'Sync now';

/** The start of the pill's accessible name ("AI tip: <title>"). */
export const PILL_NAME = /^AI tip: /;

export const pill = (page: Page): Locator => page.locator('lastmile-root').getByRole('button', { name: PILL_NAME });
export const card = (page: Page): Locator => page.getByRole('dialog', { name: 'Where AI fits here' });
export const promptBox = (page: Page): Locator => card(page).getByRole('textbox', { name: 'Prompt' });
export const cardTitle = (page: Page): Locator => card(page).getByRole('heading', { level: 2 });
const cardButton = (page: Page, name: string | RegExp): Locator =>
  card(page).getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });

/** Clicks the pill and waits for the card, without waiting for its prompt; returns the card. */
export async function showCard(page: Page): Promise<Locator> {
  await pill(page).click({ timeout: UI_TIMEOUT_MS });
  await card(page).waitFor({ timeout: UI_TIMEOUT_MS });
  return card(page);
}

/** Opens the card and waits until its prompt is filled; returns the card. */
export async function openCard(page: Page): Promise<Locator> {
  const c = await showCard(page);
  // The prompt is filled from the page once the record has loaded.
  await expect.poll(() => promptBox(page).inputValue(), { timeout: UI_TIMEOUT_MS }).not.toBe('');
  return c;
}

/** A fixture SaaS page (`path` on `host`) in a new tab, with its tip card open and filled. */
export async function openCardOn(s: ExtensionSession, host: string, path: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(s.server.url(host, path));
  await openCard(page);
  return page;
}

export async function copyPrompt(page: Page): Promise<void> {
  await cardButton(page, 'Copy prompt').click({ timeout: UI_TIMEOUT_MS });
}

/** "I used AI for this"; waits for the card's acknowledgement (the event is on its way). */
export async function markUsed(page: Page): Promise<void> {
  await cardButton(page, 'I used AI for this').click({ timeout: UI_TIMEOUT_MS });
  await expect.poll(() => cardButton(page, 'I used AI for this').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
}

/** "Open in <tool>"; resolves with the AI tool's new tab once it has loaded. */
export async function openInAiTool(context: BrowserContext, page: Page): Promise<Page> {
  const [ai] = await Promise.all([
    context.waitForEvent('page', { timeout: UI_TIMEOUT_MS }),
    cardButton(page, /^Open in /).click({ timeout: UI_TIMEOUT_MS }),
  ]);
  await ai.waitForLoadState('domcontentloaded');
  return ai;
}

/** Text of a popup element as a number; NaN when it holds anything else. */
function asCount(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Waits until the popup counts `aiActions` AI actions today: the content scripts do not wait for
 * their events to be committed, so this is how a test knows the day is on disk before closing.
 */
export async function waitForTodayAiActions(s: ExtensionSession, aiActions: number): Promise<void> {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await expect
    .poll(
      async () => {
        await popup.reload();
        return asCount(await popup.getByTestId('today-ai-actions').innerText({ timeout: UI_TIMEOUT_MS }));
      },
      { timeout: COMMIT_TIMEOUT_MS },
    )
    .toBe(aiActions);
  await popup.close();
}

export const syncState = (page: Page): Locator => page.getByTestId('sync-state');

/** Opens the habits page on its Sharing section and waits until it has read the sync status. */
export async function openSharing(s: ExtensionSession): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/habits.html#sharing`);
  await syncState(page).waitFor({ timeout: UI_TIMEOUT_MS });
  return page;
}

/** Agrees on the Sharing section ("Share these anonymous statistics"); sharing is then on. */
export async function consentToSharing(page: Page): Promise<void> {
  await expect.poll(() => syncState(page).getAttribute('data-state'), { timeout: UI_TIMEOUT_MS }).toBe('needs-consent');
  await page.getByRole('button', { name: SHARE_LABEL }).click({ timeout: UI_TIMEOUT_MS });
  await expect.poll(() => syncState(page).getAttribute('data-state'), { timeout: UI_TIMEOUT_MS }).toBe('on');
}

/** The "next report, exactly as sent" preview, once it shows a real (not example) finished day. */
export async function previewReport(page: Page, day: string): Promise<DailyReport> {
  const pre = page.getByTestId('share-preview');
  let text = '';
  await expect
    .poll(
      async () => {
        text = (await pre.textContent({ timeout: UI_TIMEOUT_MS })) ?? '';
        return text.includes(`"day": "${day}"`);
      },
      { timeout: UI_TIMEOUT_MS, message: `preview for ${day}` },
    )
    .toBe(true);
  return DailyReportSchema.parse(JSON.parse(text));
}

/** Presses "Sync now" and returns what the page says the run did once it is done. */
export async function syncNow(page: Page): Promise<string> {
  const result = page.getByTestId('sync-result');
  await page.getByRole('button', { name: SYNC_NOW_LABEL }).click({ timeout: UI_TIMEOUT_MS });
  let text = '';
  await expect
    .poll(
      async () => {
        text = ((await result.textContent()) ?? '').trim();
        return text !== '' && text !== 'Sending…';
      },
      { timeout: SYNC_TIMEOUT_MS },
    )
    .toBe(true);
  return text;
}
