/**
 * The admin API contract: request and response shapes of every `/admin/api/*` endpoint (and the
 * error body shared with `/api/v1/*`). The server validates requests with these and the dashboard
 * imports them to parse responses, so the two can't drift. Policy bodies use the shared schema from
 * lib/policy/schema.ts; nothing here redefines it.
 *
 * Conventions:
 * - Days are 'YYYY-MM-DD' (the reporter's local day); instants are ISO 8601 UTC strings.
 * - Every state-changing request (POST/PUT/DELETE) except sign-in sends the CSRF token in the
 *   `x-csrf-token` header. The token comes in the sign-in and /me bodies and in the readable
 *   cookie `lm_csrf`; the session cookie `lm_session` is HttpOnly.
 * - A KPI value is `null` when it is suppressed (fewer than k reports) or undefined (nothing to
 *   divide by); `suppressed` says which.
 */
import { z } from 'zod';
import { AppIdSchema } from '../../lib/sites/types';
import { PolicySchema } from '../../lib/policy/schema';

export const CSRF_COOKIE = 'lm_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'lm_session';

/** The smallest k the server accepts; deployments can only raise it (K_ANONYMITY, settings). */
export const MIN_K_ANONYMITY = 5;
/** A helpfulness drop of this many percentage points (or more) week over week raises an alert. */
export const HELPFULNESS_ALERT_POINTS = 10;
/** Longest KPI range in one request (a bit more than a year of days). */
export const MAX_KPI_RANGE_DAYS = 400;

// ---------------------------------------------------------------------------------------------
// Errors

export const IssueSchema = z.object({
  /** Dot-joined path into the request body ("notes.0.link"); '' for the body itself. */
  path: z.string(),
  message: z.string(),
});
export type Issue = z.infer<typeof IssueSchema>;

export const ERROR_CODES = [
  'bad_request',
  'invalid_json',
  'invalid_body',
  'invalid_query',
  'invalid_report',
  'invalid_policy',
  'day_in_future',
  'day_too_old',
  'unknown_tip',
  'unsupported_media_type',
  'body_too_large',
  'unauthorized',
  'invalid_credentials',
  'csrf',
  'forbidden',
  'not_found',
  'no_policy',
  'rate_limited',
  'db_busy',
  'db_full',
  'db_unavailable',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every 4xx/5xx body. `path` names the first offending field; `issues` lists all of them. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    path: z.string().optional(),
    issues: z.array(IssueSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

// ---------------------------------------------------------------------------------------------
// Shared scalars

export const DaySchema = z.iso.date();
export const InstantSchema = z.iso.datetime();
/** Same rule as the report's cohort label (lib/sync/report.ts). */
export const CohortSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'a cohort label');
export const TipIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'a tip id');

// ---------------------------------------------------------------------------------------------
// Session: POST /admin/api/session, DELETE /admin/api/session, GET /admin/api/me

export const SignInRequestSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254)),
    password: z.string().min(1).max(200),
  })
  .strict();
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const MeSchema = z.object({
  email: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
});
export type Me = z.infer<typeof MeSchema>;

