/**
 * The habit loop end to end, in the built extension: use a tip on a SaaS fixture, go on to an
 * AI-tool fixture and send a prompt, and the popup shows the day counted and one AI-informed task.
 * Every request the browser makes is recorded: nothing may go anywhere but the fixture hosts and
 * the extension itself, and the record's name and id travel only where the employee sent them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page, Request } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { launchWithExtension } from './harness';
import type { ExtensionSession } from './harness';

const SF_HOST = 'acme.lightning.force.com';
const RECORD_ID = '0065g00000AbCdEAAR';
const SF_OPPORTUNITY = `/lightning/r/Opportunity/${RECORD_ID}/view`;
/** The record's name on the Salesforce fixture: it goes into the tip's prompt. */
const RECORD_NAME = 'Acme Renewal';
const CHATGPT_HOST = 'chatgpt.com';
const CLAUDE_HOST = 'claude.ai';
/** Hosts the fixture server answers for in these tests (everything else would leave the machine). */
const FIXTURE_HOSTS: ReadonlySet<string> = new Set([SF_HOST, CHATGPT_HOST, CLAUDE_HOST]);

/** Longest a UI change may take after a click (message round trips, card injection, a new tab). */
const UI_TIMEOUT_MS = 10_000;
/** The popup reads the store when it opens; events are committed within a round trip or two. */
const POPUP_TIMEOUT_MS = 15_000;

/** Days of the week, Sunday (0) to Saturday (6). */
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6] as const;

/** The extension API as an extension page sees it (code passed to page.evaluate runs there). */
type ExtensionGlobal = typeof globalThis & { chrome: typeof Browser };

const pill = (page: Page): Locator => page.locator('lastmile-root').getByRole('button', { name: /^AI tip: / });
const card = (page: Page): Locator => page.getByRole('dialog', { name: 'Where AI fits here' });

/** The ChatGPT fixture's composer, send button and conversation (see test/fixtures/pages/chatgpt.html). */
const chatgpt = (page: Page) => ({
  composer: page.locator('#prompt-textarea'),
  send: page.getByTestId('send-button'),
  sent: page.locator('#conversation li[data-message-author-role="user"]'),
});

interface Today {
  status: string;
  aiActions: number;
  informedTasks: string;
  streak: number;
}

interface SeenRequest {
  url: string;
  body: string;
}

/** Text of a popup element as a number; NaN when it holds anything else. */
function asCount(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Does `text` hold `needle`, as is or URL-encoded (query strings encode spaces as %20 or +)? */
function carries(text: string, needle: string): boolean {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // Not valid percent-encoding: the raw text is checked below all the same.
  }
  return text.includes(needle) || decoded.includes(needle);
}

