import type { TipInput } from '../schema';

/** Zendesk: tickets, views, new tickets. */
export const ZENDESK_TIPS: readonly TipInput[] = [
  {
    id: 'zd-ticket-empathetic-reply',
    where: { app: 'zendesk', page: 'ticket', object: 'ticket' },
    title: 'Draft an empathetic reply to an upset customer',
    why: "Worried about getting the tone wrong with an angry customer? AI drafts a calm, human reply that acknowledges the problem. You check the facts and send it as yours.",
    prompt: `You are a senior customer support agent known for calm, human replies. Draft my reply to this ticket (#{{recordId}}).

The customer's latest message and the relevant history:
[paste the customer's message and the key history here]

What I can actually offer or confirm:
[paste the facts, fix or next step you can commit to here]

Rules:
- Acknowledge the specific impact on them in the first sentence; no generic "sorry for the inconvenience".
- Explain what happens next and when, using only the facts above.
- No promises I didn't list. No blame on the customer or other teams.
- Short paragraphs, under 150 words, same language as the customer.`,
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['support', 'reply'],
  },
  {
    id: 'zd-ticket-handoff-summary',
    where: { app: 'zendesk', page: 'ticket', object: 'ticket' },
    title: 'Summarise the ticket for a hand-off',
    why: 'Escalating or ending your shift? A five-line internal note saves the next agent from rereading the whole thread, and the customer from repeating themselves.',
    prompt: `Write an internal hand-off note for this ticket (#{{recordId}}) so the next agent can continue without rereading the thread.

Ticket thread:
[paste the ticket conversation here]

Format exactly:
Problem: (one sentence)
Customer impact and mood: (one sentence)
Done so far: (bullets)
Waiting on: (customer / us / another team, and what)
Next step: (one concrete action)

Under 120 words. Internal tone, no pleasantries.`,
    gap: 'clarity',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['support', 'handoff'],
  },
  {
    id: 'zd-ticket-translate-reply',
    where: { app: 'zendesk', page: 'ticket', object: 'ticket' },
    title: "Reply in the customer's language",
    why: 'No need to wait for a colleague who speaks the language: write your answer in your own words and have AI translate it, keeping product terms exact.',
    prompt: `Translate my support reply into the language the customer wrote in. Keep product names, button labels and code exactly as they are. Match a friendly, professional support tone for that language (formal "you" if that is the norm).

Customer's message (to detect the language and tone):
[paste the customer's message here]

My reply in English:
[paste your reply here]

Then add, separately, a back-translation into English so I can check the meaning.`,
    gap: 'skill',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['support', 'translation'],
  },
  {
    id: 'zd-ticket-to-macro',
    where: { app: 'zendesk', page: 'ticket', object: 'ticket' },
    title: 'Turn a solved ticket into a macro or help article',
    why: "If you solved it once, you'll solve it again. AI turns the resolution into a reusable macro and a help-centre draft while the details are fresh.",
    prompt: `I just solved this ticket (#{{recordId}}). Turn the resolution into reusable content.

The ticket conversation and the fix:
[paste the conversation and resolution here, without customer names]

Produce:
1. A macro reply (under 120 words) with [CUSTOMER_NAME] and other fill-in fields in brackets.
2. A help-centre article draft: title phrased as the customer's question, a one-line answer, numbered steps, and a "still stuck?" line.
3. 3-5 tags that would help agents find the macro.`,
    gap: 'skill',
    minutesSaved: 15,
    level: 'advanced',
    tags: ['support', 'knowledge'],
  },
  {
    id: 'zd-queue-themes',
    where: { app: 'zendesk', page: 'queue' },
    title: 'Spot the themes in this view',
    why: 'When a view fills up, the same problem often hides behind different subject lines. AI can group them so you fix the cause, not 20 tickets one by one.',
    prompt: `You are a support operations analyst. Below are ticket subjects (and first lines if available) from one support view.

[paste the ticket subjects from the view here, one per line]

1. Group them into themes; for each: a name, the count, and 2 example subjects.
2. Flag anything that looks like an outage or a bug affecting many customers.
3. Suggest which theme deserves a macro, a help article or an escalation to engineering.
Use a table for the themes.`,
    gap: 'clarity',
    minutesSaved: 15,
    level: 'everyday',
    tags: ['support', 'triage'],
  },
  {
    id: 'zd-safe-to-paste',
    where: { app: 'zendesk', page: 'ticket' },
    title: 'Remove customer identifiers before you paste',
    why: "Most AI help on a ticket doesn't need who the customer is. Replace names, emails, order numbers and addresses with placeholders, and you stay within policy.",
    prompt: `In the ticket text below I have replaced the customer's name, email, phone number, order and account numbers and addresses with placeholders like [CUSTOMER], [EMAIL], [ORDER_ID].

Task: [say what you need, e.g. "draft a reply" or "summarise the issue"]

Keep all placeholders exactly as written in your answer, and don't guess the real values.

Ticket text:
[paste the redacted ticket text here]`,
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'policy'],
  },
];
