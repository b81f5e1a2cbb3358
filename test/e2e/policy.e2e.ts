/**
 * The admin policy in the page, in the built extension under a real enterprise policy file
 * (Chromium reads it at start-up, so the browser is launched inside withManagedPolicy): the note
 * badge and the card's notes, a blocked page, approved tools only, the shadow-AI pointer on an AI
 * tool the company didn't approve, and redaction of the prompt. One browser for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import type { ExtensionSession } from './harness';
import { launchWithManagedPolicy, type PolicySession } from './managed-policy';
import { storedEvents, type StoredEvent } from './support/store';
import { UI_TIMEOUT_MS, cardTitle, pill, promptBox, showCard } from './support/ui';

const SF_HOST = 'acme.lightning.force.com';
const SF_OPPORTUNITY = '/lightning/r/Opportunity/0065g00000AbCdEAAR/view';
const SF_CASE = '/lightning/r/Case/5005g00000XyZabAAB/view';
/**
 * Fixture record whose name holds a phone number (test/fixtures/pages/salesforce.html). Not an
 * e-mail: record names containing one are dropped when read from the title (lib/sites/title.ts),
 * so e-mails reach a prompt only when the employee types or pastes them.
 */
const SF_PHONE_RECORD = '/lightning/r/Opportunity/0065g00000RdAcTAAQ/view';
const RECORD_PHONE = '+1 415 555 0134';
const TYPED_EMAIL = 'ops@acme.example';
const CLAUDE_HOST = 'claude.ai';

/** Launching waits for the policy lock, which another e2e file may hold for a while. */
const LAUNCH_TIMEOUT_MS = 200_000;

const ORG = 'Acme Bank';
const CAUTION_TEXT = 'Opportunity figures are confidential: leave deal values out of prompts.';
const CAUTION_LINK = 'https://intranet.acme.example/ai-policy';
const BLOCKED_TEXT = 'Case records hold customer personal data: no AI tools here.';
const POLICY = {
  schemaVersion: 1,
  orgName: ORG,
  approvedTools: [{ id: 'acme-gpt', name: 'Acme GPT', url: 'https://chatgpt.com/', prefill: 'https://chatgpt.com/?q={prompt}' }],
  notes: [
    // Arrays: Chromium drops values whose type differs from the managed schema (page/object are arrays there).
    {
      id: 'sf-opp-caution',
      app: 'salesforce',
      page: ['record'],
      object: ['Opportunity'],
      level: 'caution',
      text: CAUTION_TEXT,
      link: CAUTION_LINK,
    },
    { id: 'sf-case-blocked', app: 'salesforce', object: ['Case'], level: 'blocked', text: BLOCKED_TEXT },
  ],
  redact: { emails: true, phones: true },
  // Several pages offer tips in one profile here: keep the daily cap out of the way.
  caps: { tipsPerDay: 20 },
};

/** The extension API as the service worker sees it. */
type ExtensionGlobal = typeof globalThis & { chrome: typeof Browser };

const badge = (page: Page): Locator => page.locator('lastmile-root').getByRole('note');

