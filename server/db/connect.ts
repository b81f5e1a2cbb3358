/**
 * One query layer (Kysely) over two engines: SQLite (better-sqlite3, embedded default) and
 * PostgreSQL (pg Pool, when a postgres:// URL is given).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

export type DbTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Default pool size: enough for the write queue plus concurrent dashboard queries. */
const PG_POOL_MAX = 10;
const SQLITE_BUSY_TIMEOUT_MS = 5000;
export const SQLITE_MEMORY = ':memory:';

export function openDb(target: DbTarget): Db {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: PG_POOL_MAX });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
  }
  if (target.path !== SQLITE_MEMORY) mkdirSync(dirname(target.path), { recursive: true });
  const sqlite = new SqliteDatabase(target.path);
  // WAL + NORMAL: durable across process crashes, one fsync per checkpoint rather than per commit.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}
