import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffingContext } from '../../context';
import { Station } from '../federation/federation.type';
import { PoliceGroup, PoliceGroupPayload, SavePoliceGroupInput } from './group.type';

@Resolver(() => PoliceGroup)
export class GroupResolver {
  @Authorized()
  @Query(() => [PoliceGroup], { description: '某派出所的警组' })
  policeGroups(@Arg('stationId', () => ID) stationId: string, @Ctx() ctx: StaffingContext) {
    return ctx.groups.ofStation(stationId);
  }

  @Authorized('station_head', 'district_admin')
  @Mutation(() => PoliceGroupPayload, { description: '新建或修改警组（2–5 人，组长须为组员）' })
  savePoliceGroup(@Arg('input', () => SavePoliceGroupInput) input: SavePoliceGroupInput, @Ctx() ctx: StaffingContext) {
    return ctx.groups.save(input);
  }

  @FieldResolver(() => Station)
  station(@Root() g: PoliceGroup): Station {
    return { id: g.stationId };
  }
}
