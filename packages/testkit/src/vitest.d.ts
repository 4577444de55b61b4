declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}
export {};
