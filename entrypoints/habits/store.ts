/** UI state of the habits page (zustand): the section (from the #hash) and the event log's cursor pages. */
import { create } from 'zustand';
import { isHabitsSection, type HabitsSection } from '@/components/habits/HabitsLayout';

export function sectionFromHash(hash: string): HabitsSection {
  const id = hash.replace(/^#/, '');
  return isHabitsSection(id) ? id : 'overview';
}

interface HabitsPageState {
  section: HabitsSection;
  /** The employee moved between sections (focus goes to the new heading); false on first load. */
  navigated: boolean;
  /** Event log page, 0-based. */
  page: number;
  /** `before` cursor of each page visited: cursors[p] is the id page p reads below (page 0: none). */
  cursors: (number | undefined)[];
  setSection(section: HabitsSection, navigated: boolean): void;
  goToPage(page: number, cursor?: number): void;
  resetLog(): void;
}

export const useHabitsPage = create<HabitsPageState>((set) => ({
  section: sectionFromHash(typeof location === 'undefined' ? '' : location.hash),
  navigated: false,
  page: 0,
  cursors: [undefined],
  setSection: (section, navigated) => set({ section, navigated }),
  goToPage: (page, cursor) =>
    set((s) => {
      const cursors = s.cursors.slice(0, page + 1);
      if (cursors.length <= page) cursors[page] = cursor;
      return { page, cursors };
    }),
  resetLog: () => set({ page: 0, cursors: [undefined] }),
}));
