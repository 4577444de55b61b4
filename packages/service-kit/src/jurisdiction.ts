import { hasScope, isPlatformService, jurisdictionOf, PARTNER_SCOPES, type Claims, type Jurisdiction, type PartnerScope } from '@cp/auth';
import { DomainError, errors } from './errors';

/** The caller's jurisdiction; unauthenticated callers have none. */
export function requireJurisdiction(claims: Claims | null): Jurisdiction {
  if (!claims) throw errors.unauthenticated();
  return jurisdictionOf(claims);
}

/**
 * For reads the platform's own services make on behalf of the work they run (tasks reading an
 * officer's standing work, the morning push): district-wide for a service, the caller's own otherwise.
 * Each such read narrows itself (to a subject, an officer, named communities).
 */
export function serviceOrJurisdiction(claims: Claims | null): Jurisdiction {
  return isPlatformService(claims) ? { all: true } : requireJurisdiction(claims);
}

/**
 * A filter limiting rows to a jurisdiction, for entities that carry their station and
 * community under the given property names. Empty for district-wide callers.
 */
export function jurisdictionWhere(j: Jurisdiction, stationKey = 'stationId', communityKey = 'communityId'): Record<string, unknown> {
  if (j.all) return {};
  return { $or: [{ [stationKey]: { $in: j.stationIds } }, { [communityKey]: { $in: j.communityIds } }] };
}

/** A partner client may use a capability only with the scope for it (console users: by role). */
export function requireScope(claims: Claims | null, scope: PartnerScope): void {
  if (!claims) throw errors.unauthenticated();
  if (!hasScope(claims, scope)) throw new DomainError('SCOPE_REQUIRED', `该客户端未获得「${PARTNER_SCOPES[scope]}」授权`);
}
