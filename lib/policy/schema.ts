import { z } from 'zod';
// From the schema, not load.ts: load.ts pulls in the bundled playbook, which the card's bundle must not carry.
import { MAX_PLAYBOOK_TIPS, TipSchema, type Tip } from '../playbook/schema';
import { CapsSchema, DEFAULT_CAPS, MAX_STATE_IDS, type Caps } from '../playbook/state';
import { AppIdSchema, type AppId } from '../sites/types';
import { AiToolSchema, HttpsUrlSchema, type AiTool } from './tools';

/**
 * The company policy: one schema for every source (Chrome/Edge/Firefox managed storage, the
 * optional backend, the employee's own settings) and, later, the server. Every key is optional in
 * a source; `resolvePolicy` (merge.ts) fills the defaults and decides who wins.
 */

/** The policy format this build understands. A newer one is rejected with a clear reason. */
export const POLICY_SCHEMA_VERSION = 1;

/** Sizes an admin can rely on; the options page and the Chrome schema are sized for these. */
export const MAX_ORG_NAME_CHARS = 100;
export const MAX_APPROVED_TOOLS = 20;
export const MAX_NOTES = 500;
export const MAX_NOTE_TEXT_CHARS = 500;
export const MAX_LINK_CHARS = 2000;
export const MAX_REDACT_PATTERNS = 20;
export const MAX_DISABLED_APPS = 50;
/** Longest custom regex source: long patterns are hard to review and easy to make slow. */
export const MAX_PATTERN_CHARS = 200;
export const MAX_PLACEHOLDER_NAME_CHARS = 40;

// ---------------------------------------------------------------------------------------------
// Notes: what compliance allows, shown where the employee works.

/** How a note reads: "AI is fine here", "careful", "not here". */
export const NOTE_LEVELS = ['allowed', 'caution', 'blocked'] as const;
export const NoteLevelSchema = z.enum(NOTE_LEVELS);
export type NoteLevel = z.infer<typeof NoteLevelSchema>;

const ControlCharsRe = /[\u0000-\u0008\u000b-\u001f\u007f]/;
// An admin pasting markup would expect it rendered; the UI shows text only, so say so up front.
// Common tag names only: "replace names with <name>" is fine plain text.
const HtmlTagRe =
  /<\/?(?:a|b|i|u|p|br|hr|div|span|strong|em|ul|ol|li|img|script|style|iframe|h[1-6]|table|tr|td|th|font|small|code|pre|blockquote|form|input|button|svg)\b[^<>]*>/i;

const plainText = (max: number): z.ZodString =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((s) => !ControlCharsRe.test(s), 'must be plain text (no control characters)')
    .refine((s) => !HtmlTagRe.test(s), 'must be plain text: HTML is shown as typed, never rendered');

const httpsLink = HttpsUrlSchema.refine((u) => {
  try {
    const url = new URL(u);
    return url.username === '' && url.password === '';
  } catch {
    return false;
  }
}, 'must not contain a user name or password');

const whereList = z.union([z.string().min(1).max(60), z.array(z.string().min(1).max(60)).min(1).max(20)]);

export const NoteSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'lower-case letters, digits, ".", "_" or "-", 2 to 64 characters')
      .meta({ description: 'Unique id: lower-case letters, digits, ".", "_" or "-".' }),
    app: AppIdSchema,
    page: whereList
      .optional()
      .meta({ description: 'Page kinds (record, list, compose...); absent = every page of the app.' }),
    object: whereList
      .optional()
      .meta({ description: 'Object names (Opportunity, incident...), any case; absent = every object.' }),
    level: NoteLevelSchema,
    text: plainText(MAX_NOTE_TEXT_CHARS).meta({
      description: `Plain text, at most ${MAX_NOTE_TEXT_CHARS} characters. Shown as text, never as HTML.`,
    }),
    link: httpsLink.optional().meta({ description: 'Where to read the full rule (https only).' }),
  })
  .strict()
  .meta({ description: 'A compliance note shown on matching pages.' });
export type Note = z.infer<typeof NoteSchema>;

// ---------------------------------------------------------------------------------------------
// Redaction rules.

