import type { TipInput } from '../schema';

/** HubSpot CRM: deals, contacts, companies, tickets. */
export const HUBSPOT_TIPS: readonly TipInput[] = [
  {
    id: 'hs-deal-next-step-email',
    where: { app: 'hubspot', page: 'record', object: 'deal' },
    title: 'Write the email that moves this deal forward',
    why: "Deals go quiet between meetings. AI drafts a short email that recaps value and proposes one clear next step, from your notes on the timeline.",
    prompt: `You are a consultative salesperson. Write an email to move {{recordName}} to the next stage. Today is {{today}}.

Deal context (stage, amount, contacts, last activities and notes):
[paste the deal details and recent timeline here]

Rules:
- Under 150 words, friendly and specific.
- Recap the customer's goal in their words, then one proof point that fits it.
- Propose exactly one next step with two concrete time options.
- Give 2 subject lines.`,
    gap: 'clarity',
    minutesSaved: 7,
    level: 'first_steps',
    tags: ['sales', 'email'],
  },
  {
    id: 'hs-contact-personalise',
    where: { app: 'hubspot', page: 'record', object: 'contact' },
    title: 'Personalise your outreach to this contact',
    why: 'A sequence email with one genuinely personal line gets far more replies. AI finds the angle from what you already know about the contact.',
    prompt: `Help me personalise outreach to {{recordName}}.

What I know (job title, company, recent activity such as pages visited or forms filled, past emails):
[paste the contact details and recent activity here]

Our offer in one line: [paste it here]

Give me:
1. Three personal opening lines, each grounded in a specific fact above (say which).
2. A 3-sentence email using the best one, ending in a yes/no question.
Don't invent facts about the person.`,
    gap: 'skill',
    minutesSaved: 6,
    level: 'everyday',
    tags: ['sales', 'prospecting'],
  },
  {
    id: 'hs-company-research-brief',
    where: { app: 'hubspot', page: 'record', object: 'company' },
    title: 'Build a research brief on this company',
    why: 'Walking into a first meeting with three sharp hypotheses beats a generic pitch. AI structures what you know into a brief.',
    prompt: `Create a pre-meeting research brief on {{recordName}}.

What I have (industry, size, website "about" text, news, associated deals and contacts):
[paste what you know about the company here]

Structure:
- What they do and how they make money (2 sentences).
- 3 likely business priorities this year, each with the evidence.
- Where our product could help, as hypotheses to test, not claims.
- 5 questions to ask in the first meeting.
Mark anything you infer rather than read in my notes.`,
    gap: 'clarity',
    minutesSaved: 12,
    level: 'everyday',
    tags: ['sales', 'research'],
  },
  {
    id: 'hs-ticket-reply',
    where: { app: 'hubspot', page: 'record', object: 'ticket' },
    title: 'Draft a clear reply to this ticket',
    why: "Unsure how to phrase a tricky answer? AI drafts a clear, kind reply from the facts you give it; you check and send.",
    prompt: `Draft a reply to the customer on {{recordName}}.

Customer's message and history:
[paste the ticket conversation here]

What I can confirm or offer:
[paste the facts or next step here]

Rules: acknowledge their issue specifically, give the answer or next step with timing, no promises beyond what I listed, under 130 words, friendly and plain.`,
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['support', 'reply'],
  },
];
