export * from './district';
export { stableId, rng } from './random';
export { GIVEN, LOCAL_AREA, ORIGINS, ROADS, SURNAMES } from './names';
