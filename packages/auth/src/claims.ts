/** Roles of console users. Partner clients get their own role in the partner API. */
export const ROLES = {
  district_admin: '分局管理员',
  station_head: '派出所所长',
  community_officer: '社区民警',
  partner: '合作平台',
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
  /** Communities the user answers for (community officer: their A/B posts; partner: its grid cells' communities). */
  communityIds: string[];
  /** A partner client's scopes (e.g. `residents:read`); console users have no scopes field and all access their role gives. */
  scopes?: string[];
  /** The functional department (职能部门) a partner client is the system of: it pushes tasks as that department only. */
  departmentCode?: string;
  /** The login session (JWT id): logout revokes it. */
  jti?: string;
}

/** The scopes a partner client may be granted. */
export const PARTNER_SCOPES = {
  'residents:read': '读取辖区实有人口（身份号码、电话始终脱敏）',
  'disputes:read': '读取辖区矛盾纠纷摘要',
  'grid-events:report': '上报网格事件',
  'tasks:push': '以本部门名义推送任务（须经分局准入，每次推送计入逆考评）',
} as const;
export type PartnerScope = keyof typeof PARTNER_SCOPES;

/** Whether a caller may use a scoped capability: console users by their role, partners by their grant. */
export const hasScope = (claims: Claims, scope: PartnerScope): boolean => !claims.roles.includes('partner') || !!claims.scopes?.includes(scope);

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
