import { z } from 'zod';
import type { KeyValueStore } from '../kv';

/** The employee's own habit settings (chrome.storage.local "habitSettings"). */
export const HabitSettingsSchema = z
  .object({
    /** Paused: nothing new is recorded (the pill and tips still work). */
    trackingPaused: z.boolean().default(false),
    /** Days of the week that count for the streak and the weekly goal (0 = Sunday ... 6 = Saturday). */
    workdays: z
      .array(z.number().int().min(0).max(6))
      .min(1)
      .max(7)
      .refine((d) => new Set(d).size === d.length, 'no day twice')
      .default([1, 2, 3, 4, 5]),
    /** Weekly goal: days with AI per week (counted over workdays). */
    weeklyGoalDays: z.number().int().min(1).max(7).default(3),
    /** A weekly recap as a browser notification (off by default, at most one a week). */
    weeklyRecapNotification: z.boolean().default(false),
    /** Raw events older than this are pruned (daily rollups are kept). */
    retentionDays: z.number().int().min(7).max(3650).default(180),
  })
  .strict();
export type HabitSettings = z.infer<typeof HabitSettingsSchema>;
export const DEFAULT_HABIT_SETTINGS: HabitSettings = HabitSettingsSchema.parse({});

export const HABIT_SETTINGS_KEY = 'habitSettings';

/**
 * Reads and writes the habit settings. A stored value that fails the schema is reported and the
 * defaults are used for the invalid fields only (the valid ones are kept).
 */
export class HabitSettingsStore {
  private cached: HabitSettings | null = null;

  constructor(
    private readonly store: KeyValueStore,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  async get(): Promise<HabitSettings> {
    if (this.cached) return this.cached;
    const raw = await this.store.get(HABIT_SETTINGS_KEY);
    this.cached = this.parseKeepingValid(raw);
    return this.cached;
  }

  /** Applies a partial update; an invalid patch is refused whole with the reason. */
  async update(patch: unknown): Promise<HabitSettings> {
    const patchSchema = HabitSettingsSchema.partial().strict();
    const parsedPatch = patchSchema.safeParse(patch);
    if (!parsedPatch.success) throw new Error(`Invalid settings: ${z.prettifyError(parsedPatch.error)}`);
    const merged = HabitSettingsSchema.safeParse({ ...(await this.get()), ...parsedPatch.data });
    if (!merged.success) throw new Error(`Invalid settings: ${z.prettifyError(merged.error)}`);
    await this.store.set(HABIT_SETTINGS_KEY, merged.data);
    this.cached = merged.data;
    return merged.data;
  }

  /** Forget the cache (another context changed storage). */
  invalidate(): void {
    this.cached = null;
  }

  private parseKeepingValid(raw: unknown): HabitSettings {
    if (raw === undefined) return DEFAULT_HABIT_SETTINGS;
    const whole = HabitSettingsSchema.safeParse(raw);
    if (whole.success) return whole.data;
    const out: Record<string, unknown> = {};
    const shape = HabitSettingsSchema.shape;
    if (raw && typeof raw === 'object') {
      for (const [key, value] of Object.entries(raw)) {
        const field = (shape as Record<string, z.ZodType>)[key];
        if (field?.safeParse(value).success) out[key] = value;
        else this.warn(`Stored habit setting "${key}" ignored: invalid value`);
      }
    }
    const partial = HabitSettingsSchema.safeParse(out);
    return partial.success ? partial.data : DEFAULT_HABIT_SETTINGS;
  }
}
