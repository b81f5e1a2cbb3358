/**
 * The card's entry (entrypoints/coach.content/index.tsx) when the browser handed its renderer an empty
 * message bundle: before the first render it asks the background for the packaged messages
 * (i18n:messages) and the card shows real English labels. If the background can't help, the card
 * renders anyway; with a working bundle it never asks.
 */
import { within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromeMessages, installI18n } from '../support/i18n';
import coachScript from '../../entrypoints/coach.content/index';
import { getBridge, setBridge } from '../../entrypoints/shared/bridge';
import { MESSAGES_WAIT_MAX_MS } from '../../lib/i18n/fallback';
import { loadBundledPlaybook } from '../../lib/playbook/load';
import { localizeTip } from '../../lib/playbook/localize';
import { DEFAULT_REDACT } from '../../lib/policy/schema';
import { DEFAULT_AI_TOOLS } from '../../lib/policy/tools';
import type { PageContext } from '../../lib/sites/types';

const OPPORTUNITY: PageContext = { app: 'salesforce', page: 'record', object: 'Opportunity', recordId: '0065g00000AbCdEAAR' };
const en = chromeMessages('en');
const english = (key: string): string => en[key]?.message ?? `(no English ${key})`;

interface Chrome {
  i18n: { getMessage: (key: string) => string };
  runtime?: { sendMessage: (message: unknown) => Promise<unknown> };
}
const chrome = () => (globalThis as unknown as { chrome: Chrome }).chrome;

function tipsReply() {
  const tip = loadBundledPlaybook().find((t) => t.where.app === 'salesforce' && t.where.object?.includes('Opportunity'));
  if (!tip) throw new Error('No bundled Opportunity tip');
  return {
    ok: true,
    data: { tips: [localizeTip(tip, 'en')], tools: [...DEFAULT_AI_TOOLS], toolId: 'chatgpt', notes: [], redact: { ...DEFAULT_REDACT, patterns: [] } },
  };
}

/** A renderer whose bundle is empty (or not), a background answering `messagesReply`, and the card opened in it. */
async function openCard(bundle: 'empty' | 'loaded', messagesReply: unknown) {
  if (bundle === 'empty') chrome().i18n.getMessage = () => '';
  const sendMessage = vi.fn(async (message: unknown) => {
    const type = (message as { type?: unknown }).type;
    return type === 'i18n:messages' ? messagesReply : type === 'coach:tips' ? tipsReply() : { ok: true, data: null };
  });
  chrome().runtime = { sendMessage };
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  setBridge({ shadow, context: () => OPPORTUNITY, cardClosed: () => {} });

  // The wait for the browser's bundle runs on fake timers: no test waits a real second.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  (coachScript.main as () => void)();
  await vi.advanceTimersByTimeAsync(MESSAGES_WAIT_MAX_MS);
  vi.useRealTimers();
  const container = shadow.querySelector('div');
  if (!(container instanceof HTMLElement)) throw new Error('The card mounted no container');
  return { card: within(container), sendMessage };
}

afterEach(() => {
  vi.useRealTimers();
  getBridge()?.coach?.destroy();
  setBridge(undefined);
  delete chrome().runtime;
  document.body.replaceChildren();
  // Puts the English lookup back over whatever the card installed.
  installI18n('en');
});

describe('the card with an empty message bundle', () => {
  it('asks the background for the packaged messages and shows real English text', async () => {
    const { card, sendMessage } = await openCard('empty', { ok: true, data: en });
    expect(await card.findByRole('dialog', { name: english('card_title') })).toBeInTheDocument();
    expect(card.getByRole('button', { name: english('card_copyPrompt') })).toBeInTheDocument();
    expect(sendMessage.mock.calls.map(([m]) => (m as { type: string }).type)).toEqual(['i18n:messages', 'coach:tips']);
  });

  it('renders anyway when the background refuses or answers something oversized', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = { ok: false, code: 'refused', error: 'Sender is not on a supported app page' };
    const oversized = { ok: true, data: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, { message: 'x' }])) };
    for (const reply of [refused, oversized]) {
      const { card } = await openCard('empty', reply);
      // Blank labels (the bundle is empty), but the card and its tip are there.
      expect(await card.findByRole('dialog')).toBeInTheDocument();
      expect(card.queryByText(english('card_title'))).toBeNull();
      getBridge()?.coach?.destroy();
      installI18n('en');
    }
    // (@wxt-dev/i18n also warns about each blank label.)
    expect(warn.mock.calls.map(([m]) => String(m)).filter((m) => m.startsWith('[lastmile]'))).toEqual([
      expect.stringMatching(/packaged one is unavailable: Sender is not on a supported app page$/),
      expect.stringMatching(/packaged one is unavailable: Malformed reply to i18n:messages$/),
    ]);
    warn.mockRestore();
  });

  it("never asks when the browser's bundle is there", async () => {
    const { card, sendMessage } = await openCard('loaded', { ok: true, data: en });
    expect(await card.findByRole('dialog', { name: english('card_title') })).toBeInTheDocument();
    expect(sendMessage.mock.calls.map(([m]) => (m as { type: string }).type)).toEqual(['coach:tips']);
  });
});
