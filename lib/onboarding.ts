/**
 * First-run tour: when it opens by itself, and which version it shows. Pure (no browser APIs):
 * the background and the onboarding page pass in what they read.
 */
import { z } from 'zod';
import type { PolicyStatus } from './pages/replies';
import { approvedToolsFor, type AiTool } from './policy/tools';
import { detectorFor } from './sites';
import type { AppId } from './sites/types';

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

/** What the company configured, for the short tour's "Your company has set this up". */
export interface CompanySetup {
  orgName?: string;
  /** Force-installed by IT (management.getSelf: installType 'admin'). */
  installedByIt: boolean;
  /** Names of the approved tools the company listed (empty: it listed none). */
  approvedTools: readonly string[];
  /** Labels of the apps the company's notes cover ("Salesforce", "Jira"). */
  noteApps: readonly string[];
}

/** Everything the tour shows that depends on the install, the policy and the stored settings. */
export interface TourData {
  mode: OnboardingMode;
  company: CompanySetup;
  /** Approved tools, the preferred one first (the built-in list when the policy has none). */
  tools: readonly AiTool[];
  /** The company (managed policy or backend) listed the tools. */
  toolsFromCompany: boolean;
  /** The tool the card would use now: preselected. */
  toolId: string;
  /** The company's preferred tool, marked as such. */
  companyToolId?: string;
  weeklyGoalDays: number;
  /** The company turned on anonymous daily stats (they still need the employee's consent). */
  sharingEnabled: boolean;
  /** A read that failed while loading (the tour still works on defaults). */
  loadError?: string;
}

const COMPANY_SOURCES: ReadonlySet<string> = new Set(['managed', 'backend']);

function appLabel(app: AppId): string {
  try {
    return detectorFor(app).label;
  } catch {
    return app;
  }
}

/**
 * The tour's inputs. `status`: policy:status as the page parsed it (null when it couldn't be read:
 * defaults apply); `install`: management.getSelf().installType; `cardTool`: the card's remembered tool.
 */
export function tourData(
  status: PolicyStatus | null,
  install: string | undefined,
  weeklyGoalDays: number,
  cardTool: string | undefined,
): TourData {
  const policy = status?.policy;
  const fromCompany = (key: string) => COMPANY_SOURCES.has(status?.provenance[key]?.source ?? 'default');
  const tools: AiTool[] = approvedToolsFor({
    approvedTools: policy?.approvedTools ?? [],
    ...(policy?.preferredTool ? { preferredTool: policy.preferredTool } : {}),
  });
  const toolsFromCompany = fromCompany('approvedTools') && (policy?.approvedTools.length ?? 0) > 0;
  // The tool in force is the card's: its remembered choice, else the first (preferred) approved tool.
  const toolId = tools.find((t) => t.id === cardTool)?.id ?? tools[0]?.id ?? '';
  const companyToolId = policy?.preferredTool && fromCompany('preferredTool') ? policy.preferredTool : undefined;
  return {
    mode: onboardingMode(install, status?.provenance),
    company: {
      ...(policy?.orgName ? { orgName: policy.orgName } : {}),
      installedByIt: install === 'admin',
      approvedTools: toolsFromCompany ? tools.map((t) => t.name) : [],
      noteApps: [...new Set((policy?.notes ?? []).map((n) => appLabel(n.app)))],
    },
    tools,
    toolsFromCompany,
    toolId,
    ...(companyToolId ? { companyToolId } : {}),
    weeklyGoalDays,
    sharingEnabled: policy?.sync?.enabled === true,
  };
}
