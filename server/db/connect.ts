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

export type DbTarget =
  /** busyTimeoutMs: how long a write waits for another process's lock before SQLITE_BUSY (503). */
  | { kind: 'sqlite'; path: string; busyTimeoutMs?: number }
  | { kind: 'postgres'; url: string };

/** Default pool size: enough for the write queue plus concurrent dashboard queries. */
const PG_POOL_MAX = 10;
const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** Page cache per connection (SQLite's default is 2 MiB). */
const SQLITE_CACHE_KIB = 64 * 1024;
/** WAL pages before an automatic checkpoint (default 1 000, i.e. ~4 MiB). */
const SQLITE_WAL_CHECKPOINT_PAGES = 16_000;
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
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.trunc(target.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS))}`);
  // Ingest rewrites the same hot rollup pages in every batch: a bigger page cache and rarer WAL
  // checkpoints write each back once per checkpoint. Durability unchanged (WAL, synchronous = NORMAL).
  sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  sqlite.pragma(`wal_autocheckpoint = ${SQLITE_WAL_CHECKPOINT_PAGES}`);
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}
