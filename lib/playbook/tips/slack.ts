import type { TipInput } from '../schema';

/** Slack and Microsoft Teams: channels, threads, direct messages. */
export const SLACK_TIPS: readonly TipInput[] = [
  {
    id: 'slack-thread-catch-up',
    where: { app: 'slack', page: 'thread', object: 'thread' },
    title: 'Catch up on a long thread',
    why: "Came back to 80 replies? AI tells you what was decided, what's still open and whether anyone needs you.",
    prompt: `Summarise this Slack thread for someone who just joined. Today is {{today}}.

- What the thread is about (1 sentence).
- What was decided, and by whom.
- Open questions.
- Anything that needs a reply from me (I am [your name]).
Under 120 words. Refer to people by role if names are removed.

Thread:
[paste the thread messages here]`,
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['chat', 'summary'],
  },
  {
    id: 'slack-channel-announcement',
    where: { app: 'slack', page: 'channel', object: 'channel' },
    title: 'Write an announcement people actually read',
    why: 'Big-channel posts get skimmed. AI structures yours so the change, the impact and the action are visible in the first two lines.',
    prompt: `Write a Slack announcement for a large channel.

What's changing and why: [describe]
Who is affected and what they must do, by when: [describe]
Where to ask questions: [link or channel]
My notes or first draft, if any:
[paste your notes here]

Format: a bold one-line headline, a two-line summary (what + what you need to do), then short bullets with details. Use at most one emoji. Under 120 words. Also give a one-sentence version for a reminder post.`,
    gap: 'confidence',
    minutesSaved: 6,
    level: 'everyday',
    tags: ['chat', 'communication'],
  },
  {
    id: 'slack-dm-clear-and-kind',
    where: { app: 'slack', page: 'conversation', object: 'conversation' },
    title: 'Say the hard thing clearly and kindly',
    why: 'Giving feedback or chasing a late deliverable by DM can feel awkward. AI helps you find words that are direct without being harsh.',
    prompt: `Help me write a direct message to a colleague. Situation: [e.g. "their part is 3 days late and blocks my team" or "I need to give feedback on their presentation"].

What I want to achieve: [the outcome]
What I must not lose: [e.g. a good working relationship]
Our recent messages on this, if any:
[paste the relevant messages here]

Write two versions under 80 words: one warm, one more direct. Both should state the fact, the impact and a specific ask, and invite their side of the story. No passive aggression, no exclamation marks.`,
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['chat', 'feedback'],
  },
  {
    id: 'slack-safe-to-paste',
    where: { app: 'slack', page: ['channel', 'thread', 'conversation', 'message'] },
    title: 'Private channels and DMs: check before you paste',
    why: 'Messages from private channels and DMs may include personal or confidential information other people shared with you. Paste only what you would be comfortable forwarding, with names removed.',
    prompt: `Below are chat messages where I have replaced people's names with roles ([MANAGER], [ENGINEER_1], [CUSTOMER]) and removed anything confidential that isn't needed for the task.

Task: [say what you need, e.g. "summarise the discussion and list open questions"]

Refer to people only by these roles.

Messages:
[paste the redacted messages here]`,
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'policy'],
  },
];

export const TEAMS_TIPS: readonly TipInput[] = [
  {
    id: 'teams-channel-recap',
    where: { app: 'teams', page: 'channel', object: 'channel' },
    title: 'Recap the channel discussion for your team',
    why: 'When a channel discussion sprawls, a recap post with decisions and owners keeps everyone aligned. AI drafts it from the messages.',
    prompt: `Write a recap post of the Teams channel discussion below. Today is {{today}}.

Structure: "Where we landed" (2-3 bullets), "Decisions" (bullets), "Next steps" (action, owner, date), "Still open" (questions). Under 150 words, neutral tone, names replaced by roles if I removed them.

Messages:
[paste the channel messages here]`,
    gap: 'clarity',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['chat', 'summary'],
  },
];
