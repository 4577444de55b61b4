import { DomainError, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { toCommunity } from '../jurisdiction/jurisdiction.mapper';
import { Community } from '../jurisdiction/jurisdiction.type';
import { Resident } from '../resident/resident.type';
import { Unit } from '../unit/unit.type';
import { toUnit } from '../unit/unit.service';
import { WorkItem, Worklist } from './worklist.type';
import { communityById } from '../jurisdiction/jurisdiction.loaders';
import { unitById } from '../unit/unit.loaders';
import { ResidentService } from '../resident/resident.service';
import { WorklistService } from './worklist.service';

@Resolver(() => WorkItem)
export class WorklistResolver {
  @Authorized()
  @Query(() => Worklist, { description: '每日重点工作（限本人辖区）：今日到期与逾期的走访、检查、复核、核查' })
  populationWorklist(
    @Ctx() ctx: RequestContext,
    @Arg('at', () => String, { nullable: true, description: '哪一天（ISO 8601 时刻，默认现在）' }) at?: string,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('horizonDays', () => Int, { nullable: true, description: '另列出此后几天内到期的事项（0 到 14，默认 0）' }) horizonDays?: number,
    @Arg('communityIds', () => [ID], { nullable: true, description: '只列这些社区（平台服务读取某民警的规定任务时必填）' }) communityIds?: string[],
  ) {
    const when = at ? new Date(at) : new Date();
    if (Number.isNaN(+when)) throw new DomainError('WORKLIST_TIME_INVALID', '时间格式不正确，应为 ISO 8601', 'at');
    const horizon = horizonDays ?? 0;
    if (!Number.isInteger(horizon) || horizon < 0 || horizon > 14) throw new DomainError('WORKLIST_HORIZON_INVALID', '预告天数应为 0 到 14', 'horizonDays');
    return ctx.use(WorklistService).of(when, { communityId, communityIds }, horizon);
  }

  @FieldResolver(() => Resident, { nullable: true })
  resident(@Root() item: WorkItem, @Ctx() ctx: RequestContext) {
    return item.residentId ? ctx.use(ResidentService).reference(item.residentId) : null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  async unit(@Root() item: WorkItem, @Ctx() ctx: RequestContext) {
    const u = item.unitId ? await ctx.use(unitById).load(item.unitId) : null;
    return u && toUnit(u);
  }

  @FieldResolver(() => Community)
  async community(@Root() item: WorkItem, @Ctx() ctx: RequestContext) {
    return toCommunity((await ctx.use(communityById).load(item.communityId))!);
  }
}
