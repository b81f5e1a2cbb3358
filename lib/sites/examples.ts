/**
 * Every detector's real example URLs, keyed by app. Typed as a full record, so an app without
 * examples doesn't compile; the tests replay them. Only tests import this file: the extension
 * bundles never carry the examples.
 */
import type { AppId, DetectorExample } from './types';
import { salesforceExamples } from './salesforce';
import { gmailExamples } from './gmail';
import { outlookExamples } from './outlook';
import { gdocsExamples, gsheetsExamples, gslidesExamples } from './google-workspace';
import { jiraExamples } from './jira';
import { confluenceExamples } from './confluence';
import { zendeskExamples } from './zendesk';
import { servicenowExamples } from './servicenow';
import { hubspotExamples } from './hubspot';
import { dynamicsExamples } from './dynamics';
import { slackExamples } from './slack';
import { teamsExamples } from './teams';
import { githubExamples } from './github';
import { notionExamples } from './notion';
import { workdayExamples } from './workday';
import { freshdeskExamples } from './freshdesk';
import { intercomExamples } from './intercom';

export const EXAMPLES: Readonly<Record<AppId, readonly DetectorExample[]>> = {
  salesforce: salesforceExamples,
  gmail: gmailExamples,
  outlook: outlookExamples,
  gdocs: gdocsExamples,
  gsheets: gsheetsExamples,
  gslides: gslidesExamples,
  jira: jiraExamples,
  confluence: confluenceExamples,
  zendesk: zendeskExamples,
  servicenow: servicenowExamples,
  hubspot: hubspotExamples,
  dynamics: dynamicsExamples,
  slack: slackExamples,
  teams: teamsExamples,
  github: githubExamples,
  notion: notionExamples,
  workday: workdayExamples,
  freshdesk: freshdeskExamples,
  intercom: intercomExamples,
};