describe('The habit loop in Chromium', () => {
  let s: ExtensionSession;
  let requests: SeenRequest[];

  beforeEach(async () => {
    s = await launchWithExtension();
    requests = [];
    s.context.on('request', (r: Request) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
    await everyDayAWorkday();
  });
  afterEach(async () => {
    await s?.close();
  });

  const popupUrl = () => `chrome-extension://${s.extensionId}/popup.html`;

  /**
   * Makes every day a workday, the way the settings page does (a message from an extension page):
   * by default a weekend day neither starts nor extends the streak, and the suite must not depend
   * on the weekday it runs on.
   */
  async function everyDayAWorkday(): Promise<void> {
    const page = await s.context.newPage();
    await page.goto(popupUrl());
    const reply = await page.evaluate(
      (workdays) =>
        (globalThis as ExtensionGlobal).chrome.runtime.sendMessage({ type: 'settings:habits', patch: { workdays } }),
      [...EVERY_DAY],
    );
    expect(reply).toMatchObject({ ok: true, data: { workdays: [...EVERY_DAY] } });
    await page.close();
  }

  /** Opens the Opportunity's tip card and "Open in ChatGPT"; resolves with the new ChatGPT tab. */
  async function tipToChatGpt(): Promise<Page> {
    const page = await s.context.newPage();
    await page.goto(s.server.url(SF_HOST, SF_OPPORTUNITY));
    await pill(page).click({ timeout: UI_TIMEOUT_MS });
    await card(page).waitFor({ timeout: UI_TIMEOUT_MS });
    const prompt = card(page).getByRole('textbox', { name: 'Prompt' });
    await expect.poll(() => prompt.inputValue(), { timeout: UI_TIMEOUT_MS }).toContain(RECORD_NAME);

    // ChatGPT is the default tool: one click opens it in a new tab with the prompt in the URL.
    const [ai] = await Promise.all([
      s.context.waitForEvent('page', { timeout: UI_TIMEOUT_MS }),
      card(page).getByRole('button', { name: 'Open in ChatGPT', exact: true }).click(),
    ]);
    await ai.waitForLoadState('domcontentloaded');
    // A tab the extension opens makes its first request before Playwright attaches to it, so
    // the request log misses it: its address is checked here instead.
    const opened = new URL(ai.url());
    expect(opened.origin).toBe(`https://${CHATGPT_HOST}`);
    expect(opened.searchParams.get('q')).toContain(RECORD_NAME);
    // The fixture prefills its composer from ?q= like the real one.
    await expect.poll(() => chatgpt(ai).send.isEnabled(), { timeout: UI_TIMEOUT_MS }).toBe(true);
    return ai;
  }

  /** Opens the popup in a tab and waits until today's AI actions reach `aiActions`; returns what it shows. */
  async function popupToday(aiActions: number): Promise<Today> {
    const popup = await s.context.newPage();
    await popup.goto(popupUrl());
    // Waits for the text itself, not just the element: under load the popup's first render can
    // show an element before its translated text is in.
    const text = async (id: string): Promise<string> => {
      let value = '';
      await expect
        .poll(async () => (value = await popup.getByTestId(id).innerText({ timeout: UI_TIMEOUT_MS })).trim() !== '', { timeout: UI_TIMEOUT_MS })
        .toBe(true);
      return value;
    };
    // Each event is acknowledged only once committed, but the content script does not wait for
    // that before the page moves on: look again until the last prompt is in.
    await expect
      .poll(
        async () => {
          await popup.reload();
          return asCount(await text('today-ai-actions'));
        },
        { timeout: POPUP_TIMEOUT_MS },
      )
      .toBe(aiActions);
    const today: Today = {
      status: await text('today-status'),
      aiActions: asCount(await text('today-ai-actions')),
      informedTasks: (await text('today-informed-tasks')).trim(),
      streak: asCount(await text('streak-current')),
    };
    await popup.close();
    return today;
  }

  /** Nothing left the machine, and the record's name and id went only where the employee sent them. */
  function expectPrivateTraffic(): void {
    expect(requests.length).toBeGreaterThan(0);
    const offFixture = requests
      .map((r) => new URL(r.url))
      .filter((u) => u.protocol !== 'chrome-extension:' && !(u.protocol === 'https:' && FIXTURE_HOSTS.has(u.hostname)))
      .map((u) => u.href);
    expect(offFixture).toEqual([]);

    // The SaaS page's own URL names its record, and the ChatGPT URL carries the prompt by the
    // employee's explicit choice; any other request must not carry either.
    const leaks = requests
      .filter((r) => {
        const host = new URL(r.url).hostname;
        return host !== SF_HOST && host !== CHATGPT_HOST;
      })
      .filter((r) => [RECORD_NAME, RECORD_ID].some((canary) => carries(r.url, canary) || carries(r.body, canary)))
      .map((r) => r.url);
    expect(leaks).toEqual([]);
  }

  it('a tip, then a prompt sent with Enter in ChatGPT: the day counts, with one AI-informed task', async () => {
    const ai = await tipToChatGpt();
    const { composer, sent } = chatgpt(ai);
    await composer.click();
    await ai.keyboard.press('End');
    await ai.keyboard.type(' Keep it under 120 words.');
    await ai.keyboard.press('Enter');
    await expect.poll(() => sent.count(), { timeout: UI_TIMEOUT_MS }).toBe(1);

    // "Open in ChatGPT" and the prompt are two AI actions; Enter and the form submit it
    // triggers are one prompt, not two.
    const today = await popupToday(2);
    expect(today.status).toBe('Today counts');
    expect(today.aiActions).toBe(2);
    // Opened from the tip, session started, prompt sent: still ONE AI-informed task.
    expect(today.informedTasks).toBe('1');
    expect(today.streak).toBeGreaterThanOrEqual(1);

    expectPrivateTraffic();
  });

  it('a tip, then prompts sent with the send button: each counts once, and the task still once', async () => {
    const ai = await tipToChatGpt();
    const { composer, send, sent } = chatgpt(ai);
    await send.click(); // sends the prefilled prompt (click + the submit it triggers)
    await expect.poll(() => sent.count(), { timeout: UI_TIMEOUT_MS }).toBe(1);
    await composer.click();
    await ai.keyboard.type('Now as three bullet points.');
    await send.click();
    await expect.poll(() => sent.count(), { timeout: UI_TIMEOUT_MS }).toBe(2);

    const today = await popupToday(3); // "Open in ChatGPT" and two prompts
    expect(today.status).toBe('Today counts');
    expect(today.informedTasks).toBe('1');
    expect(today.streak).toBeGreaterThanOrEqual(1);

    expectPrivateTraffic();
  });

  it('a prompt in Claude without a tip: the day counts, but no AI-informed task', async () => {
    const ai = await s.context.newPage();
    await ai.goto(s.server.url(CLAUDE_HOST, '/new'));
    const composer = ai.getByRole('textbox', { name: 'Write your prompt to Claude' });
    const messages = ai.getByTestId('user-message');
    await composer.click();
    await ai.keyboard.type('Plan my week.');
    // Shift+Enter adds a line and sends nothing.
    await ai.keyboard.press('Shift+Enter');
    await ai.keyboard.type('Three priorities.');
    await ai.keyboard.press('Enter');
    await expect.poll(() => messages.count(), { timeout: UI_TIMEOUT_MS }).toBe(1);

    // Only the watcher saw this: the prompt is the day's one AI action.
    const today = await popupToday(1);
    expect(today.status).toBe('Today counts');
    expect(today.informedTasks).toBe('0');
    expect(today.streak).toBeGreaterThanOrEqual(1);

    expectPrivateTraffic();
  });
});
