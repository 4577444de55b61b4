import { jurisdictionOf, type Claims, type Jurisdiction } from '@cp/auth';
import { errors } from './errors';

/** The caller's jurisdiction; unauthenticated callers have none. */
export function requireJurisdiction(claims: Claims | null): Jurisdiction {
  if (!claims) throw errors.unauthenticated();
  return jurisdictionOf(claims);
}

/**
 * A filter limiting rows to a jurisdiction, for entities that carry their station and
 * community under the given property names. Empty for district-wide callers.
 */
export function jurisdictionWhere(j: Jurisdiction, stationKey = 'stationId', communityKey = 'communityId'): Record<string, unknown> {
  if (j.all) return {};
  return { $or: [{ [stationKey]: { $in: j.stationIds } }, { [communityKey]: { $in: j.communityIds } }] };
}
