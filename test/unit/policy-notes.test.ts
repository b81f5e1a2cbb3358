import { describe, expect, it } from 'vitest';
import { aiBlockedAt, blockingNote, notesFor, safeLink, strictestLevel } from '../../lib/policy/notes';
import { NoteSchema, type Note } from '../../lib/policy/schema';
import { approvedToolsFor, DEFAULT_AI_TOOLS, isApprovedHost, shadowAiNote, type AiTool } from '../../lib/policy/tools';
import type { PageContext } from '../../lib/sites/types';

function note(id: string, patch: Partial<Note>): Note {
  return NoteSchema.parse({ id, app: 'salesforce', level: 'allowed', text: `Note ${id}`, ...patch });
}

const opp: PageContext = { app: 'salesforce', page: 'record', object: 'Opportunity', recordId: '006xx' };

describe('notesFor', () => {
  const notes = [
    note('any-sf', { level: 'allowed' }),
    note('opp-record', { level: 'caution', page: 'record', object: 'opportunity' }),
    note('case-only', { level: 'blocked', object: ['Case'] }),
    note('lists', { level: 'blocked', page: ['list', 'home'] }),
    note('opp-blocked', { level: 'blocked', object: 'OPPORTUNITY' }),
    note('gmail', { app: 'gmail', level: 'blocked' }),
  ];

  it('matches app, page and object (case-insensitive) and sorts blocked > caution > allowed', () => {
    expect(notesFor(opp, notes).map((n) => n.id)).toEqual(['opp-blocked', 'opp-record', 'any-sf']);
  });

  it('an app-wide note applies on every page of the app and nowhere else', () => {
    expect(notesFor({ app: 'salesforce', page: 'home' }, notes).map((n) => n.id)).toEqual(['lists', 'any-sf']);
    expect(notesFor({ app: 'jira', page: 'issue' }, notes)).toEqual([]);
  });

  it('keeps authored order within a level', () => {
    const same = [note('bb', { level: 'caution' }), note('aa', { level: 'caution' })];
    expect(notesFor(opp, same).map((n) => n.id)).toEqual(['bb', 'aa']);
  });
});

describe('strictestLevel', () => {
  it('returns the most restrictive level, or undefined', () => {
    expect(strictestLevel([])).toBeUndefined();
    expect(strictestLevel([{ level: 'allowed' }, { level: 'caution' }])).toBe('caution');
    expect(strictestLevel([{ level: 'caution' }, { level: 'blocked' }, { level: 'allowed' }])).toBe('blocked');
  });
});

describe('blocking AI (the card and the background decide alike)', () => {
  const notes = [
    note('any-sf', { level: 'caution' }),
    note('case-blocked', { level: 'blocked', object: ['Case'] }),
    note('case-blocked-2', { level: 'blocked', object: 'case' }),
    note('jira-lists', { app: 'jira', level: 'blocked', page: 'list' }),
  ];
  const caseRecord: PageContext = { app: 'salesforce', page: 'record', object: 'Case' };

  it('blockingNote: the first blocked note among a page\'s notes, else undefined', () => {
    expect(blockingNote([])).toBeUndefined();
    expect(blockingNote(notesFor(opp, notes))).toBeUndefined();
    expect(blockingNote(notesFor(caseRecord, notes))?.id).toBe('case-blocked');
    // The card gets notes as NoteView (no `where`): the same rule works on them.
    expect(blockingNote([{ level: 'caution', text: 'a' }, { level: 'blocked', text: 'b' }])?.text).toBe('b');
  });

  it('aiBlockedAt: blocked when any of the pages is, by object case-insensitively and by page kind', () => {
    expect(aiBlockedAt([opp], notes)).toBeUndefined();
    expect(aiBlockedAt([], notes)).toBeUndefined();
    expect(aiBlockedAt([{ app: 'salesforce', page: 'record', object: 'CASE' }], notes)?.id).toBe('case-blocked');
    // The card's page is fine but the sender is now on a blocked one (or the other way round).
    expect(aiBlockedAt([opp, caseRecord], notes)?.id).toBe('case-blocked');
    expect(aiBlockedAt([caseRecord, opp], notes)?.id).toBe('case-blocked');
    expect(aiBlockedAt([{ app: 'jira', page: 'list' }], notes)?.id).toBe('jira-lists');
    expect(aiBlockedAt([{ app: 'jira', page: 'issue', object: 'issue' }], notes)).toBeUndefined();
    // A caution or allowed note never blocks.
    expect(aiBlockedAt([opp], [note('cc', { level: 'caution' }), note('aa', { level: 'allowed' })])).toBeUndefined();
  });
});

describe('safeLink', () => {
  it('keeps https links and normalises them', () => {
    expect(safeLink('https://intranet.acme.example/ai policy')).toBe('https://intranet.acme.example/ai%20policy');
  });
  it.each([
    'javascript:alert(1)',
    'http://intranet.acme.example/',
    'data:text/html,<b>x</b>',
    'https://user:pw@intranet.acme.example/',
    '//intranet.acme.example/',
    'not a url',
    `https://x.example/${'a'.repeat(2100)}`,
  ])('rejects %s', (url) => expect(safeLink(url)).toBeUndefined());
  it('accepts undefined', () => expect(safeLink(undefined)).toBeUndefined());
});

describe('approved tools', () => {
  const m365: AiTool = { id: 'm365', name: 'Microsoft 365 Copilot', url: 'https://m365.cloud.microsoft/chat' };
  const gpt: AiTool = { id: 'chatgpt-ent', name: 'ChatGPT Enterprise', url: 'https://chatgpt.com/', prefill: 'https://chatgpt.com/?q={prompt}' };

  it('uses the policy list when it has one, else the built-in tools; the preferred tool first', () => {
    expect(approvedToolsFor({ approvedTools: [] })).toEqual([...DEFAULT_AI_TOOLS]);
    expect(approvedToolsFor({ approvedTools: [m365, gpt] }).map((t) => t.id)).toEqual(['m365', 'chatgpt-ent']);
    expect(approvedToolsFor({ approvedTools: [m365, gpt], preferredTool: 'chatgpt-ent' }).map((t) => t.id)).toEqual([
      'chatgpt-ent',
      'm365',
    ]);
    expect(approvedToolsFor({ approvedTools: [], preferredTool: 'claude' })[0]?.id).toBe('claude');
  });

  it('isApprovedHost compares exact hosts of url and prefill', () => {
    const policy = { approvedTools: [m365] };
    expect(isApprovedHost(policy, 'm365.cloud.microsoft')).toBe(true);
    expect(isApprovedHost(policy, 'M365.Cloud.Microsoft.')).toBe(true);
    expect(isApprovedHost(policy, 'copilot.microsoft.com')).toBe(false);
    expect(isApprovedHost({ approvedTools: [] }, 'claude.ai')).toBe(true);
  });

  it('shadowAiNote points from an unapproved AI tool to the first approved one', () => {
    const policy = { approvedTools: [m365, gpt] };
    expect(shadowAiNote(policy, 'claude.ai')).toEqual({ toolName: 'Claude', approved: m365 });
    expect(shadowAiNote(policy, 'copilot.microsoft.com')).toEqual({ toolName: 'Microsoft Copilot', approved: m365 });
    expect(shadowAiNote(policy, 'chatgpt.com')).toBeNull();
    expect(shadowAiNote(policy, 'intranet.acme.example')).toBeNull();
    expect(shadowAiNote({ approvedTools: [] }, 'claude.ai')).toBeNull();
  });
});
