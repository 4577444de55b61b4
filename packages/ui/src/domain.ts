import type { ComponentType, ReactNode } from 'react';

/** One menu entry of a domain; `roles` limits it to users holding one of them. */
export interface MenuEntry {
  /** The route it opens, under the remote's name: `/population/residents`. */
  key: string;
  label: string;
  icon: ReactNode;
  roles?: string[];
}

/**
 * What a console remote tells the shell about its domain (exposed as `./domain`): its title, menu
 * and routes. The shell mounts it at /<remote name>/*. The shell lists the remotes, never their pages, so a page
 * is added in its remote alone.
 */
export interface DomainManifest {
  title: string;
  menu: MenuEntry[];
  /** Loaded on first visit (`lazy(() => import('./routes'))`), so the menu costs no page code. */
  Routes: ComponentType;
  /** Small things the domain shows in the header on every page (the inbox's badge), for these roles. */
  header?: { Widget: ComponentType; roles?: string[] };
}

/** Declares a remote's manifest, checked against the shape the shell reads. */
export const defineDomain = (manifest: DomainManifest): DomainManifest => manifest;
