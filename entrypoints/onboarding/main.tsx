import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/habits/styles.css';
import '@/components/onboarding/onboarding.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('onboarding: #root missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
