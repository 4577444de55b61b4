import { parsePeriod, parsePeriodCode, periodLoader, perRequest, pgArray, type EntityManager, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Department, DepartmentPushCount, REFUSAL_LABELS } from './push.type';

/** Every push of [from, to), per department, admitted and refused with the reasons: one grouped statement. */
async function countPushes(em: EntityManager, from: Date, to: Date, departmentCodes?: string[]): Promise<DepartmentPushCount[]> {
  const rows: Array<{ department_code: string; admitted: boolean; reason_code: string | null; n: number }> = await em.getConnection().execute(
    `select department_code, admitted, reason_code, count(*)::int as n from push_attempt
        where at >= ? and at < ?${departmentCodes ? ' and department_code = any(?::text[])' : ''}
        group by department_code, admitted, reason_code order by department_code, reason_code nulls first`,
    departmentCodes ? [from, to, pgArray(departmentCodes)] : [from, to],
  );
  const byDepartment = new Map<string, DepartmentPushCount>();
  for (const r of rows) {
    const d = byDepartment.get(r.department_code) ?? { departmentCode: r.department_code, pushed: 0, admitted: 0, refused: 0, refusals: [] };
    d.pushed += r.n;
    if (r.admitted) d.admitted += r.n;
    else {
      d.refused += r.n;
      const code = r.reason_code ?? 'UNKNOWN';
      d.refusals.push({ code, label: REFUSAL_LABELS[code] ?? code, count: r.n });
    }
    byDepartment.set(r.department_code, d);
  }
  return [...byDepartment.values()];
}

/** The departments asked in one request (a ranking's rows), counted together for each period. */
const pushesOf = perRequest(({ em }) =>
  periodLoader(async (codes, from, to) => {
    const counts = new Map((await countPushes(em, from, to, codes)).map((c) => [c.departmentCode, c]));
    return codes.map((code) => counts.get(code) ?? { departmentCode: code, pushed: 0, admitted: 0, refused: 0, refusals: [] });
  }),
);

@Resolver(() => DepartmentPushCount)
export class PushCountResolver {
  @Authorized('district_admin', 'station_head')
  @Query(() => [DepartmentPushCount], { description: '各职能部门期内推送任务的次数：送达与被拒（含原因）' })
  taskPushCounts(@Arg('from', () => String) from: string, @Arg('to', () => String) to: string, @Ctx() ctx: RequestContext): Promise<DepartmentPushCount[]> {
    const [f, t] = parsePeriod(from, to);
    return countPushes(ctx.em, f, t);
  }
}

/** Performance's department, given here the facts the reverse evaluation (逆考评) shows beside its ratings. */
@Resolver(() => Department)
export class DepartmentPushesResolver {
  @Authorized('district_admin', 'station_head')
  @FieldResolver(() => DepartmentPushCount, { nullable: true, description: '考核期内向社区民警推送任务的次数：送达与被拒（逆考评参考）' })
  pushes(@Root() d: Department, @Arg('period', () => String, { description: '考核期，如 2026-Q1' }) period: string, @Ctx() ctx: RequestContext) {
    const p = parsePeriodCode(period);
    return ctx.use(pushesOf)(p.from, p.to).load(d.code);
  }
}
