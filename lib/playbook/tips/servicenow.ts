import type { TipInput } from '../schema';

/** ServiceNow: incidents, changes, requested items, problems. */
export const SERVICENOW_TIPS: readonly TipInput[] = [
  {
    id: 'snow-incident-customer-update',
    where: { app: 'servicenow', page: 'record', object: 'incident' },
    title: 'Draft the customer update',
    why: 'Regular, clear updates calm users down and cut "any news?" calls. AI turns your work notes into a plain-language update in a minute.',
    prompt: `You are a service desk lead. Write an update to the affected users about {{recordName}}.

Latest work notes and status:
[paste the latest work notes, status and impact here]

Rules:
- Plain language, no internal jargon, hostnames or ticket chatter.
- Say what is affected, what we are doing, any workaround, and when the next update will come.
- Don't promise a fix time unless the notes give one.
- 120 words max. Give a short subject line first.`,
    gap: 'clarity',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['itsm', 'communication'],
  },
  {
    id: 'snow-incident-pir',
    where: { app: 'servicenow', page: 'record', object: 'incident' },
    title: 'Write the post-incident summary',
    why: 'The timeline is in the work notes, but turning it into a blameless review takes an hour. AI can produce the first draft from the notes.',
    prompt: `Act as an SRE writing a blameless post-incident review for {{recordName}}.

Raw material (work notes, timeline, chat excerpts, resolution notes):
[paste the incident timeline and work notes here]

Write these sections:
1. Summary (3 sentences: what happened, impact, duration).
2. Timeline (times as given, one line each: detection, escalation, mitigation, resolution).
3. Root cause and contributing factors. Mark anything not proven by the notes as a hypothesis.
4. What went well / what was hard.
5. Action items: each with a suggested owner role, and a type (prevent, detect, mitigate).

No blame on individuals; describe systems and decisions.`,
    gap: 'skill',
    minutesSaved: 30,
    level: 'advanced',
    tags: ['itsm', 'postmortem'],
  },
  {
    id: 'snow-change-risk-review',
    where: { app: 'servicenow', page: 'record', object: 'change_request' },
    title: 'Stress-test the change plan before CAB',
    why: 'CAB sends changes back for vague test and backout plans. AI can review yours the way a strict reviewer would, before they do.',
    prompt: `You are a strict Change Advisory Board reviewer. Review {{recordName}}.

Change details (description, implementation plan, test plan, backout plan, risk and impact, schedule):
[paste the change plan fields here]

Give me:
- Gaps a CAB would challenge, most serious first.
- Whether the backout plan is really executable (time needed, point of no return).
- Missing pre-checks and post-implementation checks.
- A suggested risk rating with a one-line justification.
- A tightened version of the implementation steps as a numbered list.`,
    gap: 'skill',
    minutesSaved: 15,
    level: 'everyday',
    tags: ['itsm', 'change'],
  },
  {
    id: 'snow-ritm-clarify',
    where: { app: 'servicenow', page: 'record', object: 'sc_req_item' },
    title: 'Ask the requester the right questions, once',
    why: 'Vague requests bounce back and forth for days. AI can list exactly what is missing and write one friendly message that asks for all of it.',
    prompt: `I am fulfilling {{recordName}}. Here is what the requester submitted:
[paste the request details and variables here]

1. List the information I still need to fulfil this request, and why each item matters.
2. Write one short, friendly message to the requester asking for all of it at once, as a numbered list they can answer inline.
Keep the message under 100 words.`,
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['itsm', 'requests'],
  },
  {
    id: 'snow-problem-root-cause',
    where: { app: 'servicenow', page: 'record', object: 'problem' },
    title: 'Work the root cause with AI as a thinking partner',
    why: 'Problem records often stop at the symptom. A structured "5 whys" with AI helps you reach a cause worth fixing, and the fix worth proposing.',
    prompt: `Act as a problem manager facilitating a root-cause analysis for {{recordName}}.

Related incidents and what we know:
[paste the problem description, related incidents and findings here]

Do this:
1. Run a "5 whys" from the main symptom; at each step say what evidence supports it and what is assumed.
2. Offer 2 alternative causal chains we should rule out, and how to test each.
3. Propose a permanent fix and a workaround for the known error article.
4. List the questions I should ask the team to confirm the cause.`,
    gap: 'skill',
    minutesSaved: 20,
    level: 'advanced',
    tags: ['itsm', 'problem'],
  },
  {
    id: 'snow-safe-to-paste',
    where: { app: 'servicenow', page: 'record' },
    title: "What's safe to paste from a ticket",
    why: 'Ticket text often contains user names, IP addresses, hostnames and sometimes passwords. Remove those first; the AI does not need them to help.',
    prompt: `Below is ticket text in which I have replaced people's names, email addresses, IP addresses, hostnames, and any credentials or tokens with placeholders like [USER], [HOST], [IP] and [SECRET].

Task: [say what you need, e.g. "suggest troubleshooting steps" or "draft an update"]

Keep every placeholder exactly as written and don't guess what it stands for.

Text:
[paste the redacted ticket text here]`,
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'security'],
  },
];
