/** Reply schemas for the card's requests (classic zod: the card bundle already carries it). */
import { z } from 'zod';
import { ChromeMessagesSchema } from '../i18n/schema';
import { replySchema } from '../messages';
import { LocalizedTipSchema } from '../playbook/schema';
import { AiToolSchema } from '../policy/tools';
import { MAX_NOTES, MAX_ORG_NAME_CHARS, NoteSchema, RedactRulesSchema } from '../policy/schema';

/** Answer to coach:tips (CoachService.tipsFor): tips, approved tools, notes, redaction rules. */
export const CoachTipsSchema = z
  .object({
    /** Already in the employee's language (CoachService.tipsFor localizes them). */
    tips: z.array(LocalizedTipSchema),
    tools: z.array(AiToolSchema).min(1),
    toolId: z.string().min(1),
    /** Permission notes covering the page, strictest first. */
    notes: z.array(NoteSchema).max(MAX_NOTES),
    redact: RedactRulesSchema,
    orgName: z.string().min(1).max(MAX_ORG_NAME_CHARS).optional(),
  })
  .strict();
export type CoachTipsReply = z.infer<typeof CoachTipsSchema>;

export const CoachTipsReplySchema = replySchema(CoachTipsSchema);

export const ToolLaunchReplySchema = replySchema(z.object({ url: z.string(), copyFirst: z.boolean() }).strict());

/** Answer to i18n:messages: the packaged messages.json, capped (lib/i18n/schema.ts). */
export const I18nMessagesReplySchema = replySchema(ChromeMessagesSchema);
