import { DomainError, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Community, Station } from '../federation/federation.type';
import { CommunityPost, DutyOfficer } from '../post/post.type';
import { toOfficer } from './officer.mapper';
import { UpdateOfficerPhoneInput } from './officer.inputs';
import { OfficerService } from './officer.service';
import { Officer, OfficerPayload } from './officer.type';
import { officerById, officersByStation } from './officer.loaders';
import { PostService } from '../post/post.service';
import { DutyService } from '../duty/duty.service';

@Resolver(() => Officer)
export class OfficerResolver {
  @Authorized()
  @Query(() => Officer, { nullable: true })
  async officer(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const o = await ctx.use(officerById).load(id);
    return o && toOfficer(o);
  }

  @Authorized()
  @Query(() => [Officer], { description: '某派出所的警员' })
  async officers(@Arg('stationId', () => ID) stationId: string, @Ctx() ctx: RequestContext) {
    return (await ctx.use(officersByStation).load(stationId)).map(toOfficer);
  }

  @Authorized('station_head', 'district_admin')
  @Mutation(() => OfficerPayload, { description: '修改警员工作电话（本所所长或分局管理员；带上读取时的 version）' })
  updateOfficerPhone(@Arg('input', () => UpdateOfficerPhoneInput) input: UpdateOfficerPhoneInput, @Ctx() ctx: RequestContext) {
    return ctx.use(OfficerService).updatePhone(input);
  }

  @FieldResolver(() => Station, { nullable: true, description: '所属派出所' })
  station(@Root() o: Officer): Station {
    return { id: o.stationId };
  }
}

@Resolver(() => Community)
export class CommunityStaffingResolver {
  @FieldResolver(() => [CommunityPost], { nullable: true, description: '社区 A/B 岗民警' })
  officers(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return ctx.use(PostService).posts(c.id);
  }

  @FieldResolver(() => DutyOfficer, {
    nullable: true,
    description: '某时刻负责本社区的民警：A 岗在班则 A 岗，否则 B 岗在班则 B 岗，否则本所值班组长；默认现在',
  })
  dutyOfficer(@Root() c: Community, @Ctx() ctx: RequestContext, @Arg('at', () => String, { nullable: true, description: 'ISO 8601 时刻' }) at?: string) {
    const moment = at ? new Date(at) : ctx.use(DutyService).now;
    if (Number.isNaN(+moment)) throw new DomainError('INVALID_TIME', '时刻格式无效，应为 ISO 8601');
    return ctx.use(DutyService).dutyOfficer(c.id, moment);
  }
}

@Resolver(() => Station)
export class StationStaffingResolver {
  @FieldResolver(() => [Officer], { nullable: true, description: '本所警员' })
  async officers(@Root() s: Station, @Ctx() ctx: RequestContext) {
    return (await ctx.use(officersByStation).load(s.id)).map(toOfficer);
  }
}
