import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import '@/components/habits/styles.css';
import './habits.css';
import { App } from './App';
import { messagesReady } from '../shared/messages-ready';

// Renders once the translated messages are there (see messages-ready.ts).
void messagesReady().then(() => {
  // The page speaks the language its messages are in (index.html says English until then).
  document.documentElement.lang = i18n.t('format.locale') || 'en';
  document.title = i18n.t('habits.pageTitle');

  const root = document.getElementById('root');
  if (!root) throw new Error('habits: #root missing');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
