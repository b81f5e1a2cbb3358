import { useState } from 'react';
import { createPortal } from 'react-dom';
import { CARD_CSS } from '../styles';
import { TipCard } from '../TipCard';
import type { AiTool } from '@/lib/policy/tools';
import type { SampleTip } from './sample';
import { i18n } from '#i18n';

/** On a page the card floats in the corner; in the tour it sits in the layout, without the entrance animation. */
const IN_PLACE_CSS = `.lm-card{position:relative;right:auto;bottom:auto;z-index:auto;width:100%;max-width:400px;max-height:none;animation:none}`;

export interface SampleCardProps {
  sample: SampleTip;
  tools: readonly AiTool[];
  toolId: string;
  /** Puts the text on the clipboard; resolves true when it got there. */
  onCopy(text: string): Promise<boolean>;
  /** What the pressed button would do on a real page (shown next to the card). */
  onExplain(text: string): void;
}

/**
 * The real TipCard with its real styles, in its own shadow root like on a page (the page's CSS and
 * the card's can't touch each other). The shadow root exists from the first render, so the card
 * mounts in the same commit as the step and the step's heading takes focus after the card's own.
 */
export function SampleCard({ sample, tools, toolId, onCopy, onExplain }: SampleCardProps) {
  const [{ host, shadow }] = useState(() => {
    const el = document.createElement('div');
    el.className = 'ob-sample-host';
    return { host: el, shadow: el.attachShadow({ mode: 'open' }) };
  });
  const [chosen, setChosen] = useState(toolId);
  const toolName = tools.find((t) => t.id === chosen)?.name ?? '';

  return (
    <div className="ob-sample" ref={(el) => void (el && el.firstChild !== host && el.append(host))}>
      {createPortal(
        <>
          <style>{CARD_CSS + IN_PLACE_CSS}</style>
          <TipCard
            tips={[sample.tip]}
            appLabel={sample.appLabel}
            contextLabel={sample.contextLabel}
            tools={tools}
            toolId={chosen}
            onToolChange={(id) => {
              setChosen(id);
              onExplain(i18n.t('onboarding.try.toolChange', { tool: tools.find((t) => t.id === id)?.name ?? id }));
            }}
            onCopy={async (_tip, prompt) => {
              const ok = await onCopy(prompt);
              onExplain(ok ? i18n.t('onboarding.try.copied') : i18n.t('onboarding.try.copyFailed'));
              return ok;
            }}
            onOpen={async (_tip, prompt) => {
              // Nothing opens from the tour: the prompt is copied and the card says so truthfully.
              const copied = await onCopy(prompt);
              onExplain(copied ? i18n.t('onboarding.try.open', { tool: toolName }) : i18n.t('onboarding.try.copyFailed'));
              if (!copied) throw new Error('copy failed');
              return { copied };
            }}
            onMarkUsed={() => onExplain(i18n.t('onboarding.try.markUsed'))}
            onNotNow={() => onExplain(i18n.t('onboarding.try.notNow'))}
            onDontShow={() => onExplain(i18n.t('onboarding.try.dontShow'))}
            onSnoozeApp={() => onExplain(i18n.t('onboarding.try.snooze'))}
            onClose={() => onExplain(i18n.t('onboarding.try.close'))}
            onFeedback={() => onExplain(i18n.t('onboarding.try.feedback'))}
          />
        </>,
        shadow,
      )}
    </div>
  );
}
