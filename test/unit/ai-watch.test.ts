// @vitest-environment jsdom
// (jsdom only to try COMPOSER_SELECTOR on real markup; the functions under test use no DOM.)
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  COMPOSER_SELECTOR,
  PROMPT_DEBOUNCE_MS,
  createDebouncer,
  isComposer,
  isSendKey,
  looksLikeSendButton,
  type ButtonDescription,
  type ElementDescription,
  type KeyDescription,
} from '../../lib/ai-watch';

const ENTER: KeyDescription = {
  key: 'Enter',
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  repeat: false,
};
const TEXTAREA: ElementDescription = { tag: 'textarea', editable: false, role: null };
const EDITOR: ElementDescription = { tag: 'div', editable: true, role: null };
const ARIA_TEXTBOX: ElementDescription = { tag: 'div', editable: false, role: 'textbox' };
const PLAIN_DIV: ElementDescription = { tag: 'div', editable: false, role: null };

const BUTTON: ButtonDescription = {
  tag: 'button',
  role: null,
  ariaLabel: null,
  testId: null,
  type: 'button',
  inComposerForm: false,
  disabled: false,
};

describe('isComposer', () => {
  it('knows textareas, editing hosts and ARIA textboxes', () => {
    expect(isComposer(TEXTAREA)).toBe(true);
    expect(isComposer(EDITOR)).toBe(true);
    expect(isComposer(ARIA_TEXTBOX)).toBe(true);
    expect(isComposer({ tag: 'div', editable: false, role: ' TextBox ' })).toBe(true);
  });

  it('ignores everything else', () => {
    expect(isComposer(PLAIN_DIV)).toBe(false);
    expect(isComposer({ tag: 'input', editable: false, role: null })).toBe(false);
    expect(isComposer({ tag: 'button', editable: false, role: 'button' })).toBe(false);
  });
});

describe('isSendKey', () => {
  it('counts a plain Enter in any kind of composer', () => {
    for (const target of [TEXTAREA, EDITOR, ARIA_TEXTBOX]) {
      expect(isSendKey(ENTER, target), target.tag + String(target.role)).toBe(true);
    }
  });

  it('does not count Enter outside a composer', () => {
    expect(isSendKey(ENTER, PLAIN_DIV)).toBe(false);
    expect(isSendKey(ENTER, { tag: 'a', editable: false, role: null })).toBe(false);
  });

  it('does not count other keys', () => {
    for (const key of ['a', 'Tab', 'NumpadEnter', 'Escape', 'enter']) {
      expect(isSendKey({ ...ENTER, key }, TEXTAREA), key).toBe(false);
    }
  });

  it('treats Enter with a modifier as a new line or a shortcut, not a send', () => {
    for (const mod of ['shiftKey', 'altKey', 'ctrlKey', 'metaKey'] as const) {
      expect(isSendKey({ ...ENTER, [mod]: true }, EDITOR), mod).toBe(false);
    }
  });

  it('ignores Enter that confirms an IME composition, and auto-repeat of a held Enter', () => {
    expect(isSendKey({ ...ENTER, isComposing: true }, TEXTAREA)).toBe(false);
    expect(isSendKey({ ...ENTER, repeat: true }, TEXTAREA)).toBe(false);
  });
});

describe('looksLikeSendButton', () => {
  it('recognises the tools\' send buttons by aria-label or data-testid', () => {
    expect(looksLikeSendButton({ ...BUTTON, ariaLabel: 'Send prompt' })).toBe(true); // ChatGPT
    expect(looksLikeSendButton({ ...BUTTON, testId: 'send-button' })).toBe(true);
    expect(looksLikeSendButton({ ...BUTTON, ariaLabel: 'Send message' })).toBe(true); // Claude, Gemini
    expect(looksLikeSendButton({ ...BUTTON, ariaLabel: 'Submit message' })).toBe(true); // Copilot
    expect(looksLikeSendButton({ ...BUTTON, tag: 'div', role: 'button', ariaLabel: 'SEND' })).toBe(true);
  });

  it('recognises a submit button in a form that holds a composer', () => {
    expect(looksLikeSendButton({ ...BUTTON, type: 'submit', inComposerForm: true })).toBe(true);
    // A button's type defaults to submit.
    expect(looksLikeSendButton({ ...BUTTON, type: null, inComposerForm: true })).toBe(true);
  });

  it('ignores other buttons', () => {
    expect(looksLikeSendButton(BUTTON)).toBe(false);
    expect(looksLikeSendButton({ ...BUTTON, ariaLabel: 'Stop streaming', testId: 'stop-button' })).toBe(false);
    expect(looksLikeSendButton({ ...BUTTON, ariaLabel: 'New chat' })).toBe(false);
    // A submit button in a form without a composer (a search form, a settings form).
    expect(looksLikeSendButton({ ...BUTTON, type: 'submit', inComposerForm: false })).toBe(false);
    // A plain button in the composer's form (attach, voice).
    expect(looksLikeSendButton({ ...BUTTON, type: 'button', inComposerForm: true, ariaLabel: 'Attach' })).toBe(false);
  });

  it('ignores elements that are not buttons, and disabled buttons', () => {
    expect(looksLikeSendButton({ ...BUTTON, tag: 'a', ariaLabel: 'Send feedback' })).toBe(false);
    expect(looksLikeSendButton({ ...BUTTON, tag: 'div', type: 'submit', inComposerForm: true })).toBe(false);
    expect(looksLikeSendButton({ ...BUTTON, ariaLabel: 'Send prompt', disabled: true })).toBe(false);
  });
});

