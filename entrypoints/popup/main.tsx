import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/habits/styles.css';
import './popup.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('popup: #root missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
