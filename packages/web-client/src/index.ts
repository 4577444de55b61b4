export * from './session';
export * from './apollo';
export * from './enum-labels.generated';
