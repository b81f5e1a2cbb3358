/**
 * Reply schemas of the extension-page messages the habits page and the popup read (policy:status,
 * policy:user, sync:*), and the employee's own policy settings as stored. Pure: no browser APIs.
 *
 * The schemas keep only what the pages show (z.object strips the rest), so a field the pages must
 * never display (the sync enrollment token) is dropped here even if a reply ever carried it.
 */
import { z } from 'zod';
import { replySchema } from '../messages';
import type { ResolvedPolicy } from '../policy/merge';
import { localize } from '../playbook/localize';
import { REJECTION_CODES, REJECTION_PARTS, SHOWN_POLICY_KEYS } from '../policy/rejection';
import { AppIdSchema, type AppId } from '../sites/types';
import { SyncErrorObjectSchema } from '../sync/errors';
import { DailyReportSchema } from '../sync/report';

export const SOURCE_LABELS = ['managed', 'backend', 'user', 'default'] as const;
export const ProvenanceSourceSchema = z.enum(SOURCE_LABELS);
export type ProvenanceSourceView = z.infer<typeof ProvenanceSourceSchema>;

export const ProvenanceViewSchema = z.object({
  source: ProvenanceSourceSchema,
  receivedAt: z.string().optional(),
  lastKnownGood: z.boolean().optional(),
  sources: z.array(z.enum(['managed', 'backend', 'user'])).optional(),
});
export type ProvenanceView = z.infer<typeof ProvenanceViewSchema>;

/** A rejected policy part: a code the page words in the employee's language, plus the technical detail. */
export const RejectionViewSchema = z.object({
  source: z.enum(['managed', 'backend', 'user']),
  part: z.enum(REJECTION_PARTS),
  code: z.enum(REJECTION_CODES),
  path: z.string(),
  detail: z.string().optional(),
  itemId: z.string().optional(),
  value: z.string().optional(),
  count: z.number().int().min(0).optional(),
  id: z.string().optional(),
  receivedAt: z.string().optional(),
});
export type RejectionView = z.infer<typeof RejectionViewSchema>;

// prefill: the tour says whether a tool opens with the prompt filled in or needs a paste.
const ToolViewSchema = z.object({ id: z.string(), name: z.string(), url: z.string(), prefill: z.string().optional() });
const NoteViewSchema = z.object({
  id: z.string(),
  app: AppIdSchema,
  level: z.enum(['allowed', 'caution', 'blocked']),
  text: z.string(),
  link: z.string().optional(),
  page: z.union([z.string(), z.array(z.string())]).optional(),
  object: z.union([z.string(), z.array(z.string())]).optional(),
});
const PatternViewSchema = z.object({ name: z.string(), regex: z.string(), flags: z.string().optional() });

/** The merged policy as pages show it; `sync` never includes the enrollment token (stripped). */
export const PolicyViewSchema = z.object({
  orgName: z.string().optional(),
  approvedTools: z.array(ToolViewSchema),
  preferredTool: z.string().optional(),
  notes: z.array(NoteViewSchema),
  redact: z.object({
    emails: z.boolean(),
    phones: z.boolean(),
    cards: z.boolean(),
    ibans: z.boolean(),
    patterns: z.array(PatternViewSchema),
  }),
  // The org's own tips, titled in the employee's language (see policyStatusView).
  tips: z.array(z.object({ id: z.string(), title: z.string(), app: AppIdSchema })),
  disabledTips: z.array(z.string()),
  disabledApps: z.array(AppIdSchema),
  caps: z.object({ tipsPerDay: z.number(), cooldownHours: z.number() }),
  sync: z
    .object({
      enabled: z.boolean(),
      endpoint: z.string(),
      cohort: z.string().optional(),
      locked: z.boolean().optional(),
    })
    .optional(),
});
export type PolicyView = z.infer<typeof PolicyViewSchema>;

/** The keys the "Policy in force" view lists, in its order. */
export const SHOWN_KEYS = SHOWN_POLICY_KEYS;
export type ShownKey = (typeof SHOWN_KEYS)[number];

export const PolicyStatusSchema = z.object({
  policy: PolicyViewSchema,
  // Every policy key is reported; unknown future keys are kept but not shown.
  provenance: z.record(z.string(), ProvenanceViewSchema),
  rejected: z.array(RejectionViewSchema),
  resolvedAt: z.string(),
});
export type PolicyStatus = z.infer<typeof PolicyStatusSchema>;
export const PolicyStatusReplySchema = replySchema(PolicyStatusSchema);

/**
 * policy:status as the background answers it: the sync enrollment token left out, and the org's
 * tips reduced to id, app and a title in `lang` (a tip from the backend may carry per-language
 * texts; the pages show one string).
 */
