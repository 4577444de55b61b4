import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Resident, UpdateResidentPayload } from '../resident/resident.type';
import { MergedRecord, MergeResidentsInput } from './merge.type';
import { MergeService } from './merge.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => Resident)
export class MergeResolver {
  @Authorized('community_officer', 'station_head')
  @Mutation(() => UpdateResidentPayload, { description: '合并重复人员记录：保留一条，并入另一条（其走访、列管转入保留的记录，原记录留档）；并发修改会被拒绝' })
  mergeResidents(@Arg('input', () => MergeResidentsInput) input: MergeResidentsInput, @Ctx() ctx: RequestContext) {
    return ctx.use(MergeService).merge(input);
  }

  @FieldResolver(() => [MergedRecord], { description: '已并入本记录的重复记录（留档）' })
  mergedRecords(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    return ctx.use(MergeService).mergedInto(r.id);
  }
}
