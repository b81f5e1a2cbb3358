/** UI state of the popup (zustand): the "I used AI" round trip. */
import { create } from 'zustand';
import type { LogState } from '@/components/habits/PopupView';

interface PopupState {
  log: LogState;
  setLog(log: LogState): void;
}

export const usePopupStore = create<PopupState>((set) => ({
  log: { kind: 'idle' },
  setLog: (log) => set({ log }),
}));
