// First: gives the card preview's i18n.t its messages before #i18n loads.
import './i18n-shim';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApi } from './api';
import type { DashboardApi } from './api-types';
import './styles.css';

/** Wires the real fetch and cookies into the API client; the 401 hook sends the admin back to sign-in. */
function Root() {
  const [ended, setEnded] = useState(0);
  const [api] = useState<DashboardApi>(() =>
    createApi({
      fetch: (input, init) => window.fetch(input, init),
      cookies: () => document.cookie,
      onUnauthorized: () => setEnded((n) => n + 1),
    }),
  );
  return <App api={api} sessionEnded={ended} />;
}

const el = document.getElementById('root');
if (el) {
  createRoot(el).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
