/**
 * Screenshots of the popup and "My AI habits" with three months of demo data, in real Chromium
 * with the built extension. The rows go straight into the extension's IndexedDB (same schema the
 * background writes), from an extension page. Run: npm run build && npx tsx scripts/seed-demo.ts
 */
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DB_NAME } from '../lib/usage/db';
import { localDay } from '../lib/usage/day';
import { addDays } from '../lib/usage/habits/calendar';
import { DayRollupSchema, type DayRollup } from '../lib/usage/rollup';
import type { UsageEvent } from '../lib/usage/events';
import type { AppId } from '../lib/sites/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'docs/screenshots');
const DAYS = 92;
/** `dark` as the first argument: screenshots in the dark scheme (to /tmp, for checking). */
const SCHEME = process.argv[2] === 'dark' ? 'dark' : 'light';

const APPS: readonly { app: AppId; tips: readonly string[]; weight: number }[] = [
  { app: 'salesforce', tips: ['sf-opp-followup', 'sf-opp-call-plan', 'sf-opp-close-risks'], weight: 0.45 },
  { app: 'jira', tips: ['jira-acceptance-criteria', 'jira-bug-report', 'jira-break-down'], weight: 0.3 },
  { app: 'gmail', tips: [], weight: 0.15 },
  { app: 'confluence', tips: [], weight: 0.1 },
];

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function pickApp(r: number): (typeof APPS)[number] {
  let acc = 0;
  for (const a of APPS) {
    acc += a.weight;
    if (r < acc) return a;
  }
  return APPS[0]!;
}

/** A believable three months: slow start, a habit forming, a missed day here and there, today active. */
function demo(today: string): { days: DayRollup[]; events: UsageEvent[] } {
  const rand = rng(42);
  const days: DayRollup[] = [];
  const events: UsageEvent[] = [];
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (let i = DAYS - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    const workday = weekday >= 1 && weekday <= 5;
    const ramp = 1 - i / DAYS; // more likely as the habit forms
    const p = workday ? 0.35 + 0.55 * ramp : 0.08;
    if (i !== 0 && rand() > p) continue;
    const a = pickApp(rand());
    const aiActions = 1 + Math.floor(rand() * (2 + 6 * ramp));
    const tipsUsed = a.tips.length ? Math.min(aiActions, 1 + Math.floor(rand() * 2)) : 0;
    const minutesSaved = tipsUsed * (5 + Math.floor(rand() * 3) * 5);
    const informedTasks = Math.min(tipsUsed, Math.floor(rand() * 3));
    const tip = a.tips[Math.floor(rand() * a.tips.length)];
    days.push(
      DayRollupSchema.parse({
        day,
        aiActions,
        aiSessions: Math.ceil(aiActions / 2),
        prompts: Math.max(0, aiActions - tipsUsed),
        tipsShown: tipsUsed + 2,
        tipsUsed,
        informedTasks,
        minutesSaved,
        apps: { [a.app]: { aiActions, tipsUsed, tipsShown: tipsUsed + 2, minutesSaved, informedTasks, recordVisits: 3 } },
        tips: tip && tipsUsed ? { [tip]: tipsUsed } : {},
        tools: { chatgpt: aiActions },
      }),
    );
    if (i < 21) {
      const at = new Date(`${day}T09:30:00Z`).getTime();
      for (let k = 0; k < Math.min(aiActions, 4); k++) {
        const stamp = new Date(at + k * 47 * 60_000);
        const base = { at: stamp.toISOString(), timeZone: zone, day: localDay(stamp, zone) };
        if (tip && k === 0) events.push({ ...base, type: 'prompt_copied', app: a.app, page: 'record', tipId: tip });
        else events.push({ ...base, type: 'ai_prompt', toolId: 'chatgpt' });
      }
    }
  }
  return { days, events };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lastmile-demo-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    colorScheme: SCHEME,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // Opening the page creates the database with the extension's own schema.
    await page.goto(`chrome-extension://${id}/habits.html`);
    await page.waitForSelector('.hb-main');
    const today = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone).then((z) => localDay(new Date(), z));
    const data = demo(today);
    await page.evaluate(
      async ({ name, days, events }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(name);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['days', 'events'], 'readwrite');
          for (const d of days) tx.objectStore('days').put(d);
          for (const e of events) tx.objectStore('events').add(e);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { name: DB_NAME, days: data.days, events: data.events },
    );
    const suffix = SCHEME === 'dark' ? '-dark' : '';
    const out = (n: string) => (SCHEME === 'dark' ? join(tmpdir(), `${n}${suffix}.png`) : join(OUT, `${n}.png`));

    await page.reload();
    await page.waitForSelector('.hb-hero');
    await page.screenshot({ path: out('habits'), fullPage: true });
    await page.goto(`chrome-extension://${id}/habits.html#privacy`);
    await page.reload();
    await page.waitForSelector('.hb-privacy');
    await page.screenshot({ path: join(tmpdir(), `privacy${suffix}.png`), fullPage: true });

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.waitForSelector('[data-testid="today-ai-actions"]');
    await popup.screenshot({ path: out('popup'), fullPage: true });
    console.log(`Seeded ${data.days.length} days and ${data.events.length} events; screenshots written.`);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
