import type { AppId, PageContext, SiteDetector } from './types';
import { salesforce } from './salesforce';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { gdocs, gsheets, gslides } from './google-workspace';
import { jira } from './jira';
import { confluence } from './confluence';
import { zendesk } from './zendesk';
import { servicenow } from './servicenow';
import { hubspot } from './hubspot';
import { dynamics } from './dynamics';
import { slack } from './slack';
import { teams } from './teams';
import { github } from './github';
import { notion } from './notion';
import { workday } from './workday';
import { freshdesk } from './freshdesk';
import { intercom } from './intercom';

export * from './types';
export { HOST_PATTERNS, SITE_MATCHES } from './hosts';
export { recordTitleFromDocumentTitle } from './title';

/** All detectors, one per app. */
export const DETECTORS: readonly SiteDetector[] = [
  salesforce,
  gmail,
  outlook,
  gdocs,
  gsheets,
  gslides,
  jira,
  confluence,
  zendesk,
  servicenow,
  hubspot,
  dynamics,
  slack,
  teams,
  github,
  notion,
  workday,
  freshdesk,
  intercom,
];

const BY_APP = new Map<AppId, SiteDetector>(DETECTORS.map((d) => [d.app, d]));

export function detectorFor(app: AppId): SiteDetector {
  const d = BY_APP.get(app);
  if (!d) throw new Error(`No detector for app "${app}"`);
  return d;
}


/** Is this URL on a host some app of ours lives on (work page or not)? Never throws. */
export function isSupportedHost(url: string): boolean {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase();
    return parsed.protocol === 'https:' && DETECTORS.some((d) => d.ownsHost(host));
  } catch {
    return false;
  }
}

/**
 * Where is the employee? Pure: a URL string in, a context (or null) out. Never throws, whatever
 * the input.
 */
export function detectContext(url: string): PageContext | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  for (const d of DETECTORS) {
    if (!d.ownsHost(host)) continue;
    try {
      const ctx = d.detect(parsed);
      if (ctx) return ctx;
    } catch {
      // A detector bug on a strange URL must never break the page: treat it as "no context".
    }
  }
  return null;
}
