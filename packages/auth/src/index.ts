export * from './claims';
export * from './tokens';
