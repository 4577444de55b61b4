import type { Role } from '@cp/auth';
import { userError, type UserError } from '@cp/service-kit';
import { OfficerRole, type OfficerEntity } from '../officer/officer.entity';

/**
 * Which roles one console account may hold together, and what each needs of its officer: the
 * one policy for creating and changing accounts. Clear access to personal data follows the
 * officer's own posts (A/B posts, station headship), so the district administrator — who sees
 * the whole district — never holds a post's role as well: that would read the district in clear.
 */
export const ALLOWED_ROLE_SETS: ReadonlyArray<readonly Role[]> = [
  ['district_admin'],
  ['station_head'],
  ['community_officer'],
  ['station_head', 'community_officer'],
];

/** The officer's own post that makes a role: station headship for 所长 (a deputy heads the station in the head's absence). */
const POST_FOR_ROLE: Partial<Record<Role, readonly OfficerRole[]>> = {
  station_head: [OfficerRole.station_head, OfficerRole.deputy_head],
};

/** Roles whose jurisdiction comes from an officer (their station, their posts). */
export const NEEDS_OFFICER: readonly Role[] = ['station_head', 'community_officer'];

/** The roles an administrator can give a console user: those of the allowed sets (partners get theirs from their registration). */
export const CONSOLE_ROLES: readonly string[] = [...new Set(ALLOWED_ROLE_SETS.flat())];

/** Whether two role lists hold the same roles, whatever their order (and repeats in `b`). */
export const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === new Set(b).size && a.every((r) => b.includes(r));

/** Whether an account with these roles and officer would be refused, and why (coded). */
export function checkRolePolicy(roles: readonly string[], officer: OfficerEntity | null): UserError[] {
  const unique = [...new Set(roles)];
  if (!unique.length) return [userError('ACCOUNT_ROLE_REQUIRED', '至少选择一个角色', 'roles')];
  if (!ALLOWED_ROLE_SETS.some((set) => sameRoles(set, unique))) {
    return [userError('ACCOUNT_ROLE_COMBINATION', '分局管理员不能兼任所长或社区民警：个人信息的明文查看只来自本人的岗位', 'roles')];
  }
  if (!officer && unique.some((r) => NEEDS_OFFICER.includes(r as Role))) {
    return [userError('ACCOUNT_OFFICER_REQUIRED', '所长、社区民警账号必须对应一名警员（其辖区由警员的派出所和岗位决定）', 'officerId')];
  }
  const problems: UserError[] = [];
  for (const role of unique) {
    const posts = POST_FOR_ROLE[role as Role];
    if (posts && officer && !posts.includes(officer.role)) {
      problems.push(userError('ACCOUNT_ROLE_NOT_OFFICERS_POST', '所长角色只能给本所所长或副所长本人', 'roles'));
    }
  }
  return problems;
}

/** Headship as the officer's own post: whether `roles` give this officer their station. */
export const headsStation = (roles: readonly string[], officer: OfficerEntity): boolean =>
  roles.includes('station_head') && (POST_FOR_ROLE.station_head ?? []).includes(officer.role);
