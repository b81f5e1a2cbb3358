/**
 * Month chunks (lib/usage/rollup-chunk.ts): decoding a chunk gives exactly what parsing the day
 * rows gives, and a damaged chunk is refused as a whole with a reason.
 */
import { describe, expect, it } from 'vitest';
import { generator } from '../../bench/lib/synthetic';
import { DayRollupSchema, type DayRollup } from '../../lib/usage/rollup';
import { compactRollup } from '../../lib/usage/rollup-apply';
import { CHUNK_FIELDS, MonthChunkSchema, encodeMonth, encodeMonths, putDay, type MonthChunkRow } from '../../lib/usage/rollup-chunk';

const parse = (row: unknown): DayRollup => DayRollupSchema.parse(row);

/** What IndexedDB hands back: a structured clone. */
const stored = (row: MonthChunkRow): unknown => structuredClone(row);

describe('month chunks', () => {
  it('pin their field numbers: 0..n-1, never renumbered', () => {
    expect(CHUNK_FIELDS).toEqual({
      day: { aiActions: 0, aiSessions: 1, prompts: 2, manualLogs: 3, tipsShown: 4, tipsUsed: 5, informedTasks: 6, minutesSaved: 7 },
      app: { recordVisits: 0, tipsShown: 1, tipsUsed: 2, dismissed: 3, aiActions: 4, informedTasks: 5, minutesSaved: 6, helpful: 7, notHelpful: 8 },
      category: { recordVisits: 0, tipsShown: 1, tipsUsed: 2, tipsDismissed: 3, aiActions: 4, informedTasks: 5, minutesSaved: 6, helpful: 7, notHelpful: 8 },
    });
  });

  it('decode three years of synthetic days exactly as the rows parse, key order included', () => {
    const rows = generator().history(3 * 365).rollups.map(compactRollup);
    const parsed = rows.map(parse);
    const chunks = encodeMonths(parsed);
    expect(chunks.length).toBeGreaterThanOrEqual(36);
    const decoded = chunks.flatMap((c) => MonthChunkSchema.parse(stored(c)).days);
    // JSON text, not just deep equality: the days CSV writes the maps as JSON, in key order.
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(parsed));
  });

  it('keep empty days, zero-only apps, categories, tips and tools, and rows from before categories', () => {
    const rows = [
      { day: '2026-02-03' },
      { day: '2026-02-01', apps: { jira: {} }, tips: { 'jira-1': 0 }, tools: { chatgpt: 0 } },
      { day: '2026-02-28', apps: { gmail: { categories: { compose: {} } }, jira: { recordVisits: 2 } }, tips: { '': 1, 'a.b:c': 2 } },
      { day: '2026-02-10', aiActions: 3, apps: { salesforce: { aiActions: 3, categories: { record: { aiActions: 2 }, other: { aiActions: 1 } } } } },
    ].map(parse);
    const decoded = MonthChunkSchema.parse(stored(encodeMonth('2026-02', rows))).days;
    const sorted = [...rows].sort((a, b) => a.day.localeCompare(b.day));
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(sorted));
  });

  it('refuse a day of another month', () => {
    expect(() => encodeMonth('2026-03', [parse({ day: '2026-02-28' })])).toThrow(RangeError);
    expect(() => putDay(encodeMonth('2026-03', []), parse({ day: '2026-02-28' }))).toThrow(RangeError);
  });

  it('take one day in (added first, between, last, or replaced) as encoding the whole month would', () => {
    const month = generator()
      .history(70)
      .rollups.filter((r) => r.day.startsWith('2026-01'));
    expect(month.length).toBeGreaterThan(15);
    const [first, second, ...rest] = month;
    if (!first || !second) throw new Error('no days');
    const middle = rest.splice(5, 1);
    const last = rest.pop();
    if (!last || middle.length !== 1) throw new Error('too few days');
    let chunk = encodeMonth('2026-01', [second, ...rest]);
    const days = [second, ...rest];
    // A new tip, app and tool on a replaced day, and the same day replaced again with less.
    const changed = parse({ ...compactRollup(second), tips: { brand_new: 3 }, tools: { gemini: 1 }, apps: { notion: { aiActions: 1 } } });
    for (const day of [first, ...middle, last, changed, second]) {
      chunk = putDay(structuredClone(chunk), day);
      const at = days.findIndex((d) => d.day === day.day);
      if (at >= 0) days[at] = day;
      else days.push(day);
      const expected = [...days].sort((a, b) => a.day.localeCompare(b.day));
      expect(JSON.stringify(MonthChunkSchema.parse(stored(chunk)).days)).toBe(JSON.stringify(expected));
    }
    expect(JSON.stringify(MonthChunkSchema.parse(stored(putDay(encodeMonth('2026-01', []), first))).days)).toBe(JSON.stringify([first]));
  });

  describe('refuse a damaged chunk as a whole, saying why', () => {
    const good = (): MonthChunkRow =>
      encodeMonth('2026-02', [
        parse({ day: '2026-02-02', aiActions: 2, apps: { jira: { aiActions: 2, categories: { record: { aiActions: 2 } } } }, tools: { chatgpt: 2 } }),
        parse({ day: '2026-02-03', prompts: 1, tips: { 'jira-1': 1 } }),
      ]);
    const damaged: [string, (c: MonthChunkRow) => unknown][] = [
      ['a negative count', (c) => ({ ...c, values: c.values.map((v, i) => (i === 0 ? -1 : v)) })],
      ['a fractional count', (c) => ({ ...c, values: c.values.map((v, i) => (i === 0 ? 1.5 : v)) })],
      ['NaN', (c) => ({ ...c, values: c.values.map((v, i) => (i === 0 ? Number.NaN : v)) })],
      ['an unknown entry kind', (c) => ({ ...c, codes: c.codes.map((v, i) => (i === 0 ? 9 << 24 : v)) })],
      ['a day counter beyond the fields', (c) => ({ ...c, codes: c.codes.map((v, i) => (i === 0 ? 40 : v)) })],
      ['an app index beyond the list', (c) => ({ ...c, apps: [] })],
      ['a repeated entry', (c) => ({ ...c, codes: c.codes.map((v, i) => (i === 1 ? (c.codes[0] ?? 0) : v)) })],
      ['days out of order', (c) => ({ ...c, days: Uint8Array.from([3, 2]) })],
      ['a day not in the month', (c) => ({ ...c, days: Uint8Array.from([2, 30]) })],
      ['offsets that do not cover the entries', (c) => ({ ...c, start: c.start.map((v, i) => (i === c.start.length - 1 ? v - 1 : v)) })],
      ['codes and values of different lengths', (c) => ({ ...c, values: c.values.slice(1) })],
      ['a repeated name', (c) => ({ ...c, tools: ['chatgpt', 'chatgpt'] })],
      ['a plain array for a typed one', (c) => ({ ...c, codes: [...c.codes] })],
      ['an unknown app', (c) => ({ ...c, apps: ['myspace'] })],
      ['an extra field', (c) => ({ ...c, note: 'x' })],
      ['another format', (c) => ({ ...c, format: 2 })],
      ['a bad month', (c) => ({ ...c, month: '2026-13' })],
    ];
    it.each(damaged)('%s', (_name, damage) => {
      expect(MonthChunkSchema.safeParse(stored(good())).success).toBe(true);
      const result = MonthChunkSchema.safeParse(damage(good()));
      expect(result.success).toBe(false);
      expect(result.error?.issues.length).toBeGreaterThan(0);
    });
  });
});
