/**
 * Every host the extension may run on, per app: the manifest's host permissions and the detector
 * content script's matches are built from this one table, so a security review reads one file.
 * Each app's detector (lib/sites/<app>.ts) uses its row; the tests check every example URL is covered.
 * Deliberately data only: the always-injected script imports it without any detector code.
 */
import type { AppId } from './types';

export const HOST_PATTERNS: Readonly<Record<AppId, readonly string[]>> = {
  salesforce: [
    'https://*.lightning.force.com/*',
    'https://*.my.salesforce.com/*',
    'https://*.my.salesforce-setup.com/*',
  ],
  gmail: ['https://mail.google.com/*'],
  outlook: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.cloud.microsoft/*',
    'https://outlook.live.com/*',
  ],
  gdocs: ['https://docs.google.com/document/*'],
  gsheets: ['https://docs.google.com/spreadsheets/*'],
  gslides: ['https://docs.google.com/presentation/*'],
  jira: ['https://*.atlassian.net/*'],
  confluence: ['https://*.atlassian.net/wiki*'],
  zendesk: ['https://*.zendesk.com/*'],
  servicenow: [
    'https://*.service-now.com/*',
    'https://*.servicenowservices.com/*',
  ],
  hubspot: [
    'https://app.hubspot.com/*',
    'https://app-eu1.hubspot.com/*',
    'https://app-na2.hubspot.com/*',
    'https://app-na3.hubspot.com/*',
  ],
  dynamics: [
    'https://*.crm.dynamics.com/*',
    'https://*.crm2.dynamics.com/*',
    'https://*.crm3.dynamics.com/*',
    'https://*.crm4.dynamics.com/*',
    'https://*.crm5.dynamics.com/*',
    'https://*.crm6.dynamics.com/*',
    'https://*.crm7.dynamics.com/*',
    'https://*.crm8.dynamics.com/*',
    'https://*.crm9.dynamics.com/*',
    'https://*.crm11.dynamics.com/*',
    'https://*.crm12.dynamics.com/*',
    'https://*.crm14.dynamics.com/*',
    'https://*.crm15.dynamics.com/*',
    'https://*.crm16.dynamics.com/*',
    'https://*.crm17.dynamics.com/*',
    'https://*.crm19.dynamics.com/*',
    'https://*.crm20.dynamics.com/*',
    'https://*.crm21.dynamics.com/*',
  ],
  slack: ['https://*.slack.com/*'],
  teams: [
    'https://teams.microsoft.com/*',
    'https://teams.cloud.microsoft/*',
    'https://teams.live.com/*',
  ],
  github: ['https://github.com/*'],
  notion: ['https://www.notion.so/*'],
  workday: ['https://*.myworkday.com/*'],
  freshdesk: ['https://*.freshdesk.com/*'],
  intercom: [
    'https://app.intercom.com/*',
    'https://app.eu.intercom.com/*',
    'https://app.au.intercom.com/*',
  ],
};

/** All patterns, without duplicates: host_permissions and the detector's matches. */
export const SITE_MATCHES: readonly string[] = [...new Set(Object.values(HOST_PATTERNS).flat())];
