export { generateContract, SUBGRAPHS, type Contract } from './contract';
export { supergraphPath, subgraphPath, SCHEMA_DIR } from './paths';