/** Body of a successful sign-in (201) and of GET /admin/api/me (200). */
export const SessionResponseSchema = z.object({
  admin: MeSchema,
  csrfToken: z.string(),
  expiresAt: InstantSchema,
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const OkResponseSchema = z.object({ ok: z.literal(true) });

// ---------------------------------------------------------------------------------------------
// KPIs: GET /admin/api/kpis?from=&to=&cohort=&granularity=day|week (and /admin/api/kpis.csv)

export const GRANULARITIES = ['day', 'week'] as const;
export const GranularitySchema = z.enum(GRANULARITIES);
export type Granularity = z.infer<typeof GranularitySchema>;

export const KpiQuerySchema = z
  .object({
    from: DaySchema,
    to: DaySchema,
    cohort: CohortSchema.optional(),
    granularity: GranularitySchema.default('day'),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] });
export type KpiQuery = z.infer<typeof KpiQuerySchema>;

const share = z.number().min(0).max(1).nullable();

/**
 * One time bucket (a day, or an ISO week Monday..Sunday clipped to the range), or the whole range
 * (`totals`). Only cells with >= k reports count toward any number (see docs/scaling.md and
 * server/kpi/kpis.ts): `suppressed` = every cell in the bucket was below k; `partial` = some were.
 */
export const KpiBucketSchema = z.object({
  start: DaySchema,
  end: DaySchema,
  suppressed: z.boolean(),
  partial: z.boolean(),
  /** Reports received (one per reporting employee per day; a week sums its days). */
  reports: z.number().int().nullable(),
  /** Share of reports with aiActiveDay. */
  aiActiveShare: share,
  /**
   * Active contributors. Day: reports with aiActiveDay. Week/range: the largest number of reports
   * with active7d on any one day of it (reports can't be linked across days, so this is the
   * honest lower bound of distinct people active in the week).
   */
  activeContributors: z.number().int().nullable(),
  /** AI-informed tasks per record-page visit. */
  informedPerRecordVisit: z.number().min(0).nullable(),
  /** Sum of minutesSaved / 60. */
  hoursSaved: z.number().min(0).nullable(),
  /** helpful / (helpful + notHelpful); null when nobody rated. */
  helpfulness: share,
});
export type KpiBucket = z.infer<typeof KpiBucketSchema>;

export const AppKpiSchema = z.object({
  app: AppIdSchema,
  suppressed: z.boolean(),
  partial: z.boolean(),
  /** Reports that list the app (in rows or adoption flags), summed over the range's days. */
  reports: z.number().int().nullable(),
  /** Adoption success rate: share of those reports flagging `adopted` for the app. */
  adoptionRate: share,
  informedPerRecordVisit: z.number().min(0).nullable(),
  hoursSaved: z.number().min(0).nullable(),
  helpfulness: share,
  aiActions: z.number().int().nullable(),
  tipsShown: z.number().int().nullable(),
  tipsUsed: z.number().int().nullable(),
});
export type AppKpi = z.infer<typeof AppKpiSchema>;

/** Helpfulness fell by >= HELPFULNESS_ALERT_POINTS points from one ISO week to the next. */
export const HelpfulnessAlertSchema = z.object({
  kind: z.literal('helpfulness_drop'),
  /** Monday of the week that dropped. */
  week: DaySchema,
  previous: z.number().min(0).max(1),
  current: z.number().min(0).max(1),
  /** In percentage points (previous - current) * 100. */
  dropPoints: z.number(),
});
export type HelpfulnessAlert = z.infer<typeof HelpfulnessAlertSchema>;

export const KpiResponseSchema = z.object({
  from: DaySchema,
  to: DaySchema,
  cohort: CohortSchema.nullable(),
  granularity: GranularitySchema,
  k: z.number().int().min(MIN_K_ANONYMITY),
  /** Cohorts with at least one unsuppressed day in the range (small cohorts are not even named). */
  cohorts: z.array(CohortSchema),
  series: z.array(KpiBucketSchema),
  totals: KpiBucketSchema,
  /** Per-app breakdown over the whole range, app order of lib/sites/types APP_IDS. */
  apps: z.array(AppKpiSchema),
  alerts: z.array(HelpfulnessAlertSchema),
});
export type KpiResponse = z.infer<typeof KpiResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Use cases: GET/POST /admin/api/use-cases, GET/PUT/DELETE /admin/api/use-cases/:id

/**
 * What "adopted" means for a use case:
 * - uses_per_week: the use case's tips are used at least `value` times per week (average over
 *   the range's weeks, all employees together);
 * - adoption_pct: at least `value` % of the reports that list the use case's app also used one of
 *   its tips (per day, averaged over the range; exact for one tip, an upper bound when several
 *   tips are used by the same person on the same day).
 */
export const USE_CASE_TARGET_KINDS = ['uses_per_week', 'adoption_pct'] as const;
export const UseCaseTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('uses_per_week'), value: z.number().int().min(1).max(1_000_000) }).strict(),
  z.object({ kind: z.literal('adoption_pct'), value: z.number().min(1).max(100) }).strict(),
]);
export type UseCaseTarget = z.infer<typeof UseCaseTargetSchema>;

