export * from './claims';
export * from './tokens';
export * from './documents';
