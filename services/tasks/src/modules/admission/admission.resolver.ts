import type { RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AdmissionService, toAdmission } from './admission.service';
import { AdmissionPayload, DecideAdmissionInput, RequestAdmissionInput, TemplateAdmission } from './admission.type';

@Resolver(() => TemplateAdmission)
export class AdmissionResolver {
  @Authorized('district_admin')
  @Query(() => [TemplateAdmission], { description: '任务准入申请与决定（分局）' })
  async taskAdmissions(@Ctx() ctx: RequestContext) {
    return (await ctx.use(AdmissionService).list()).map((a) => toAdmission(a));
  }

  @Authorized('district_admin')
  @Mutation(() => AdmissionPayload, { description: '登记职能部门的任务准入申请' })
  requestTaskAdmission(@Arg('input', () => RequestAdmissionInput) input: RequestAdmissionInput, @Ctx() ctx: RequestContext) {
    return ctx.use(AdmissionService).request(input);
  }

  @Authorized('district_admin')
  @Mutation(() => AdmissionPayload, { description: '审核任务准入（申请人以外的分局管理员）' })
  decideTaskAdmission(@Arg('input', () => DecideAdmissionInput) input: DecideAdmissionInput, @Ctx() ctx: RequestContext) {
    return ctx.use(AdmissionService).decide(input);
  }
}
