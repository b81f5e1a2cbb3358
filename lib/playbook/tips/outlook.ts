import type { TipInput } from '../schema';

/** Outlook on the web: mail and calendar. */
export const OUTLOOK_TIPS: readonly TipInput[] = [
  {
    id: 'outlook-message-summary-actions',
    where: { app: 'outlook', page: 'message', object: 'message' },
    title: 'Summarise this email chain and pull out your to-dos',
    why: "Reply-all chains grow fast. AI reads the whole chain and tells you where it landed and what's on you.",
    prompt: `Summarise the email chain below. Today is {{today}}.

1. Where it stands, in 2 sentences.
2. Decisions made so far.
3. What is being asked of me (I am [your name]), with deadlines.
4. Who is waiting on whom.
Keep it under 150 words; quote exact dates and numbers from the emails.

Email chain:
[paste the email chain here]`,
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['email', 'summary'],
  },
  {
    id: 'outlook-compose-tone',
    where: { app: 'outlook', page: 'compose', object: 'message' },
    title: 'Check the tone before it goes to a senior audience',
    why: 'Writing to leadership or a big customer? AI can tell you how the email will land and suggest a crisper version, before you press send.',
    prompt: `I'm about to send this email to [who: e.g. a VP, a key customer]. Review it as that reader would.

1. In one sentence: how will it land (tone, clarity, length)?
2. What is unclear or could be misread?
3. Rewrite it: bottom line first, short paragraphs, clear ask, same facts, no new promises.

My draft:
[paste your draft here]`,
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['email', 'writing'],
  },
  {
    id: 'outlook-event-agenda',
    where: { app: 'outlook', page: 'event', object: 'event' },
    title: 'Turn this meeting invite into an agenda',
    why: 'Meetings without an agenda run long. Give AI the purpose and attendees and it drafts a timed agenda you can paste into the invite.',
    prompt: `Draft an agenda for a meeting.

Purpose and context: [paste the invite text or describe the purpose]
Attendees and roles: [list them]
Length: [e.g. 30 minutes]

Give me:
- The meeting goal in one sentence ("By the end we will have...").
- A timed agenda (items with minutes and an owner each), leaving 5 minutes for decisions and next steps.
- 2 pre-reads or questions attendees should think about beforehand.
Format it so I can paste it straight into the invite.`,
    gap: 'clarity',
    minutesSaved: 7,
    level: 'everyday',
    tags: ['meetings'],
  },
];
