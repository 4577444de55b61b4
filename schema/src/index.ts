export { generateContract, SUBGRAPHS, type Contract } from './contract';
export { apiSchemaPath, releasedApiPath, supergraphPath, subgraphPath, SCHEMA_DIR } from './paths';
export { breakingChanges, type BreakingChange } from './breaking';
