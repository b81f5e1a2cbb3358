import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Me } from './model';
import { DIcon } from './icons';
import type { DashIconName } from './icons';

export type Route = 'overview' | 'use-cases' | 'policy' | 'tokens' | 'settings';

export const ROUTES: readonly { id: Route; label: string; icon: DashIconName }[] = [
  { id: 'overview', label: 'Overview', icon: 'overview' },
  { id: 'use-cases', label: 'Use cases', icon: 'usecases' },
  { id: 'policy', label: 'Policy', icon: 'policy' },
  { id: 'tokens', label: 'Enrollment tokens', icon: 'tokens' },
  { id: 'settings', label: 'Settings', icon: 'settings' },
];

export function routeFromHash(hash: string): Route {
  const id = hash.replace(/^#\/?/, '');
  return ROUTES.find((r) => r.id === id)?.id ?? 'overview';
}

export function Layout({ route, me, onSignOut, children }: { route: Route; me: Me; onSignOut(): void; children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // On navigation, move focus to the new page's heading so keyboard and screen-reader users start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    document.title = `${ROUTES.find((r) => r.id === route)?.label ?? 'Admin'} · Lastmile admin`;
  }, [route]);

  return (
    <div className="shell">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <nav className="side" aria-label="Main">
        <div className="brand">
          <span className="brand-mark">
            <DIcon name="sparkle" size={18} />
          </span>
          <span>
            Lastmile<small>{me.org.name}</small>
          </span>
        </div>
        <ul className="nav">
          {ROUTES.map((r) => (
            <li key={r.id}>
              <a href={`#/${r.id}`} aria-current={route === r.id ? 'page' : undefined}>
                <DIcon name={r.icon} />
                {r.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="side-foot">
          <p className="who" title={me.email}>
            {me.email}
          </p>
          <button type="button" className="btn btn-quiet btn-sm" onClick={onSignOut}>
            <DIcon name="logout" size={14} />
            Sign out
          </button>
        </div>
      </nav>
      <main id="main" ref={mainRef} className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
