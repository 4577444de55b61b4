import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point, polygon } from '@turf/helpers';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GridEntity } from './jurisdiction.entity';

/** A phone's position: WGS84 degrees, and the radius (metres) the browser vouches for. */
export interface Position {
  lat: number;
  lng: number;
  accuracy?: number | null;
}

/**
 * The one test of "is this point in that community": inside any of the community's grids (its
 * police grids tile it, the government grids too), by their outlines. A point on the edge counts
 * as inside. Grids without an outline hold nothing: where the district has not drawn a community,
 * nobody can be verified in it (and the check-in says so instead of counting the time).
 */
export function holdsPoint(grids: Array<Pick<GridEntity, 'boundary'>>, at: Position): boolean {
  const p = point([at.lng, at.lat]);
  return grids.some((g) => {
    const ring = g.boundary;
    if (!ring || ring.length < 3) return false;
    const closed = ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1] ? ring : [...ring, ring[0]];
    return closed.length >= 4 && booleanPointInPolygon(p, polygon([closed]));
  });
}

/** The community whose outline holds the point, or null (outside the district's drawn communities). */
export async function communityAt(em: EntityManager, at: Position): Promise<string | null> {
  // grids are a few thousand small outlines even for a large district: the test runs here, not in SQL
  const grids = await em.find(GridEntity, { boundary: { $ne: null } }, { fields: ['boundary', 'community'] });
  return grids.find((g) => holdsPoint([g], at))?.community.id ?? null;
}

/** Whether a record made at `at` was made inside the community it belongs to; null when the phone gave no position. */
export async function madeInCommunity(em: EntityManager, communityId: string, at: Position | null | undefined): Promise<boolean | null> {
  return at ? holdsPoint(await em.find(GridEntity, { community: communityId }), at) : null;
}
