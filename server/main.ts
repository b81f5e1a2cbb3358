/**
 * Entry point: `npm run server` (node --max-semi-space-size=64 --import tsx server/main.ts [--demo]
 * [--workers N|auto]) or `startServer()`
 * in-process. Reads config from the environment, migrates, optionally seeds the demo org, listens.
 *
 * `--workers N` (or WORKERS) > 1 runs a node:cluster: the primary migrates, seeds and prunes, the
 * workers share the port and each serves the whole API with its own write queue. Per-process
 * state stays correct: every worker enforces floor(limit / N) of each rate limit (the sum never
 * exceeds the configured limit), and a revoked token or published policy clears every worker's
 * cache at once (the primary relays the invalidation).
 */
import cluster, { type Worker } from 'node:cluster';
import { createServer, type Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { createApp, DEFAULT_SIGN_IN_GLOBAL, DEFAULT_SIGN_IN_PER_EMAIL, MAX_REPORT_AGE_DAYS, type Invalidation } from './app';
import { extensionOrigins, parseEnv, type Env } from './config';
import { openDb, SQLITE_MEMORY, type Db } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { seedDemo, type DemoCredentials } from './demo';
import { pruneDedupeRows } from './ingest/store';
import { createListener } from './node';
import type { RateLimit } from './security/rate-limit';
import { adminExists, createOrg, findOrgByName, getOrg, upsertAdmin } from './store/orgs';

const HERE = dirname(fileURLToPath(import.meta.url));
const MAIN_FILE = fileURLToPath(import.meta.url);
export const DASHBOARD_DIR = join(HERE, 'dashboard', 'dist');
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const RATE_WINDOW_MS = 60 * 1000;

export interface StartOptions {
  /** Seed (or refresh the credentials of) the demo org "Acme Corp". */
  demo?: boolean;
  /** Defaults to PORT (8787); 0 picks a free port. */
  port?: number;
  host?: string;
  /** postgres:// URL; defaults to DATABASE_URL. */
  databaseUrl?: string;
  /** SQLite file (or ':memory:'); defaults to SQLITE_PATH (data/lastmile.db). */
  sqlitePath?: string;
  /** Environment to read the rest of the config from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where startup lines go (default console.log); pass () => {} to stay quiet. */
  log?: (line: string) => void;
  /** Processes serving the API (node:cluster when > 1); defaults to WORKERS (see resolveWorkers). */
  workers?: number;
  /**
   * The server's clock (default Date.now): the demo org's reports are seeded relative to it and
   * the API's "today", sessions and rate limits follow it. For tests that need the same demo data
   * every run (test/e2e/screenshots.e2e.ts); a single process only (refused with workers > 1).
   */
  now?: () => number;
}

export interface RunningServer {
  url: string;
  dashboardUrl: string;
  /** Present with `demo: true`: the admin sign-in and an enrollment token, shown once. */
  demo?: DemoCredentials;
  close(): Promise<void>;
}

/**
 * V8's young generation per server process. Each report's request objects live until its batch
 * commits, so with the default 16 MiB semi-space most of them survive a scavenge and are promoted:
 * 64 MiB cut the ingest server's GC share from ~20 % to ~10 % of its CPU (BENCHMARKS.md). A V8
 * heap flag works only at process start: `npm run server` passes it to the single process,
 * cluster workers get it here.
 */
export const SEMI_SPACE_FLAG = '--max-semi-space-size=64';

/** The workers' Node flags: the primary's, plus SEMI_SPACE_FLAG unless a semi-space size was chosen. */
export function workerExecArgv(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const chosen = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((a) => /^--max[-_]semi[-_]space[-_]size\b/.test(a));
  return chosen ? [...execArgv] : [...execArgv, SEMI_SPACE_FLAG];
}

/** Messages between the cluster primary and its workers. */
type ToWorker = { type: 'invalidate'; what: Invalidation; id: number } | { type: 'invalidated'; id: number } | { type: 'stop' };
type ToPrimary =
  | { type: 'listening'; port: number }
  | { type: 'invalidate'; what: Invalidation; id: number }
  | { type: 'invalidated'; id: number }
  | { type: 'failed'; message: string };
/** A sibling that doesn't confirm an invalidation by then is slow or dying; its cache TTL (5 s) still bounds it. */
const INVALIDATE_WAIT_MS = 2000;

/** `--workers` / WORKERS: a count, or "auto" (one per core). Default 1: the same single process as before. */
export function resolveWorkers(flag: string | undefined, env: Env): number {
  const raw = flag ?? env.WORKERS;
  if (raw === undefined || raw === '') return 1;
  if (raw === 'auto') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--workers must be a positive integer or "auto", not "${raw}"`);
  return n;
}

/** Each of N processes allows floor(limit / N) (at least 1), so together they never allow more than one would. */
export function perWorker(rate: RateLimit, workers: number): RateLimit {
  return { limit: Math.max(1, Math.floor(rate.limit / workers)), windowMs: rate.windowMs };
}

function openFrom(options: StartOptions, env: Env): Db {
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL;
  const sqlitePath = options.sqlitePath ?? env.SQLITE_PATH;
  return openDb(
    databaseUrl !== undefined
      ? { kind: 'postgres', url: databaseUrl }
      : // ':memory:' is SQLite's in-memory database, not a file name to resolve.
        { kind: 'sqlite', path: sqlitePath === SQLITE_MEMORY ? sqlitePath : resolve(sqlitePath) },
  );
}

/** Migrations, the admin from ADMIN_EMAIL/ADMIN_PASSWORD and the demo org: once, before serving. */
async function prepare(db: Db, env: Env, demo: boolean, log: (line: string) => void, clock: () => number = Date.now): Promise<DemoCredentials | undefined> {
  await migrateToLatest(db.kysely);
  const now = clock();
  if (env.ADMIN_EMAIL !== undefined && env.ADMIN_PASSWORD !== undefined && !(await adminExists(db.kysely, env.ADMIN_EMAIL.toLowerCase()))) {
    const org = (await findOrgByName(db.kysely, env.ORG_NAME)) ?? (await createOrg(db.kysely, env.ORG_NAME, env.K_ANONYMITY, now));
    await upsertAdmin(db.kysely, org.id, env.ADMIN_EMAIL.toLowerCase(), env.ADMIN_PASSWORD, now);
    log(`Created admin ${env.ADMIN_EMAIL} for "${org.name}".`);
  }
  return demo ? seedDemo(db.kysely, now, env.K_ANONYMITY) : undefined;
}

function startPruning(db: Db, now: () => number = Date.now): NodeJS.Timeout {
  const prune = setInterval(() => {
    pruneDedupeRows(db.kysely, now(), MAX_REPORT_AGE_DAYS).catch((err: unknown) => {
      console.error(`lastmile server: prune failed: ${err instanceof Error ? err.message : String(err)}`);
    });
  }, PRUNE_EVERY_MS);
  prune.unref();
  return prune;
}

const urlOf = (host: string, port: number): string => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

async function logStarted(db: Db, url: string, demo: DemoCredentials | undefined, workers: number, log: (line: string) => void): Promise<void> {
  log(`Lastmile server on ${url} (${db.dialect}${workers > 1 ? `, ${workers} workers` : ''}).`);
  log(`Dashboard: ${url}/admin/`);
  if (demo !== undefined) {
    const org = await getOrg(db.kysely, demo.orgId);
    log(`Demo org "${org?.name ?? ''}"${demo.reportsSeeded > 0 ? ` seeded with ${demo.reportsSeeded} reports` : ''}.`);
    log(`Admin sign-in: ${demo.email} / ${demo.password}   (shown once)`);
    log(`Enrollment token: ${demo.enrollmentToken}   (shown once)`);
  }
}

interface Serving {
  server: Server;
  port: number;
  invalidate(what: Invalidation): void;
  /** Stops accepting connections, answers what is in flight, writes what is queued. */
  close(): Promise<void>;
}

/** One process's HTTP server: the app on the node:http listener (fast ingest path + Hono). */
async function serveApp(
  db: Db,
  env: Env,
  port: number,
  host: string,
  workers: number,
  broadcast?: (what: Invalidation) => Promise<void>,
  now?: () => number,
): Promise<Serving> {
  const built = createApp({
    db,
    kFloor: env.K_ANONYMITY,
    secureCookies: env.SECURE_COOKIES,
    trustTls: env.TRUST_TLS,
    extensionOrigins: extensionOrigins(env.EXTENSION_ORIGINS),
    ingestRate: perWorker({ limit: env.INGEST_RATE_PER_MINUTE, windowMs: RATE_WINDOW_MS }, workers),
    signInRatePerEmail: perWorker(DEFAULT_SIGN_IN_PER_EMAIL, workers),
    signInRateGlobal: perWorker(DEFAULT_SIGN_IN_GLOBAL, workers),
    dashboardDir: DASHBOARD_DIR,
    broadcast,
    now,
  });
  const server = createServer(createListener(built, { trustTls: env.TRUST_TLS }));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  return {
    server,
    port: actualPort,
    invalidate: built.invalidate,
    async close() {
      const closed = new Promise<void>((r) => server.close(() => r()));
      // Idle keep-alive connections would hold close() open until they time out.
      server.closeIdleConnections();
      await closed;
      await built.queue.drain();
    },
  };
}

/** One process serving everything (tests, `npm start`, `--workers 1`). */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = parseEnv(options.env ?? process.env);
  const workers = options.workers ?? resolveWorkers(undefined, env);
  if (workers > 1) {
    // Workers are separate processes: a clock function can't reach them.
    if (options.now !== undefined) throw new Error('the now option needs a single process, not --workers > 1');
    return startCluster(options, env, workers);
  }
  const log = options.log ?? ((line: string) => console.log(line));
  const db = openFrom(options, env);
  try {
    const demo = await prepare(db, env, options.demo === true, log, options.now);
    const serving = await serveApp(db, env, options.port ?? env.PORT, options.host ?? env.HOST, 1, undefined, options.now);
    const url = urlOf(options.host ?? env.HOST, serving.port);
    const prune = startPruning(db, options.now);
    await logStarted(db, url, demo, 1, log);
    let closed = false;
    const running: RunningServer = {
      url,
      dashboardUrl: `${url}/admin/`,
      async close() {
        if (closed) return;
        closed = true;
        clearInterval(prune);
        await serving.close();
        await db.close();
      },
    };
    if (demo !== undefined) running.demo = demo;
    return running;
  } catch (err) {
    await db.close();
    throw err;
  }
}

/**
 * The cluster primary: prepares the database, forks the workers (this file, role from
 * LASTMILE_WORKER), waits until all listen, relays cache invalidations, replaces a worker that
 * dies, and on close stops every worker (each drains its write queue) before closing its own db.
 */
async function startCluster(options: StartOptions, env: Env, workers: number): Promise<RunningServer> {
  if (!cluster.isPrimary) throw new Error('startCluster runs in the primary only');
  const log = options.log ?? ((line: string) => console.log(line));
  const sqlitePath = options.sqlitePath ?? env.SQLITE_PATH;
  if ((options.databaseUrl ?? env.DATABASE_URL) === undefined && sqlitePath === SQLITE_MEMORY) {
    throw new Error('--workers > 1 needs a shared database: a SQLite file or PostgreSQL, not :memory:');
  }
  const db = openFrom(options, env);
  const host = options.host ?? env.HOST;
  const alive = new Set<Worker>();
  let stopping = false;
  try {
    const demo = await prepare(db, env, options.demo === true, log);
    const workerEnv: NodeJS.ProcessEnv = {
      ...(options.env ?? process.env),
      LASTMILE_WORKER: '1',
      LASTMILE_WORKERS: String(workers),
      PORT: String(options.port ?? env.PORT),
      HOST: host,
    };
    if (options.databaseUrl !== undefined) workerEnv.DATABASE_URL = options.databaseUrl;
    if (options.sqlitePath !== undefined) workerEnv.SQLITE_PATH = options.sqlitePath;
    cluster.setupPrimary({ exec: MAIN_FILE, args: [], execArgv: workerExecArgv(process.execArgv, process.env.NODE_OPTIONS) });

    let port: number;
    const fork = (): Promise<number> =>
      new Promise((resolvePort, rejectPort) => {
        const w = cluster.fork(workerEnv);
        alive.add(w);
        let listening = false;
        w.on('message', (msg: ToPrimary) => {
          if (msg.type === 'listening') {
            listening = true;
            resolvePort(msg.port);
          }
          else if (msg.type === 'failed') rejectPort(new Error(`worker failed to start: ${msg.message}`));
          else if (msg.type === 'invalidate') {
            // Relay to every sibling, and confirm to the sender once all have dropped their cache.
            const others = [...alive].filter((o) => o !== w);
            void Promise.all(
              others.map(
                (o) =>
                  new Promise<void>((done) => {
                    const timer = setTimeout(done, INVALIDATE_WAIT_MS);
                    const onAck = (m: ToPrimary) => {
                      if (m.type === 'invalidated' && m.id === msg.id) {
                        clearTimeout(timer);
                        o.off('message', onAck);
                        done();
                      }
                    };
                    o.on('message', onAck);
                    o.send({ type: 'invalidate', what: msg.what, id: msg.id } satisfies ToWorker);
                  }),
              ),
            ).then(() => {
              if (w.isConnected()) w.send({ type: 'invalidated', id: msg.id } satisfies ToWorker);
            });
          }
        });
        w.once('exit', (code, signal) => {
          alive.delete(w);
          rejectPort(new Error(`worker exited (${signal ?? code}) before listening`));
          // Replace a worker that crashed while serving; one that never started would only fail again.
          if (!stopping && listening) {
            console.error(`lastmile server: worker ${w.process.pid ?? '?'} exited (${signal ?? code}); starting a new one`);
            fork().catch((err: unknown) => console.error(`lastmile server: ${err instanceof Error ? err.message : String(err)}`));
          }
        });
      });
    // Same PORT for all (the primary owns the listening socket; with 0 every worker gets the same free port).
    const ports = await Promise.all(Array.from({ length: workers }, fork));
    port = ports[0] ?? 0;
    const url = urlOf(host, port);
    const prune = startPruning(db);
    await logStarted(db, url, demo, workers, log);

    let closed = false;
    const running: RunningServer = {
      url,
      dashboardUrl: `${url}/admin/`,
      async close() {
        if (closed) return;
        closed = true;
        stopping = true;
        clearInterval(prune);
        await Promise.all(
          [...alive].map(
            (w) =>
              new Promise<void>((r) => {
                w.once('exit', () => r());
                w.send({ type: 'stop' } satisfies ToWorker);
              }),
          ),
        );
        await db.close();
      },
    };
    if (demo !== undefined) running.demo = demo;
    return running;
  } catch (err) {
    stopping = true;
    for (const w of alive) w.kill();
    await db.close();
    throw err;
  }
}

/** A cluster worker: serves on the shared port until the primary says stop. */
async function runWorker(): Promise<void> {
  const env = parseEnv(process.env);
  const workers = Number(process.env.LASTMILE_WORKERS ?? '1');
  const db = openFrom({}, env);
  const sendUp = (msg: ToPrimary): void => {
    process.send?.(msg);
  };
  const waiting = new Map<number, () => void>();
  let nextId = 0;
  const broadcast = (what: Invalidation): Promise<void> =>
    new Promise((resolveAck) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolveAck();
      }, INVALIDATE_WAIT_MS * 2);
      waiting.set(id, () => {
        clearTimeout(timer);
        resolveAck();
      });
      sendUp({ type: 'invalidate', what, id });
    });
  let serving: Serving;
  try {
    serving = await serveApp(db, env, env.PORT, env.HOST, workers, broadcast);
  } catch (err) {
    sendUp({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    await db.close();
    process.exit(1);
  }
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    serving
      .close()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('message', (msg: ToWorker) => {
    if (msg.type === 'invalidate') {
      serving.invalidate(msg.what);
      sendUp({ type: 'invalidated', id: msg.id });
    } else if (msg.type === 'invalidated') {
      const ack = waiting.get(msg.id);
      waiting.delete(msg.id);
      ack?.();
    } else stop();
  });
  // Ctrl+C reaches the whole process group; the primary's stop message may follow: both are fine.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('disconnect', stop);
  sendUp({ type: 'listening', port: serving.port });
}

function flagValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === MAIN_FILE;
if (cluster.isWorker && process.env.LASTMILE_WORKER === '1') {
  runWorker().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
} else if (isMain) {
  Promise.resolve()
    .then(() => startServer({ demo: process.argv.includes('--demo'), workers: resolveWorkers(flagValue('--workers'), parseEnv(process.env)) }))
    .then((s) => {
      const stop = (): void => {
        s.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    });
}
