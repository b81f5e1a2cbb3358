export { safeLink } from './safe-link';
import { matchesWhere } from '../playbook/match';
import type { PageContext } from '../sites/types';
import type { Note, NoteLevel } from './schema';

/**
 * Compliance notes for the page in front of the employee. Everything here returns data; the UI
 * renders note text and links as text and hrefs only, never as HTML.
 */

/** blocked first: the most restrictive note is the one the employee must not miss. */
const LEVEL_RANK: Readonly<Record<NoteLevel, number>> = { blocked: 0, caution: 1, allowed: 2 };

/**
 * The notes that apply to this page, most restrictive first (blocked, caution, allowed), authored
 * order within a level. Same matching as tips: the app must match; page kinds compare exactly and
 * objects case-insensitively; an absent page or object matches any.
 */
export function notesFor(ctx: PageContext, notes: readonly Note[]): Note[] {
  return notes
    .map((note, index) => ({ note, index }))
    .filter(({ note }) => matchesWhere(note, ctx))
    .sort((a, b) => LEVEL_RANK[a.note.level] - LEVEL_RANK[b.note.level] || a.index - b.index)
    .map(({ note }) => note);
}

/**
 * The note that switches AI off, among the notes covering a page: the first blocked one (notesFor puts
 * them first), else undefined. The card and the background's ai:open check decide with this one rule.
 */
export function blockingNote<N extends Pick<Note, 'level'>>(notes: readonly N[]): N | undefined {
  return notes.find((n) => n.level === 'blocked');
}

/**
 * The note that blocks AI on any of these pages, else undefined. The background checks the page the
 * card was showing and the page the sender is on now: a stale or forged context can't slip past.
 */
export function aiBlockedAt(pages: readonly PageContext[], notes: readonly Note[]): Note | undefined {
  for (const page of pages) {
    const note = blockingNote(notesFor(page, notes));
    if (note) return note;
  }
  return undefined;
}

/** The most restrictive level among the notes, for the page badge; undefined when there are none. */
export function strictestLevel(notes: readonly Pick<Note, 'level'>[]): NoteLevel | undefined {
  let best: NoteLevel | undefined;
  for (const n of notes) {
    if (best === undefined || LEVEL_RANK[n.level] < LEVEL_RANK[best]) best = n.level;
  }
  return best;
}

