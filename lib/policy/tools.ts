import { z } from 'zod';

const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be an https:// URL' })
  .max(2000);

/** An AI tool the employee may use. `prefill` is a URL template with {prompt}. */
export const AiToolSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, 'lower-case id, 2 to 40 characters'),
    name: z.string().trim().min(1).max(60),
    url: httpsUrl,
    prefill: httpsUrl
      .refine((u) => u.includes('{prompt}') || u.includes('%7Bprompt%7D'), 'must contain {prompt}')
      .optional(),
  })
  .strict();
export type AiTool = z.infer<typeof AiToolSchema>;

/** Used when no policy lists approved tools. Prefill URLs are the tools' own public query forms. */
export const DEFAULT_AI_TOOLS: readonly AiTool[] = [
  { id: 'chatgpt', name: 'ChatGPT', url: 'https://chatgpt.com/', prefill: 'https://chatgpt.com/?q={prompt}' },
  {
    id: 'copilot',
    name: 'Microsoft Copilot',
    url: 'https://copilot.microsoft.com/',
    prefill: 'https://copilot.microsoft.com/?q={prompt}',
  },
  // Gemini has no documented prompt parameter: copy, then open.
  { id: 'gemini', name: 'Gemini', url: 'https://gemini.google.com/app' },
  { id: 'claude', name: 'Claude', url: 'https://claude.ai/new', prefill: 'https://claude.ai/new?q={prompt}' },
];

/** Longest prompt we put in a URL; longer prompts are copied instead (URLs get truncated). */
export const MAX_PREFILL_PROMPT_CHARS = 6000;

export interface ToolLaunch {
  url: string;
  /** The prompt did not fit in the URL (or the tool has no prefill): copy it before opening. */
  copyFirst: boolean;
}

/** Where to send the employee for a prompt. Pure. */
export function toolLaunch(tool: AiTool, prompt: string): ToolLaunch {
  if (tool.prefill && prompt.length <= MAX_PREFILL_PROMPT_CHARS) {
    const url = tool.prefill.replace(/\{prompt\}|%7Bprompt%7D/g, encodeURIComponent(prompt));
    return { url, copyFirst: false };
  }
  return { url: tool.url, copyFirst: true };
}


import { aiToolForHost } from './ai-hosts';

export { AI_TOOL_HOSTS, AI_TOOL_MATCHES, aiToolForHost } from './ai-hosts';

// ---------------------------------------------------------------------------------------------
// Approved tools under a company policy.

/** An https:// URL, at most 2000 characters (tool URLs, policy links, backend endpoints). */
export const HttpsUrlSchema = httpsUrl;

/** The parts of a resolved policy the tool helpers read (see Policy in ./schema). */
export interface ToolPolicy {
  approvedTools: readonly AiTool[];
  preferredTool?: string;
}

/** The tools the employee may use: the policy's list when it has one, else DEFAULT_AI_TOOLS. The preferred tool comes first. */
export function approvedToolsFor(policy: ToolPolicy): AiTool[] {
  const list = policy.approvedTools.length > 0 ? [...policy.approvedTools] : [...DEFAULT_AI_TOOLS];
  const at = policy.preferredTool === undefined ? -1 : list.findIndex((t) => t.id === policy.preferredTool);
  if (at > 0) list.unshift(...list.splice(at, 1));
  return list;
}

function normalHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

function hostOf(url: string): string | undefined {
  try {
    return normalHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

/**
 * Is this host one of the approved tools (the host of a tool's url or prefill URL)? Exact hosts
 * only: copilot.microsoft.com (consumer) and m365.cloud.microsoft (enterprise) are different tools.
 */
export function isApprovedHost(policy: ToolPolicy, hostname: string): boolean {
  const host = normalHost(hostname);
  return approvedToolsFor(policy).some(
    (t) => hostOf(t.url) === host || (t.prefill !== undefined && hostOf(t.prefill) === host),
  );
}

/** On an AI tool the company didn't approve: which tool this is and the approved one to use instead. */
export interface ShadowAiNote {
  toolName: string;
  approved: AiTool;
}

/**
 * A gentle pointer when the employee opens a known AI tool (AI_TOOL_HOSTS) that the company's list
 * doesn't include. Null without a company list, on approved hosts and on hosts that aren't AI tools.
 */
export function shadowAiNote(policy: ToolPolicy, hostname: string): ShadowAiNote | null {
  if (policy.approvedTools.length === 0) return null;
  const toolId = aiToolForHost(normalHost(hostname));
  if (toolId === undefined || isApprovedHost(policy, hostname)) return null;
  const approved = approvedToolsFor(policy)[0];
  if (approved === undefined) return null;
  const known = DEFAULT_AI_TOOLS.find((t) => t.id === toolId);
  return { toolName: known?.name ?? normalHost(hostname), approved };
}
