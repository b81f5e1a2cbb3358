import type { BundledTipInput } from './schema';
import { SALESFORCE_TIPS } from './tips/salesforce';
import { SERVICENOW_TIPS } from './tips/servicenow';
import { ZENDESK_TIPS } from './tips/zendesk';
import { JIRA_TIPS } from './tips/jira';
import { GMAIL_TIPS } from './tips/gmail';
import { OUTLOOK_TIPS } from './tips/outlook';
import { HUBSPOT_TIPS } from './tips/hubspot';
import { DYNAMICS_TIPS } from './tips/dynamics';
import { GITHUB_TIPS } from './tips/github';
import { CONFLUENCE_TIPS } from './tips/confluence';
import { GDOCS_TIPS, GSHEETS_TIPS, GSLIDES_TIPS } from './tips/google';
import { SLACK_TIPS, TEAMS_TIPS } from './tips/slack';
import { FRESHDESK_TIPS, INTERCOM_TIPS } from './tips/helpdesk';
import { NOTION_TIPS } from './tips/notion';

/**
 * The default playbook shipped with the extension, in authored order (the matcher's last
 * tie-breaker), with every shown text in English, German and French. A company playbook can add
 * to or replace it.
 */
export const BUNDLED_TIPS: readonly BundledTipInput[] = [
  ...SALESFORCE_TIPS,
  ...SERVICENOW_TIPS,
  ...ZENDESK_TIPS,
  ...JIRA_TIPS,
  ...GMAIL_TIPS,
  ...OUTLOOK_TIPS,
  ...HUBSPOT_TIPS,
  ...DYNAMICS_TIPS,
  ...GITHUB_TIPS,
  ...CONFLUENCE_TIPS,
  ...GDOCS_TIPS,
  ...GSHEETS_TIPS,
  ...GSLIDES_TIPS,
  ...SLACK_TIPS,
  ...TEAMS_TIPS,
  ...FRESHDESK_TIPS,
  ...INTERCOM_TIPS,
  ...NOTION_TIPS,
];
