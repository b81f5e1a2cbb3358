/**
 * One query layer (Kysely) over two engines: SQLite (better-sqlite3, embedded default) and
 * PostgreSQL (pg Pool, when a postgres:// URL is given).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type PostgresCursor, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';
import pg from 'pg';
import { DatabaseConnectionError } from '../errors';
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
  | {
      kind: 'postgres';
      url: string;
      /** How long a statement waits for another session's lock before 55P03 (503 db_busy). */
      lockTimeoutMs?: number;
      /** Longest any statement may run before 57014 (503 db_busy; the transaction rolls back). */
      statementTimeoutMs?: number;
      /** How long getting a connection may take before 503 db_unavailable. */
      connectTimeoutMs?: number;
    };

/** Default pool size: enough for the write queue plus concurrent dashboard queries. */
const PG_POOL_MAX = 10;
const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** PostgreSQL's counterpart of SQLITE_BUSY_TIMEOUT_MS: a lock not granted by then is a 503, not a hung request. */
export const PG_LOCK_TIMEOUT_MS = 5000;
/**
 * No statement runs longer: a stuck query must not hold a request and a pooled connection for ever.
 * Far above the slowest dashboard query (BENCHMARKS.md); migrations run under it too.
 */
export const PG_STATEMENT_TIMEOUT_MS = 30_000;
/**
 * PostgreSQL checks this often that the client of a running statement is still there, and cancels
 * the statement if not: a batch whose connection was lost while it waited for a lock must not go on
 * to commit later (a write batch is one autocommit statement, see ingest/store.ts).
 */
export const PG_CLIENT_CHECK_MS = 1000;
/** An unreachable server (down, firewalled) answers 503 after this instead of hanging the request. */
export const PG_CONNECT_TIMEOUT_MS = 5000;
/** Page cache per connection (SQLite's default is 2 MiB). */
const SQLITE_CACHE_KIB = 64 * 1024;
/** WAL pages before an automatic checkpoint (default 1 000, i.e. ~4 MiB). */
const SQLITE_WAL_CHECKPOINT_PAGES = 16_000;
export const SQLITE_MEMORY = ':memory:';

export function openDb(target: DbTarget): Db {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: PG_POOL_MAX,
      lock_timeout: target.lockTimeoutMs ?? PG_LOCK_TIMEOUT_MS,
      statement_timeout: target.statementTimeoutMs ?? PG_STATEMENT_TIMEOUT_MS,
      connectionTimeoutMillis: target.connectTimeoutMs ?? PG_CONNECT_TIMEOUT_MS,
      // Startup options (an `options` parameter in DATABASE_URL takes their place).
      options: `-c client_connection_check_interval=${PG_CLIENT_CHECK_MS}`,
    });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: guardedPool(pool) }) });
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

/**
 * The pool as Kysely sees it, made safe for a server that goes away (restart, failover,
 * pg_terminate_backend). Without listeners, a dead connection's 'error' event would crash the
 * process; the pool drops such connections and the next request gets a fresh one. A request whose
 * connection failed or died gets a DatabaseConnectionError (503 db_unavailable, errors.ts) rather
 * than pg's plain errors ("Connection terminated unexpectedly", "not queryable") that name no code.
 */
function guardedPool(pool: pg.Pool): PostgresPool {
  // Idle connections: the pool has already removed the dead one; log the condition, never crash.
  pool.on('error', (err) => console.error(`lastmile server: database connection lost (idle): ${err.message}`));
  return {
    end: () => pool.end(),
    async connect(): Promise<PostgresPoolClient> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        throw new DatabaseConnectionError('cannot connect to the database', err);
      }
      // In use: pg emits 'error' on the client itself (before failing its queries) when the socket dies.
      let lost = false;
      const onError = () => {
        lost = true;
      };
      client.on('error', onError);
      function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
      function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
      function query<R>(sql: string | PostgresCursor<R>, parameters: ReadonlyArray<unknown> = []): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
        // Kysely passes a cursor only for streaming, which needs a cursor class we don't configure.
        if (typeof sql !== 'string') throw new Error('streaming queries are not supported');
        return client.query(sql, [...parameters]).then(
          (result) => result as PostgresQueryResult<R>,
          (err: unknown) => {
            throw lost ? new DatabaseConnectionError('the database connection was lost', err) : err;
          },
        );
      }
      return {
        query,
        release: () => {
          client.off('error', onError);
          // A dead connection is dropped, not pooled again (pg-pool also checks, this says so).
          client.release(lost);
        },
      };
    },
  };
}
