import type { TipInput } from '../schema';

/** Google Docs, Sheets and Slides. */
export const GDOCS_TIPS: readonly TipInput[] = [
  {
    id: 'gdocs-reviewer-feedback',
    where: { app: 'gdocs', page: 'document', object: 'document' },
    title: 'Get reviewer feedback before you share the doc',
    why: "Nervous about sharing a draft? Ask AI to play your toughest reviewer first. You'll fix the weak spots privately and share with more confidence.",
    prompt: `Act as [the audience, e.g. "my director" or "a sceptical customer"] reviewing my document. Be candid but constructive.

Document:
[paste the document text here]

Give me:
1. The main point as you understood it, in one sentence.
2. The 3 weakest parts (unclear, unsupported or missing), with a suggested fix for each.
3. Questions this reader would ask that the document doesn't answer.
4. One thing to cut.
Don't rewrite the document; point to the passages by quoting their first words.`,
    gap: 'confidence',
    minutesSaved: 10,
    level: 'first_steps',
    tags: ['writing', 'review'],
  },
  {
    id: 'gdocs-outline-to-draft',
    where: { app: 'gdocs', page: 'document', object: 'document' },
    title: 'Turn your outline into a first draft',
    why: 'The blank page is the slow part. Give AI your outline, audience and key facts; you get a first draft to react to, and you keep the thinking.',
    prompt: `Write a first draft from my outline.

Audience: [who will read it and what they already know]
Goal: [what the reader should think or do afterwards]
Tone: [e.g. plain and direct / formal]
Length: [e.g. about 800 words]

Outline and key facts:
[paste your outline and notes here]

Follow the outline's order and headings. Use only the facts I give you; where a section needs facts I didn't provide, insert [NEEDS: ...] instead of inventing them. Short paragraphs; one idea each.`,
    gap: 'skill',
    minutesSaved: 20,
    level: 'everyday',
    tags: ['writing'],
  },
];

export const GSHEETS_TIPS: readonly TipInput[] = [
  {
    id: 'gsheets-formula-from-description',
    where: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet' },
    title: 'Describe the calculation, get the formula',
    why: "You know what you want to calculate, not the syntax. Describe it in words with your column layout and AI writes the Google Sheets formula and explains it.",
    prompt: `Write a Google Sheets formula.

My columns: [paste the header row and two example rows here, with their column letters, e.g. A: Date, B: Region, C: Amount]

What I want: [describe in words, e.g. "total Amount for EMEA in the current month, in cell F2"]

Give me:
1. The formula, ready to paste.
2. A plain-language explanation of each part.
3. One edge case it doesn't handle (blanks, text in number columns) and the fix.
Prefer functions that work in Google Sheets (e.g. FILTER, QUERY, XLOOKUP, ARRAYFORMULA).`,
    gap: 'clarity',
    minutesSaved: 10,
    level: 'first_steps',
    tags: ['spreadsheets', 'formulas'],
  },
  {
    id: 'gsheets-explain-formula',
    where: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet' },
    title: "Understand the formula you inherited",
    why: "Afraid to touch a colleague's nested formula? AI explains what it does step by step, so you can change it without breaking the sheet.",
    prompt: `Explain this Google Sheets formula to me step by step, from the innermost function out. Then tell me what it returns for a typical row, what could make it return an error, and how to simplify it if possible.

Column headers it refers to: [e.g. A: Date, B: Owner, C: Amount]

Formula:
[paste the formula here]`,
    gap: 'confidence',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['spreadsheets', 'formulas'],
  },
  {
    id: 'gsheets-clean-data',
    where: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet' },
    title: 'Plan a clean-up of messy data',
    why: 'Inconsistent names, dates and duplicates eat hours. Show AI a sample and it proposes the clean-up steps and formulas, before you touch the real data.',
    prompt: `Here is a sample of messy spreadsheet data (headers plus about 20 rows; sensitive values replaced):
[paste the sample here]

1. List every data-quality problem you see (inconsistent formats, duplicates, typos, mixed units, blanks), with examples.
2. Propose a step-by-step clean-up plan I can do in Google Sheets, with a formula or feature for each step (e.g. TRIM, PROPER, SPLIT, REGEXREPLACE, Data cleanup > Remove duplicates).
3. Suggest validation rules to keep it clean from now on.
Work on a copy: tell me which steps are destructive.`,
    gap: 'skill',
    minutesSaved: 25,
    level: 'advanced',
    tags: ['spreadsheets', 'data'],
  },
];

export const GSLIDES_TIPS: readonly TipInput[] = [
  {
    id: 'gslides-storyline',
    where: { app: 'gslides', page: 'presentation', object: 'presentation' },
    title: 'Find the storyline before you polish slides',
    why: 'Most decks fail on story, not design. AI turns your key points into a slide-by-slide storyline with one message per slide, and speaker notes.',
    prompt: `Help me structure a presentation.

Audience and what they care about: [describe]
The decision or action I want from them: [describe]
Time slot: [e.g. 15 minutes]
My key points and data:
[paste your notes here]

Give me a slide-by-slide storyline (max 10 slides): for each, a headline that states the message as a full sentence, 2-3 supporting points, and a suggested visual. Then 2-3 lines of speaker notes for each slide. Start with the conclusion, not the background.`,
    gap: 'skill',
    minutesSaved: 20,
    level: 'everyday',
    tags: ['presentations'],
  },
];
