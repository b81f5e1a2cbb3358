/**
 * Launches headless Chromium with the BUILT extension (.output/chrome-mv3) and the HTTPS fixture
 * server, with the SaaS hostnames resolved to it. One fresh profile per launch.
 */
import { chromium } from 'playwright-core';
import type { BrowserContext, Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostResolverRules, startFixtureServer } from '../fixtures/server';
import type { FixtureServer } from '../fixtures/server';

export const DEFAULT_EXTENSION_DIR = fileURLToPath(
  new URL(`../../${process.env.LASTMILE_OUT_DIR ?? '.output'}/chrome-mv3`, import.meta.url),
);
/** Pinned by the manifest key (wxt.config.ts); admins' policies reference it. */
export const EXPECTED_EXTENSION_ID = 'jacemdllinefijbplihaekiombhogcki';
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Same size as the README screenshots. */
export const VIEWPORT = { width: 1280, height: 800 } as const;
/** The service worker of a freshly loaded extension starts within a second or two. */
const SERVICE_WORKER_TIMEOUT_MS = 15_000;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** The extension's service worker now (Chromium may stop and restart it when idle). */
  serviceWorker(): Worker;
  /** Closes the browser and the server, then deletes the temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension to load; defaults to the wxt build output. */
  extensionDir?: string;
  /**
   * Profile directory to use and KEEP on close (a later launch with it resumes the same profile);
   * the caller deletes it. Default: a fresh temporary profile, deleted on close.
   */
  userDataDir?: string;
  /** Extra environment for the browser (e.g. TZ), on top of this process's environment. */
  env?: Record<string, string>;
  /** More Chromium switches, after the harness's own (e.g. --log-net-log=...). */
  extraArgs?: string[];
  /**
   * A fresh profile opens the first-run tour in a tab of its own, a moment after start-up. By
   * default the harness waits for it and closes it, so tests that wait for a new tab (Open in …)
   * can't catch the tour instead. The onboarding tests keep it.
   */
  keepOnboarding?: boolean;
}

/** The tour tab opens from runtime.onInstalled, within a second or two of start-up. */
const ONBOARDING_TAB_TIMEOUT_MS = 15_000;
const ONBOARDING_POLL_MS = 50;
const isOnboarding = (url: string): boolean => /^chrome-extension:\/\/[a-p]{32}\/onboarding\.html/.test(url);

const isExtensionWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: SERVICE_WORKER_TIMEOUT_MS });
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? DEFAULT_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir} (manifest.json missing): run npm run build first.`);
  }

  const server = await startFixtureServer();
  const keepProfile = options.userDataDir !== undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'lastmile-e2e-')));
  let context: BrowserContext | undefined;
  const close = async () => {
    try {
      await context?.close();
    } finally {
      await server.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    }
  };

  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: VIEWPORT,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        // The fixture server speaks TCP only; QUIC attempts to the real hosts would just add noise.
        '--disable-quic',
        // Self-signed fixture certificate for real hostnames.
        '--ignore-certificate-errors',
        `--host-resolver-rules=${hostResolverRules(server.port)}`,
        ...(options.extraArgs ?? []),
      ],
      // Playwright's env replaces the browser's whole environment: keep ours and add to it.
      ...(options.env !== undefined ? { env: { ...process.env, ...options.env } } : {}),
    });
    const ctx = context;
    let worker = await extensionWorker(ctx);
    const extensionId = new URL(worker.url()).host;
    if (!keepProfile && !options.keepOnboarding) {
      // A new tab's URL is about:blank for a moment, so look at the open pages until it shows.
      const deadline = Date.now() + ONBOARDING_TAB_TIMEOUT_MS;
      let tour = ctx.pages().find((p) => isOnboarding(p.url()));
      while (!tour && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, ONBOARDING_POLL_MS));
        tour = ctx.pages().find((p) => isOnboarding(p.url()));
      }
      if (!tour) throw new Error('The first-run tour did not open on a fresh profile');
      await tour.close();
    }
    const serviceWorker = (): Worker => {
      worker = ctx.serviceWorkers().find(isExtensionWorker) ?? worker;
      return worker;
    };
    return { context: ctx, extensionId, server, serviceWorker, close };
  } catch (err) {
    await close();
    throw err;
  }
}
