import type { TipInput } from '../schema';

/** Salesforce: opportunities, cases, leads, accounts, reports. */
export const SALESFORCE_TIPS: readonly TipInput[] = [
  {
    id: 'sf-opp-followup',
    where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
    title: 'Draft the follow-up from your last call',
    why: 'The follow-up email is where deals stall. Paste your call notes and AI turns them into a clear recap with next steps in a minute; you edit, you send.',
    prompt: `You are an experienced account executive. Write a follow-up email for {{recordName}}, based on my notes from the last conversation.

Today is {{today}}.

Requirements:
- Open with one line of thanks that refers to something specific from the call.
- Recap what we agreed in 2-4 bullets, in the customer's words where possible.
- List next steps as bullets, each with an owner (us / them) and a date.
- End with one clear ask.
- Under 180 words. Plain, warm, no hype, no "I hope this email finds you well".

Give me the subject line first, then the email.

My notes from the last call:
[paste your call notes or the last activity here]`,
    gap: 'clarity',
    minutesSaved: 8,
    level: 'first_steps',
    tags: ['sales', 'email'],
  },
  {
    id: 'sf-opp-call-plan',
    where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
    title: 'Prepare a call plan in five minutes',
    why: 'A short plan (goal, questions, likely objections) makes the next call better. AI is good at drafting one from the deal facts you already have.',
    prompt: `Act as my sales coach. Prepare a plan for my next call on {{recordName}}.

Deal facts (stage, amount, close date, contacts and their roles, last activity):
[paste the key fields and the latest activity here]

Produce:
1. The one outcome this call must achieve.
2. Five discovery questions, ordered from broad to specific, that fit this stage.
3. The three objections I'm most likely to hear, each with a short, honest answer.
4. What I should ask for at the end of the call.

Be concrete. If a fact you need is missing, say what to find out instead of guessing.`,
    gap: 'skill',
    minutesSaved: 10,
    level: 'everyday',
    tags: ['sales', 'meeting-prep'],
  },
  {
    id: 'sf-opp-close-risks',
    where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
    title: 'Find the risks to this close date',
    why: 'A second pair of eyes on the deal before forecast call: AI can spot missing decision makers, vague next steps and timeline gaps you have stopped noticing.',
    prompt: `You are a sceptical sales manager reviewing {{recordName}} before the forecast call.

Here is everything I know about the deal (fields, stakeholders, activity history, emails):
[paste the opportunity fields and recent activity here]

Review it and give me:
- The top 3 risks to closing on the current close date, each with the evidence from my notes.
- Anything a MEDDICC-style review would flag as missing (economic buyer, decision process, paper process, champion).
- One specific action for each risk that I can take this week.
- Your honest call: commit, best case or pipeline, and why in one sentence.

Do not invent facts; mark assumptions as assumptions.`,
    gap: 'skill',
    minutesSaved: 15,
    level: 'advanced',
    tags: ['sales', 'forecast'],
  },
  {
    id: 'sf-opp-edit-next-step',
    where: { app: 'salesforce', page: 'record_edit', object: 'Opportunity' },
    title: 'Turn rough notes into a clean Next Step',
    why: 'Unsure how your update will read to your manager? Let AI tidy it into a short, factual line. You stay the author and decide what goes in.',
    prompt: `Rewrite my rough notes as a "Next Step" entry for a CRM opportunity.

Rules:
- One or two sentences, max 255 characters.
- Start with the date ({{today}}), then what happens next, who owns it and by when.
- Factual and neutral: no adjectives, no guesses about the customer's intent.

My notes:
[paste your rough notes here]`,
    gap: 'confidence',
    minutesSaved: 3,
    level: 'first_steps',
    tags: ['sales', 'crm-hygiene'],
  },
  {
    id: 'sf-case-summary-resolution',
    where: { app: 'salesforce', page: 'record', object: 'Case' },
    title: 'Summarise the case and propose a resolution',
    why: 'Long case histories take minutes to reread. AI can give you the story so far, what the customer actually needs and a resolution to check.',
    prompt: `You are a senior support engineer. Read the history of {{recordName}} below.

Give me:
1. Summary: the customer's problem in two sentences, in plain language.
2. What has been tried so far and what happened each time (bullets).
3. What the customer is waiting for right now.
4. The most likely resolution, with the steps to get there, and what to check first if it doesn't work.
5. Anything that suggests this should be escalated.

Keep it under 250 words. Say "unclear" rather than guessing.

Case history (comments, emails, fields):
[paste the case history here]`,
    gap: 'clarity',
    minutesSaved: 7,
    level: 'first_steps',
    tags: ['support', 'summary'],
  },
  {
    id: 'sf-lead-first-outreach',
    where: { app: 'salesforce', page: 'record', object: 'Lead' },
    title: 'Write a first outreach that sounds like you did your research',
    why: 'Generic openers get ignored. Give AI what you know about the person and their company, and it drafts a short, specific first message.',
    prompt: `You are a thoughtful SDR. Write a first outreach email to {{recordName}}.

What I know (role, company, industry, how they found us, anything from their website or LinkedIn):
[paste what you know about the lead here]

What we offer, in one line:
[paste your one-line value proposition here]

Rules:
- 90 words max, no buzzwords, no fake familiarity.
- First line is about them, not us, and refers to one specific fact above.
- One clear, low-effort ask (a 15-minute call or a yes/no question).
- Give me 3 subject lines and 2 versions of the email: one direct, one curious.`,
    gap: 'skill',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['sales', 'prospecting'],
  },
  {
    id: 'sf-account-brief',
    where: { app: 'salesforce', page: 'record', object: 'Account' },
    title: 'Brief yourself on the account before a meeting',
    why: 'Before a QBR or renewal, AI can turn scattered account notes, open cases and opportunities into a one-page brief.',
    prompt: `Prepare a one-page account brief for {{recordName}} ahead of my meeting.

Inputs (open opportunities, recent cases, key contacts, notes, usage if you have it):
[paste the account details, related opportunities and cases here]

Structure:
- Relationship at a glance (3 bullets).
- What is going well / what is at risk.
- Open items the customer will likely raise.
- 3 questions I should ask, and 1 thing I should propose.

Use headings and bullets. Under 300 words. Flag anything that looks inconsistent in the data.`,
    gap: 'clarity',
    minutesSaved: 12,
    level: 'everyday',
    tags: ['account-management', 'meeting-prep'],
  },
  {
    id: 'sf-report-explain',
    where: { app: 'salesforce', page: 'report' },
    title: 'Ask AI what this report is telling you',
    why: 'Numbers without a story are hard to act on. Export the rows and ask for trends, outliers and the three things worth doing next.',
    prompt: `You are a revenue operations analyst. Below is a report exported from {{appLabel}}, column headers included.

[paste the report rows here, or the export as CSV; remove customer names if you don't need them]

Tell me:
1. The 3 most important patterns or trends, with the numbers behind them.
2. Outliers worth a closer look and why.
3. Three concrete actions, each tied to a finding.
4. What the data cannot tell us, and which extra field would help.

Show any calculations you make. Don't assume columns that aren't there.`,
    gap: 'clarity',
    minutesSaved: 12,
    level: 'advanced',
    tags: ['reporting', 'analysis'],
  },
  {
    id: 'sf-safe-to-paste',
    where: { app: 'salesforce', page: ['record', 'record_edit', 'report'] },
    title: "What's safe to paste from Salesforce",
    why: 'Customer names, emails, phone numbers and contract values are usually the parts policy cares about. Swap them for placeholders first; the AI works just as well.',
    prompt: `I have replaced customer names, email addresses, phone numbers, account numbers and deal amounts in the text below with placeholders such as [CUSTOMER], [CONTACT], [EMAIL] and [AMOUNT].

Task: [describe what you want, e.g. "summarise this and list next steps"]

Keep every placeholder exactly as written so I can put the real values back, and do not try to guess what they stand for.

Text:
[paste the text with identifiers replaced here]`,
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'policy'],
  },
];
