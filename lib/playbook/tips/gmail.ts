import type { TipInput } from '../schema';

/** Gmail: threads, drafts, the inbox. */
export const GMAIL_TIPS: readonly TipInput[] = [
  {
    id: 'gmail-thread-summary-actions',
    where: { app: 'gmail', page: 'thread', object: 'thread' },
    title: 'Summarise this thread and list my action items',
    why: "Long threads bury the one thing you're being asked to do. AI gives you the decision so far and your to-dos with deadlines in seconds.",
    prompt: `Summarise the email thread below for me. Today is {{today}}.

Give me:
1. The gist in 2 sentences: what this is about and where it stands.
2. Decisions already made.
3. My action items (I am [your name]): what, for whom, and any deadline, stated or implied.
4. Open questions nobody has answered yet.
If something is ambiguous, say so rather than guessing.

Thread:
[paste the email thread here]`,
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['email', 'summary'],
  },
  {
    id: 'gmail-compose-tighten',
    where: { app: 'gmail', page: 'compose' },
    title: 'Tighten this draft before you send it',
    why: "Not sure the email sounds right? Ask AI for a shorter, clearer version in your own voice. It's your draft; AI is just the editor.",
    prompt: `Edit my email draft. Keep my voice, my facts and my meaning; don't add new claims.

- Cut it by about a third.
- Put the main point or request in the first two sentences.
- Make any ask explicit, with a date if I gave one.
- Fix grammar and anything that could read as rude or passive-aggressive.

Return the edited email, then a list of the 3 most important changes you made and why.

My draft:
[paste your draft here]`,
    gap: 'confidence',
    minutesSaved: 4,
    level: 'first_steps',
    tags: ['email', 'writing'],
  },
  {
    id: 'gmail-thread-say-no',
    where: { app: 'gmail', page: 'thread', object: 'thread' },
    title: 'Say no (or not yet) without burning the bridge',
    why: 'Declining a request or pushing back on a deadline is where people stall. AI can give you three tones to choose from; you pick and adjust.',
    prompt: `Help me reply to the email below. I need to [decline / push back on the timeline / ask for more budget: pick one and add details], and keep a good relationship.

Context I can share: [what you can offer instead, your constraints]

Email I'm replying to:
[paste the email here]

Write three versions: (a) warm and brief, (b) firm and direct, (c) collaborative, offering an alternative. Each under 120 words. Then tell me which one you'd send and why.`,
    gap: 'confidence',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['email', 'writing'],
  },
  {
    id: 'gmail-inbox-triage',
    where: { app: 'gmail', page: 'inbox' },
    title: 'Triage a full inbox in one pass',
    why: 'After time off, the hard part is deciding what matters. Paste sender and subject lines and let AI sort them into now, this week and skip.',
    prompt: `I'm back at work and need to triage my inbox. Today is {{today}}. My role: [your role and current priorities].

Here are sender, subject and first line of each unread email, one per line:
[paste the list here; leave out anything confidential]

Sort them into: Reply today / Handle this week / Read when free / Archive. Use a table with the reason for each. Then list any emails that seem to relate to the same topic so I can answer them together.`,
    gap: 'skill',
    minutesSaved: 15,
    level: 'advanced',
    tags: ['email', 'productivity'],
  },
  {
    id: 'gmail-safe-to-paste',
    where: { app: 'gmail', page: ['thread', 'compose'] },
    title: "Forwarded threads: what's safe to paste",
    why: "Email threads carry other people's names, addresses, signatures and sometimes attachments' contents. Strip signatures and personal details first; the summary will be just as good.",
    prompt: `In the email text below I have removed signatures and replaced people's names, email addresses and phone numbers with placeholders like [PERSON_A], [PERSON_B], [EMAIL].

Task: [say what you need, e.g. "summarise and list action items"]

Keep the placeholders as written and refer to people only by them.

Email text:
[paste the redacted email text here]`,
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'policy'],
  },
];
