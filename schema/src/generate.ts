import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateContract } from './contract';
import { enumLabelsModule } from './enum-labels';
import { apiSchemaPath, enumLabelsPath, subgraphPath, supergraphPath } from './paths';

/** `pnpm schema`: regenerates schema/subgraphs/*.graphql, schema/supergraph.graphql, api.graphql and the console's enum labels from code. */
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
  writeFileSync(enumLabelsPath, enumLabelsModule(contract.api));
  console.log(`wrote ${enumLabelsPath}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
