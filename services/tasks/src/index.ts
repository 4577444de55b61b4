/** Public entry: the subgraph definition (for schema generation and tests). */
export { tasksSubgraph } from './subgraph';
