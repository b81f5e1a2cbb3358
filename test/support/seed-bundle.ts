/**
 * Seeds demo usage (test/support/demo-usage.ts) into the built extension's database from a tab of
 * its origin: demo-usage.browser.ts is bundled with esbuild and evaluated there (DevTools
 * evaluation, so the extension's `script-src 'self'` does not apply), then called with the events.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import type { DemoUsage } from './demo-usage';
import type { SeedResult } from './demo-usage.browser';

const ENTRY = fileURLToPath(new URL('./demo-usage.browser.ts', import.meta.url));
/** The global the bundle defines its seed function on. */
export const SEED_GLOBAL = '__lastmileSeedDemoUsage';

let bundle: Promise<string> | null = null;

/** The browser bundle, built once per process. */
export function seedBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    define: { SEED_GLOBAL: JSON.stringify(SEED_GLOBAL) },
    logLevel: 'silent',
  }).then((r) => {
    const out = r.outputFiles[0];
    if (out === undefined) throw new Error('esbuild produced no bundle for the demo seeder');
    return out.text;
  });
  return bundle;
}

/**
 * Writes `usage` into the extension's usage database through its UsageStore, from a tab of the
 * extension's origin (`chrome-extension://<extensionId>/manifest.json`: same origin, same
 * database, but no page of ours that re-reads the database on every write). Resolves with the
 * stored row counts.
 */
export async function seedDemoUsage(
  context: BrowserContext,
  extensionId: string,
  usage: Pick<DemoUsage, 'events' | 'visits'>,
): Promise<SeedResult> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    await page.evaluate(await seedBundle());
    return await page.evaluate(
      ({ name, data }) => {
        const seed = (globalThis as unknown as Record<string, (u: typeof data) => Promise<SeedResult>>)[name];
        if (seed === undefined) throw new Error(`${name} is not defined: the seeder bundle did not run`);
        return seed(data);
      },
      { name: SEED_GLOBAL, data: { events: usage.events, visits: usage.visits } },
    );
  } finally {
    await page.close();
  }
}
