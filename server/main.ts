/**
 * Entry point: `npm run server` (tsx server/main.ts [--demo]) or `startServer()` in-process.
 * Reads config from the environment, migrates, optionally seeds the demo org, listens.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp, DEFAULT_SIGN_IN_GLOBAL, DEFAULT_SIGN_IN_PER_EMAIL, MAX_REPORT_AGE_DAYS } from './app';
import { extensionOrigins, parseEnv } from './config';
import { openDb, SQLITE_MEMORY, type Db } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { seedDemo, type DemoCredentials } from './demo';
import { pruneDedupeRows } from './ingest/store';
import { adminExists, createOrg, findOrgByName, getOrg, upsertAdmin } from './store/orgs';

const HERE = dirname(fileURLToPath(import.meta.url));
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
}

export interface RunningServer {
  url: string;
  dashboardUrl: string;
  /** Present with `demo: true`: the admin sign-in and an enrollment token, shown once. */
  demo?: DemoCredentials;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = parseEnv(options.env ?? process.env);
  const log = options.log ?? ((line: string) => console.log(line));
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL;
  const sqlitePath = options.sqlitePath ?? env.SQLITE_PATH;
  const db: Db = openDb(
    databaseUrl !== undefined
      ? { kind: 'postgres', url: databaseUrl }
      : // ':memory:' is SQLite's in-memory database, not a file name to resolve.
        { kind: 'sqlite', path: sqlitePath === SQLITE_MEMORY ? sqlitePath : resolve(sqlitePath) },
  );
  try {
    await migrateToLatest(db.kysely);
    const now = Date.now();
    if (env.ADMIN_EMAIL !== undefined && env.ADMIN_PASSWORD !== undefined && !(await adminExists(db.kysely, env.ADMIN_EMAIL.toLowerCase()))) {
      const org = (await findOrgByName(db.kysely, env.ORG_NAME)) ?? (await createOrg(db.kysely, env.ORG_NAME, env.K_ANONYMITY, now));
      await upsertAdmin(db.kysely, org.id, env.ADMIN_EMAIL.toLowerCase(), env.ADMIN_PASSWORD, now);
      log(`Created admin ${env.ADMIN_EMAIL} for "${org.name}".`);
    }
    const demo = options.demo ? await seedDemo(db.kysely, now, env.K_ANONYMITY) : undefined;

    const { app, queue } = createApp({
      db,
      kFloor: env.K_ANONYMITY,
      secureCookies: env.SECURE_COOKIES,
      trustTls: env.TRUST_TLS,
      extensionOrigins: extensionOrigins(env.EXTENSION_ORIGINS),
      ingestRate: { limit: env.INGEST_RATE_PER_MINUTE, windowMs: RATE_WINDOW_MS },
      signInRatePerEmail: DEFAULT_SIGN_IN_PER_EMAIL,
      signInRateGlobal: DEFAULT_SIGN_IN_GLOBAL,
      dashboardDir: DASHBOARD_DIR,
    });
    const port = options.port ?? env.PORT;
    const host = options.host ?? env.HOST;
    const server = await new Promise<ServerType>((resolveListen, rejectListen) => {
      const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolveListen(s));
      s.once('error', rejectListen);
    });
    const address = server.address();
    const actualPort = typeof address === 'object' && address !== null ? address.port : port;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
    const dashboardUrl = `${url}/admin/`;

    const prune = setInterval(() => {
      pruneDedupeRows(db.kysely, Date.now(), MAX_REPORT_AGE_DAYS).catch((err: unknown) => {
        console.error(`lastmile server: prune failed: ${err instanceof Error ? err.message : String(err)}`);
      });
    }, PRUNE_EVERY_MS);
    prune.unref();

    log(`Lastmile server on ${url} (${db.dialect}).`);
    log(`Dashboard: ${dashboardUrl}`);
    if (demo !== undefined) {
      const org = await getOrg(db.kysely, demo.orgId);
      log(`Demo org "${org?.name ?? ''}"${demo.reportsSeeded > 0 ? ` seeded with ${demo.reportsSeeded} reports` : ''}.`);
      log(`Admin sign-in: ${demo.email} / ${demo.password}   (shown once)`);
      log(`Enrollment token: ${demo.enrollmentToken}   (shown once)`);
    }

    let closed = false;
    const running: RunningServer = {
      url,
      dashboardUrl,
      async close() {
        if (closed) return;
        closed = true;
        clearInterval(prune);
        await new Promise<void>((r) => server.close(() => r()));
        await queue.drain();
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

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  startServer({ demo: process.argv.includes('--demo') })
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
