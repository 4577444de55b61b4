import { PARTNERS_TOO, type RequestContext } from '@cp/service-kit';
import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { TaskTemplateEntity } from './template.entity';
import { toTemplate } from './template.mapper';
import { TaskTemplate } from './template.type';

@Resolver(() => TaskTemplate)
export class TaskTemplateResolver {
  @Authorized(PARTNERS_TOO)
  @Query(() => [TaskTemplate], { description: '任务标准件目录（分局维护）' })
  async taskTemplates(@Ctx() ctx: RequestContext) {
    return (await ctx.em.find(TaskTemplateEntity, { active: true }, { orderBy: { code: 'asc' } })).map(toTemplate);
  }
}
