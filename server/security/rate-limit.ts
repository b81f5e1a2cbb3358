/**
 * In-memory fixed-window rate limiter, per key. One process only: behind several replicas each
 * replica limits on its own (see docs/scaling.md).
 */

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Window {
  start: number;
  count: number;
}

/** Forget finished windows once the map grows past this, so random keys can't grow memory. */
const SWEEP_AT_KEYS = 10_000;
const MS_PER_SECOND = 1000;

export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly rule: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    let w = this.windows.get(key);
    if (w === undefined || now - w.start >= this.rule.windowMs) {
      if (this.windows.size >= SWEEP_AT_KEYS) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    if (w.count >= this.rule.limit) {
      const waitMs = w.start + this.rule.windowMs - now;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / MS_PER_SECOND)) };
    }
    w.count += 1;
    return { ok: true };
  }

  /** Forget a key (e.g. after a successful sign-in). */
  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) {
      if (now - w.start >= this.rule.windowMs) this.windows.delete(key);
    }
  }
}
