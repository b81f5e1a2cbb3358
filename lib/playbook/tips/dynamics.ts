import type { TipInput } from '../schema';

/** Dynamics 365: opportunities, cases (incident), leads. */
export const DYNAMICS_TIPS: readonly TipInput[] = [
  {
    id: 'd365-opp-stakeholder-map',
    where: { app: 'dynamics', page: 'record', object: 'opportunity' },
    title: 'Map the stakeholders on this opportunity',
    why: "Complex deals are lost to the person you never met. AI can map who's involved, what each cares about, and who is missing.",
    prompt: `Act as a strategic account coach. Build a stakeholder map for {{recordName}}.

What I know about the people involved (names can be replaced by roles), their positions and what they've said:
[paste the contacts, roles and notes here]

Give me a table: role, influence (high/medium/low), attitude (champion / neutral / sceptic / unknown), what they care about, my next action with them.
Then: which roles are typically involved in a purchase like this but missing here, and how to reach them.`,
    gap: 'skill',
    minutesSaved: 12,
    level: 'everyday',
    tags: ['sales', 'strategy'],
  },
  {
    id: 'd365-case-summary',
    where: { app: 'dynamics', page: 'record', object: 'incident' },
    title: 'Catch up on this case in 30 seconds',
    why: 'Picking up a case someone else worked on? AI condenses the timeline into what happened, what was tried and what the customer expects next.',
    prompt: `Summarise {{recordName}} so I can pick it up.

Case timeline (notes, emails, activities):
[paste the case timeline here]

Give me: the problem in one sentence, what was tried and the result of each attempt, what the customer expects next and by when, and your suggested next action. Under 200 words; say "unclear" instead of guessing.`,
    gap: 'clarity',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['support', 'summary'],
  },
  {
    id: 'd365-lead-qualify',
    where: { app: 'dynamics', page: 'record', object: 'lead' },
    title: 'Prepare qualification questions for this lead',
    why: 'A good first call qualifies without interrogating. AI suggests natural questions that cover budget, authority, need and timing for this lead.',
    prompt: `Help me prepare a first qualification call with {{recordName}}.

What I know (company, role, source, what they asked about):
[paste the lead details here]

Give me 6 natural, open questions that together cover need, timing, decision process and budget, without sounding like a checklist. For each, what a good and a worrying answer would sound like. End with a one-line way to propose the next step.`,
    gap: 'clarity',
    minutesSaved: 8,
    level: 'first_steps',
    tags: ['sales', 'qualification'],
  },
];
