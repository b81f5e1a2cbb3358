/**
 * Headless Chromium for the page-cost bench, in three variants that differ only in what is loaded:
 * no extension, the "floor" (an extension whose content script does nothing, on the detector's own
 * matches: the cost of Chromium's content-script machinery itself) and the built Lastmile.
 * Same flags otherwise (the e2e harness's), one fresh temporary profile each.
 */
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './machine';

export const EXTENSION_DIR = fileURLToPath(
  new URL(`../../${process.env.LASTMILE_OUT_DIR ?? '.output'}/chrome-mv3`, import.meta.url),
);
export const VIEWPORT = { width: 1280, height: 800 } as const;
const SERVICE_WORKER_TIMEOUT_MS = 15_000;
/** The floor's content script: a statement, so Chromium still creates the isolated world and runs it. */
const FLOOR_SCRIPT = 'void 0;\n';

export const VARIANTS = ['none', 'floor', 'lastmile'] as const;
export type Variant = (typeof VARIANTS)[number];
export const VARIANT_LABEL: Readonly<Record<Variant, string>> = {
  none: 'no extension',
  floor: 'empty content script (floor)',
  lastmile: 'Lastmile',
};

export interface BenchBrowser {
  variant: Variant;
  context: BrowserContext;
  /** chrome-extension://<id> of the loaded extension, or null. */
  extensionOrigin: string | null;
  userDataDir: string;
  close(): Promise<void>;
}

interface ContentScriptEntry {
  matches: string[];
  run_at?: string;
  js: string[];
}

/** The built manifest's detector entry: the always-injected script and where it runs. */
export function detectorEntry(extensionDir = EXTENSION_DIR): ContentScriptEntry {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScriptEntry[] };
  const entry = manifest.content_scripts?.find((c) => c.js.some((f) => f.endsWith('detector.js')));
  if (!entry) throw new Error('built manifest has no detector content script');
  return entry;
}

/** Writes the floor extension into a temp dir; returns the dir (caller deletes it). */
export async function makeFloorExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lastmile-bench-floor-'));
  const detector = detectorEntry();
  const manifest = {
    manifest_version: 3,
    name: 'Lastmile bench floor',
    version: '0.0.1',
    content_scripts: [{ matches: detector.matches, run_at: detector.run_at ?? 'document_idle', js: ['floor.js'] }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'floor.js'), FLOOR_SCRIPT);
  return dir;
}

export function assertBuilt(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npx wxt build first.`);
  }
}

/** The first-run tour opens in a tab of its own from runtime.onInstalled, a moment after start-up. */
const ONBOARDING_TAB_TIMEOUT_MS = 15_000;
const ONBOARDING_POLL_MS = 50;

/**
 * Closes the first-run tour (as the e2e harness does): a tab opened after the bench's pages
 * becomes the active one, would render beside every measurement and leave the others hidden.
 * Not fatal when it never shows (a build without the tour).
 */
async function closeOnboarding(context: BrowserContext, extensionOrigin: string): Promise<void> {
  const isTour = (url: string): boolean => url.startsWith(`${extensionOrigin}/onboarding.html`);
  const deadline = Date.now() + ONBOARDING_TAB_TIMEOUT_MS;
  for (;;) {
    const tour = context.pages().find((p) => isTour(p.url()));
    if (tour) {
      await tour.close();
      return;
    }
    if (Date.now() >= deadline) return;
    await new Promise((resolve) => setTimeout(resolve, ONBOARDING_POLL_MS));
  }
}

export async function launch(variant: Variant, hostRules: string, floorDir: string): Promise<BenchBrowser> {
  const extensionDir = variant === 'lastmile' ? EXTENSION_DIR : variant === 'floor' ? floorDir : null;
  const userDataDir = await mkdtemp(join(tmpdir(), `lastmile-bench-${variant}-`));
  const extArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  let context: BrowserContext | undefined;
  const close = async (): Promise<void> => {
    try {
      await context?.close();
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  };
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: VIEWPORT,
      args: [
        ...extArgs,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        '--disable-quic',
        '--ignore-certificate-errors',
        `--host-resolver-rules=${hostRules}`,
      ],
    });
    let extensionOrigin: string | null = null;
    if (variant === 'lastmile') {
      const isExt = (url: string): boolean => url.startsWith('chrome-extension://');
      const worker =
        context.serviceWorkers().find((w) => isExt(w.url())) ??
        (await context.waitForEvent('serviceworker', { predicate: (w) => isExt(w.url()), timeout: SERVICE_WORKER_TIMEOUT_MS }));
      // Node's URL reports origin "null" for non-special schemes: build it from the host.
      extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
      await closeOnboarding(context, extensionOrigin);
    } else if (variant === 'floor') {
      // No service worker to ask: the id is only needed to recognise the isolated world, by prefix.
      extensionOrigin = 'chrome-extension://';
    }
    return { variant, context, extensionOrigin, userDataDir, close };
  } catch (err) {
    await close();
    throw err;
  }
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) used so far by every process of one browser: the process whose
 * command line names the profile, and its descendants. Linux /proc only.
 */
export async function browserCpuSeconds(userDataDir: string): Promise<number> {
  const procs: { pid: number; ppid: number; ticks: number; cmd: string }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      // Fields after the ")" that closes the command name: state ppid ... utime(14) stime(15).
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = (await readFile(`/proc/${name}/cmdline`, 'utf8')).replaceAll('\0', ' ');
      procs.push({ pid: Number(name), ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]), cmd });
    } catch {
      // The process exited while we looked.
    }
  }
  const roots = procs.filter((p) => p.cmd.includes(`--user-data-dir=${userDataDir}`) && !p.cmd.includes('--type='));
  const members = new Set(roots.map((p) => p.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (!members.has(p.pid) && members.has(p.ppid)) {
        members.add(p.pid);
        grew = true;
      }
    }
  }
  return procs.filter((p) => members.has(p.pid)).reduce((s, p) => s + p.ticks, 0) / CLOCK_TICKS_PER_SECOND;
}
