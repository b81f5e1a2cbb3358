/** Popup wiring: live reads from the usage database, "I used AI" by message to the background. */
import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { replyErrorText, TechnicalDetail } from '@/components/habits/error-text';
import { PopupView } from '@/components/habits/PopupView';
import { NullReplySchema } from '@/lib/messages';
import { SyncStatusReplySchema } from '@/lib/pages/replies';
import { send } from '../shared/send';
import { useHabitData } from '../habits/data';
import { usePopupStore } from './store';

/** How long "Logged" stays before the line clears. */
const LOGGED_FEEDBACK_MS = 4000;

export function App() {
  const data = useHabitData();
  const log = usePopupStore((s) => s.log);
  const setLog = usePopupStore((s) => s.setLog);
  // Only a pending consent request is worth a line here; any error just leaves it out.
  const [sharingAsk, setSharingAsk] = useState(false);
  useEffect(() => {
    send({ type: 'sync:status' }, SyncStatusReplySchema).then(
      (s) => setSharingAsk(s.state === 'needs-consent'),
      () => setSharingAsk(false),
    );
  }, []);

  useEffect(() => {
    if (log.kind !== 'logged') return;
    const timer = setTimeout(() => setLog({ kind: 'idle' }), LOGGED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [log, setLog]);

  const onLog = async () => {
    setLog({ kind: 'logging' });
    try {
      await send({ type: 'habit:log' }, NullReplySchema);
      setLog({ kind: 'logged' });
    } catch (e) {
      setLog({ kind: 'error', message: replyErrorText(e).text });
    }
  };

  const openHabits = async (section: 'overview' | 'privacy' | 'settings' | 'sharing' = 'overview') => {
    await browser.tabs.create({ url: `${browser.runtime.getURL('/habits.html')}#${section}` });
    window.close();
  };

  if (data.status === 'loading') {
    return (
      <div className="hb-root hb-popup pp-loading" aria-busy="true">
        <p className="hb-muted">{i18n.t('common.loading')}</p>
      </div>
    );
  }
  if (data.status === 'error') {
    return (
      <div className="hb-root hb-popup pp-loading">
        <p className="hb-error" role="alert">
          {i18n.t('popup.loadError')}
        </p>
        <TechnicalDetail detail={data.error} />
      </div>
    );
  }
  const { summary, rollups, settings, today } = data.value;
  return (
    <PopupView
      summary={summary}
      today={rollups.find((r) => r.day === today) ?? null}
      trackingPaused={settings.trackingPaused}
      log={log}
      onLog={() => void onLog()}
      onOpenHabits={(section) => void openHabits(section)}
      sharingAsk={sharingAsk}
    />
  );
}