describe('createDebouncer', () => {
  function clock(start = 0) {
    let t = start;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  }

  it('counts Enter and the click or submit it triggers once', () => {
    const c = clock(5_000);
    const d = createDebouncer(PROMPT_DEBOUNCE_MS, c.now);
    expect(d.send()).toBe(true); // keydown
    expect(d.send()).toBe(false); // the submit it triggers, same tick
    c.advance(PROMPT_DEBOUNCE_MS - 1);
    expect(d.send()).toBe(false); // a late programmatic click on the send button
  });

  it('counts the next send once the window has passed', () => {
    const c = clock();
    const d = createDebouncer(PROMPT_DEBOUNCE_MS, c.now);
    expect(d.send()).toBe(true);
    c.advance(PROMPT_DEBOUNCE_MS);
    expect(d.send()).toBe(true);
    c.advance(PROMPT_DEBOUNCE_MS * 10);
    expect(d.send()).toBe(true);
    expect(d.send()).toBe(false);
  });

  it('measures the window from the counted send, so repeats do not hold counting off', () => {
    const c = clock();
    const d = createDebouncer(PROMPT_DEBOUNCE_MS, c.now);
    expect(d.send()).toBe(true);
    c.advance(PROMPT_DEBOUNCE_MS / 2);
    expect(d.send()).toBe(false);
    c.advance(PROMPT_DEBOUNCE_MS / 2);
    expect(d.send()).toBe(true);
  });

  it('counts a send after typing as a new prompt, however soon', () => {
    const c = clock();
    const d = createDebouncer(PROMPT_DEBOUNCE_MS, c.now);
    expect(d.send()).toBe(true);
    c.advance(1);
    d.typed();
    expect(d.send()).toBe(true);
    expect(d.send()).toBe(false); // and its own submit is still a repeat
  });

  it('ignores typing before the first send (it changes nothing)', () => {
    const c = clock();
    const d = createDebouncer(PROMPT_DEBOUNCE_MS, c.now);
    d.typed();
    expect(d.send()).toBe(true);
    expect(d.send()).toBe(false);
  });

  it('counts again if the clock goes backwards', () => {
    const c = clock(10_000);
    const d = createDebouncer(PROMPT_DEBOUNCE_MS, c.now);
    expect(d.send()).toBe(true);
    c.advance(-5_000);
    expect(d.send()).toBe(true);
  });
});

describe('COMPOSER_SELECTOR', () => {
  const holds = (html: string): boolean =>
  {
    const form = document.createElement('form');
    form.innerHTML = html;
    return form.querySelector(COMPOSER_SELECTOR) !== null;
  };

  it('finds the composers isComposer knows', () => {
    expect(holds('<textarea></textarea>')).toBe(true);
    expect(holds('<div contenteditable="true"></div>')).toBe(true);
    expect(holds('<div contenteditable></div>')).toBe(true);
    expect(holds('<div contenteditable="plaintext-only"></div>')).toBe(true);
    expect(holds('<div><p role="textbox"></p></div>')).toBe(true);
  });

  it('does not take other fields or switched-off editing for a composer', () => {
    expect(holds('<input type="search"><button>Go</button>')).toBe(false);
    expect(holds('<div contenteditable="false"></div>')).toBe(false);
  });
});

describe('the watcher never reads what the employee writes', () => {
  const files = async (): Promise<string[]> => {
    // Paths, not URLs: under jsdom the global URL is jsdom's.
    const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
    const dir = join(root, 'entrypoints/ai-watch.content');
    const names = (await readdir(dir)).filter((n) => n.endsWith('.ts'));
    return [...names.map((n) => join(dir, n)), join(root, 'lib/ai-watch.ts')];
  };

  it('has no access to values, text, selections or the clipboard, and never blocks the page', async () => {
    const list = await files();
    expect(list.length).toBeGreaterThan(1);
    const forbidden =
      /\.value\b|textContent|innerText|innerHTML|outerHTML|getSelection|clipboard|FormData|preventDefault|stopPropagation|stopImmediatePropagation|MutationObserver|setInterval|from 'react|from 'zod'|playbook|lib\/sites/;
    for (const file of list) {
      // Comments may name what the code must not do; the code itself may not do it.
      const code = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code.match(forbidden)?.[0] ?? null, file).toBeNull();
    }
  });
});
