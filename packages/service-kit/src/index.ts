import 'reflect-metadata';

export * from './audit';
export * from './definition';
export * from './errors';
export * from './env';
export * from './logger';
export * from './loaders';
export * from './orm';
export * from './pagination';
export * from './schema';
export * from './server';
export * from './cli';
export * from './bulk';
export * from './jurisdiction';
export type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
export * from './optimistic';
export * from './local-database';
