/**
 * First-run tour: when it opens by itself, and which version it shows. Pure (no browser APIs):
 * the background and the onboarding page pass in what they read.
 */
import { z } from 'zod';

/** storage.local key: written by the background (onboarding:done), read by the background on install. */
export const ONBOARDING_KEY = 'onboarding';
export const OnboardingStateSchema = z.object({ completedAt: z.string().min(1).max(64) });
export type OnboardingState = z.infer<typeof OnboardingStateSchema>;

/** The tour's own page (also linked from My AI habits → Settings: "Take the tour again"). */
export const ONBOARDING_PAGE = '/onboarding.html';

/** Open the tour on a fresh install only; updates and browser restarts never open it, nor does a finished tour. */
export function shouldOpenOnboarding(reason: string, stored: unknown): boolean {
  return reason === 'install' && !OnboardingStateSchema.safeParse(stored).success;
}

export type OnboardingMode = 'full' | 'short';

/** The policy provenance as policy:status reports it (per key: the winning source and the contributors). */
export type ProvenanceLike = Readonly<Record<string, { source: string; sources?: readonly string[] }>>;

/**
 * IT set Lastmile up: it was force-installed by policy (management.getSelf installType 'admin'), or
 * an enterprise policy is in force. Then the employee gets the short tour: the company already
 * chose the AI tool.
 */
export function onboardingMode(installType: string | undefined, provenance: ProvenanceLike | undefined): OnboardingMode {
  if (installType === 'admin') return 'short';
  const managed = Object.values(provenance ?? {}).some((p) => p.source === 'managed' || p.sources?.includes('managed'));
  return managed ? 'short' : 'full';
}