interface QuantifierSpan {
  /** Index just after the quantifier (and its lazy "?"). */
  end: number;
  /** Can match different counts ({2,5}, *, +, ?). */
  variable: boolean;
  /** Can match more than once (*, +, {n,m} with m > 1). */
  repeats: boolean;
}

/** A quantifier starting at `i`, or undefined when the character there is not one. */
function quantifierAt(src: string, i: number): QuantifierSpan | undefined {
  const c = src[i];
  let span: QuantifierSpan | undefined;
  if (c === '*' || c === '+') span = { end: i + 1, variable: true, repeats: true };
  else if (c === '?') span = { end: i + 1, variable: true, repeats: false };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
    if (m) {
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
      span = { end: i + m[0].length, variable: max !== min, repeats: max > 1 };
    }
  }
  if (span && src[span.end] === '?') span.end += 1;
  return span;
}

interface GroupFrame {
  /** Holds a quantifier that can match different counts (directly or in a nested group). */
  variable: boolean;
  alternation: boolean;
}

/**
 * Why a custom pattern could backtrack catastrophically, or undefined when it looks safe. A static,
 * conservative check (the browser's regex engine has no time limit):
 * - no back-references (\1, \k<name>);
 * - a repeated group (followed by *, + or {n,m} with m > 1) may not contain a variable quantifier
 *   or an alternation: `(a+)+`, `(\d{1,3})+`, `(a|ab)*` are rejected; `(\d{3}-)+` is fine.
 * Adjacent quantifiers (`\d+\d+`) are polynomial, not exponential, and stay allowed: inputs are
 * prompt-sized.
 */
export function regexSafetyProblem(source: string): string | undefined {
  const stack: GroupFrame[] = [{ variable: false, alternation: false }];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const top = stack[stack.length - 1] as GroupFrame;
    let closed: GroupFrame | undefined;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) {
        return 'back-references (\\1, \\k<name>) are not allowed: they can make matching very slow';
      }
      i += 2;
    } else if (c === '[') {
      // Skip the class: nothing inside it is a group or a quantifier.
      i += 1;
      if (source[i] === '^') i += 1;
      if (source[i] === ']') i += 1;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (c === '(') {
      stack.push({ variable: false, alternation: false });
      i += 1;
      continue;
    } else if (c === ')') {
      if (stack.length > 1) {
        closed = stack.pop() as GroupFrame;
        const parent = stack[stack.length - 1] as GroupFrame;
        parent.variable ||= closed.variable;
        parent.alternation ||= closed.alternation;
      }
      i += 1;
    } else if (c === '|') {
      top.alternation = true;
      i += 1;
      continue;
    } else {
      i += 1;
    }
    const q = quantifierAt(source, i);
    if (q) {
      // Only a group can hide an inner quantifier or alternation from the outer one.
      if (closed && q.repeats && closed.variable) {
        return 'nested quantifiers like (a+)+ can make matching very slow; quantify the inner part only';
      }
      if (closed && q.repeats && closed.alternation) {
        return 'a repeated group with alternatives like (a|ab)* can make matching very slow; use a character class';
      }
      if (q.variable) (stack[stack.length - 1] as GroupFrame).variable = true;
      i = q.end;
    }
  }
  return undefined;
}

/** Flags a custom pattern may carry: only "i" (g is always added; others change what matches). */
export const ALLOWED_PATTERN_FLAGS = ['', 'i'] as const;

/** Compile a custom pattern for global replacement; throws a SyntaxError when it doesn't compile. */
export function compilePattern(regex: string, flags: string | undefined): RegExp {
  return new RegExp(regex, `g${flags ?? ''}`);
}

