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
    title: z.string().trim().min(3).max(80),
    /** Why AI fits this step: one or two sentences, shown in the card. */
    why: z.string().trim().min(10).max(400),
    /** The ready prompt, with {{placeholders}} from PLACEHOLDERS. */
    prompt: z.string().min(10).max(4000).superRefine(checkPlaceholders),
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
