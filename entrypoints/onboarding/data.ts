/**
 * What the tour needs, read once on load: how Lastmile was installed (management.getSelf needs no
 * permission), the policy in force (policy:status), the habit settings and the card's tool choice
 * (storage). Writes go by message to the background.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { tourData, type TourData } from '@/lib/onboarding';
import { NullReplySchema, replySchema } from '@/lib/messages';
import { parseStoredOwnPolicy, PolicyStatusReplySchema, userPatch } from '@/lib/pages/replies';
import { POLICY_KEYS_IN_STORAGE } from '@/lib/policy/service';
import { DEFAULT_HABIT_SETTINGS, HABIT_SETTINGS_KEY, HabitSettingsSchema } from '@/lib/usage/settings';
import { send } from '../shared/send';

/** The card's remembered tool (lib/coach/service.ts STORAGE_KEYS.prefs); read leniently. */
const PREFS_KEY = 'prefs';
const PrefsSchema = z.object({ toolId: z.string().optional() });

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function installType(): Promise<string | undefined> {
  try {
    return (await browser.management.getSelf()).installType;
  } catch {
    // getSelf needs no permission; without the API at all, treat it as a normal install.
    return undefined;
  }
}

export type { TourData };

export async function loadTour(): Promise<TourData> {
  const [install, status, stored] = await Promise.all([
    installType(),
    send({ type: 'policy:status' }, PolicyStatusReplySchema).then(
      (s) => ({ ok: true as const, s }),
      (e: unknown) => ({ ok: false as const, error: message(e) }),
    ),
    browser.storage.local.get([HABIT_SETTINGS_KEY, PREFS_KEY]),
  ]);
  const settings = HabitSettingsSchema.safeParse(stored[HABIT_SETTINGS_KEY] ?? {});
  const prefs = PrefsSchema.safeParse(stored[PREFS_KEY] ?? {});
  const data = tourData(
    status.ok ? status.s : null,
    install,
    settings.success ? settings.data.weeklyGoalDays : DEFAULT_HABIT_SETTINGS.weeklyGoalDays,
    prefs.success ? prefs.data.toolId : undefined,
  );
  return status.ok ? data : { ...data, loadError: status.error };
}

/** When even the reads fail: the full tour on defaults, saying what went wrong. */
export function fallbackTour(error: unknown): TourData {
  return { ...tourData(null, undefined, DEFAULT_HABIT_SETTINGS.weeklyGoalDays, undefined), loadError: message(error) };
}

/** The employee's tool, as their own policy setting (what My AI habits → Settings edits too). */
export async function saveTool(toolId: string): Promise<void> {
  const key = POLICY_KEYS_IN_STORAGE.user;
  // Read fresh: policy:user replaces the whole user source, so nothing set elsewhere may be lost.
  const current = parseStoredOwnPolicy((await browser.storage.local.get(key))[key]);
  await send({ type: 'policy:user', patch: userPatch(current.raw, { preferredTool: toolId }) }, NullReplySchema);
}

const SettingsReplySchema = replySchema(HabitSettingsSchema);

export async function saveGoal(patch: { weeklyGoalDays: number }): Promise<void> {
  await send({ type: 'settings:habits', patch }, SettingsReplySchema);
}

export async function completeTour(): Promise<void> {
  await send({ type: 'onboarding:done' }, NullReplySchema);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}
