import { z } from 'zod';
import { AppIdSchema } from '../sites/types';

/** The four human reasons people don't use AI at work; every tip serves one. */
export const GAPS = ['clarity', 'skill', 'confidence', 'permission'] as const;
export const GapSchema = z.enum(GAPS);
export type Gap = z.infer<typeof GapSchema>;

/** Coaching progression: the matcher offers the next level once the first steps are graduated. */
export const LEVELS = ['first_steps', 'everyday', 'advanced'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** Values a prompt template may use as {{name}}. Filled locally from the page; never sent anywhere. */
export const PLACEHOLDERS = ['recordName', 'objectLabel', 'appLabel', 'recordId', 'today'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<Placeholder, string>>;

const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Names of every {{placeholder}} a template uses. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER_RE)].map((m) => m[1] ?? '');
}

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

// Names the offending placeholder so a playbook author can find it; a stray "{{" or "}}" would
// otherwise reach the employee's AI tool as literal braces.
function checkPlaceholders(template: string, ctx: z.RefinementCtx): void {
  const unknown = placeholdersIn(template).filter((p) => !isPlaceholder(p));
  if (unknown.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `uses an unknown {{placeholder}}: ${unknown.map((u) => `{{${u}}}`).join(', ')} (allowed: ${PLACEHOLDERS.join(', ')})`,
    });
    return;
  }
  const rest = template.replace(PLACEHOLDER_RE, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    ctx.addIssue({ code: 'custom', message: 'has an unclosed "{{" or a stray "}}"; write placeholders as {{name}}' });
  }
}

/** Most tips one playbook may hold; the matcher and the options page are sized for this. */
export const MAX_PLAYBOOK_TIPS = 2000;

/** Languages the bundled playbook ships in; `en` is the fallback for every other language. */
export const PLAYBOOK_LANGS = ['en', 'de', 'fr'] as const;
export type PlaybookLang = (typeof PLAYBOOK_LANGS)[number];
export const DEFAULT_LANG: PlaybookLang = 'en';

// A language tag as browsers report it: "de", "fr-CA", "zh-Hant-TW"; "pt_BR" as Chrome's _locales
// spell it. Compared case-insensitively, "_" as "-".
const LANG_KEY_RE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8}){0,2}$/i;
/** A normalised (lower-case) language tag, as localizeTip reports it. */
export const LANG_TAG_RE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,3}$/;

/** Shown text: one string for every language, or per-language texts with `en` as the fallback. */
export type LocalizedText = string | Record<string, string>;

const TEXT_HINT = 'text, or per-language texts such as { "en": "…", "de": "…", "fr": "…" }';
/** Most languages one text may carry: a policy is stored and synced whole, so it stays bounded. */
export const MAX_TEXT_LANGS = 40;

/**
 * Text shown to the employee: a plain string (the same in every language, as before languages
 * existed) or a map of language tag to text, which must include `en`. Each variant passes `text`.
 */
export function localizedText(text: z.ZodType<string, string>) {
  const perLanguage = z.record(z.string(), text).superRefine((map, ctx) => {
    const keys = Object.keys(map);
    if (keys.length > MAX_TEXT_LANGS) {
      ctx.addIssue({ code: 'custom', message: `has ${keys.length} languages; at most ${MAX_TEXT_LANGS}` });
    }
    for (const key of keys) {
      if (!LANG_KEY_RE.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is not a language code (use "en", "de", "fr", "fr-CA"…)' });
      }
    }
    if (!Object.hasOwn(map, DEFAULT_LANG)) {
      ctx.addIssue({ code: 'custom', path: [DEFAULT_LANG], message: 'is required: English is shown where no other language fits' });
    }
  });
  return z.union([text, perLanguage], {
    // Neither a string nor an object: say what is expected rather than zod's "Invalid input".
    error: (issue) => (issue.input === undefined ? 'is required' : `expected ${TEXT_HINT}`),
  });
}

/** Every variant of a text: the plain string, or each language's text. */
export function textVariants(text: LocalizedText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

const oneOrMany = z.union([z.string().min(1).max(60), z.array(z.string().min(1).max(60)).min(1).max(20)]);

export const TipWhereSchema = z
  .object({
    app: AppIdSchema,
    /** Page kinds (see PageContext.page); absent = any page of the app. */
    page: oneOrMany.optional(),
    /** Object names, compared case-insensitively (Opportunity, incident, deal...); absent = any. */
    object: oneOrMany.optional(),
  })
  .strict();
export type TipWhere = z.infer<typeof TipWhereSchema>;

export const TipSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'lower-case letters, digits, ".", "_" or "-", 3 to 64 characters'),
    where: TipWhereSchema,
    title: localizedText(z.string().trim().min(3).max(80)),
    /** Why AI fits this step: one or two sentences, shown in the card. */
    why: localizedText(z.string().trim().min(10).max(400)),
    /** The ready prompt, with {{placeholders}} from PLACEHOLDERS, checked in every language. */
    prompt: localizedText(z.string().min(10).max(4000).superRefine(checkPlaceholders)),
    gap: GapSchema,
    /** Honest estimate of minutes saved each time the tip is used. */
    minutesSaved: z.number().int().min(0).max(240),
    level: LevelSchema.default('first_steps'),
    tags: z.array(z.string().min(1).max(30)).max(10).default([]),
  })
  .strict();
export type Tip = z.infer<typeof TipSchema>;
/** A tip as authored (defaults not yet applied). */
export type TipInput = z.input<typeof TipSchema>;

/** The fields of a tip the employee reads; each may be per-language. */
export const TIP_TEXT_FIELDS = ['title', 'why', 'prompt'] as const;
export type TipTextField = (typeof TIP_TEXT_FIELDS)[number];

/** A bundled tip as authored: the compiler checks every shown text has every PLAYBOOK_LANGS language. */
export type BundledTipInput = Omit<TipInput, TipTextField> & Record<TipTextField, Readonly<Record<PlaybookLang, string>>>;

/**
 * A tip with its text in one language, as the card receives it (see localizeTip). `lang` is the
 * language the text was picked in, so page values can be filled in the same language.
 */
export const LocalizedTipSchema = TipSchema.extend({
  title: z.string().min(1).max(80),
  why: z.string().min(1).max(400),
  prompt: z.string().min(1).max(4000),
  lang: z.string().regex(LANG_TAG_RE),
}).strict();
export type LocalizedTip = z.infer<typeof LocalizedTipSchema>;
