/** Roles of console users. Partner clients get their own role in the partner API. */
export const ROLES = {
  district_admin: '分局管理员',
  station_head: '派出所所长',
  community_officer: '社区民警',
} as const;
export type Role = keyof typeof ROLES;

/** Who is calling, as the gateway vouches for it to the subgraphs. */
export interface Claims {
  /** User id. */
  sub: string;
  username: string;
  name: string;
  roles: Role[];
  /** The officer this user is, when it is one. */
  officerId?: string;
  /** Stations the user answers for (station head). */
  stationIds: string[];
  /** Communities the user answers for (community officer: their A/B posts). */
  communityIds: string[];
}

/** A jurisdiction filter: `all`, or the stations and communities a caller may read. */
export type Jurisdiction = { all: true } | { all: false; stationIds: string[]; communityIds: string[] };

export function jurisdictionOf(claims: Claims): Jurisdiction {
  if (claims.roles.includes('district_admin')) return { all: true };
  return { all: false, stationIds: claims.stationIds, communityIds: claims.communityIds };
}

/** Whether a record in `communityId` of `stationId` is inside the caller's jurisdiction. */
export function inJurisdiction(j: Jurisdiction, place: { stationId: string; communityId: string }): boolean {
  return j.all || j.stationIds.includes(place.stationId) || j.communityIds.includes(place.communityId);
}
