// zod/mini keeps the always-injected detector small (the full zod build is ~15 KB gzip).
import * as z from 'zod/mini';

/** Every app Lastmile understands. The order is the order detectors are tried in. */
export const APP_IDS = [
  'salesforce',
  'gmail',
  'outlook',
  'gdocs',
  'gsheets',
  'gslides',
  'jira',
  'confluence',
  'zendesk',
  'servicenow',
  'hubspot',
  'dynamics',
  'slack',
  'teams',
  'github',
  'notion',
  'workday',
  'freshdesk',
  'intercom',
] as const;

export const AppIdSchema = z.enum(APP_IDS);
export type AppId = z.infer<typeof AppIdSchema>;

/**
 * Where the employee is. Derived from the URL only; never leaves the device.
 * Built on first use: the always-injected detector parses replies with it, and building zod
 * schemas at module init is most of that script's start-up cost (see lib/page-replies.ts).
 */
function buildPageContextSchema() {
  return z.strictObject({
    // Its own enum over the same ids: reusing AppIdSchema would build that one at module init.
    app: z.enum(APP_IDS),
    /** Kind of page: record, list, home, thread, issue, ticket, compose, ... */
    page: z.string().check(z.minLength(1), z.maxLength(40)),
    /** The app's own name for the record type (Opportunity, incident, deal, issue, thread...). */
    object: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
    /** The app's id for the record, URL-decoded. Absent on lists and homes. */
    recordId: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  });
}
let pageContext: ReturnType<typeof buildPageContextSchema> | undefined;
export function pageContextSchema(): ReturnType<typeof buildPageContextSchema> {
  return (pageContext ??= buildPageContextSchema());
}
/** The same schema, ready-made for everything else (pure: a bundle that never uses it drops it). */
export const PageContextSchema = /* @__PURE__ */ pageContextSchema();
export type PageContext = z.infer<typeof PageContextSchema>;

/** One real URL and what it must detect as (`null`: not a working page of the app). */
export interface DetectorExample {
  url: string;
  expect: PageContext | null;
}

/**
 * One module per app (the github-url-detection pattern): a pure function from a parsed URL to a
 * context and the host patterns it runs on. Real example URLs sit beside it in the same module as
 * a separate export (`<app>Examples`), so the tests replay them and the shipped bundle drops them.
 */
export interface SiteDetector {
  app: AppId;
  /** Human name shown in the UI ("Salesforce"). */
  label: string;
  /** Match patterns (https only) for host permissions and the detector content script. */
  matches: readonly string[];
  /** Cheap check on the hostname alone; `detect` is only called when it holds. */
  ownsHost(hostname: string): boolean;
  /** Pure: URL -> context, or null when this is not a working page of the app. */
  detect(url: URL): PageContext | null;
}
