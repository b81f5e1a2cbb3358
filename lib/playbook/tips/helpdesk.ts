import type { TipInput } from '../schema';

/** Freshdesk tickets. */
export const FRESHDESK_TIPS: readonly TipInput[] = [
  {
    id: 'fd-ticket-reply',
    where: { app: 'freshdesk', page: 'ticket', object: 'ticket' },
    title: 'Draft a reply that resolves in one go',
    why: 'Every extra back-and-forth adds a day. AI drafts a reply that answers the question and anticipates the follow-up, from the facts you give it.',
    prompt: `Draft a reply to this ticket (#{{recordId}}) that resolves it in one message if possible.

Customer's message and history:
[paste the ticket conversation here]

The answer or fix (facts only):
[paste what you know here]

Rules: first sentence answers the question; numbered steps if the customer must do something; anticipate the one follow-up question they're most likely to ask and answer it; under 150 words; friendly, plain language, same language as the customer.`,
    gap: 'skill',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['support', 'reply'],
  },
  {
    id: 'fd-ticket-escalation-note',
    where: { app: 'freshdesk', page: 'ticket', object: 'ticket' },
    title: 'Write an escalation note engineering can act on',
    why: 'Escalations bounce when they lack reproduction details. AI structures what you know into a note that gets picked up, not sent back.',
    prompt: `Turn this ticket (#{{recordId}}) into an escalation for the engineering team.

Conversation and what I've tried:
[paste the ticket conversation and your troubleshooting here, without customer personal data]

Format:
Summary (one line)
Customer impact (who, how many, how bad; workaround available?)
Steps to reproduce
Expected vs actual
What support already tried
Data attached / needed
Urgency and why
Write "unknown" for anything I didn't provide.`,
    gap: 'clarity',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['support', 'escalation'],
  },
];

/** Intercom conversations. */
export const INTERCOM_TIPS: readonly TipInput[] = [
  {
    id: 'ic-conversation-reply',
    where: { app: 'intercom', page: 'conversation', object: 'conversation' },
    title: 'Reply fast without sounding canned',
    why: "Live chat rewards speed, but canned answers frustrate. AI drafts a quick, personal reply you can check and send; it's still your answer.",
    prompt: `Draft a chat reply to the customer in the conversation below.

Conversation:
[paste the conversation here]

What I can tell them:
[paste the facts or link here]

Rules: 2-4 short sentences, conversational, refer to what they actually said, one question at most, no "I understand your frustration". If they need to do something, give the single next step.`,
    gap: 'confidence',
    minutesSaved: 3,
    level: 'first_steps',
    tags: ['support', 'chat'],
  },
  {
    id: 'ic-conversation-summary-tag',
    where: { app: 'intercom', page: 'conversation', object: 'conversation' },
    title: 'Summarise and tag the conversation for reporting',
    why: 'Good tags and a one-line summary feed product feedback and reporting. AI proposes both in seconds, so you do it every time, not just when you have time.',
    prompt: `Read this support conversation and give me:
1. A one-line summary for the internal note (problem + outcome).
2. A category from this list: [paste your team's tag list here].
3. Whether it contains product feedback or a feature request; if so, quote it.
4. Customer sentiment at the end: positive / neutral / negative, with the quote that shows it.

Conversation:
[paste the conversation here]`,
    gap: 'clarity',
    minutesSaved: 3,
    level: 'everyday',
    tags: ['support', 'reporting'],
  },
];
