import { createContext, useContext } from 'react';
import type { DashboardApi } from './api-types';

export const ApiContext = createContext<DashboardApi | null>(null);

export function useApi(): DashboardApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext.Provider>');
  return api;
}
