import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PopulationContext } from '../../context';
import { Resident, UpdateResidentPayload } from '../resident/resident.type';
import { MergedRecord, MergeResidentsInput } from './merge.type';

@Resolver(() => Resident)
export class MergeResolver {
  @Authorized('community_officer', 'station_head')
  @Mutation(() => UpdateResidentPayload, { description: '合并重复人员记录：保留一条，并入另一条（其走访、列管转入保留的记录，原记录留档）；并发修改会被拒绝' })
  mergeResidents(@Arg('input', () => MergeResidentsInput) input: MergeResidentsInput, @Ctx() ctx: PopulationContext) {
    return ctx.merges.merge(input);
  }

  @FieldResolver(() => [MergedRecord], { description: '已并入本记录的重复记录（留档）' })
  mergedRecords(@Root() r: Resident, @Ctx() ctx: PopulationContext) {
    return ctx.merges.mergedInto(r.id);
  }
}
