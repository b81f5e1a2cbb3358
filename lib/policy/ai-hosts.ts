/** Zod-free on purpose: the always-injected AI-tool watcher imports it and must stay tiny. */
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
