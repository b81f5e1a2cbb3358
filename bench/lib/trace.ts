/**
 * Chrome tracing over CDP, reduced to what the page-cost bench reports: the page's renderer main
 * thread, its top-level tasks (long tasks > 50 ms) and the script time attributable to extensions
 * (trace events whose script URL is chrome-extension://...).
 */
import type { CDPSession } from 'playwright-core';

const CATEGORIES = ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'].join(',');
export const LONG_TASK_MS = 50;
const US_PER_MS = 1000;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration: excludes time the thread was descheduled. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string }; beginData?: { url?: string } };
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve, reject) => {
    cdp.once('Tracing.tracingComplete', (e) => (e.stream ? resolve(e.stream) : reject(new Error('trace without a stream'))));
  });
  await cdp.send('Tracing.end');
  const handle = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export interface TraceSummary {
  /** Sum of top-level task CPU (thread) durations on the page's main thread (ms). */
  taskMs: number;
  longTasks: number;
  /** Total blocking time: sum over long tasks of their time beyond 50 ms. */
  blockingMs: number;
  /** Main-thread CPU inside extension scripts (outermost script events, thread time, ms). */
  extensionScriptMs: number;
  /** CPU of the whole top-level tasks in which extension code ran (injection, world set-up, ms). */
  extensionTaskMs: number;
  /** Extension script files evaluated in the page (content-scripts/detector.js ...). */
  extensionScripts: string[];
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'V8.Execute', 'v8.callFunction', 'CompileScript']);

const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';

/** Summarises the main thread of the renderer that parsed `pageUrlPrefix`. */
export function summarize(events: readonly TraceEvent[], pageUrlPrefix: string): TraceSummary {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(pageUrlPrefix));
  if (!parse) throw new Error(`trace has no ParseHTML for ${pageUrlPrefix}`);
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined);

  // Top-level tasks: RunTask events not nested in another one.
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  let taskUs = 0;
  let longTasks = 0;
  let blockingUs = 0;
  let lastEnd = -Infinity;
  const topLevel: TraceEvent[] = [];
  for (const t of tasks) {
    const dur = t.dur ?? 0;
    if (t.ts < lastEnd) continue;
    lastEnd = t.ts + dur;
    topLevel.push(t);
    // CPU time for the sum (2 cores shared with the browser and the extension's worker); wall time
    // for long tasks, which is what the user feels.
    taskUs += t.tdur ?? dur;
    if (dur > LONG_TASK_MS * US_PER_MS) {
      longTasks++;
      blockingUs += dur - LONG_TASK_MS * US_PER_MS;
    }
  }

  const ext = onMain
    .filter((e) => SCRIPT_EVENTS.has(e.name) && urlOf(e).startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  const extensionScripts = [...new Set(ext.map((e) => new URL(urlOf(e)).pathname.replace(/^\//, '')))].sort();
  let extScriptUs = 0;
  let extEnd = -Infinity;
  for (const e of ext) {
    if (e.ts < extEnd) continue; // nested in an outer extension script event
    extEnd = e.ts + (e.dur ?? 0);
    extScriptUs += e.tdur ?? e.dur ?? 0;
  }
  let extTaskUs = 0;
  for (const t of topLevel) {
    const end = t.ts + (t.dur ?? 0);
    if (ext.some((e) => e.ts >= t.ts && e.ts < end)) extTaskUs += t.tdur ?? t.dur ?? 0;
  }
  return {
    taskMs: taskUs / US_PER_MS,
    longTasks,
    blockingMs: blockingUs / US_PER_MS,
    extensionScriptMs: extScriptUs / US_PER_MS,
    extensionTaskMs: extTaskUs / US_PER_MS,
    extensionScripts,
  };
}
