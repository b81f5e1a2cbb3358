/**
 * Table types for Kysely. Timestamps are epoch milliseconds (bigint) and days are 'YYYY-MM-DD'
 * text, so SQLite and PostgreSQL store and compare them the same way. PostgreSQL returns bigint
 * columns as strings: rows are parsed with zod (server/db/rows.ts) before use.
 *
 * No table has a column for an IP address, a user agent or anything else about the sender.
 */
import type { ColumnType } from 'kysely';

/** Written as a number, read back as number (SQLite) or string (PostgreSQL bigint). */
type Big = ColumnType<number | string, number, number>;
type Text = string;

export interface OrgTable {
  id: Text;
  name: Text;
  k_anonymity: number;
  created_at: Big;
}

export interface AdminTable {
  id: Text;
  org_id: Text;
  email: Text;
  /** scrypt(password, salt), hex. */
  password_hash: Text;
  password_salt: Text;
  created_at: Big;
}

export interface SessionTable {
  /** SHA-256 of the opaque session id (the cookie value); the id itself is never stored. */
  id_hash: Text;
  admin_id: Text;
  /** The double-submit CSRF token (not a credential on its own: it needs the session cookie). */
  csrf_token: Text;
  created_at: Big;
  expires_at: Big;
}

export interface EnrollmentTokenTable {
  id: Text;
  org_id: Text;
  /** SHA-256 of the 32-byte random secret, hex. */
  token_hash: Text;
  label: Text;
  created_at: Big;
  revoked_at: Big | null;
}

/**
 * One row per accepted report, only for deduplication: (org, dedupeKey) and the day. The report's
 * numbers live in the rollups; rows older than the acceptance window are pruned.
 */
export interface ReportTable {
  org_id: Text;
  dedupe_key: Text;
  day: Text;
  received_at: Big;
}

/** Per (org, day, cohort): report-level counts. cohort '' = reports without a cohort label. */
export interface RollupDayTable {
  org_id: Text;
  day: Text;
  cohort: Text;
  reports: Big;
  ai_active: Big;
  active7d: Big;
}

/** Per (org, day, cohort, app): sums of the report rows for the app plus adoption flags. */
export interface RollupAppTable {
  org_id: Text;
  day: Text;
  cohort: Text;
  app: Text;
  /** Reports listing the app (in rows or adoption flags). */
  reports: Big;
  adopted: Big;
  record_visits: Big;
  tips_shown: Big;
  tips_used: Big;
  tips_dismissed: Big;
  ai_actions: Big;
  informed_tasks: Big;
  minutes_saved: Big;
  helpful: Big;
  not_helpful: Big;
}

/** Per (org, day, cohort, tip): uses and how many reports used the tip at all. */
export interface RollupTipTable {
  org_id: Text;
  day: Text;
  cohort: Text;
  tip_id: Text;
  reports: Big;
  uses: Big;
}

export interface UseCaseTable {
  id: Text;
  org_id: Text;
  name: Text;
  app: Text;
  /** JSON array of tip ids. */
  tip_ids: Text;
  owner: Text;
  target_kind: Text;
  target_value: number;
  created_at: Big;
  updated_at: Big;
}

export interface PolicyTable {
  org_id: Text;
  /** JSON of the draft as validated by PolicySchema; null before the first save. */
  draft: Text | null;
  draft_updated_at: Big | null;
  published: Text | null;
  published_at: Big | null;
  published_etag: Text | null;
  version: number;
}

export interface Database {
  orgs: OrgTable;
  admins: AdminTable;
  sessions: SessionTable;
  enrollment_tokens: EnrollmentTokenTable;
  reports: ReportTable;
  rollup_day: RollupDayTable;
  rollup_app: RollupAppTable;
  rollup_tip: RollupTipTable;
  use_cases: UseCaseTable;
  policies: PolicyTable;
}

/** Every table, for tests that inspect all stored data. */
export const TABLES: readonly (keyof Database)[] = [
  'orgs',
  'admins',
  'sessions',
  'enrollment_tokens',
  'reports',
  'rollup_day',
  'rollup_app',
  'rollup_tip',
  'use_cases',
  'policies',
];
