/** Public entry: the subgraph definition (for schema generation and tests). */
export { performanceSubgraph } from './subgraph';
