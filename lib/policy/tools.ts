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

/**
 * Where the known AI tools live, by exact host: the AI-tool watcher runs there (it records that a
 * session started and that a prompt was sent — never what was written).
 */
export const AI_TOOL_HOSTS: Readonly<Record<string, string>> = {
  'chatgpt.com': 'chatgpt',
  'chat.openai.com': 'chatgpt',
  'copilot.microsoft.com': 'copilot',
  'm365.cloud.microsoft': 'copilot',
  'gemini.google.com': 'gemini',
  'claude.ai': 'claude',
};

/** Match patterns for the AI-tool watcher and its host permissions. */
export const AI_TOOL_MATCHES: readonly string[] = Object.keys(AI_TOOL_HOSTS).map((h) => `https://${h}/*`);

/** The AI tool a page belongs to, from its hostname; undefined for anything else. */
export function aiToolForHost(hostname: string): string | undefined {
  return Object.hasOwn(AI_TOOL_HOSTS, hostname) ? AI_TOOL_HOSTS[hostname] : undefined;
}
