import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateContract } from './contract';
import { apiSchemaPath, subgraphPath, supergraphPath } from './paths';

/** `pnpm schema`: regenerates schema/subgraphs/*.graphql and schema/supergraph.graphql from code. */
async function main() {
  const contract = await generateContract();
  for (const [name, sdl] of Object.entries(contract.subgraphs)) {
    mkdirSync(dirname(subgraphPath(name)), { recursive: true });
    writeFileSync(subgraphPath(name), sdl);
    console.log(`wrote ${subgraphPath(name)}`);
  }
  writeFileSync(supergraphPath, contract.supergraph);
  console.log(`wrote ${supergraphPath}`);
  writeFileSync(apiSchemaPath, contract.api);
  console.log(`wrote ${apiSchemaPath}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
