export * from './session';
export * from './apollo';
export * from './labels';
