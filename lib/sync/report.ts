/**
 * The anonymous daily report: the only thing about usage that ever leaves the browser, and only
 * when the org's policy enables sync and the employee has seen exactly what is sent.
 * One schema, imported by the extension (to build it) and by the server (to accept it).
 *
 * What it can never contain: a URL, a record id, a page title, a name, an e-mail, free text or a
 * user id. Every string in it is an enum value, a date, a fixed-format key or the cohort label.
 */
import { z } from 'zod';
import { AppIdSchema } from '../sites/types';

export const REPORT_SCHEMA_VERSION = 1;

/**
 * Coarse page categories: the report never says which page kind, only which of these it was
 * (fewer distinct values, less to single anyone out with).
 */
export const PAGE_CATEGORIES = ['record', 'list', 'compose', 'other'] as const;
export const PageCategorySchema = z.enum(PAGE_CATEGORIES);
export type PageCategory = z.infer<typeof PageCategorySchema>;

const RECORD_PAGES = new Set(['record', 'record_edit', 'ticket', 'issue', 'pull', 'thread', 'message', 'conversation', 'document', 'spreadsheet', 'presentation', 'page', 'task', 'event', 'discussion']);
const LIST_PAGES = new Set(['list', 'queue', 'board', 'inbox', 'search', 'report', 'dashboard', 'home', 'channel', 'space', 'database', 'repo']);
const COMPOSE_PAGES = new Set(['compose', 'record_new', 'page_edit']);

export function pageCategory(page: string): PageCategory {
  if (RECORD_PAGES.has(page)) return 'record';
  if (LIST_PAGES.has(page)) return 'list';
  if (COMPOSE_PAGES.has(page)) return 'compose';
  return 'other';
}

/** Counters are bounded: a day has at most so many of anything (also caps the body size). */
const MAX_COUNT = 10_000;
const count = z.number().int().min(0).max(MAX_COUNT);

/** "Uses AI in this app on >= 40 % of their active days over the last 28": computed in the browser. */
export const ADOPTION_THRESHOLD = 0.4;
export const ADOPTION_WINDOW_DAYS = 28;

export const ReportRowSchema = z
  .object({
    app: AppIdSchema,
    category: PageCategorySchema,
    recordVisits: count,
    tipsShown: count,
    tipsUsed: count,
    tipsDismissed: count,
    aiActions: count,
    informedTasks: count,
    minutesSaved: count,
    helpful: count,
    notHelpful: count,
  })
  .strict();
export type ReportRow = z.infer<typeof ReportRowSchema>;

/** Per-app flags that need several days of one person, sent only as coarse booleans. */
export const AppFlagSchema = z
  .object({
    app: AppIdSchema,
    /** Used AI in this app on >= 40 % of their active days over the last 28 days. */
    adopted: z.boolean(),
  })
  .strict();

export const DailyReportSchema = z
  .object({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    /** The finished local day the report is about. */
    day: z.iso.date(),
    /**
     * HMAC-SHA-256(local random secret, day), hex. The server dedupes retries with it; it differs
     * every day, so it can't link one person's days together.
     */
    dedupeKey: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex characters'),
    /** The cohort label from the org policy (e.g. "sales-emea"); never per person. */
    cohort: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lower-case letters, digits, "_" or "-", up to 40 characters')
      .optional(),
    /** The day had at least one qualifying AI action. */
    aiActiveDay: z.boolean(),
    /** Active (any qualifying AI action) on any of the last 7 days, this one included. */
    active7d: z.boolean(),
    rows: z.array(ReportRowSchema).max(80),
    /**
     * Uses per playbook tip (bundled or the org's own: ids the server knows), so admins can follow
     * their use cases. Tip ids are the playbook's, never the employee's.
     */
    tipUses: z
      .array(z.object({ tipId: z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/), uses: count }).strict())
      .max(50),
    adoption: z.array(AppFlagSchema).max(19),
  })
  .strict();
export type DailyReport = z.infer<typeof DailyReportSchema>;

/** Bodies above this are refused by the server before parsing. */
export const MAX_REPORT_BYTES = 8 * 1024;
