export * from './claims';
export * from './tokens';
export * from './documents';
export * from './personal-data';
