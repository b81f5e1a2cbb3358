/**
 * "Policy in force" and "What we share" on the habits page, in the built extension under a real
 * enterprise policy (Chromium's managed policy file): where each value came from and when, what
 * was rejected and why, last-known-good across a browser restart, and the sharing consent flow.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DailyReportSchema } from '../../lib/sync/report';
import { launchWithExtension, type ExtensionSession } from './harness';
import { withManagedPolicy, writeManagedPolicy } from './managed-policy';

/** The README's picture of the "What we share" screen. */

/** A message round trip plus a render; the background resolves the policy on first ask. */
const UI_TIMEOUT_MS = 10_000;

const ORG = 'Acme Bank';
const VALID_NOTE = {
  id: 'sf-customer-data',
  app: 'salesforce',
  level: 'caution',
  text: 'Remove customer names before pasting into AI tools.',
};
const TOOLS = [{ id: 'acme-gpt', name: 'Acme GPT', url: 'https://gpt.acme.example/' }];

const FIRST_POLICY = {
  orgName: ORG,
  notes: [VALID_NOTE],
  approvedTools: TOOLS,
  caps: { tipsPerDay: 2, cooldownHours: 48 },
};

/**
 * The second policy: one good and one bad note, and caps that are invalid as a whole. Chromium
 * checks types against the managed schema and drops a wrong type (tipsPerDay: "many") before the
 * extension sees it; an out-of-range integer passes Chromium and is Lastmile's to reject.
 */
const BAD_NOTE = { id: 'sf-bad-markup', app: 'salesforce', level: 'blocked', text: '<b>Never</b> paste contracts' };
const SECOND_POLICY = {
  orgName: ORG,
  notes: [{ ...VALID_NOTE, text: 'Customer names stay out of AI tools.' }, BAD_NOTE],
  approvedTools: TOOLS,
  caps: { tipsPerDay: 999 },
};

const TOKEN = 'test-token-0123456789abcdef';
const SYNC_POLICY = { orgName: ORG, sync: { enabled: true, endpoint: 'http://127.0.0.1:9', enrollmentToken: TOKEN } };

/** What a report must never carry: the Salesforce fixture's record, its name, the host, e-mails. */
const SF_HOST = 'acme.lightning.force.com';
const RECORD_ID = '0065g00000AbCdEAAR';
const CANARIES = [RECORD_ID, RECORD_ID.toLowerCase(), 'Acme Renewal', SF_HOST, 'http://', 'https://', '@', TOKEN];

const habitsUrl = (s: ExtensionSession, section: string) => `chrome-extension://${s.extensionId}/habits.html#${section}`;
const row = (page: Page, key: string): Locator => page.getByTestId(`policy-${key}`);

async function openPolicy(s: ExtensionSession): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(habitsUrl(s, 'policy'));
  await page.getByRole('heading', { name: 'In force' }).waitFor({ timeout: UI_TIMEOUT_MS });
  return page;
}

