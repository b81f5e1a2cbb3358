import type { TipInput } from '../schema';

/** Jira: issues. */
export const JIRA_TIPS: readonly TipInput[] = [
  {
    id: 'jira-acceptance-criteria',
    where: { app: 'jira', page: 'issue', object: 'issue' },
    title: 'Turn this issue into acceptance criteria',
    why: 'Vague stories cause rework. AI turns a description into testable Given/When/Then criteria, and lists the questions to settle before refinement.',
    prompt: `You are a product owner preparing this issue ({{recordId}}) for refinement.

Issue summary and description:
[paste the issue summary and description here]

Write:
1. Acceptance criteria in Given / When / Then form, covering the main flow, edge cases and error states (5-10 criteria).
2. What is explicitly out of scope.
3. Open questions the team must answer before estimating.
Keep each criterion testable: no "should be fast" or "user-friendly".`,
    gap: 'clarity',
    minutesSaved: 10,
    level: 'first_steps',
    tags: ['engineering', 'refinement'],
  },
  {
    id: 'jira-test-cases',
    where: { app: 'jira', page: 'issue', object: 'issue' },
    title: 'Generate test cases from the acceptance criteria',
    why: 'Testers and developers both miss edge cases when they are busy. AI is good at enumerating them systematically from the criteria you already have.',
    prompt: `Act as a QA engineer. Write test cases for this issue ({{recordId}}).

Acceptance criteria and description:
[paste the acceptance criteria and description here]

Output a table with: ID, title, preconditions, steps, expected result, type (happy path / edge / negative / accessibility).
Include boundary values and at least 3 negative cases. Finish with which cases are worth automating first and why.`,
    gap: 'skill',
    minutesSaved: 15,
    level: 'everyday',
    tags: ['engineering', 'testing'],
  },
  {
    id: 'jira-break-down',
    where: { app: 'jira', page: 'issue', object: 'issue' },
    title: 'Break this issue down into subtasks',
    why: "Big tickets hide risk. AI proposes a breakdown into small, independently shippable pieces, so you can see what you're really signing up for.",
    prompt: `Help me break this issue ({{recordId}}) into subtasks a developer can finish in a day or less.

Issue description, acceptance criteria and any technical notes:
[paste the issue details here]

For each subtask give: a short imperative title, what "done" means, dependencies on other subtasks, and a risk flag if it touches something fragile.
Order them so we get something testable as early as possible. Point out anything that should be a separate story instead.`,
    gap: 'skill',
    minutesSaved: 10,
    level: 'everyday',
    tags: ['engineering', 'planning'],
  },
  {
    id: 'jira-bug-report',
    where: { app: 'jira', page: 'issue', object: 'issue' },
    title: 'Rewrite a messy bug report so it gets fixed',
    why: "Unsure your bug report is clear enough for the developers? AI restructures it into steps, expected and actual result. You just check it's right.",
    prompt: `Rewrite this bug report into a clear, standard format. Use only the facts I give you; where something is missing, write "TODO: ..." instead of inventing it.

Raw report:
[paste the bug description, messages or screenshots' text here]

Format:
Summary (one line, starts with the affected area)
Environment
Steps to reproduce (numbered)
Expected result
Actual result
Frequency and impact
Notes / logs (trimmed to what matters)`,
    gap: 'confidence',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['engineering', 'bugs'],
  },
  {
    id: 'jira-safe-to-paste',
    where: { app: 'jira', page: 'issue' },
    title: 'Check logs and code for secrets before pasting',
    why: "Stack traces and config snippets often carry tokens, passwords, internal URLs or customer data. Mask them first; the AI doesn't need them to help.",
    prompt: `I have masked secrets (API keys, tokens, passwords, connection strings), internal hostnames and any customer data in the text below as [SECRET], [HOST] and [CUSTOMER].

Task: [describe what you need, e.g. "explain this stack trace and suggest likely causes"]

Keep the masks as they are and never suggest real-looking values for them.

Text:
[paste the masked log, code or issue text here]`,
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['security', 'policy'],
  },
];
