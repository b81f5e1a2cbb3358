import { i18n } from '#i18n';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { TipCard, type CardTip } from '@/components/TipCard';
import { NullReplySchema, ReplyError, type AiOpenWhere } from '@/lib/messages';
import { ToolLaunchReplySchema } from '@/lib/coach/protocol';
import { objectLabelFor, templateValuesFor } from '@/lib/playbook/template';
import { blockingNote } from '@/lib/policy/notes';
import { toolLaunch } from '@/lib/policy/tools';
import { detectorFor } from '@/lib/sites';
import type { UsageEventInput, UsageEventType } from '@/lib/usage/events';
import { getBridge } from '../shared/bridge';
import { send } from '../shared/send';
import { copyText } from './clipboard';
import { fillRedacted, mergeRedactions, redactForSending, redactValues, type RedactedValues } from './redaction';
import type { CoachStore } from './store';

interface Props {
  store: CoachStore;
  onClose(options: { restoreFocus: boolean; recheck: boolean }): void;
}

export function CoachApp({ store, onClose }: Props) {
  const {
    open,
    context,
    recordName,
    tips,
    tools,
    toolId,
    notes,
    redact: rules,
    orgName,
    sentRedactions,
    viewId,
    openCount,
    loadFailed,
  } = useStore(store);

  const appLabel = context ? detectorFor(context.app).label : '';
  const cardTips: CardTip[] = useMemo(() => {
    if (!context) return [];
    const extra = { recordName, appLabel, today: new Date().toLocaleDateString() };
    // Page values are redacted before they go into the prompt, so the placeholders are visible. Labels
    // and fallback words are in each prompt's own language (an admin's English-only tip stays English).
    const preparedByLang = new Map<string, RedactedValues>();
    const preparedFor = (lang: string): RedactedValues => {
      let prepared = preparedByLang.get(lang);
      if (prepared === undefined) {
        prepared = redactValues(templateValuesFor(context, extra, lang), rules);
        preparedByLang.set(lang, prepared);
      }
      return prepared;
    };
    return tips.map((t) => {
      const filled = fillRedacted(t.prompt, preparedFor(t.lang), rules, t.lang);
      const redactions = mergeRedactions(filled.redactions, sentRedactions[t.id] ?? []);
      return {
        id: t.id,
        title: t.title,
        why: t.why,
        prompt: filled.text,
        gap: t.gap,
        minutesSaved: t.minutesSaved,
        level: t.level,
        ...(redactions.length > 0 ? { redactions } : {}),
      };
    });
  }, [context, recordName, appLabel, tips, rules, sentRedactions]);

  if (!open || !context) return null;
  if (loadFailed) {
    return (
      <div className="lm-card" role="alert" style={{ padding: 16, gap: 12 }}>
        <p style={{ margin: 0 }}>{i18n.t('card.loadError')}</p>
        <button type="button" className="lm-btn" onClick={() => onClose({ restoreFocus: true, recheck: false })}>
          {i18n.t('common.close')}
        </button>
      </div>
    );
  }
  if (cardTips.length === 0) return null;

  const record = (type: UsageEventType, tip?: CardTip, toolIdForEvent?: string): UsageEventInput => ({
    type,
    app: context.app,
    page: context.page,
    ...(tip ? { tipId: tip.id } : {}),
    ...(toolIdForEvent ? { toolId: toolIdForEvent } : {}),
    viewId,
  });
  const log = (event: UsageEventInput) => send({ type: 'usage:event', event }, NullReplySchema);
  const shadow = getBridge()?.shadow;
  const copy = (text: string) => (shadow ? copyText(text, shadow) : Promise.resolve(false));
  // The header is part of the card, so it names the object in the card's own language.
  const objectLabel = context.object ? objectLabelFor(context, i18n.t('format.locale')) : '';
  const contextLabel = [objectLabel && objectLabel[0]!.toUpperCase() + objectLabel.slice(1), recordName]
    .filter(Boolean)
    .join(' · ');
  // A blocked note switches the AI actions off; its text is the reason the card shows.
  const blockedReason = blockingNote(notes)?.text;
  // What the background re-checks the policy for: never the record id, URL or title.
  const where: AiOpenWhere = { app: context.app, page: context.page, ...(context.object ? { object: context.object } : {}) };
  /** Redacts the (possibly edited) prompt right before it leaves the page, and shows what went. */
  const forSending = (tip: CardTip, prompt: string): string => {
    const out = redactForSending(prompt, rules);
    store.setState((s) => ({ sentRedactions: { ...s.sentRedactions, [tip.id]: out.redactions } }));
    return out.text;
  };

  return (
    <TipCard
      key={openCount}
      tips={cardTips}
      appLabel={appLabel}
      {...(contextLabel ? { contextLabel } : {})}
      notes={notes}
      {...(orgName ? { orgName } : {})}
      {...(blockedReason ? { blockedReason } : {})}
      tools={tools}
      toolId={toolId}
      onToolChange={(id) => {
        store.setState({ toolId: id });
        void send({ type: 'prefs:tool', toolId: id }, NullReplySchema);
      }}
      onTipViewed={(tip) => {
        // The first tip was already counted as shown when the pill offered it.
        if (tip.id !== cardTips[0]?.id) void log(record('tip_shown', tip));
      }}
      onCopy={async (tip, edited) => {
        // The card disables these when blocked; this keeps the rule if a click slips through.
        if (blockedReason) return false;
        const prompt = forSending(tip, edited);
        const copied = await copy(prompt);
        if (copied) void log(record('prompt_copied', tip));
        return copied;
      }}
      onOpen={async (tip, edited, tool) => {
        if (blockedReason) return { blocked: true };
        const prompt = forSending(tip, edited);
        // Copy inside the click, before the new tab takes focus, when the URL can't carry it.
        const copied = toolLaunch(tool, prompt).copyFirst ? await copy(prompt) : false;
        try {
          await send(
            { type: 'ai:open', toolId: tool.id, prompt, where, event: record('ai_opened', tip, tool.id) },
            ToolLaunchReplySchema,
          );
        } catch (e) {
          // The background re-checked the policy and found AI blocked here: the card says so in words.
          if (e instanceof ReplyError && e.reason === 'blocked') return { blocked: true };
          throw e;
        }
        return { copied };
      }}
      onMarkUsed={(tip) => void log(record('marked_used', tip))}
      onFeedback={(tip, helpful) => void log(record(helpful ? 'helpful' : 'not_helpful', tip))}
      onNotNow={(tip) => {
        void log(record('dismissed', tip));
        onClose({ restoreFocus: true, recheck: false });
      }}
      onDontShow={(tip) => {
        void log(record('dont_show', tip));
        onClose({ restoreFocus: true, recheck: false });
      }}
      onSnoozeApp={() => {
        void log(record('snoozed'));
        onClose({ restoreFocus: false, recheck: false });
      }}
      onClose={() => onClose({ restoreFocus: true, recheck: false })}
    />
  );
}
