/**
 * The AI-tool watcher's decisions, over plain descriptions of events and elements (the content
 * script builds them from tag names and attributes only: never from what the employee typed).
 * No DOM globals here, so it runs and is tested in Node.
 */

/** Enter and the click/submit it triggers arrive within this window: they are one prompt. */
export const PROMPT_DEBOUNCE_MS = 1000;

/**
 * Elements that can be a tool's composer: a textarea, an editing host, or an ARIA textbox.
 * The content script uses it to ask "does this form hold a composer?" (structure, not content).
 */
export const COMPOSER_SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

/** The parts of a keydown the decision needs. */
export interface KeyDescription {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** An IME is composing: Enter confirms the composition, it does not send. */
  isComposing: boolean;
  /** Auto-repeat of a held key: the first press already counted. */
  repeat: boolean;
}

/** An element as the watcher sees it: tag and a few attributes. */
export interface ElementDescription {
  /** Lower-case tag name. */
  tag: string;
  /** The element is editable (HTMLElement.isContentEditable, which includes inherited editing). */
  editable: boolean;
  /** The role attribute, if any. */
  role: string | null;
}

/** Is this element a place where prompts are written? */
export function isComposer(el: ElementDescription): boolean {
  return el.tag === 'textarea' || el.editable || el.role?.trim().toLowerCase() === 'textbox';
}

/** Is this keydown the plain Enter that sends a prompt from a composer? Shift+Enter etc. add a line. */
export function isSendKey(key: KeyDescription, target: ElementDescription): boolean {
  if (key.key !== 'Enter') return false;
  if (key.shiftKey || key.altKey || key.ctrlKey || key.metaKey) return false;
  if (key.isComposing || key.repeat) return false;
  return isComposer(target);
}

/** A button-like element, by its attributes. */
export interface ButtonDescription {
  /** Lower-case tag name. */
  tag: string;
  role: string | null;
  ariaLabel: string | null;
  testId: string | null;
  /** The type attribute, lower-case (buttons default to "submit" inside a form). */
  type: string | null;
  /** It sits in a form that also holds a composer. */
  inComposerForm: boolean;
  /** disabled or aria-disabled="true": a click does nothing. */
  disabled: boolean;
}

const SEND_WORDS = /send|submit/i;

/** Does a click on this element send a prompt? */
export function looksLikeSendButton(b: ButtonDescription): boolean {
  const isButton = b.tag === 'button' || b.role?.trim().toLowerCase() === 'button';
  if (!isButton || b.disabled) return false;
  if (SEND_WORDS.test(b.ariaLabel ?? '') || SEND_WORDS.test(b.testId ?? '')) return true;
  return b.tag === 'button' && (b.type ?? 'submit') === 'submit' && b.inComposerForm;
}

/** Counts prompts, not signals. */
export interface PromptDebouncer {
  /** A send signal (Enter, send click, submit): true if it is a new prompt, false if it repeats the last one. */
  send(): boolean;
  /** The employee edited a composer (a key other than a send): the next send is a new prompt. */
  typed(): void;
}

/**
 * One prompt, however many signals it makes: Enter and the submit it triggers, a click and its
 * submit, a double click. A send within `windowMs` of the last counted one repeats it, unless the
 * employee typed in between (a new prompt can't be written without typing or pasting).
 */
export function createDebouncer(windowMs: number, now: () => number): PromptDebouncer {
  let last: number | undefined;
  let typedSince = false;
  return {
    send() {
      const t = now();
      // A clock that went backwards can't tell us anything: count.
      const repeat = last !== undefined && !typedSince && t >= last && t - last < windowMs;
      if (repeat) return false;
      last = t;
      typedSince = false;
      return true;
    },
    typed() {
      if (last !== undefined) typedSince = true;
    },
  };
}
