import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { EditRosterShiftInput, GenerateRosterInput, GenerateRosterPayload, RosterShift, RosterShiftPayload, ShiftPattern } from './roster.type';
import { RosterService } from './roster.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver()
export class RosterResolver {
  @Authorized()
  @Query(() => [ShiftPattern], { description: '勤务模式' })
  shiftPatterns(@Ctx() ctx: RequestContext) {
    return ctx.use(RosterService).patterns();
  }

  @Authorized()
  @Query(() => [RosterShift], { description: '某派出所的排班（按日期 YYYY-MM-DD，含首尾）' })
  roster(@Arg('stationId', () => ID) stationId: string, @Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: RequestContext) {
    return ctx.use(RosterService).shifts(stationId, from, to);
  }

  @Authorized('station_head', 'district_admin')
  @Mutation(() => GenerateRosterPayload, { description: '按勤务模式为警组生成排班；人工调整过的班次保留' })
  generateRoster(@Arg('input', () => GenerateRosterInput) input: GenerateRosterInput, @Ctx() ctx: RequestContext) {
    return ctx.use(RosterService).generate(input);
  }

  @Authorized('station_head', 'district_admin')
  @Mutation(() => RosterShiftPayload, { description: '调整单个班次' })
  editRosterShift(@Arg('input', () => EditRosterShiftInput) input: EditRosterShiftInput, @Ctx() ctx: RequestContext) {
    return ctx.use(RosterService).edit(input);
  }
}
