export * from './district';
export { stableId, rng } from './random';
