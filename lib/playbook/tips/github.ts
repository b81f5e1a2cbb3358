import type { TipInput } from '../schema';

/** GitHub: pull requests and issues. */
export const GITHUB_TIPS: readonly TipInput[] = [
  {
    id: 'gh-pr-description',
    where: { app: 'github', page: 'pull', object: 'pull' },
    title: 'Write the PR description from your diff',
    why: 'Reviewers move faster with a clear "what, why, how to test". AI drafts it from your commit messages and diff summary.',
    prompt: `Write a pull request description for this pull request ({{recordId}}).

Commit messages and a summary of the changes (file list, key hunks):
[paste your commit messages and diff summary here]

Sections:
## What
(2-3 sentences, user-visible effect first)
## Why
(the problem or ticket it solves)
## How
(bullets on the approach and any trade-offs)
## How to test
(numbered steps a reviewer can follow)
## Risks
(what could break, migrations, feature flags)
Be factual: only describe changes that appear in what I pasted.`,
    gap: 'clarity',
    minutesSaved: 8,
    level: 'first_steps',
    tags: ['engineering', 'code-review'],
  },
  {
    id: 'gh-pr-review-checklist',
    where: { app: 'github', page: 'pull', object: 'pull' },
    title: 'Get a review checklist for this change',
    why: 'A focused checklist makes reviews sharper and faster. AI tailors one to what the PR actually touches: auth, data, performance, UI.',
    prompt: `Act as a senior reviewer. Based on the PR description and diff excerpt below, write a review checklist tailored to this change.

[paste the PR description and the most important parts of the diff here]

Group the checklist by: correctness, security and privacy, performance, error handling, tests, and readability. Only include items that apply to this change. Then list the 3 places in the diff you would read most carefully, and why.`,
    gap: 'skill',
    minutesSaved: 10,
    level: 'everyday',
    tags: ['engineering', 'code-review'],
  },
  {
    id: 'gh-issue-triage',
    where: { app: 'github', page: 'issue', object: 'issue' },
    title: 'Triage this issue: reproduce, scope, label',
    why: 'Triaging well means asking for the right missing detail once. AI suggests likely causes, a minimal reproduction and the reply to the reporter.',
    prompt: `Help me triage this GitHub issue ({{recordId}}).

Issue text and comments:
[paste the issue and comments here]

Give me:
1. A one-line restatement of the problem.
2. Is it a bug, feature request, question or duplicate-looking? Why?
3. The minimal steps to reproduce, or what information is missing to reproduce it.
4. 2-3 likely causes to investigate first.
5. A short, friendly reply to the reporter asking for anything missing.`,
    gap: 'clarity',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['engineering', 'triage'],
  },
  {
    id: 'gh-pr-release-note',
    where: { app: 'github', page: 'pull', object: 'pull' },
    title: 'Turn this PR into a user-facing release note',
    why: 'Release notes written by engineers read like commit logs. AI translates the change into what users will notice and why they should care.',
    prompt: `Write a release note entry for the change described below, for end users (not developers).

[paste the PR title and description here]

Rules: one bolded headline that names the benefit, then 1-2 sentences on what changed and how to use it. No internal names, ticket numbers or implementation details. Also give a one-line version for a changelog.`,
    gap: 'skill',
    minutesSaved: 5,
    level: 'advanced',
    tags: ['engineering', 'release'],
  },
  {
    id: 'gh-safe-to-paste',
    where: { app: 'github', page: ['pull', 'code', 'commit', 'compare'] },
    title: 'Code in AI tools: check what your company allows',
    why: 'Many companies allow proprietary code only in the approved AI tool, and never secrets. Use the company tool, and mask keys, tokens and customer data first.',
    prompt: `I'm sharing code from our private repository with you. I have masked secrets, tokens, internal URLs and any customer data as [SECRET], [INTERNAL_URL] and [CUSTOMER_DATA].

Task: [describe what you need, e.g. "explain what this function does and suggest tests"]

Treat the masked values as unknown; don't suggest real-looking replacements.

Code:
[paste the masked code here]`,
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['security', 'policy'],
  },
];
