import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { TipCard, type CardTip } from '../../../components/TipCard';
import { CARD_CSS } from '../../../components/styles';
import { fillTemplate } from '../../../lib/playbook/template';
import { GAPS, LEVELS } from '../../../lib/playbook/schema';
import type { Gap, Level } from '../../../lib/playbook/schema';
import { DEFAULT_AI_TOOLS } from '../../../lib/policy/tools';
import type { AiTool } from '../../../lib/policy/tools';
import { safeLink } from '../../../lib/policy/notes';
import type { NoteLevel } from '../../../lib/policy/schema';
import { appLabel } from './apps';

export interface PreviewNote {
  level: NoteLevel;
  text: string;
  link?: string;
}

export interface PreviewTip {
  id: string;
  title: string;
  why: string;
  prompt: string;
  gap: string;
  minutesSaved: number;
  level: string;
}

export interface CardPreviewProps {
  app: string;
  objectLabel?: string;
  tip: PreviewTip;
  notes: readonly PreviewNote[];
  tools: readonly AiTool[];
}

/** What placeholders become in the preview: plausible, obviously sample values. */
export function sampleValues(app: string, objectLabel?: string): Record<string, string> {
  return {
    recordName: 'Acme Corp renewal',
    objectLabel: (objectLabel ?? 'record').toLowerCase(),
    appLabel: appLabel(app),
    recordId: '0065g00000XyZ12',
    today: 'Mar 4, 2026',
  };
}

const NOTE_LABEL: Readonly<Record<NoteLevel, string>> = {
  allowed: 'AI is allowed here',
  caution: 'Use AI with care here',
  blocked: 'Don’t use AI here',
};

// The card is position:fixed in the page; here it sits in the flow of the preview frame.
const PREVIEW_CSS = `
.pv{display:flex;flex-direction:column;gap:10px;font:400 14px/1.45 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.pv .lm-card{position:relative;right:auto;bottom:auto;width:100%;max-height:none;animation:none}
.pv-note{display:flex;flex-direction:column;gap:4px;padding:10px 12px;border-radius:12px;border:1px solid #e4e6eb;background:#fff;color:#17181c;font-size:13px}
.pv-note b{font-size:12.5px}
.pv-note[data-level=allowed] b{color:#166534}.pv-note[data-level=caution] b{color:#9a3412}.pv-note[data-level=blocked] b{color:#b42318}
.pv-note a{color:#4338ca;font-size:12.5px;overflow-wrap:anywhere}
.pv-note p{margin:0;overflow-wrap:anywhere}
@media (prefers-color-scheme:dark){.pv-note{background:#1c1d22;border-color:#32343c;color:#ededf0}
.pv-note[data-level=allowed] b{color:#7ddc9f}.pv-note[data-level=caution] b{color:#fdba74}.pv-note[data-level=blocked] b{color:#ff9b93}.pv-note a{color:#aeb4ff}}
`;

const noop = (): void => undefined;
const notCopied = async (): Promise<boolean> => false;
const notOpened = async (): Promise<{ copied: boolean }> => ({ copied: false });

function asGap(g: string): Gap {
  return (GAPS as readonly string[]).includes(g) ? (g as Gap) : 'clarity';
}
function asLevel(l: string): Level {
  return (LEVELS as readonly string[]).includes(l) ? (l as Level) : 'first_steps';
}

/**
 * The extension's own TipCard, in a shadow root with the extension's own CSS, so the preview looks exactly
 * like the card employees get. Inert: it's a picture of the card (its buttons do nothing here), and inert
 * also stops the card's focus-on-mount from pulling focus out of the editor.
 */
export function CardPreview({ app, objectLabel, tip, notes, tools }: CardPreviewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [shadow, setShadow] = useState<ShadowRoot | null>(null);
  const [adopted, setAdopted] = useState(false);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    // The server's CSP (style-src 'self') blocks <style> elements; a constructed sheet isn't inline markup.
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS + PREVIEW_CSS);
      root.adoptedStyleSheets = [sheet];
      setAdopted(true);
    }
    setShadow(root);
  }, []);

  const card: CardTip = {
    id: tip.id || 'preview',
    title: tip.title || 'Untitled tip',
    why: tip.why,
    prompt: fillTemplate(tip.prompt, sampleValues(app, objectLabel)),
    gap: asGap(tip.gap),
    minutesSaved: Number.isFinite(tip.minutesSaved) ? tip.minutesSaved : 0,
    level: asLevel(tip.level),
  };
  const cardTools = tools.length ? tools : DEFAULT_AI_TOOLS;
  const context = objectLabel ? `${objectLabel} · Acme Corp renewal` : 'Acme Corp renewal';
  const summary = `Preview of the ${appLabel(app)} card: “${card.title}”${notes.length ? ` with ${notes.length} policy note${notes.length > 1 ? 's' : ''}` : ''}.`;

  return (
    <div>
      <p className="sr">{summary}</p>
      <div ref={hostRef} inert data-testid="card-preview" />
      {shadow &&
        createPortal(
          <div className="pv">
            {!adopted && <style>{CARD_CSS + PREVIEW_CSS}</style>}
            {notes.map((n, i) => {
              const href = safeLink(n.link);
              return (
                <div key={i} className="pv-note" data-level={n.level}>
                  <b>{NOTE_LABEL[n.level]}</b>
                  <p>{n.text}</p>
                  {href && <a href={href}>Read the policy</a>}
                </div>
              );
            })}
            <TipCard
              key={card.id}
              tips={[card]}
              appLabel={appLabel(app)}
              contextLabel={context}
              tools={cardTools}
              toolId={cardTools[0]?.id ?? ''}
              onToolChange={noop}
              onCopy={notCopied}
              onOpen={notOpened}
              onMarkUsed={noop}
              onNotNow={noop}
              onDontShow={noop}
              onSnoozeApp={noop}
              onClose={noop}
            />
          </div>,
          shadow,
        )}
    </div>
  );
}
