import type { DomainManifest } from '@cp/ui';
import { DOMAIN_LOADERS } from 'virtual:domains';

/** A remote by name, with its manifest, or null when it could not be loaded. */
export interface LoadedDomain {
  name: string;
  manifest: DomainManifest | null;
}

/**
 * Every remote's manifest, fetched once when the console opens (a manifest is a menu and a lazy
 * import, not pages). A remote that fails keeps its place by name, so only its own pages say so.
 */
export const domainsLoaded: Promise<LoadedDomain[]> = Promise.all(
  DOMAIN_LOADERS.map(({ name, load }) =>
    load().then(
      (m) => ({ name, manifest: m.default }),
      (error: unknown) => {
        console.error(`remote ${name} failed to load`, error);
        return { name, manifest: null };
      },
    ),
  ),
);

/** The menu: every loaded domain's entries the user's roles allow, in the remotes' order. */
export const menuFor = (domains: LoadedDomain[], roles: string[]) =>
  domains
    .flatMap((d) => d.manifest?.menu ?? [])
    .filter((m) => !m.roles || m.roles.some((r) => roles.includes(r)))
    .map(({ key, label, icon }) => ({ key, label, icon }));

/** The header widgets of the loaded domains the user's roles allow. */
export const headerWidgetsFor = (domains: LoadedDomain[], roles: string[]) =>
  domains.flatMap((d) => {
    const header = d.manifest?.header;
    return header && (!header.roles || header.roles.some((r) => roles.includes(r))) ? [{ name: d.name, Widget: header.Widget }] : [];
  });