export const MAX_USE_CASE_TIPS = 20;

export const UseCaseInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    app: AppIdSchema,
    tipIds: z.array(TipIdSchema).min(1).max(MAX_USE_CASE_TIPS),
    /** Who in the company owns the use case (a name or team, free text). */
    owner: z.string().trim().min(1).max(100),
    target: UseCaseTargetSchema,
  })
  .strict();
export type UseCaseInput = z.infer<typeof UseCaseInputSchema>;

export const UseCaseWeekSchema = z.object({
  start: DaySchema,
  end: DaySchema,
  suppressed: z.boolean(),
  uses: z.number().int().nullable(),
  /** Share of the app's reports that used one of the tips (see adoption_pct). */
  reach: share,
});

export const UseCaseProgressSchema = z.object({
  from: DaySchema,
  to: DaySchema,
  weeks: z.array(UseCaseWeekSchema),
  /** uses per week, or reach in percent, over the range; null when everything was suppressed. */
  actual: z.number().nullable(),
  /** actual >= target.value; null when actual is null. */
  met: z.boolean().nullable(),
});
export type UseCaseProgress = z.infer<typeof UseCaseProgressSchema>;

export const UseCaseSchema = UseCaseInputSchema.extend({
  id: z.string(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  progress: UseCaseProgressSchema,
});
export type UseCase = z.infer<typeof UseCaseSchema>;

/** Query of GET /admin/api/use-cases[/:id]: the progress range; default the last 28 full days. */
export const UseCaseQuerySchema = z
  .object({ from: DaySchema.optional(), to: DaySchema.optional() })
  .strict();

export const UseCaseListResponseSchema = z.object({ useCases: z.array(UseCaseSchema) });
export const UseCaseResponseSchema = z.object({ useCase: UseCaseSchema });

// ---------------------------------------------------------------------------------------------
// Policy editor: GET/PUT /admin/api/policy, POST /admin/api/policy/publish

/** PUT body: the draft itself, validated by the shared PolicySchema (errors: 400 invalid_policy with issues). */
export const PolicyPutRequestSchema = PolicySchema;

export const AdminPolicyResponseSchema = z.object({
  draft: PolicySchema.nullable(),
  draftUpdatedAt: InstantSchema.nullable(),
  published: PolicySchema.nullable(),
  publishedAt: InstantSchema.nullable(),
  /** Strong ETag the extension sees on GET /api/v1/policy; changes on every publish. */
  publishedEtag: z.string().nullable(),
  /** Publish counter, 0 before the first publish. */
  version: z.number().int().min(0),
});
export type AdminPolicyResponse = z.infer<typeof AdminPolicyResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Enrollment tokens: GET/POST /admin/api/tokens, DELETE /admin/api/tokens/:id (revoke)

export const TokenSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: InstantSchema,
  revokedAt: InstantSchema.nullable(),
});
export type Token = z.infer<typeof TokenSchema>;

export const TokenCreateRequestSchema = z.object({ label: z.string().trim().min(1).max(100) }).strict();
export const TokenListResponseSchema = z.object({ tokens: z.array(TokenSchema) });
/** The secret is returned here once and never again (only its hash is stored). */
export const TokenCreateResponseSchema = z.object({ token: TokenSchema, secret: z.string() });
export const TokenRevokeResponseSchema = z.object({ token: TokenSchema });

// ---------------------------------------------------------------------------------------------
// Settings: GET/PUT /admin/api/settings

export const SettingsSchema = z.object({
  kAnonymity: z.number().int(),
  /** The lowest k this deployment allows (max of 5 and K_ANONYMITY); PUT below it is refused. */
  kFloor: z.number().int().min(MIN_K_ANONYMITY),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const SettingsPutRequestSchema = z
  .object({ kAnonymity: z.number().int().min(MIN_K_ANONYMITY).max(1000) })
  .strict();

// ---------------------------------------------------------------------------------------------
// Ingest (extension-facing, for completeness)

export const IngestResponseSchema = z.object({ ok: z.literal(true), duplicate: z.boolean() });
export const HealthResponseSchema = z.object({ ok: z.literal(true) });
