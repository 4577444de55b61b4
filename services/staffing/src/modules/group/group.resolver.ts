import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Station } from '../federation/federation.type';
import { PoliceGroup, PoliceGroupPayload, SavePoliceGroupInput } from './group.type';
import { GroupService } from './group.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => PoliceGroup)
export class GroupResolver {
  @Authorized()
  @Query(() => [PoliceGroup], { description: '某派出所的警组' })
  policeGroups(@Arg('stationId', () => ID) stationId: string, @Ctx() ctx: RequestContext) {
    return ctx.use(GroupService).ofStation(stationId);
  }

  @Authorized('station_head', 'district_admin')
  @Mutation(() => PoliceGroupPayload, { description: '新建或修改警组（2–5 人，组长须为组员）' })
  savePoliceGroup(@Arg('input', () => SavePoliceGroupInput) input: SavePoliceGroupInput, @Ctx() ctx: RequestContext) {
    return ctx.use(GroupService).save(input);
  }

  @FieldResolver(() => Station)
  station(@Root() g: PoliceGroup): Station {
    return { id: g.stationId };
  }
}
