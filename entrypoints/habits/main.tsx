import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/habits/styles.css';
import './habits.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('habits: #root missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