/** Serious and critical axe findings (contrast included: this is a real browser) inside a host element. */
async function seriousViolations(page: Page, host: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(host).analyze();
  // Guard against axe silently checking nothing (e.g. not reaching into the shadow root).
  expect(results.passes.length).toBeGreaterThan(0);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Types and tip ids of the usage events the background has stored (read straight from IndexedDB). */
const backgroundEvents = (s: ExtensionSession): Promise<StoredEvent[]> => storedEvents(s.serviceWorker());

describe('Company policy in the page (Chromium, managed policy)', () => {
  let browser: PolicySession | undefined;
  let s: ExtensionSession;
  const url = (host: string, path: string) => s.server.url(host, path);

  beforeAll(async () => {
    // The policy file stays in place (and the lock held) until afterAll; the helper removes it.
    browser = await launchWithManagedPolicy(POLICY);
    s = browser.session;
  }, LAUNCH_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
  });

  it('reads the policy file through chrome.storage.managed', async () => {
    const managed = await s.serviceWorker().evaluate(async () => {
      const { chrome } = globalThis as ExtensionGlobal;
      return chrome.storage.managed.get();
    });
    expect(managed).toMatchObject({ orgName: ORG, redact: { emails: true, phones: true } });
    expect(managed.notes).toHaveLength(2);
  });

  it('shows a caution note as a badge on the page and in the card; only the approved tool is offered', async () => {
    const page = await s.context.newPage();
    await page.goto(url(SF_HOST, SF_OPPORTUNITY));

    const note = badge(page);
    await note.waitFor({ timeout: UI_TIMEOUT_MS });
    await expect.poll(() => note.getAttribute('aria-label')).toBe(`Caution: ${CAUTION_TEXT}`);
    expect(await note.getAttribute('data-level')).toBe('caution');
    const ruleLink = note.getByRole('link', { name: /^Read the rule/ });
    expect(await ruleLink.getAttribute('href')).toBe(CAUTION_LINK);
    expect(await ruleLink.getAttribute('target')).toBe('_blank');
    expect(await seriousViolations(page, 'lastmile-root')).toEqual([]);

    const c = await showCard(page);
    const notes = c.getByRole('group', { name: `${ORG} policy` });
    await expect.poll(() => notes.innerText(), { timeout: UI_TIMEOUT_MS }).toContain(CAUTION_TEXT);
    expect(await notes.getByRole('listitem').count()).toBe(1);
    // (c) One approved tool: "Open in Acme GPT" and no picker, enabled.
    const open = c.getByRole('button', { name: 'Open in Acme GPT' });
    expect(await open.isVisible()).toBe(true);
    expect(await open.getAttribute('aria-disabled')).toBeNull();
    expect(await c.getByRole('combobox', { name: 'AI tool' }).count()).toBe(0);
    expect(await c.getByRole('button', { name: /^Open in / }).count()).toBe(1);
    expect(await seriousViolations(page, 'lastmile-root')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page, 'lastmile-root')).toEqual([]);

    // One tap on "Was this helpful?" is stored as a helpful event for the tip on screen.
    const tipTitle = await cardTitle(page).innerText();
    expect(tipTitle).not.toBe('');
    await c.getByRole('button', { name: 'Helpful', exact: true }).click();
    expect(await c.getByRole('group', { name: 'Was this helpful?' }).innerText()).toContain('Thanks');
    await expect
      .poll(async () => (await backgroundEvents(s)).filter((e) => e.type === 'helpful').length, { timeout: UI_TIMEOUT_MS })
      .toBe(1);
    expect((await backgroundEvents(s)).find((e) => e.type === 'helpful')?.tipId).toMatch(/^sf-opp-/);
    await page.close();
  });

  it('disables the AI actions on a blocked page, shows the reason, and follows SPA navigation', async () => {
    const page = await s.context.newPage();
    await page.goto(url(SF_HOST, SF_OPPORTUNITY));
    const note = badge(page);
    await expect.poll(() => note.getAttribute('aria-label'), { timeout: UI_TIMEOUT_MS }).toBe(`Caution: ${CAUTION_TEXT}`);
    // Lightning-style pushState navigation to the Case: the badge follows.
    await page.click('#link-case');
    await expect.poll(() => note.getAttribute('aria-label'), { timeout: UI_TIMEOUT_MS }).toBe(
      `AI not allowed here: ${BLOCKED_TEXT}`,
    );
    expect(page.url()).toBe(url(SF_HOST, SF_CASE));

    const c = await showCard(page);
    await expect.poll(() => c.getByText('AI actions are off here.').isVisible(), { timeout: UI_TIMEOUT_MS }).toBe(true);
    for (const name of ['Open in Acme GPT', 'Copy prompt', 'I used AI for this']) {
      const button = c.getByRole('button', { name });
      expect(await button.getAttribute('aria-disabled'), name).toBe('true');
      // The reason is the disabled action's description.
      const describedBy = (await button.getAttribute('aria-describedby')) ?? '';
      expect(describedBy, name).not.toBe('');
      expect(await c.locator(`[id="${describedBy}"]`).innerText({ timeout: UI_TIMEOUT_MS }), name).toContain(BLOCKED_TEXT);
    }
    expect(await seriousViolations(page, 'lastmile-root')).toEqual([]);

    // The Case list has no tip but the note covers it: the badge stays, alone.
    await page.keyboard.press('Escape');
    await page.click('a[data-tab="Case"]');
    await expect.poll(() => pill(page).count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    expect(await note.getAttribute('aria-label')).toBe(`AI not allowed here: ${BLOCKED_TEXT}`);
    expect(await note.isVisible()).toBe(true);
    // Home: no note and no tip, so nothing of Lastmile is left in the page.
    await page.click('a[data-tab="home"]');
    await expect.poll(() => page.locator('lastmile-root').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    await page.close();
  });

  it('the background itself refuses ai:open where a note blocks AI, whatever context the message claims', async () => {
    const page = await s.context.newPage();
    await page.goto(url(SF_HOST, SF_CASE));
    await expect.poll(() => badge(page).getAttribute('data-level'), { timeout: UI_TIMEOUT_MS }).toBe('blocked');
    // The detector's isolated world: a content script may send what it likes, the card's checks aside.
    const cdp = await s.context.newCDPSession(page);
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => {
      const aux: unknown = e.context.auxData;
      const isolated = typeof aux === 'object' && aux !== null && 'type' in aux && aux.type === 'isolated';
      if (isolated && e.context.origin === `chrome-extension://${s.extensionId}`) worlds.push(e.context.id);
    });
    await cdp.send('Runtime.enable'); // reports the contexts that already exist
    expect(worlds.length).toBeGreaterThan(0);
    const aiOpen = async (object: string) => {
      const message = {
        type: 'ai:open',
        toolId: 'acme-gpt',
        prompt: 'Summarise this case',
        where: { app: 'salesforce', page: 'record', object },
        event: { type: 'ai_opened', app: 'salesforce', page: 'record', tipId: 'sf-case-summary-resolution', toolId: 'acme-gpt' },
      };
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: worlds[0],
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        awaitPromise: true,
        returnByValue: true,
      });
      return result.value as unknown;
    };
    const pagesBefore = s.context.pages().length;
    const openedBefore = (await backgroundEvents(s)).filter((e) => e.type === 'ai_opened').length;
    // The Case itself, and a made-up Opportunity context sent from the Case page: both refused.
    for (const object of ['Case', 'Opportunity']) {
      expect(await aiOpen(object), object).toMatchObject({ ok: false, code: 'refused', reason: 'blocked' });
    }
    // The router replies only after opening the tab and recording the event: none of it happened.
    expect(s.context.pages().length).toBe(pagesBefore);
    expect((await backgroundEvents(s)).filter((e) => e.type === 'ai_opened').length).toBe(openedBefore);
    await cdp.detach();
    await page.close();
  });

  it('points to the approved tool on an AI tool the company did not approve, until dismissed', async () => {
    const page = await s.context.newPage();
    await page.goto(url(CLAUDE_HOST, '/new'));
    const note = page.locator('lastmile-ai-note').getByRole('complementary', { name: 'Lastmile: approved AI tool' });
    await note.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await note.innerText()).toContain("Your company's approved AI tool is Acme GPT.");
    const link = note.getByRole('link', { name: 'Open Acme GPT' });
    expect(await link.getAttribute('href')).toBe('https://chatgpt.com/');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await seriousViolations(page, 'lastmile-ai-note')).toEqual([]);

    await note.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => page.locator('lastmile-ai-note').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    // The page itself was never in the way: its composer still takes text.
    await page.getByRole('textbox', { name: 'Write your prompt to Claude' }).fill('hello');
    await page.close();
  });

  it('replaces page values in the prompt, shows what was removed, and sends only placeholders', async () => {
    const page = await s.context.newPage();
    await page.goto(url(SF_HOST, SF_PHONE_RECORD));
    const c = await showCard(page);
    await expect.poll(() => promptBox(page).inputValue(), { timeout: UI_TIMEOUT_MS }).toContain('Callback [phone]');
    expect(await promptBox(page).inputValue()).not.toContain(RECORD_PHONE);
    const line = c.getByText(/^Removed before sending:/);
    expect(await line.innerText()).toBe('Removed before sending: 1 phone number');

    // The employee pastes another address: it is taken out again right before the tool opens.
    await promptBox(page).press('End');
    await promptBox(page).pressSequentially(` cc ${TYPED_EMAIL}`);
    const opened = s.context.waitForEvent('page', { timeout: UI_TIMEOUT_MS });
    await c.getByRole('button', { name: 'Open in Acme GPT' }).click();
    const tool = await opened;
    const sent = new URL(tool.url()).searchParams.get('q') ?? '';
    expect(sent).toContain('Callback [phone]');
    expect(sent).toContain('cc [email]');
    expect(sent).not.toContain('@');
    expect(sent).not.toContain('415');
    await expect
      .poll(() => line.innerText(), { timeout: UI_TIMEOUT_MS })
      .toBe('Removed before sending: 1 phone number, 1 e-mail address');
    await tool.close();
    await page.close();
  });
});
