import { countUpTo, DomainError, newestFirst, pageSize, PersonalDataAccessEntity, toPage, type RequestContext } from '@cp/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Resident } from '../resident/resident.type';
import { AuditCaller, PersonalDataAccess, PersonalDataAccessConnection, PersonalDataAccessFilter } from './audit.type';
import { ResidentService } from '../resident/resident.service';

/** The audit trail, for district administrators: who read whose personal data, when, from where. */
@Resolver(() => PersonalDataAccess)
export class PersonalDataAccessResolver {
  @Authorized('district_admin')
  @Query(() => PersonalDataAccessConnection, { description: '个人信息读取记录，最新在前（仅分局管理员）；保留至少六个月' })
  async personalDataAccesses(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('username', () => String, { nullable: true, description: '读取人（同 filter.username）' }) username?: string,
    @Arg('subjectId', () => ID, { nullable: true, description: '被读取的记录（同 filter.subjectId）' }) subjectId?: string,
    @Arg('filter', () => PersonalDataAccessFilter, { nullable: true }) filter?: PersonalDataAccessFilter,
    @Arg('offset', () => Int, { nullable: true, description: '跳过前若干条（跳到第 N 页；最多 10000，与 after 二选一）' }) offset?: number,
  ): Promise<PersonalDataAccessConnection> {
    const limit = pageSize(first);
    const where = filterOf({ ...filter, username: filter?.username ?? username, subjectId: filter?.subjectId ?? subjectId });
    const order = newestFirst<PersonalDataAccessEntity>('at', after, offset);
    const [rows, counted] = await Promise.all([
      ctx.em.find(PersonalDataAccessEntity, { $and: [...where, order.where] }, { orderBy: order.orderBy, offset: order.offset, limit: limit + 1 }),
      countUpTo(ctx.em, PersonalDataAccessEntity, { $and: where }),
    ]);
    const page = toPage(rows, limit, order.keyOf);
    return {
      totalCount: counted.count,
      totalCapped: counted.capped,
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
        masked: r.masked,
      })),
    };
  }

  @FieldResolver(() => Resident, { nullable: true, description: '被读取的人员（按查看者权限脱敏）' })
  resident(@Root() a: PersonalDataAccess, @Ctx() ctx: RequestContext) {
    return a.subjectType === 'Resident' ? ctx.use(ResidentService).reference(a.subjectId) : null;
  }
}

function filterOf(f: PersonalDataAccessFilter): FilterQuery<PersonalDataAccessEntity>[] {
  const where: FilterQuery<PersonalDataAccessEntity>[] = [];
  const at: { $gte?: Date; $lt?: Date } = {};
  if (f.from) at.$gte = instant(f.from, 'from');
  if (f.to) at.$lt = instant(f.to, 'to');
  if (f.from || f.to) where.push({ at });
  if (f.username) where.push({ username: f.username.trim() });
  if (f.subjectId) where.push({ subjectId: f.subjectId });
  if (f.operation) where.push({ operation: f.operation.trim() });
  if (f.clientAddress) where.push({ clientAddress: f.clientAddress.trim() });
  if (f.caller === AuditCaller.partner) where.push({ roles: { $contains: ['partner'] } });
  if (f.caller === AuditCaller.user) where.push({ $not: { roles: { $contains: ['partner'] } } });
  return where;
}

function instant(value: string, field: string): Date {
  const d = new Date(value);
  if (Number.isNaN(+d)) throw new DomainError('AUDIT_TIME_INVALID', '时间格式不正确，应为 ISO 8601', `filter.${field}`);
  return d;
}