describe('Policy in force and sharing in Chromium', () => {
  it('shows a managed policy with its source and arrival, then keeps the last known good of a broken update', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'lastmile-policy-e2e-'));
    try {
      await withManagedPolicy(FIRST_POLICY, async () => {
        // (a) A valid managed policy.
        const before = Date.now();
        let s = await launchWithExtension({ userDataDir: profile });
        let arrivedAt: string;
        try {
          const page = await openPolicy(s);
          await expect.poll(() => row(page, 'orgName').innerText(), { timeout: UI_TIMEOUT_MS }).toContain(ORG);
          for (const key of ['orgName', 'notes', 'approvedTools', 'caps']) {
            await expect(row(page, key).getAttribute('data-source')).resolves.toBe('managed');
            await expect(row(page, key).innerText()).resolves.toContain('Your company (managed)');
          }
          await expect(row(page, 'notes').innerText()).resolves.toContain(VALID_NOTE.text);
          await expect(row(page, 'approvedTools').innerText()).resolves.toContain('Acme GPT');
          await expect(row(page, 'caps').innerText()).resolves.toContain('At most 2 tips a day');
          // Arrival: a <time> with the moment the policy was first seen, shown relative and absolute.
          const time = row(page, 'orgName').locator('time');
          arrivedAt = (await time.getAttribute('datetime')) ?? '';
          expect(Date.parse(arrivedAt)).toBeGreaterThanOrEqual(before - 1000);
          expect(Date.parse(arrivedAt)).toBeLessThanOrEqual(Date.now() + 1000);
          await expect(time.innerText()).resolves.toMatch(/now|second|minute/);
          await expect(page.getByTestId('policy-rejected').innerText()).resolves.toContain('Nothing rejected');
          await expect(row(page, 'caps').getByTestId('lkg').count()).resolves.toBe(0);
        } finally {
          await s.close();
        }

        // (b) Same profile, a policy with one bad note and invalid caps.
        await writeManagedPolicy(SECOND_POLICY);
        s = await launchWithExtension({ userDataDir: profile });
        try {
          const page = await openPolicy(s);
          const notes = row(page, 'notes');
          await expect.poll(() => notes.innerText(), { timeout: UI_TIMEOUT_MS }).toContain('Customer names stay out of AI tools.');
          expect(await notes.innerText()).not.toContain('paste contracts');

          const rejected = page.getByTestId('policy-rejected');
          const badNote = rejected.getByTestId('rejection').filter({ hasText: 'notes[1].text' });
          // The sentence is the page's own; the checker's words are the labelled technical detail.
          await expect(badNote.locator('.pv-reason').innerText()).resolves.toBe('Permission notes: a value is not valid.');
          await expect(badNote.getByTestId('technical-detail').innerText()).resolves.toBe(
            'Technical detail: must be plain text: HTML is shown as typed, never rendered',
          );
          await expect(badNote.innerText()).resolves.toContain('sf-bad-markup');
          await expect(badNote.innerText()).resolves.toContain('Your company (managed)');

          // Caps: the earlier valid value is kept, marked, and the rejection is listed.
          const caps = row(page, 'caps');
          await expect(caps.innerText()).resolves.toContain('At most 2 tips a day');
          await expect(caps.innerText()).resolves.toContain('48 hours');
          await expect(caps.getByTestId('lkg').innerText()).resolves.toContain('Last known good');
          await expect(caps.locator('time').getAttribute('datetime')).resolves.toBe(arrivedAt);
          const capsRejections = rejected.getByTestId('rejection').filter({ hasText: 'caps' });
          await expect(capsRejections.filter({ hasText: 'caps.tipsPerDay' }).innerText()).resolves.toContain('999');
          await expect(capsRejections.filter({ hasText: 'so the last valid one (received' }).count()).resolves.toBe(1);
        } finally {
          await s.close();
        }
      });
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('asks for consent on the sharing page, shows the exact report without private data, and turns sharing on', async () => {
    await withManagedPolicy(SYNC_POLICY, async () => {
      const s = await launchWithExtension();
      try {
        // Activity on a record page, so any leak of its id, name or host would show in the report.
        const work = await s.context.newPage();
        await work.goto(s.server.url(SF_HOST, `/lightning/r/Opportunity/${RECORD_ID}/view`));
        await work.close();

        const page = await s.context.newPage();
        await page.goto(habitsUrl(s, 'sharing'));
        const state = page.getByTestId('sync-state');
        await expect.poll(() => state.getAttribute('data-state'), { timeout: UI_TIMEOUT_MS }).toBe('needs-consent');
        await expect(state.innerText()).resolves.toContain('Your company asks to share anonymous statistics');
        await expect(page.getByRole('button', { name: 'Sync now', exact: true }).isDisabled()).resolves.toBe(true);

        const json = await page.getByTestId('share-preview').innerText({ timeout: UI_TIMEOUT_MS });
        const report = DailyReportSchema.parse(JSON.parse(json));
        expect(report.dedupeKey).toMatch(/^[0-9a-f]{64}$/);
        for (const canary of CANARIES) expect(json.toLowerCase()).not.toContain(canary.toLowerCase());
        expect(await page.locator('body').innerText()).not.toContain(TOKEN);

        await page.getByRole('button', { name: 'Share these anonymous statistics', exact: true }).click();
        await expect.poll(() => state.getAttribute('data-state'), { timeout: UI_TIMEOUT_MS }).toBe('on');
        await expect(state.innerText()).resolves.toContain('Sharing is on');
        await page.getByRole('button', { name: 'Stop sharing', exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
        await expect(page.getByRole('button', { name: 'Sync now', exact: true }).isEnabled()).resolves.toBe(true);
      } finally {
        await s.close();
      }
    });
  });
});
