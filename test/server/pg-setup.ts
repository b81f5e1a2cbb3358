/**
 * Vitest globalSetup for the server project: gives the Postgres suites a database URL.
 * DATABASE_URL_TEST wins; otherwise a throwaway cluster is started (as root, via the postgres
 * user) and stopped with its files removed at teardown. When neither works the URL is empty and
 * the Postgres suites fail with the reason (never skip).
 */
import type { TestProject } from 'vitest/node';
import { postgresUnavailable, startThrowawayPostgres, type ThrowawayPostgres } from '../../scripts/pg-test';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    pgUnavailable: string;
  }
}

let cluster: ThrowawayPostgres | undefined;

export async function setup(project: TestProject): Promise<void> {
  const given = process.env.DATABASE_URL_TEST;
  if (given !== undefined && given !== '') {
    project.provide('pgUrl', given);
    project.provide('pgUnavailable', '');
    return;
  }
  const problem = postgresUnavailable();
  if (problem !== undefined) {
    project.provide('pgUrl', '');
    project.provide('pgUnavailable', `${problem}; set DATABASE_URL_TEST to run the PostgreSQL suites`);
    return;
  }
  cluster = await startThrowawayPostgres();
  project.provide('pgUrl', cluster.url);
  project.provide('pgUnavailable', '');
}

export function teardown(): void {
  cluster?.stop();
  cluster = undefined;
}
