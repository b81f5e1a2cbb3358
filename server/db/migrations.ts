/**
 * Schema migrations: the same code for SQLite and PostgreSQL (only portable types: text, integer,
 * bigint). Kept in code rather than files so tsx, vitest and bundlers all see the same list.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const COUNTERS_DAY = ['reports', 'ai_active', 'active7d'] as const;
const COUNTERS_APP = [
  'reports',
  'adopted',
  'record_visits',
  'tips_shown',
  'tips_used',
  'tips_dismissed',
  'ai_actions',
  'informed_tasks',
  'minutes_saved',
  'helpful',
  'not_helpful',
] as const;

// Migration bodies take Kysely<unknown>: the schema they build is not yet the current one.
const init: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('orgs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('k_anonymity', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('admins')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('password_salt', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('admin_id', 'text', (c) => c.notNull().references('admins.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

    await db.schema
      .createTable('enrollment_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .execute();

    await db.schema
      .createTable('reports')
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('dedupe_key', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('received_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('reports_pk', ['org_id', 'dedupe_key'])
      .execute();
    await db.schema.createIndex('reports_day').on('reports').column('day').execute();

    let day = db.schema
      .createTable('rollup_day')
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('cohort', 'text', (c) => c.notNull());
    for (const col of COUNTERS_DAY) day = day.addColumn(col, 'bigint', (c) => c.notNull().defaultTo(0));
    await day.addPrimaryKeyConstraint('rollup_day_pk', ['org_id', 'day', 'cohort']).execute();

    let app = db.schema
      .createTable('rollup_app')
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('cohort', 'text', (c) => c.notNull())
      .addColumn('app', 'text', (c) => c.notNull());
    for (const col of COUNTERS_APP) app = app.addColumn(col, 'bigint', (c) => c.notNull().defaultTo(0));
    await app.addPrimaryKeyConstraint('rollup_app_pk', ['org_id', 'day', 'cohort', 'app']).execute();

    await db.schema
      .createTable('rollup_tip')
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('cohort', 'text', (c) => c.notNull())
      .addColumn('tip_id', 'text', (c) => c.notNull())
      .addColumn('reports', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('uses', 'bigint', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('rollup_tip_pk', ['org_id', 'day', 'cohort', 'tip_id'])
      .execute();

    await db.schema
      .createTable('use_cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('app', 'text', (c) => c.notNull())
      .addColumn('tip_ids', 'text', (c) => c.notNull())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_value', 'real', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('use_cases_org').on('use_cases').column('org_id').execute();

    await db.schema
      .createTable('policies')
      .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id').onDelete('cascade'))
      .addColumn('draft', 'text')
      .addColumn('draft_updated_at', 'bigint')
      .addColumn('published', 'text')
      .addColumn('published_at', 'bigint')
      .addColumn('published_etag', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const t of [
      'policies',
      'use_cases',
      'rollup_tip',
      'rollup_app',
      'rollup_day',
      'reports',
      'enrollment_tokens',
      'sessions',
      'admins',
      'orgs',
    ]) {
      await db.schema.dropTable(t).ifExists().execute();
    }
  },
};

const MIGRATIONS: Readonly<Record<string, Migration>> = { '0001_init': init };

class InCodeProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...MIGRATIONS };
  }
}

/** Brings the database to the latest schema; throws with the failing migration's error. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(`migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
