import { useCallback, useEffect, useState } from 'react';
import type { DashboardApi } from './api-types';
import type { Me } from './model';
import { ApiContext } from './context';
import { Layout, routeFromHash } from './Layout';
import type { Route } from './Layout';
import { SignIn } from './SignIn';
import { Overview } from './Overview';
import { UseCases } from './UseCases';
import { PolicyEditor } from './PolicyEditor';
import { Tokens } from './Tokens';
import { Settings } from './Settings';
import { Banner, Loading } from './ui';

export interface AppProps {
  api: DashboardApi;
  /** Fixed "today" for tests and screenshots; the real date otherwise. */
  today?: string;
  /** Bumped by the api's onUnauthorized hook: the session ended while the app was open. */
  sessionEnded?: number;
}

type Session = { status: 'checking' } | { status: 'out'; expired: boolean } | { status: 'in'; me: Me } | { status: 'error' };

export function App({ api, today, sessionEnded = 0 }: AppProps) {
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));

  useEffect(() => {
    const onHash = (): void => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const check = useCallback(() => {
    api.me().then(
      (me) => setSession(me ? { status: 'in', me } : { status: 'out', expired: false }),
      () => setSession({ status: 'error' }),
    );
  }, [api]);
  useEffect(check, [check]);

  useEffect(() => {
    if (sessionEnded > 0) setSession((s) => (s.status === 'in' ? { status: 'out', expired: true } : s));
  }, [sessionEnded]);

  const signIn = async (email: string, password: string): Promise<void> => {
    const me = await api.signIn(email, password);
    setSession({ status: 'in', me });
  };

  const signOut = (): void => {
    void api.signOut().finally(() => setSession({ status: 'out', expired: false }));
  };

  if (session.status === 'checking') return <Loading label="Checking your session…" />;
  if (session.status === 'error') {
    return (
      <main className="signin">
        <div className="signin-card">
          <Banner tone="danger" title="Can't reach the Lastmile server" role="alert">
            <button type="button" className="btn btn-sm btn-secondary" onClick={check}>
              Try again
            </button>
          </Banner>
        </div>
      </main>
    );
  }
  if (session.status === 'out') return <SignIn onSignIn={signIn} expired={session.expired} />;

  return (
    <ApiContext.Provider value={api}>
      <Layout route={route} me={session.me} onSignOut={signOut}>
        {route === 'overview' && <Overview today={today} />}
        {route === 'use-cases' && <UseCases />}
        {route === 'policy' && <PolicyEditor />}
        {route === 'tokens' && <Tokens />}
        {route === 'settings' && <Settings />}
      </Layout>
    </ApiContext.Provider>
  );
}
