import type { TipInput } from '../schema';

/** Notion pages. */
export const NOTION_TIPS: readonly TipInput[] = [
  {
    id: 'notion-page-action-items',
    where: { app: 'notion', page: 'page', object: 'page' },
    title: 'Pull action items out of meeting notes',
    why: 'Action items buried in notes are forgotten. AI extracts them as a checklist with owners and dates you can paste back into the page.',
    prompt: `Extract every action item from the meeting notes below. Today is {{today}}.

Return a checklist in Markdown: "- [ ] action (owner, due date)". Use "owner?" or "date?" where the notes don't say. Then list decisions made and open questions separately. Don't invent tasks that aren't in the notes.

Notes:
[paste the meeting notes here]`,
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['notes', 'meetings'],
  },
];