export function policyStatusView(resolved: Pick<ResolvedPolicy, 'policy' | 'provenance' | 'rejected' | 'resolvedAt'>, lang: string) {
  const { policy } = resolved;
  const { enrollmentToken: _secret, ...sync } = policy.sync ?? { enrollmentToken: '' };
  return {
    policy: {
      ...policy,
      tips: (policy.tips ?? []).map((t) => ({ id: t.id, title: localize(t.title, lang), app: t.where.app })),
      sync: policy.sync ? sync : undefined,
    },
    provenance: resolved.provenance,
    rejected: resolved.rejected,
    resolvedAt: resolved.resolvedAt,
  };
}

export const SyncStatusSchema = z.object({
  state: z.enum(['off', 'needs-consent', 'misconfigured', 'on']),
  sent: z.number().int().min(0),
  queued: z.number().int().min(0),
  failed: z.number().int().min(0),
  /** The latest problem as a code with its figures; the page words it. */
  lastError: SyncErrorObjectSchema.optional(),
  nextAttemptAt: z.string().optional(),
  lastSentAt: z.string().optional(),
});
export type SyncStatusView = z.infer<typeof SyncStatusSchema>;
export const SyncStatusReplySchema = replySchema(SyncStatusSchema);

/** The exact next report: parsed with the report's own schema, so the page shows what is sent. */
export const SyncPreviewSchema = z.object({ report: DailyReportSchema, example: z.boolean() });
export type SyncPreviewView = z.infer<typeof SyncPreviewSchema>;
export const SyncPreviewReplySchema = replySchema(SyncPreviewSchema);

/**
 * The employee's own policy settings that the page edits. Stored raw under `userPolicy` as
 * { raw, receivedAt } by the background; only these keys are offered on the page.
 */
export const OwnPolicySchema = z.object({
  disabledApps: z.array(AppIdSchema).optional(),
  caps: z.object({ tipsPerDay: z.number().int().min(0).max(50).optional() }).optional(),
  preferredTool: z.string().optional(),
});
export type OwnPolicy = z.infer<typeof OwnPolicySchema>;

/**
 * What the page knows of the stored user source: the keys it edits (parsed leniently) and the rest
 * as stored, so a save never drops a key set elsewhere (the tip card's preferred tool, say).
 */
export interface StoredOwnPolicy {
  own: OwnPolicy;
  raw: Record<string, unknown>;
}

const StoredUserSourceSchema = z.object({ raw: z.unknown() });

export function parseStoredOwnPolicy(stored: unknown): StoredOwnPolicy {
  const source = StoredUserSourceSchema.safeParse(stored);
  const raw = source.success && isRecord(source.data.raw) ? source.data.raw : {};
  const own: OwnPolicy = {};
  const apps = z.array(AppIdSchema).safeParse(raw.disabledApps);
  if (apps.success) own.disabledApps = apps.data;
  const caps = OwnPolicySchema.shape.caps.safeParse(raw.caps);
  if (caps.success && caps.data?.tipsPerDay !== undefined) own.caps = { tipsPerDay: caps.data.tipsPerDay };
  if (typeof raw.preferredTool === 'string') own.preferredTool = raw.preferredTool;
  return { own, raw };
}

/** One change to the employee's own settings; null clears the setting (back to the company's or the default). */
export interface OwnChange {
  disabledApps?: AppId[] | null;
  tipsPerDay?: number | null;
  preferredTool?: string | null;
}

/**
 * The whole user source after a change (policy:user replaces it): other keys are kept as stored,
 * and caps keeps a cooldown set elsewhere.
 */
export function userPatch(raw: Readonly<Record<string, unknown>>, change: OwnChange): Record<string, unknown> {
  const next: Record<string, unknown> = { ...raw };
  const put = (key: string, value: unknown) => {
    if (value === null) delete next[key];
    else next[key] = value;
  };
  if (change.disabledApps !== undefined) put('disabledApps', change.disabledApps?.length ? change.disabledApps : null);
  if (change.preferredTool !== undefined) put('preferredTool', change.preferredTool);
  if (change.tipsPerDay !== undefined) {
    const caps: Record<string, unknown> = isRecord(raw.caps) ? { ...raw.caps } : {};
    if (change.tipsPerDay === null) delete caps.tipsPerDay;
    else caps.tipsPerDay = change.tipsPerDay;
    put('caps', Object.keys(caps).length > 0 ? caps : null);
  }
  return next;
}

/**
 * Did a new user source change the employee's preferred tool (set, changed or cleared)? Then that
 * choice, made in Settings or the tour, must come first on the card, ahead of the tool the card
 * remembered from its last use.
 */
export function preferredToolChanged(before: unknown, after: unknown): boolean {
  const tool = (raw: unknown): unknown => (isRecord(raw) ? raw.preferredTool : undefined);
  return tool(before) !== tool(after);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
