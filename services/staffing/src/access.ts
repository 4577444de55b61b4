import { inJurisdiction, type Claims } from '@cp/auth';
import { requireJurisdiction, userError, type UserError } from '@cp/service-kit';

/**
 * Staffing decisions (rosters, groups, approvals, posts) belong to the station's head or the
 * district; everyone signed in may read them within their jurisdiction.
 */
export function refuseManager(claims: Claims | null, stationId: string, field = 'stationId'): UserError | null {
  const j = requireJurisdiction(claims);
  const manager = claims!.roles.includes('district_admin') || (claims!.roles.includes('station_head') && inJurisdiction(j, { stationId, communityId: '' }));
  return manager ? null : userError('NOT_STATION_MANAGER', '只有本所所长或分局管理员可以执行此操作', field);
}

export function refuseOutside(claims: Claims | null, stationId: string, communityId = '', field = 'stationId'): UserError | null {
  return inJurisdiction(requireJurisdiction(claims), { stationId, communityId }) ? null : userError('OUTSIDE_JURISDICTION', '不在您的辖区范围内', field);
}
