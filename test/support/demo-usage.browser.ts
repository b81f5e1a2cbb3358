/**
 * Browser entry (bundled by test/support/seed-bundle.ts, evaluated in an extension page): writes
 * demo usage into the extension's own database through the extension's own UsageStore, the code
 * path the background records every event with. The page and the background share the database
 * (same origin), so the extension's pages show it at once.
 */
import './zod-jitless';
import { LastmileDb } from '../../lib/usage/db';
import { UsageStore } from '../../lib/usage/store';
import { recordDemoUsage, type DemoUsage } from './demo-usage';

/** Replaced by esbuild (`define`) with the global's name from seed-bundle.ts. */
declare const SEED_GLOBAL: string;

export interface SeedResult {
  events: number;
  days: number;
}

async function seed(usage: Pick<DemoUsage, 'events' | 'visits'>): Promise<SeedResult> {
  const db = new LastmileDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
  const warnings: string[] = [];
  const store = new UsageStore(db, { now: () => new Date(), warn: (m) => warnings.push(m) });
  try {
    await recordDemoUsage(store, usage);
    if (warnings.length > 0) throw new Error(`the store warned: ${warnings.join('; ')}`);
    const counts = await store.counts();
    return { events: counts.events, days: counts.days };
  } finally {
    db.close();
  }
}

(globalThis as unknown as Record<string, typeof seed>)[SEED_GLOBAL] = seed;
