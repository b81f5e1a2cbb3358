import { describe, expect, it } from 'vitest';
import { DAY_START_HOUR, localDay } from '../../lib/usage/day';

const at = (iso: string): Date => new Date(iso);

describe('localDay', () => {
  it('starts the day at 04:00 local', () => {
    expect(DAY_START_HOUR).toBe(4);
    expect(localDay(at('2026-06-10T03:59:59Z'), 'UTC')).toBe('2026-06-09');
    expect(localDay(at('2026-06-10T04:00:00Z'), 'UTC')).toBe('2026-06-10');
    expect(localDay(at('2026-06-10T02:30:00Z'), 'UTC')).toBe('2026-06-09');
    expect(localDay(at('2026-06-10T23:59:59Z'), 'UTC')).toBe('2026-06-10');
  });

  it('accepts another day start, including midnight', () => {
    expect(localDay(at('2026-06-10T00:30:00Z'), 'UTC', 0)).toBe('2026-06-10');
    expect(localDay(at('2026-06-10T05:30:00Z'), 'UTC', 6)).toBe('2026-06-09');
    expect(() => localDay(at('2026-06-10T05:30:00Z'), 'UTC', 24)).toThrow(RangeError);
  });

  it('crosses month and year ends', () => {
    expect(localDay(at('2026-01-01T03:00:00Z'), 'UTC')).toBe('2025-12-31');
    expect(localDay(at('2026-03-01T01:00:00Z'), 'UTC')).toBe('2026-02-28');
    expect(localDay(at('2028-03-01T01:00:00Z'), 'UTC')).toBe('2028-02-29');
  });

  it('handles the New York spring-forward day (2026-03-08, 02:00 -> 03:00)', () => {
    const z = 'America/New_York';
    expect(localDay(at('2026-03-08T06:59:00Z'), z)).toBe('2026-03-07'); // 01:59 EST
    expect(localDay(at('2026-03-08T07:30:00Z'), z)).toBe('2026-03-07'); // 03:30 EDT
    expect(localDay(at('2026-03-08T07:59:59Z'), z)).toBe('2026-03-07'); // 03:59:59 EDT
    expect(localDay(at('2026-03-08T08:00:00Z'), z)).toBe('2026-03-08'); // 04:00 EDT
    expect(localDay(at('2026-03-09T03:59:00Z'), z)).toBe('2026-03-08'); // 23:59 EDT
  });

  it('handles the New York fall-back day (2026-11-01, 02:00 -> 01:00)', () => {
    const z = 'America/New_York';
    expect(localDay(at('2026-11-01T05:30:00Z'), z)).toBe('2026-10-31'); // 01:30 EDT
    expect(localDay(at('2026-11-01T06:30:00Z'), z)).toBe('2026-10-31'); // 01:30 EST, the repeated hour
    expect(localDay(at('2026-11-01T08:59:59Z'), z)).toBe('2026-10-31'); // 03:59:59 EST
    expect(localDay(at('2026-11-01T09:00:00Z'), z)).toBe('2026-11-01'); // 04:00 EST
  });

  it('handles half-hour offsets (Asia/Kolkata, UTC+05:30)', () => {
    expect(localDay(at('2026-01-15T22:29:59Z'), 'Asia/Kolkata')).toBe('2026-01-15'); // 03:59:59 on the 16th
    expect(localDay(at('2026-01-15T22:30:00Z'), 'Asia/Kolkata')).toBe('2026-01-16'); // 04:00 on the 16th
  });

  it('handles quarter-hour offsets with DST (Pacific/Chatham, +12:45 / +13:45)', () => {
    // Southern winter, +12:45: 04:00 on 2 July is 15:15Z on 1 July.
    expect(localDay(at('2026-07-01T15:14:59Z'), 'Pacific/Chatham')).toBe('2026-07-01');
    expect(localDay(at('2026-07-01T15:15:00Z'), 'Pacific/Chatham')).toBe('2026-07-02');
    // Southern summer, +13:45: 04:00 on 16 January is 14:15Z on 15 January.
    expect(localDay(at('2026-01-15T14:14:59Z'), 'Pacific/Chatham')).toBe('2026-01-15');
    expect(localDay(at('2026-01-15T14:15:00Z'), 'Pacific/Chatham')).toBe('2026-01-16');
  });

  it('falls back to UTC for an invalid zone instead of throwing', () => {
    expect(localDay(at('2026-06-10T03:00:00Z'), 'Mars/Olympus_Mons')).toBe('2026-06-09');
    expect(localDay(at('2026-06-10T05:00:00Z'), '')).toBe('2026-06-10');
    expect(localDay(at('2026-06-10T05:00:00Z'), 'Mars/Olympus_Mons')).toBe('2026-06-10');
  });

  it('rejects an invalid instant clearly', () => {
    expect(() => localDay(new Date(Number.NaN), 'UTC')).toThrow(/invalid instant/);
  });
});
