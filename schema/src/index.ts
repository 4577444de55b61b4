export { generateContract, SUBGRAPHS, type Contract } from './contract';
export { apiSchemaPath, supergraphPath, subgraphPath, SCHEMA_DIR } from './paths';
