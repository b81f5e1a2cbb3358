/** First-run tour wiring: loads what the tour shows once, hands the writes to the background. */
import { useEffect, useMemo, useState } from 'react';
import { Onboarding } from '@/components/onboarding/Onboarding';
import { sampleTip } from '@/components/onboarding/sample';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { closeTab, completeTour, copyText, fallbackTour, loadTour, saveGoal, saveTool, type TourData } from './data';

const LINKS = { sharing: '/habits.html#sharing', habits: '/habits.html' } as const;

export function App() {
  const [data, setData] = useState<TourData | null>(null);
  const sample = useMemo(
    () => sampleTip(i18n.t('onboarding.try.sampleRecord'), new Date().toLocaleDateString(), browser.i18n.getUILanguage()),
    [],
  );

  useEffect(() => {
    let alive = true;
    void loadTour()
      .catch(fallbackTour)
      .then((d) => alive && setData(d));
    return () => {
      alive = false;
    };
  }, []);

  if (!data) {
    return (
      <div className="hb-root ob-page">
        <p className="ob-loading hb-muted" aria-busy="true">
          {i18n.t('onboarding.loading')}
        </p>
      </div>
    );
  }
  return (
    <Onboarding
      {...data}
      sample={sample}
      links={LINKS}
      onSaveTool={saveTool}
      onSaveGoal={saveGoal}
      onCopy={copyText}
      onComplete={completeTour}
      onCloseTab={() => void closeTab()}
    />
  );
}
