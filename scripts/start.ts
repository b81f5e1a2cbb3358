/**
 * `npm start`: builds the extension and the admin dashboard, starts the backend on embedded SQLite
 * (data/lastmile.db) with the demo org, and serves the demo SaaS pages over HTTPS at their real
 * hostnames; opens Chromium with the extension when there is a display. Ctrl+C stops everything.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server/main';
import { hostResolverRules, startFixtureServer } from '../test/fixtures/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const EXTENSION_ID = 'jacemdllinefijbplihaekiombhogcki';
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 8443);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npm', ['run', '--silent', 'build:dashboard']);

const server = await startServer({
  demo: true,
  // The extension's own origin may call the API (CORS), next to whatever the env allows.
  env: { ...process.env, EXTENSION_ORIGINS: process.env.EXTENSION_ORIGINS ?? `chrome-extension://${EXTENSION_ID}` },
  log: () => {},
});
const fixtures = await startFixtureServer(DEMO_PORT);
const profile = mkdtempSync(join(tmpdir(), 'lastmile-demo-'));
const flags = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  // The demo's certificate is self-signed and the SaaS hostnames point at this machine.
  '--ignore-certificate-errors',
  `--host-resolver-rules=${hostResolverRules(fixtures.port)}`,
  '--no-first-run',
  '--disable-background-networking',
];
const pages = [
  fixtures.url('acme.lightning.force.com', '/lightning/r/Opportunity/0065g00000AbCdEAAR/view'),
  fixtures.url('acme.atlassian.net', '/browse/ACME-42'),
  fixtures.url('mail.google.com', '/mail/u/0/#inbox/FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs'),
];
const demo = server.demo;
const syncPolicy = demo
  ? JSON.stringify({ sync: { enabled: true, endpoint: server.url, enrollmentToken: demo.enrollmentToken, cohort: 'sales' } })
  : '';

console.log(`
Lastmile is running.

  Admin dashboard   ${server.dashboardUrl}
${demo ? `  Sign in as        ${demo.email}\n  Password          ${demo.password}   (new on every start)\n` : ''}
  Extension         ${EXTENSION_DIR}  (id ${EXTENSION_ID})
                    chrome://extensions → Developer mode → Load unpacked → that folder
  Demo SaaS pages   HTTPS on 127.0.0.1:${fixtures.port}, at their real hostnames:
${pages.map((p) => `                    ${p}`).join('\n')}
  A Chromium that loads the extension and resolves those hosts to the demo:
    ${CHROMIUM} ${flags.map((f) => `'${f}'`).join(' ')} ${pages[0]}
${demo ? `\n  To connect the extension to this server, deploy this as its enterprise policy\n  (docs/admin-deployment.md; on Linux: /etc/chromium/policies/managed/lastmile.json under\n  {"3rdparty":{"extensions":{"${EXTENSION_ID}": ... }}}):\n    ${syncPolicy}\n` : ''}`);

let browser: ChildProcess | null = null;
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (hasDisplay && existsSync(CHROMIUM) && !process.env.CI) {
  browser = spawn(CHROMIUM, [...flags, ...pages, server.dashboardUrl], { stdio: 'ignore' });
  browser.on('exit', () => console.log('Chromium closed; the servers keep running (Ctrl+C stops them).'));
  console.log('Opened Chromium with the extension and the dashboard.');
} else {
  console.log('No display here: open the dashboard URL in a browser; see docs/screenshots/ for the extension.');
}
console.log('Press Ctrl+C to stop.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  if (browser && browser.exitCode === null) browser.kill();
  await Promise.allSettled([fixtures.close(), server.close()]);
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
