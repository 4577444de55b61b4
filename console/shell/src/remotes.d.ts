/** Each domain remote (console/federation.mjs) exposes `./domain`: its manifest. */
declare module '*/domain' {
  const manifest: import('@cp/ui').DomainManifest;
  export default manifest;
}

/** One loader per remote, generated from federation.mjs's REMOTES. */
declare module 'virtual:domains' {
  export const DOMAIN_LOADERS: Array<{ name: string; load: () => Promise<{ default: import('@cp/ui').DomainManifest }> }>;
}
