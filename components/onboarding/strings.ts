/**
 * Every string the first-run tour shows, in one place so it moves to i18n in one go.
 * Functions take the values they interpolate; nothing else in components/onboarding/ is user-facing text.
 */
export const T = {
  pageTitle: 'Welcome to Lastmile',
  brand: 'Lastmile',
  skip: 'Skip tour',
  skipHint: 'You can take the tour again from My AI habits → Settings.',
  back: 'Back',
  next: 'Continue',
  finish: 'Finish',
  progressLabel: 'Tour progress',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  loading: 'Getting things ready…',
  loadError: (reason: string) => `Some settings could not be read (${reason}). You can still take the tour.`,
  saveError: (reason: string) => `Not saved: ${reason}`,

  steps: {
    welcome: 'Welcome',
    privacy: 'Privacy',
    tool: 'AI tool',
    goal: 'Weekly goal',
    try: 'Try it',
  },

  welcome: {
    title: 'Welcome to Lastmile',
    lead: 'AI help, right where you work.',
    sentences: [
      'Lastmile shows where AI fits in the task on your screen — in Salesforce, Gmail, Jira, Zendesk and the other tools you already use.',
      'When a task is a good fit, a small button appears in the corner of the page with a tested prompt, already filled in from what you are looking at.',
      "One click copies the prompt or opens it in your company's approved AI tool, and you can follow your own AI habit privately.",
    ],
    companyTitle: 'Your company has set this up',
    companyTitleOrg: (org: string) => `${org} has set this up`,
    installedByIt: 'Your IT team installed Lastmile for you.',
    approvedTool: (names: string) => `Approved AI tool: ${names}`,
    approvedTools: (names: string) => `Approved AI tools: ${names}`,
    notesFor: (apps: string) => `Notes on what's allowed, for ${apps}`,
    noNotes: 'No extra notes on what is allowed: the usual company rules apply.',
  },

  privacy: {
    title: 'Your data stays in your browser',
    lead: 'Plainly, here is what Lastmile keeps and what it shares.',
    stays: 'What stays in this browser',
    staysItems: [
      'Lastmile reads the address of the supported work pages you open, to pick a tip, and the page title only when you open a tip (for the record name in the prompt). Nothing else on the page is read.',
      'On AI tools it notices that you sent a prompt — never what you wrote.',
      'Your habit history — which tips you saw and used, your streak and goal — is stored only in this browser.',
      'A prompt goes to an AI tool only when you click to copy or open it, and only to the tool you chose.',
    ],
    shared: 'What can be shared',
    sharedOn:
      'Your company has turned on anonymous daily stats. Nothing is sent unless you agree: then only counts per day (for example "3 tips used in Salesforce") go to your company — never your name, the pages, or what you wrote.',
    sharedOff:
      'Nothing is shared. If your company ever turns on anonymous daily stats, you will be asked first, and you can see every number before it is sent.',
    sharingLink: 'See exactly what would be shared',
    control: 'You can pause tracking, export or delete everything at any time in My AI habits → Privacy.',
  },

  tool: {
    title: 'Which AI tool do you use?',
    leadCompany: 'Your company approved these tools. Pick the one you use; prompts will open there.',
    leadDefault: 'Pick the one you use; prompts will open there. You can switch at any time from the card.',
    legend: 'AI tool',
    prefilled: 'Opens with the prompt filled in',
    copied: 'The prompt is copied for you to paste',
    recommended: 'Your company’s choice',
  },

  goal: {
    title: 'Pick a weekly goal',
    lead: 'On how many days a week would you like to use AI? Small and steady beats big and rare.',
    legend: 'Days with AI per week',
    days: (n: number) => (n === 1 ? '1 day' : `${n} days`),
    suggested: 'Most people start with 3.',
    private: 'Your goal and streak are private: they never leave this browser.',
  },

  try: {
    title: 'Try one tip on a sample',
    lead: 'This is the card you would see on a Salesforce opportunity. “Copy prompt” really copies; the other buttons tell you what they would do.',
    sampleNote: 'Sample data: nothing is logged, opened or sent from here.',
    whatHappens: 'What would happen',
    idle: 'Press a button on the card to see what it does.',
    copied: 'Copied. Paste it into your AI tool and add your call notes where the prompt says so.',
    copyFailed: "Couldn't copy here. On a real page you can also select the prompt and press Ctrl+C.",
    open: (tool: string) =>
      `On a real page, this opens ${tool} in a new tab with the prompt filled in (or copies it when ${tool} can't be prefilled). Here it was copied instead.`,
    markUsed: 'Logs that you used AI today: it counts towards your streak and weekly goal. (Not logged here.)',
    notNow: 'Hides the card. The Lastmile button stays in the corner of the page.',
    dontShow: 'This tip is not offered again. You can bring it back from My AI habits.',
    snooze: 'No more tips in Salesforce for the rest of the day.',
    close: 'Closes the card (Esc does the same). The button in the corner opens it again.',
    feedback: 'Thanks — your answer helps rank tips. It stays in your browser.',
    toolChange: (tool: string) => `Prompts will open in ${tool}.`,
    sampleRecord: 'Acme Corp — Renewal 2026',
  },

  done: {
    title: "You're all set",
    lead: 'Open any supported work page: when AI fits, the Lastmile button shows up in the bottom-right corner.',
    skippedTitle: 'Tour skipped',
    skippedLead: 'No problem. Lastmile is ready whenever you open a supported work page.',
    again: 'You can take the tour again from My AI habits → Settings.',
    openHabits: 'Open My AI habits',
    close: 'Close this tab',
  },
} as const;
