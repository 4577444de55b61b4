/** Public entry: the subgraph definition (for schema generation and tests). */
export { disputesSubgraph } from './subgraph';
