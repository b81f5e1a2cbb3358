/** Formatting for the habit views (components/habits/format.ts), here in English (the component setup's language). */
import { describe, expect, it } from 'vitest';
import {
  dateOf,
  formatBytes,
  formatDay,
  formatDayRange,
  formatDelta,
  formatList,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatRelative,
  formatShortDate,
  monthOf,
  pickLocale,
  uiLocale,
  weekdayName,
} from '@/components/habits/format';

const NBSP = '\u00a0';

describe('the formatting locale', () => {
  it('follows the browser language, region included, when the messages are in that language', () => {
    expect(uiLocale()).toBe('en');
    expect(pickLocale('en-GB', 'en')).toBe('en-GB');
    expect(pickLocale('de_AT', 'de')).toBe('de-AT');
    expect(pickLocale('fr', 'fr')).toBe('fr');
  });

  it("falls back to the messages' language, so dates never differ from the text around them", () => {
    expect(pickLocale('es-ES', 'en')).toBe('en');
    expect(pickLocale('', 'fr')).toBe('fr');
    expect(pickLocale('de', 'en')).toBe('en');
  });
});

describe('dates', () => {
  it('formats local days without shifting them, and keeps unreadable ones as they are', () => {
    expect(formatDay('2026-03-03')).toBe('Tue, Mar 3, 2026');
    expect(formatDay('2026-03-03', false)).toBe('Tue, Mar 3');
    expect(formatShortDate('2026-12-31')).toBe('Dec 31');
    expect(monthOf('2026-02-01')).toBe('Feb');
    expect(dateOf('2026-02-28')).toBe(28);
    expect(formatDay('not a day')).toBe('not a day');
    expect(dateOf('2026-13-45')).toBe(0);
  });

  it('writes a range once where its ends share a month', () => {
    // Intl puts thin spaces around the dash.
    const range = (a: string, b: string) => formatDayRange(a, b).replace(/\s/g, ' ');
    expect(range('2026-02-03', '2026-02-19')).toBe('Feb 3 – 19');
    expect(range('2026-02-23', '2026-03-01')).toBe('Feb 23 – Mar 1');
    expect(range('2026-02-03', '2026-02-03')).toBe('Feb 3');
    expect(range('2026-03-01', 'bad')).toBe('Mar 1 – bad');
  });

  it('names weekdays from Sunday = 0', () => {
    expect([1, 2, 3, 4, 5, 6, 0].map((d) => weekdayName(d, 'short'))).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayName(0)).toBe('Sunday');
  });

  it('says how long ago, with "now" for under a minute either way', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(formatRelative('2026-11-23T09:57:00Z', now)).toBe('3 minutes ago');
    expect(formatRelative('2026-11-23T10:00:20Z', now)).toBe('now');
    expect(formatRelative('2026-11-22T09:00:00Z', now)).toBe('yesterday');
    expect(formatRelative('garbage', now)).toBe('garbage');
  });
});

describe('numbers', () => {
  it('formats counts, percentages, changes, lists and sizes', () => {
    expect(formatNumber(1204)).toBe('1,204');
    expect(formatPercent(42)).toBe('42%');
    expect([formatDelta(2), formatDelta(-1), formatDelta(0)]).toEqual(['+2', '−1', '±0']);
    expect(formatList(['Sent 1 report', '1 report refused by the server'])).toBe('Sent 1 report and 1 report refused by the server');
    expect([formatBytes(12), formatBytes(20_480), formatBytes(1.25 * 1024 * 1024)]).toEqual(['12 bytes', '20 kB', '1.3 MB']);
  });

  it('never parts a number from its unit, but lets hours and minutes wrap apart', () => {
    expect(formatMinutes(45)).toBe(`45${NBSP}min`);
    expect(formatMinutes(120)).toBe(`2${NBSP}hr`);
    expect(formatMinutes(95)).toBe(`1${NBSP}hr 35${NBSP}min`);
    expect(formatMinutes(-5)).toBe(`0${NBSP}min`);
  });

  it('keeps a headline duration on one line', () => {
    expect(formatMinutes(288, { whole: true })).toBe(`4${NBSP}hr${NBSP}48${NBSP}min`);
    expect(formatMinutes(240, { whole: true })).toBe(`4${NBSP}hr`);
    expect(formatMinutes(45, { whole: true })).toBe(`45${NBSP}min`);
  });
});