export const RedactPatternSchema = z
  .object({
    name: z
      .string()
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$/,
        `letters, digits, spaces, ".", "_" or "-", 1 to ${MAX_PLACEHOLDER_NAME_CHARS} characters`,
      )
      .meta({ description: 'Shown as the placeholder: [name].' }),
    regex: z
      .string()
      .min(1)
      .max(MAX_PATTERN_CHARS, `at most ${MAX_PATTERN_CHARS} characters`)
      .meta({
        description: `A JavaScript regular expression, without slashes, at most ${MAX_PATTERN_CHARS} characters. No nested quantifiers like (a+)+ and no back-references.`,
      }),
    flags: z
      .string()
      .refine((f) => (ALLOWED_PATTERN_FLAGS as readonly string[]).includes(f), 'only the "i" flag is allowed')
      .optional()
      .meta({ description: '"i" for case-insensitive; no other flags.' }),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (!(ALLOWED_PATTERN_FLAGS as readonly string[]).includes(p.flags ?? '')) return;
    let re: RegExp;
    try {
      re = compilePattern(p.regex, p.flags);
    } catch (e) {
      ctx.addIssue({ code: 'custom', path: ['regex'], message: `does not compile: ${(e as Error).message}` });
      return;
    }
    const problem = regexSafetyProblem(p.regex);
    if (problem !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['regex'], message: problem });
      return;
    }
    if (re.exec('') !== null) {
      ctx.addIssue({ code: 'custom', path: ['regex'], message: 'must not match empty text' });
    }
  })
  .meta({ description: 'A custom redaction rule: matches are replaced with [name] before a prompt leaves the page.' });
export type RedactPattern = z.infer<typeof RedactPatternSchema>;

export const RedactSchema = z
  .object({
    emails: z.boolean().optional().meta({ description: 'Replace email addresses with [email].' }),
    phones: z
      .boolean()
      .optional()
      .meta({ description: 'Replace phone numbers (8 to 15 digits with separators or a + prefix) with [phone].' }),
    cards: z.boolean().optional().meta({ description: 'Replace payment card numbers (Luhn-checked) with [card].' }),
    ibans: z.boolean().optional().meta({ description: 'Replace IBANs (mod-97-checked) with [iban].' }),
    patterns: z.array(RedactPatternSchema).max(MAX_REDACT_PATTERNS).optional(),
  })
  .strict()
  .meta({ description: 'What is replaced with placeholders before a prompt is copied or opened in an AI tool.' });
/** Redaction rules as a source states them (absent flag = not said). */
export type RedactInput = z.infer<typeof RedactSchema>;
/** Redaction rules in force: every flag decided. */
export interface RedactRules {
  emails: boolean;
  phones: boolean;
  cards: boolean;
  ibans: boolean;
  patterns: RedactPattern[];
}

