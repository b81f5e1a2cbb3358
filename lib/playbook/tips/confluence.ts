import type { TipInput } from '../schema';

/** Confluence: pages being read and pages being written. */
export const CONFLUENCE_TIPS: readonly TipInput[] = [
  {
    id: 'conf-page-tldr',
    where: { app: 'confluence', page: 'page', object: 'page' },
    title: 'Get the TL;DR of this page',
    why: "Long specs and meeting pages hide the decisions. AI gives you the summary, the decisions and what's still open, so you know whether to read it all.",
    prompt: `Summarise the Confluence page below for a busy colleague.

Give me:
- TL;DR in 3 bullets.
- Decisions recorded on the page.
- Open questions or risks the page mentions.
- Who needs to do what, if stated.
Keep it under 150 words and quote numbers and dates exactly.

Page content:
[paste the page content here]`,
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['documentation', 'summary'],
  },
  {
    id: 'conf-page-decision-record',
    where: { app: 'confluence', page: ['page', 'page_edit'], object: 'page' },
    title: 'Turn meeting notes into a decision record',
    why: 'Decisions made in meetings get forgotten or relitigated. AI turns raw notes into a short decision record anyone can find and understand later.',
    prompt: `Turn my meeting notes into a decision record (ADR style) for our wiki. Today is {{today}}.

Notes:
[paste your meeting notes here]

Sections:
Title: "Decision: ..."
Status: (proposed / accepted)
Context: why a decision was needed (3-4 sentences)
Options considered: each with pros and cons
Decision: what we chose and the main reason
Consequences: what changes, what we accept as trade-offs
Follow-ups: action, owner, date
Use only what's in the notes; write "TBD" where something is missing.`,
    gap: 'skill',
    minutesSaved: 15,
    level: 'everyday',
    tags: ['documentation', 'decisions'],
  },
  {
    id: 'conf-edit-structure',
    where: { app: 'confluence', page: 'page_edit', object: 'page' },
    title: 'Get feedback on your page before you publish',
    why: 'Publishing to the whole team can feel exposing. Ask AI to review your draft as a reader would, and fix the confusing parts before anyone else sees it.',
    prompt: `Review my draft wiki page as a colleague from another team who has no context.

Draft:
[paste your draft here]

Tell me:
1. In one sentence, what you think the page is for. (If that's not obvious, say so.)
2. The 3 places a reader would get lost, and how to fix each.
3. A better structure as a list of headings.
4. A 2-sentence introduction I could put at the top.
Don't rewrite the whole page.`,
    gap: 'confidence',
    minutesSaved: 10,
    level: 'first_steps',
    tags: ['documentation', 'writing'],
  },
];
