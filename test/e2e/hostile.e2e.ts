/**
 * A hostile page on a supported host (test/fixtures/pages/hostile.html), under a managed policy
 * whose tips, notes and tool names carry XSS payloads. Nothing is ever executed (window.__xss stays
 * unset, no element with an event-handler attribute in our shadow root); the page cannot forge
 * usage events or read the employee's stats; the built manifest keeps a strict CSP.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { DEFAULT_EXTENSION_DIR, EXPECTED_EXTENSION_ID, type ExtensionSession } from './harness';
import { launchWithManagedPolicy, type PolicySession } from './managed-policy';
import { storedEvents } from './support/store';
import { UI_TIMEOUT_MS, cardTitle, copyPrompt, pill, promptBox, showCard } from './support/ui';

const HOST = 'hostile.atlassian.net';
const ISSUE = '/browse/EVIL-1';
/** Launching waits for the policy lock, which another e2e file may hold for a while. */
const LAUNCH_TIMEOUT_MS = 240_000;
const FLOOD = 2000;

const XSS_TIP_TITLE = '<img src=x onerror="window.__xss=1"> Summarise';
const XSS_WHY = '<script>window.__xss=1</script> Saves time.';
const XSS_PROMPT = 'Summarise {{recordName}} <svg onload=window.__xss=1> in three bullets.';
const XSS_TOOL = '<img src=x onerror="window.__xss=1">GPT';
// Note text may not hold tags (the schema refuses HTML): attribute and URL breakouts instead.
const XSS_NOTE = 'Careful " onmouseover="window.__xss=1" x=" javascript:window.__xss=1 {{recordName}}';

const POLICY = {
  schemaVersion: 1,
  approvedTools: [{ id: 'evil-gpt', name: XSS_TOOL, url: 'https://chatgpt.com/', prefill: 'https://chatgpt.com/?q={prompt}' }],
  tips: [
    {
      id: 'acme-xss',
      where: { app: 'jira', page: ['issue'] },
      title: XSS_TIP_TITLE,
      why: XSS_WHY,
      prompt: XSS_PROMPT,
      gap: 'clarity',
      minutesSaved: 5,
    },
  ],
  // Only the hostile org tip is offered here.
  disabledTips: loadBundledPlaybook()
    .filter((t) => t.where.app === 'jira')
    .map((t) => t.id),
  notes: [{ id: 'evil-note', app: 'jira', level: 'caution', text: XSS_NOTE }],
  caps: { tipsPerDay: 50 },
};

interface AttackLog {
  sendMessage: string[];
  floods: number;
  shadowReads: (string | null)[];
}
type HostileWindow = Window &
  typeof globalThis & {
    __xss?: number;
    __attacks: AttackLog;
    __forge(id: string): Promise<void>;
    __flood(n: number): void;
    __readShadow(): string | null;
  };

/** Event types the background has stored, read from IndexedDB in the service worker. */
async function storedEventTypes(s: ExtensionSession): Promise<string[]> {
  return (await storedEvents(s.serviceWorker())).map((e) => e.type);
}

/** Elements in our shadow root that could run code: scripts, handlers, javascript: links, SVG/IMG from text. */
async function dangerousNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('lastmile-root')?.shadowRoot;
    if (!root) return ['no shadow root'];
    const found: string[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' || tag === 'img' || tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(tag);
      for (const a of Array.from(el.attributes)) {
        if (a.name.startsWith('on')) found.push(`${tag}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`${tag}[${a.name}=${a.value}]`);
      }
    }
    return found;
  });
}

describe('a hostile page (Chromium, hostile managed policy)', () => {
  let browser: PolicySession | undefined;
  let s: ExtensionSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchWithManagedPolicy(POLICY);
    s = browser.session;
    page = await s.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(s.server.url(HOST, ISSUE));
  }, LAUNCH_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the hostile tip, note and tool as text; nothing runs', async () => {
    await pill(page).waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await pill(page).getAttribute('aria-label')).toContain(XSS_TIP_TITLE);
    const c = await showCard(page);
    await expect.poll(() => cardTitle(page).textContent(), { timeout: UI_TIMEOUT_MS }).toBe(XSS_TIP_TITLE);
    await expect.poll(() => c.innerText(), { timeout: UI_TIMEOUT_MS }).toContain(XSS_WHY);
    await expect.poll(() => c.innerText(), { timeout: UI_TIMEOUT_MS }).toContain(XSS_NOTE);
    await expect.poll(() => c.getByRole('button', { name: /^Open in / }).textContent(), { timeout: UI_TIMEOUT_MS }).toContain(XSS_TOOL);
    // The page title's markup reaches the prompt as inert text, never as "{{" or as markup.
    const prompt = await promptBox(page).inputValue();
    expect(prompt).toContain('<svg onload=window.__xss=1>');
    expect(prompt).not.toContain('{{');
    // Mouse-over, focus and click-free events on everything: an injected handler attribute would fire now.
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelector('lastmile-root')?.shadowRoot?.querySelectorAll('*') ?? [])) {
        for (const type of ['mouseover', 'focus', 'load', 'error', 'animationstart']) el.dispatchEvent(new Event(type));
      }
    });
    expect(await dangerousNodes(page)).toEqual([]);
    expect(await page.evaluate(() => (window as HostileWindow).__xss)).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });

  it('the page cannot message the extension, and a postMessage flood records nothing', async () => {
    const before = await storedEventTypes(s);
    await page.evaluate(async ({ id, flood }) => {
      const w = window as HostileWindow;
      await w.__forge(id);
      w.__flood(flood);
    }, { id: EXPECTED_EXTENSION_ID, flood: FLOOD });
    const attacks = await page.evaluate(() => (window as HostileWindow).__attacks);
    expect(attacks.floods).toBe(FLOOD);
    // No externally_connectable: the page has no channel to us at all (or every call fails).
    expect(attacks.sendMessage.length).toBeGreaterThan(0);
    for (const outcome of attacks.sendMessage) expect(outcome).not.toMatch(/^REPLY/);
    // A barrier through the same pipeline: our own card's "Copy prompt" is recorded after the flood...
    await copyPrompt(page);
    await expect.poll(() => storedEventTypes(s), { timeout: UI_TIMEOUT_MS }).toContain('prompt_copied');
    // ...and it is the only new event: nothing forged got in before it.
    const after = await storedEventTypes(s);
    expect(after.slice(before.length)).toEqual(['prompt_copied']);
    expect(after).not.toContain('manual_log');
    expect(after).not.toContain('marked_used');
    expect(await page.evaluate(() => (window as HostileWindow).__xss)).toBeUndefined();
  });

  it("the open shadow root holds the tip text only, never the employee's stats", async () => {
    await page.reload();
    await pill(page).waitFor({ timeout: UI_TIMEOUT_MS });
    await showCard(page);
    const text = (await page.evaluate(() => (window as HostileWindow).__readShadow())) ?? '';
    expect(text).toContain(XSS_TIP_TITLE);
    // Streaks, goals, counts of AI use and the event log live only on extension pages.
    const visible = text.replace(/[^{}]*\{[^{}]*\}/g, ' '); // the stylesheet's rules are not content
    expect(visible).not.toMatch(/day streak|weekly goal|\d+ AI actions|events? stored|daily records/i);
    expect(await page.evaluate(() => (window as HostileWindow).__xss)).toBeUndefined();
  });

  it('the built manifest keeps a strict CSP for extension pages and no external connections', async () => {
    const manifest = JSON.parse(await readFile(join(DEFAULT_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
