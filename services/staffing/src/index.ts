/** Public entry: the subgraph definition (for schema generation and tests). */
export { createStaffingSubgraph } from './subgraph';
