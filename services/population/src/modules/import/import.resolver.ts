import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toCommunity } from '../jurisdiction/jurisdiction.mapper';
import { Community } from '../jurisdiction/jurisdiction.type';
import { ImportRowStatus } from './import.entity';
import { HousingImportRow, ImportJob, ImportJobPayload, ImportRow, ResidentImportRow, StartImportInput } from './import.type';
import { communityById } from '../jurisdiction/jurisdiction.loaders';
import { ImportService } from './import.service';
import { type RequestContext } from '@cp/service-kit';

const OFFICERS = ['community_officer', 'station_head'];

@Resolver(() => ImportJob)
export class ImportResolver {
  @Authorized(...OFFICERS)
  @Mutation(() => ImportJobPayload, { description: '开始批量导入：随后分批上传行（每批最多 500 行），全部通过后确认写入' })
  startImport(@Arg('input', () => StartImportInput) input: StartImportInput, @Ctx() ctx: RequestContext) {
    return ctx.use(ImportService).start(input);
  }

  @Authorized(...OFFICERS)
  @Mutation(() => ImportJobPayload, { description: '上传一批实有人口行并逐行校验；同一行号再次上传会替换原结果' })
  addResidentImportRows(@Arg('jobId', () => ID) jobId: string, @Arg('rows', () => [ResidentImportRow]) rows: ResidentImportRow[], @Ctx() ctx: RequestContext) {
    return ctx.use(ImportService).addResidentRows(jobId, rows);
  }

  @Authorized(...OFFICERS)
  @Mutation(() => ImportJobPayload, { description: '上传一批实有房屋行并逐行校验；同一行号再次上传会替换原结果' })
  addHousingImportRows(@Arg('jobId', () => ID) jobId: string, @Arg('rows', () => [HousingImportRow]) rows: HousingImportRow[], @Ctx() ctx: RequestContext) {
    return ctx.use(ImportService).addHousingRows(jobId, rows);
  }

  @Authorized(...OFFICERS)
  @Mutation(() => ImportJobPayload, { description: '确认写入：全部行通过校验时一次写入（事务），否则什么也不写' })
  commitImport(@Arg('jobId', () => ID) jobId: string, @Ctx() ctx: RequestContext) {
    return ctx.use(ImportService).commit(jobId);
  }

  @Authorized()
  @Query(() => ImportJob, { nullable: true, description: '一次导入的进度与结果' })
  importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.use(ImportService).get(id);
  }

  @Authorized()
  @Query(() => [ImportJob], { description: '本人最近的导入，新的在前' })
  myImports(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    return ctx.use(ImportService).mine(first ?? 20);
  }

  @FieldResolver(() => [ImportRow], { description: '逐行结果，按行号；可只看某种结果（如被拒绝的行）' })
  rows(
    @Root() job: ImportJob,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => ImportRowStatus, { nullable: true }) status?: ImportRowStatus,
    @Arg('first', () => Int, { nullable: true, description: '最多条数，默认 200，最多 1000' }) first?: number,
    @Arg('afterRowNo', () => Int, { nullable: true }) afterRowNo?: number,
  ) {
    return ctx.use(ImportService).rows(job, status, first ?? 200, afterRowNo);
  }

  @FieldResolver(() => Community)
  async community(@Root() job: ImportJob, @Ctx() ctx: RequestContext) {
    return toCommunity((await ctx.use(communityById).load(job.communityId))!);
  }
}
