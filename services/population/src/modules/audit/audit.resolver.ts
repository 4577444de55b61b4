import { newestFirst, pageSize, PersonalDataAccessEntity, toPage } from '@cp/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { PopulationContext } from '../../context';
import { Resident } from '../resident/resident.type';
import { PersonalDataAccess, PersonalDataAccessConnection } from './audit.type';

/** The audit trail, for district administrators: who read whose personal data in clear. */
@Resolver(() => PersonalDataAccess)
export class PersonalDataAccessResolver {
  @Authorized('district_admin')
  @Query(() => PersonalDataAccessConnection, { description: '个人信息明文读取记录，最新在前（仅分局管理员）' })
  async personalDataAccesses(
    @Ctx() ctx: PopulationContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('username', () => String, { nullable: true, description: '读取人' }) username?: string,
    @Arg('subjectId', () => ID, { nullable: true, description: '被读取的记录' }) subjectId?: string,
  ): Promise<PersonalDataAccessConnection> {
    const limit = pageSize(first);
    const where: FilterQuery<PersonalDataAccessEntity>[] = [];
    if (username) where.push({ username });
    if (subjectId) where.push({ subjectId });
    const order = newestFirst<PersonalDataAccessEntity>('at', after);
    where.push(order.where);
    const rows = await ctx.em.find(PersonalDataAccessEntity, { $and: where }, { orderBy: order.orderBy, limit: limit + 1 });
    const page = toPage(rows, limit, order.keyOf);
    return {
      pageInfo: page.pageInfo,
      nodes: page.nodes.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        username: r.username,
        roles: r.roles,
        operation: r.operation ?? null,
        clientAddress: r.clientAddress ?? null,
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        fields: r.fields,
      })),
    };
  }

  @FieldResolver(() => Resident, { nullable: true, description: '被读取的人员（按查看者权限脱敏）' })
  resident(@Root() a: PersonalDataAccess, @Ctx() ctx: PopulationContext) {
    return a.subjectType === 'Resident' ? ctx.residents.reference(a.subjectId) : null;
  }
}
