import type { AdminPolicyResponse } from '../../api/contract';
import type { PolicyInput } from '../../../lib/policy/schema';
import type { KpiData, KpiQuery, Me, Settings, Token, UseCase, UseCaseInput } from './model';

export type PolicyState = AdminPolicyResponse;

/** Everything the screens ask of the server. Implemented over fetch in api.ts; tests pass a stubbed fetch. */
export interface DashboardApi {
  /** The signed-in admin, or null when there is no session. */
  me(): Promise<Me | null>;
  signIn(email: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  kpis(q: KpiQuery): Promise<KpiData>;
  kpisCsvUrl(q: KpiQuery): string;
  listUseCases(): Promise<UseCase[]>;
  createUseCase(input: UseCaseInput): Promise<UseCase>;
  updateUseCase(id: string, input: UseCaseInput): Promise<UseCase>;
  deleteUseCase(id: string): Promise<void>;
  getPolicy(): Promise<PolicyState>;
  savePolicy(draft: PolicyInput): Promise<PolicyState>;
  publishPolicy(): Promise<PolicyState>;
  listTokens(): Promise<Token[]>;
  createToken(label: string): Promise<{ token: Token; secret: string }>;
  revokeToken(id: string): Promise<Token>;
  getSettings(): Promise<Settings>;
  saveSettings(kAnonymity: number): Promise<Settings>;
}