/** Redaction rules in force as the background hands them to the card: every flag decided. */
export const RedactRulesSchema = z
  .object({
    emails: z.boolean(),
    phones: z.boolean(),
    cards: z.boolean(),
    ibans: z.boolean(),
    patterns: z.array(RedactPatternSchema).max(MAX_REDACT_PATTERNS),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Caps, sync.

export const PolicyCapsSchema = z
  .object({
    tipsPerDay: CapsSchema.shape.tipsPerDay.optional().meta({ description: 'Distinct tips offered per day (0 to 50).' }),
    cooldownHours: CapsSchema.shape.cooldownHours
      .optional()
      .meta({ description: 'Hours a tip rests after "Not now" or after a day it was shown (0 to 2160).' }),
  })
  .strict()
  .meta({ description: 'Fatigue limits. Employees can only make them stricter.' });
export type PolicyCaps = z.infer<typeof PolicyCapsSchema>;

/** Loopback hosts where plain http is acceptable (a backend on the same machine: demos, tests). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const BackendUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an https:// URL' })
  .max(2000)
  .refine((u) => {
    const url = new URL(u);
    return url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname);
  }, 'must be an https:// URL (http only for localhost)');

export const SyncSchema = z
  .object({
    enabled: z.boolean().meta({ description: 'Connect to the backend.' }),
    endpoint: BackendUrlSchema.meta({
      description: "The backend's base URL (https; plain http only for a server on this machine).",
    }),
    enrollmentToken: z
      .string()
      .regex(/^[\x21-\x7e]{16,512}$/, '16 to 512 printable characters, no spaces')
      .meta({ description: 'Secret that enrols this browser with the backend.', sensitiveValue: true }),
    cohort: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-", up to 64 characters')
      .optional()
      .meta({ description: 'Group this browser reports under (team, pilot wave).' }),
    locked: z.boolean().optional().meta({ description: 'The employee may not change or turn off sync.' }),
  })
  .strict()
  .meta({ description: 'Connection to the optional Lastmile backend.' });
export type SyncConfig = z.infer<typeof SyncSchema>;

// ---------------------------------------------------------------------------------------------
// The policy.

const TipIdSchema = TipSchema.shape.id;

export const PolicySchema = z
  .object({
    schemaVersion: z
      .literal(POLICY_SCHEMA_VERSION, `this extension understands schemaVersion ${POLICY_SCHEMA_VERSION}; update it`)
      .optional()
      .meta({ description: `Policy format version (${POLICY_SCHEMA_VERSION}).` }),
    orgName: plainText(MAX_ORG_NAME_CHARS)
      .optional()
      .meta({ description: 'Company name shown with the notes ("Acme Bank policy").' }),
    approvedTools: z
      .array(AiToolSchema)
      .max(MAX_APPROVED_TOOLS)
      .optional()
      .meta({
        description:
          'The AI tools employees may use: id, name, url (https) and optional prefill URL with {prompt}. Replaces the built-in list.',
      }),
    preferredTool: AiToolSchema.shape.id
      .optional()
      .meta({ description: 'Id of the approved tool offered first. The employee may choose another approved one.' }),
    notes: z
      .array(NoteSchema)
      .max(MAX_NOTES)
      .optional()
      .meta({ description: 'Compliance notes shown on matching pages: app, optional page/object, level, text, link.' }),
    redact: RedactSchema.optional(),
    tips: z
      .array(TipSchema)
      .max(MAX_PLAYBOOK_TIPS)
      .optional()
      .meta({
        description:
          'Extra playbook tips (same format as the bundled playbook). Here, write title, why and prompt as plain text: per-language texts are for the backend and Firefox.',
      }),
    disabledTips: z
      .array(TipIdSchema)
      .max(MAX_STATE_IDS)
      .optional()
      .meta({ description: 'Tip ids never offered.' }),
    disabledApps: z
      .array(AppIdSchema)
      .max(MAX_DISABLED_APPS)
      .optional()
      .meta({ description: 'Apps where Lastmile shows nothing (kill switch).' }),
    caps: PolicyCapsSchema.optional(),
    sync: SyncSchema.optional(),
  })
  .strict();

/** A policy as an admin writes it (every key optional). */
export type PolicyInput = z.input<typeof PolicySchema>;
/** One validated source: keys present only where the source set them. */
export type PolicySource = z.output<typeof PolicySchema>;
export type PolicyKey = keyof PolicySource;
export const POLICY_KEYS = Object.keys(PolicySchema.shape) as PolicyKey[];

/** The policy in force: every key decided (see resolvePolicy). */
export interface Policy {
  schemaVersion: typeof POLICY_SCHEMA_VERSION;
  orgName?: string;
  /** Empty: no company list; the built-in tools apply (approvedToolsFor). */
  approvedTools: AiTool[];
  preferredTool?: string;
  notes: Note[];
  redact: RedactRules;
  tips: Tip[];
  disabledTips: string[];
  disabledApps: AppId[];
  caps: Caps;
  sync?: SyncConfig;
}

/**
 * Used for every key no source sets. Cards and IBANs are redacted by default: both are
 * checksum-verified (few false positives) and never needed by an AI tool. Emails and phone numbers
 * are often the point of the prompt ("reply to ..."), so they are redacted only when a policy asks.
 */
export const DEFAULT_REDACT: Readonly<RedactRules> = Object.freeze({
  emails: false,
  phones: false,
  cards: true,
  ibans: true,
  patterns: [],
});

export function defaultPolicy(): Policy {
  return {
    schemaVersion: POLICY_SCHEMA_VERSION,
    approvedTools: [],
    notes: [],
    redact: { ...DEFAULT_REDACT, patterns: [] },
    tips: [],
    disabledTips: [],
    disabledApps: [],
    caps: { ...DEFAULT_CAPS },
  };
}
