import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface BreakingChange {
  path: string;
  message: string;
}

/**
 * Changes from the released contract (schema/released/api.graphql, what partners build
 * against) to the current one that would break a client: a removed field, a narrowed type …
 */
export async function breakingChanges(released: string, current: string): Promise<BreakingChange[]> {
  const changes = await diff(buildSchema(released), buildSchema(current));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map((c) => ({ path: c.path ?? '', message: c.message }));
}
