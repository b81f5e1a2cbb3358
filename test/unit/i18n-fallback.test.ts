/**
 * The packaged-messages fallback for a renderer the browser gave an empty message bundle
 * (lib/i18n/schema.ts, get-message.ts, fallback.ts): the schema takes the real messages.json and
 * refuses oversized or malformed ones with a clear error; the loader picks the language like the card
 * and pages do; the waiting gives up in bounded time and installs a lookup only when it has one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nMessagesReplySchema } from '../../lib/coach/protocol';
import {
  ensureMessages,
  loadPackagedMessages,
  MESSAGES_FALLBACK_MAX_MS,
  MESSAGES_POLL_MS,
  MESSAGES_WAIT_MAX_MS,
  packagedLanguages,
  type EnsureMessagesDeps,
  type FetchedFile,
} from '../../lib/i18n/fallback';
import { makeGetMessage, type GetMessage } from '../../lib/i18n/get-message';
import {
  MAX_MESSAGE_CHARS,
  MAX_MESSAGES,
  MAX_MESSAGES_TOTAL_CHARS,
  MAX_PLACEHOLDERS,
  parseChromeMessages,
  type ChromeMessages,
} from '../../lib/i18n/schema';
import { chromeMessages, LOCALES } from '../support/i18n';

const many = (n: number, message = 'x'): Record<string, { message: string }> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`key_${i}`, { message }]));

describe('messages.json schema', () => {
  it('takes every shipped language as the build writes it', () => {
    for (const lang of LOCALES) {
      const messages = chromeMessages(lang);
      expect(parseChromeMessages(messages), lang).toEqual(messages);
    }
  });

  it('keeps placeholders and drops what is never shown (descriptions, examples)', () => {
    const raw = {
      hello: { message: 'Hi $who$', description: 'greeting', placeholders: { who: { content: '$1', example: 'Ana' } } },
    };
    expect(parseChromeMessages(raw)).toEqual({ hello: { message: 'Hi $who$', placeholders: { who: { content: '$1' } } } });
  });

  it('refuses malformed files, naming where', () => {
    expect(() => parseChromeMessages(null)).toThrow(/^Invalid messages\.json: \(root\): /);
    expect(() => parseChromeMessages([{ message: 'x' }])).toThrow(/^Invalid messages\.json: \(root\): /);
    expect(() => parseChromeMessages({ ok: { message: 'x' }, bad: { text: 'y' } })).toThrow(/^Invalid messages\.json: bad\.message: /);
    expect(() => parseChromeMessages({ ok: { message: 7 } })).toThrow(/ok\.message/);
    expect(() => parseChromeMessages({ 'not a name': { message: 'x' } })).toThrow(/^Invalid messages\.json: not a name: Invalid key in record$/);
    expect(() => parseChromeMessages({ p: { message: '$a$', placeholders: { a: { example: 'x' } } } })).toThrow(/p\.placeholders\.a\.content/);
  });

  it('names the first few issues of a badly broken file and counts the rest', () => {
    const broken = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, { message: i }]));
    const error = (() => {
      try {
        parseChromeMessages(broken);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(error).toMatch(/^Invalid messages\.json: k0\.message: .*; k1\.message: .*; k2\.message: .* \(and 7 more\)$/);
  });

  it('refuses oversized files: too many messages, too long a message, too much in all', () => {
    expect(parseChromeMessages(many(MAX_MESSAGES))).toBeDefined();
    expect(() => parseChromeMessages(many(MAX_MESSAGES + 1))).toThrow(
      `Invalid messages.json: (root): ${MAX_MESSAGES + 1} messages, more than the ${MAX_MESSAGES} allowed`,
    );
    expect(() => parseChromeMessages({ long: { message: 'x'.repeat(MAX_MESSAGE_CHARS + 1) } })).toThrow(/^Invalid messages\.json: long\.message: /);
    const bulky = many(Math.ceil(MAX_MESSAGES_TOTAL_CHARS / MAX_MESSAGE_CHARS) + 1, 'x'.repeat(MAX_MESSAGE_CHARS));
    expect(() => parseChromeMessages(bulky)).toThrow(/^Invalid messages\.json: \(root\): \d+ characters, more than the 1000000 allowed$/);
    const placeholders = Object.fromEntries(Array.from({ length: MAX_PLACEHOLDERS + 1 }, (_, i) => [`p${i}`, { content: 'x' }]));
    expect(() => parseChromeMessages({ m: { message: 'x', placeholders } })).toThrow(/m\.placeholders: at most 32 placeholders/);
  });

  it('is the reply schema of i18n:messages: an oversized answer is a malformed reply', () => {
    expect(I18nMessagesReplySchema.safeParse({ ok: true, data: chromeMessages('en') }).success).toBe(true);
    expect(I18nMessagesReplySchema.safeParse({ ok: true, data: many(MAX_MESSAGES + 1) }).success).toBe(false);
    expect(I18nMessagesReplySchema.safeParse({ ok: true, data: { a: { message: 'x', extra: { huge: true } } } })).toMatchObject({
      success: true,
      data: { ok: true, data: { a: { message: 'x' } } },
    });
  });
});

describe('getMessage over messages.json', () => {
  it('substitutes named placeholders (any case), then $1…$9 and $$, like Chrome', () => {
    const messages: ChromeMessages = {
      greet: { message: 'Hello $Who$, you owe $$$amount$ ($unknown$)', placeholders: { who: { content: '$1' }, AMOUNT: { content: '$2' } } },
      plain: { message: 'Costs $$5 for $1' },
    };
    const t = makeGetMessage(messages);
    expect(t('greet', ['Ana', '12'])).toBe('Hello Ana, you owe $12 ($unknown$)');
    expect(t('plain', 'you')).toBe('Costs $5 for you');
    expect(t('plain')).toBe('Costs $5 for ');
    expect(t('missing')).toBe('');
    expect(t('__proto__')).toBe('');
  });
});

describe('packaged messages', () => {
  it("tries the UI language's base language, then English", () => {
    expect(packagedLanguages('de-AT')).toEqual(['de', 'en']);
    expect(packagedLanguages('fr_CA')).toEqual(['fr', 'en']);
    expect(packagedLanguages('en-US')).toEqual(['en']);
    expect(packagedLanguages('')).toEqual(['en']);
    // Only a plain language code reaches the file path.
    expect(packagedLanguages('../x')).toEqual(['en']);
  });

  const files = (table: Record<string, () => Promise<FetchedFile>>) => {
    const asked: string[] = [];
    return {
      asked,
      deps: (uiLanguage: string) => ({
        uiLanguage,
        getURL: (path: string) => `chrome-extension://ext${path}`,
        fetch: async (url: string) => {
          asked.push(url.replace('chrome-extension://ext', ''));
          const file = table[url.replace('chrome-extension://ext', '')];
          if (!file) throw new TypeError('Failed to fetch');
          return file();
        },
      }),
    };
  };
  const json = (body: unknown) => async (): Promise<FetchedFile> => ({ ok: true, status: 200, json: async () => body });

  it('reads the language of the browser, and English when that one is missing or broken', async () => {
    const de = chromeMessages('de');
    const en = chromeMessages('en');
    const ok = files({ '/_locales/de/messages.json': json(de), '/_locales/en/messages.json': json(en) });
    expect(await loadPackagedMessages(ok.deps('de-CH'))).toEqual(de);
    expect(ok.asked).toEqual(['/_locales/de/messages.json']);
    expect(await loadPackagedMessages(ok.deps('it'))).toEqual(en);
    const broken = files({ '/_locales/de/messages.json': json(many(MAX_MESSAGES + 1)), '/_locales/en/messages.json': json(en) });
    expect(await loadPackagedMessages(broken.deps('de'))).toEqual(en);
  });

  it("says what went wrong for each language when there's nothing to read", async () => {
    const none = files({
      '/_locales/de/messages.json': async () => ({ ok: false, status: 404, json: async () => null }),
      '/_locales/en/messages.json': json({ x: { message: 1 } }),
    });
    await expect(loadPackagedMessages(none.deps('de'))).rejects.toThrow(
      /^No packaged messages \(de: HTTP 404; en: Invalid messages\.json: x\.message: .+\)$/,
    );
    await expect(loadPackagedMessages(files({}).deps('fr'))).rejects.toThrow('No packaged messages (fr: Failed to fetch; en: Failed to fetch)');
  });
});

describe('ensureMessages', () => {
  afterEach(() => vi.useRealTimers());

  function deps(browserMessages: () => string, fallback: EnsureMessagesDeps['fallback']) {
    const installed: GetMessage[] = [];
    const warnings: string[] = [];
    const asked = vi.fn(fallback);
    const d: EnsureMessagesDeps = {
      getMessage: (key) => (key === 'extShortName' ? browserMessages() : ''),
      fallback: asked,
      install: (lookup) => void installed.push(lookup),
      warn: (m) => void warnings.push(m),
    };
    return { d, installed, warnings, asked };
  }

  it("uses the browser's bundle when it is there, without asking anyone", async () => {
    const { d, installed, asked } = deps(() => 'Lastmile', async () => chromeMessages('en'));
    expect(await ensureMessages(d)).toBe('browser');
    expect(asked).not.toHaveBeenCalled();
    expect(installed).toEqual([]);
  });

  it('waits while the bundle arrives late', async () => {
    vi.useFakeTimers();
    let polls = 0;
    const { d, asked } = deps(() => (++polls > 5 ? 'Lastmile' : ''), async () => chromeMessages('en'));
    const done = ensureMessages(d);
    await vi.advanceTimersByTimeAsync(5 * MESSAGES_POLL_MS);
    expect(await done).toBe('browser');
    expect(asked).not.toHaveBeenCalled();
  });

  it('installs the packaged messages when the bundle stays empty', async () => {
    vi.useFakeTimers();
    const { d, installed, asked } = deps(() => '', async () => chromeMessages('de'));
    const done = ensureMessages(d);
    await vi.advanceTimersByTimeAsync(MESSAGES_WAIT_MAX_MS - MESSAGES_POLL_MS);
    expect(asked).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(MESSAGES_POLL_MS);
    expect(await done).toBe('packaged');
    expect(installed).toHaveLength(1);
    expect(installed[0]?.('common_close')).toBe(chromeMessages('de').common_close?.message);
  });

  it('gives up without installing anything when the fallback fails or never answers', async () => {
    vi.useFakeTimers();
    const failing = deps(() => '', async () => {
      throw new Error('Malformed reply to i18n:messages');
    });
    const failed = ensureMessages(failing.d);
    await vi.advanceTimersByTimeAsync(MESSAGES_WAIT_MAX_MS);
    expect(await failed).toBe('none');
    expect(failing.installed).toEqual([]);
    expect(failing.warnings).toEqual([expect.stringMatching(/packaged one is unavailable: Malformed reply to i18n:messages$/)]);

    const silent = deps(() => '', () => new Promise<ChromeMessages>(() => {}));
    const waited = ensureMessages(silent.d);
    await vi.advanceTimersByTimeAsync(MESSAGES_WAIT_MAX_MS + MESSAGES_FALLBACK_MAX_MS);
    expect(await waited).toBe('none');
    expect(silent.installed).toEqual([]);
    expect(silent.warnings).toEqual([expect.stringMatching(/no answer within 3000 ms$/)]);
  });
});
