/**
 * The real Lastmile backend for the e2e tests: createApp on a real SQLite file in a temp dir,
 * served by @hono/node-server on 127.0.0.1, with one org, one admin and one enrollment token made
 * through the server's own store functions. Every request it receives is recorded (method, URL,
 * headers, body) by wrapping the fetch handler, so tests can see exactly what the browser sent.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { MIN_K_ANONYMITY } from '../../../server/api/contract';
import { createApp, DEFAULT_SIGN_IN_GLOBAL, DEFAULT_SIGN_IN_PER_EMAIL } from '../../../server/app';
import { openDb } from '../../../server/db/connect';
import { migrateToLatest } from '../../../server/db/migrations';
import { DASHBOARD_DIR } from '../../../server/main';
import { createOrg, upsertAdmin } from '../../../server/store/orgs';
import { createToken } from '../../../server/store/tokens';
import { EXPECTED_EXTENSION_ID } from '../harness';

export const EXTENSION_ORIGIN = `chrome-extension://${EXPECTED_EXTENSION_ID}`;
export const ADMIN_EMAIL = 'admin@lastmile-e2e.example';
export const ADMIN_PASSWORD = 'e2e sync dashboard password';
const ORG_NAME = 'Lastmile E2E';
const LOOPBACK = '127.0.0.1';
/** Generous: the tests send a handful of reports; the limiter must never be what they measure. */
const INGEST_PER_MINUTE = 10_000;
const RATE_WINDOW_MS = 60_000;
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DASHBOARD_BUILD_TIMEOUT_MS = 120_000;

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface Backend {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  orgId: string;
  /** The enrollment token's secret (what the extension's policy carries). */
  token: string;
  /** Every request the server received, in order. */
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** The extension's report POSTs the backend received, as sent (CORS preflights carry none). */
export function extensionReportPosts(backend: Backend): ReceivedRequest[] {
  return backend.received.filter(
    (r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/reports' && r.headers.origin === EXTENSION_ORIGIN,
  );
}

const execFileP = promisify(execFile);

/** Builds the admin dashboard (server/dashboard/dist) unless it is there already. */
export async function ensureDashboardBuilt(): Promise<void> {
  if (existsSync(join(DASHBOARD_DIR, 'index.html'))) return;
  await execFileP('npm', ['run', 'build:dashboard'], { cwd: REPO_ROOT, timeout: DASHBOARD_BUILD_TIMEOUT_MS });
  if (!existsSync(join(DASHBOARD_DIR, 'index.html'))) throw new Error(`npm run build:dashboard left no ${DASHBOARD_DIR}/index.html`);
}

export async function startBackend(): Promise<Backend> {
  const dir = await mkdtemp(join(tmpdir(), 'lastmile-e2e-server-'));
  const db = openDb({ kind: 'sqlite', path: join(dir, 'db.sqlite') });
  let server: ServerType | undefined;
  let drain: (() => Promise<void>) | undefined;
  const close = async (): Promise<void> => {
    try {
      if (server !== undefined) {
        const s = server;
        // The browser keeps connections alive; without this close() waits for them to time out.
        if ('closeAllConnections' in s) s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      await drain?.();
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  };

  try {
    await migrateToLatest(db.kysely);
    const now = Date.now();
    const org = await createOrg(db.kysely, ORG_NAME, MIN_K_ANONYMITY, now);
    await upsertAdmin(db.kysely, org.id, ADMIN_EMAIL, ADMIN_PASSWORD, now);
    const { secret } = await createToken(db.kysely, org.id, 'e2e', now);
    const { app, queue } = createApp({
      db,
      kFloor: MIN_K_ANONYMITY,
      secureCookies: false,
      trustTls: false,
      // Exactly the extension's pinned origin, as an admin would configure EXTENSION_ORIGINS.
      extensionOrigins: [EXTENSION_ORIGIN],
      ingestRate: { limit: INGEST_PER_MINUTE, windowMs: RATE_WINDOW_MS },
      signInRatePerEmail: DEFAULT_SIGN_IN_PER_EMAIL,
      signInRateGlobal: DEFAULT_SIGN_IN_GLOBAL,
      dashboardDir: DASHBOARD_DIR,
    });
    drain = () => queue.drain();

    const received: ReceivedRequest[] = [];
    const recordingFetch = async (req: Request): Promise<Response> => {
      // A clone: the app still reads the original body.
      const body = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.clone().text();
      received.push({ method: req.method, url: req.url, headers: Object.fromEntries(req.headers.entries()), body });
      return app.fetch(req);
    };
    const started = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: recordingFetch, port: 0, hostname: LOOPBACK }, () => resolve(s));
      s.once('error', reject);
    });
    server = started;
    const address = started.address();
    if (typeof address !== 'object' || address === null) throw new Error('backend has no TCP address');
    return { url: `http://${LOOPBACK}:${address.port}`, orgId: org.id, token: secret, received, close };
  } catch (err) {
    await close();
    throw err;
  }
}
