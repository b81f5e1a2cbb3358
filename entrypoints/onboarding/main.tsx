import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import '@/components/habits/styles.css';
import '@/components/onboarding/onboarding.css';
import { App } from './App';
import { messagesReady } from '../shared/messages-ready';

// Renders once the translated messages are there (see messages-ready.ts).
void messagesReady().then(() => {
  // The page speaks the browser's language (or the English fallback): say so to screen readers and the tab.
  document.documentElement.lang = i18n.t('common.lang');
  document.title = i18n.t('onboarding.pageTitle');

  const root = document.getElementById('root');
  if (!root) throw new Error('onboarding: #root missing');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
