/**
 * Reads for the extension pages (popup, My AI habits). Pages only READ the usage database, through
 * Dexie liveQuery so every figure follows the background's writes; all writes go by message.
 */
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState, type DependencyList } from 'react';
import { browser } from 'wxt/browser';
import { LastmileDb } from '@/lib/usage/db';
import { localDay } from '@/lib/usage/day';
import { summarizeHabits, type HabitSummary } from '@/lib/usage/habits/summary';
import type { DayRollup } from '@/lib/usage/rollup';
import { DEFAULT_HABIT_SETTINGS, HABIT_SETTINGS_KEY, HabitSettingsStore, type HabitSettings } from '@/lib/usage/settings';
import { UsageStore } from '@/lib/usage/store';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/** Re-runs `query` whenever the Dexie tables it read change (in any context, the background included). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (e: unknown) => setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}

let store: UsageStore | null = null;

/** The page's read handle on the background's database (same name and schema). */
export function usageStore(): UsageStore {
  store ??= new UsageStore(new LastmileDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange }), {
    now: () => new Date(),
    warn: (m) => console.warn(`[lastmile] ${m}`),
  });
  return store;
}

function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function today(): string {
  return localDay(new Date(), timeZone());
}

/** Checked this often so an open page rolls over at the day boundary (04:00 local). */
const TODAY_CHECK_MS = 60_000;

/** Today's local day, kept current while the page stays open. */
export function useToday(): string {
  const [day, setDay] = useState(today);
  useEffect(() => {
    const timer = setInterval(() => setDay(today()), TODAY_CHECK_MS);
    return () => clearInterval(timer);
  }, []);
  return day;
}

/** Habit settings from storage.local, following changes made anywhere. */
export function useHabitSettings(): HabitSettings | null {
  const [settings, setSettings] = useState<HabitSettings | null>(null);
  useEffect(() => {
    let alive = true;
    const reader = new HabitSettingsStore(
      {
        get: async (key) => (await browser.storage.local.get(key))[key],
        // Pages never write settings directly: the background does, on a settings:habits message.
        set: async () => {
          throw new Error('settings are written by the background');
        },
      },
      (m) => console.warn(`[lastmile] ${m}`),
    );
    const load = () => {
      reader.invalidate();
      reader.get().then(
        (s) => alive && setSettings(s),
        () => alive && setSettings(DEFAULT_HABIT_SETTINGS),
      );
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && HABIT_SETTINGS_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return settings;
}

export interface HabitData {
  rollups: DayRollup[];
  summary: HabitSummary;
  settings: HabitSettings;
  today: string;
}

/**
 * The last summary and what it was computed from. liveQuery re-runs on every write to the
 * database (meta included) and UsageStore.rollups() returns the same array while no day row
 * changed, so an unchanged array, settings object and day reuse the summary (~30 ms on 3 years).
 */
let lastSummary: { rollups: readonly DayRollup[]; settings: HabitSettings; day: string; summary: HabitSummary } | null = null;
function summaryOf(rollups: readonly DayRollup[], settings: HabitSettings, day: string): HabitSummary {
  if (lastSummary?.rollups !== rollups || lastSummary.settings !== settings || lastSummary.day !== day) {
    lastSummary = { rollups, settings, day, summary: summarizeHabits(rollups, settings, day) };
  }
  return lastSummary.summary;
}

/** All rollups, live, summarized with the current settings and day. */
export function useHabitData(): Live<HabitData> {
  const day = useToday();
  const settings = useHabitSettings();
  const rollups = useLiveQuery(() => usageStore().rollups(), []);
  return useMemo<Live<HabitData>>(() => {
    if (rollups.status !== 'ready') return rollups;
    if (settings === null) return { status: 'loading' };
    return {
      status: 'ready',
      value: { rollups: rollups.value, summary: summaryOf(rollups.value, settings, day), settings, today: day },
    };
  }, [rollups, settings, day]);
}
