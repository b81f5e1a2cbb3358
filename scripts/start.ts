/**
 * `npm start`: builds the extension and starts the demo — the look-alike SaaS pages served over
 * HTTPS at their real hostnames — then opens Chromium with the extension when there is a display.
 * (The optional backend joins this command when it lands.) Ctrl+C stops everything it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostResolverRules, startFixtureServer } from '../test/fixtures/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 8443);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startFixtureServer(DEMO_PORT);
const profile = mkdtempSync(join(tmpdir(), 'lastmile-demo-'));
const flags = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  // The demo's certificate is self-signed and the SaaS hostnames point at this machine.
  '--ignore-certificate-errors',
  `--host-resolver-rules=${hostResolverRules(server.port)}`,
  '--no-first-run',
  '--disable-background-networking',
];
const pages = [
  server.url('acme.lightning.force.com', '/lightning/r/Opportunity/0065g00000AbCdEAAR/view'),
  server.url('acme.atlassian.net', '/browse/ACME-42'),
  server.url('mail.google.com', '/mail/u/0/#inbox/FMfcgzQXJWDsKmvGZplbFRrSMVfHqRzs'),
];

console.log(`
Lastmile demo
  Extension built:  ${EXTENSION_DIR}  (id jacemdllinefijbplihaekiombhogcki)
  Demo pages:       HTTPS on 127.0.0.1:${server.port}, at their real hostnames:
${pages.map((p) => `                    ${p}`).join('\n')}
  Open them in a Chromium that loads the extension and resolves those hosts to the demo:
    ${CHROMIUM} ${flags.map((f) => `'${f}'`).join(' ')} ${pages[0]}
`);

let browser: ChildProcess | null = null;
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (hasDisplay && existsSync(CHROMIUM) && !process.env.CI) {
  browser = spawn(CHROMIUM, [...flags, ...pages], { stdio: 'ignore' });
  browser.on('exit', () => console.log('Chromium closed; the demo server keeps running (Ctrl+C stops it).'));
  console.log('Opened Chromium with the extension.');
} else {
  console.log('No display here: run the command above on a desktop, or see the e2e screenshots in docs/screenshots/.');
}
console.log('Press Ctrl+C to stop.');

const stop = async () => {
  if (browser && browser.exitCode === null) browser.kill();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
