import { APP_IDS } from '../../../lib/sites/types';
import type { AppId } from '../../../lib/sites/types';

/** Display names for app ids. Kept here rather than importing every detector into the admin bundle. */
const LABELS: Readonly<Record<AppId, string>> = {
  salesforce: 'Salesforce',
  gmail: 'Gmail',
  outlook: 'Outlook',
  gdocs: 'Google Docs',
  gsheets: 'Google Sheets',
  gslides: 'Google Slides',
  jira: 'Jira',
  confluence: 'Confluence',
  zendesk: 'Zendesk',
  servicenow: 'ServiceNow',
  hubspot: 'HubSpot',
  dynamics: 'Dynamics 365',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  github: 'GitHub',
  notion: 'Notion',
  workday: 'Workday',
  freshdesk: 'Freshdesk',
  intercom: 'Intercom',
};

export const APPS: readonly AppId[] = APP_IDS;

export function isAppId(app: string): app is AppId {
  return (APP_IDS as readonly string[]).includes(app);
}

export function appLabel(app: string): string {
  return isAppId(app) ? LABELS[app] : app;
}
