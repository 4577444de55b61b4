import { parsePeriod, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { DepartmentPushCount } from './push.type';

@Resolver(() => DepartmentPushCount)
export class PushCountResolver {
  /** One grouped statement for the whole district, whatever the number of pushes. */
  @Authorized('district_admin', 'station_head')
  @Query(() => [DepartmentPushCount], { description: '各职能部门期内推送任务的次数：送达与被拒（含原因）' })
  async taskPushCounts(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DepartmentPushCount[]> {
    const [f, t] = parsePeriod(from, to);
    const rows: Array<{ department_code: string; admitted: boolean; reason_code: string | null; n: number }> = await ctx.em.getConnection().execute(
      `select department_code, admitted, reason_code, count(*)::int as n from push_attempt
          where at >= ? and at < ? group by department_code, admitted, reason_code order by department_code, reason_code nulls first`,
      [f, t],
    );
    const byDepartment = new Map<string, DepartmentPushCount>();
    for (const r of rows) {
      const d = byDepartment.get(r.department_code) ?? { departmentCode: r.department_code, pushed: 0, admitted: 0, refused: 0, refusals: [] };
      d.pushed += r.n;
      if (r.admitted) d.admitted += r.n;
      else {
        d.refused += r.n;
        d.refusals.push({ code: r.reason_code ?? 'UNKNOWN', count: r.n });
      }
      byDepartment.set(r.department_code, d);
    }
    return [...byDepartment.values()];
  }
}
