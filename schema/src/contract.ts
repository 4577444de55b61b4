import { composeServices } from '@theguild/federation-composition';
import { disputesSubgraph } from '@cp/disputes';
import { performanceSubgraph } from '@cp/performance';
import { populationSubgraph } from '@cp/population';
import { printSubgraphSdl, type SubgraphDefinition } from '@cp/service-kit';
import { createStaffingSubgraph } from '@cp/staffing';
import { tasksSubgraph } from '@cp/tasks';
import { parse } from 'graphql';

/** The subgraphs of the platform and where each listens by default (the gateway can override). */
export const SUBGRAPHS: Array<{ def: SubgraphDefinition; url: string }> = [
  { def: populationSubgraph, url: 'http://127.0.0.1:4001/graphql' },
  { def: disputesSubgraph, url: 'http://127.0.0.1:4002/graphql' },
  { def: createStaffingSubgraph(), url: 'http://127.0.0.1:4003/graphql' },
  { def: performanceSubgraph, url: 'http://127.0.0.1:4004/graphql' },
  { def: tasksSubgraph, url: 'http://127.0.0.1:4005/graphql' },
];

export interface Contract {
  subgraphs: Record<string, string>;
  supergraph: string;
  /** What clients see: the composed API without federation internals (console codegen, partners). */
  api: string;
}

/** Prints every subgraph's SDL from code and composes the supergraph; throws on composition errors. */
export async function generateContract(): Promise<Contract> {
  const subgraphs: Record<string, string> = {};
  for (const { def } of SUBGRAPHS) subgraphs[def.name] = await printSubgraphSdl(def);
  const result = composeServices(SUBGRAPHS.map(({ def, url }) => ({ name: def.name, url, typeDefs: parse(subgraphs[def.name]) })));
  if (result.errors?.length || !result.supergraphSdl || !result.publicSdl) {
    throw new Error(`supergraph composition failed:\n${(result.errors ?? []).map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return { subgraphs, supergraph: `${result.supergraphSdl.trim()}\n`, api: `${result.publicSdl.trim()}\n` };
}
