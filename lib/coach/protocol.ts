/** Reply schemas for the card's requests (classic zod: the card bundle already carries it). */
import { z } from 'zod';
import { replySchema } from '../messages';
import { TipSchema } from '../playbook/schema';
import { AiToolSchema } from '../policy/tools';

export const CoachTipsSchema = z
  .object({ tips: z.array(TipSchema), tools: z.array(AiToolSchema).min(1), toolId: z.string().min(1) })
  .strict();

export const CoachTipsReplySchema = replySchema(CoachTipsSchema);

export const ToolLaunchReplySchema = replySchema(z.object({ url: z.string(), copyFirst: z.boolean() }).strict());
