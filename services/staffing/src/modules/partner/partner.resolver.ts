import { errors, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PartnerOperationService, toOperation } from './partner-operations';
import {
  PartnerClient,
  PartnerOperation,
  PartnerOperationPayload,
  PartnerPayload,
  TrustedPartnerOperation,
  PartnerSecretPayload,
  PartnerTokenPayload,
  RegisterPartnerInput,
} from './partner.type';
import { partnerOperations } from './partner.loaders';
import { PartnerService } from './partner.service';

@Resolver(() => PartnerClient)
export class PartnerResolver {
  @Authorized('district_admin')
  @Query(() => [PartnerClient], { description: '合作平台（分局管理员）' })
  partners(@Ctx() ctx: RequestContext) {
    return ctx.use(PartnerService).list();
  }

  @Authorized('district_admin')
  @Mutation(() => PartnerSecretPayload, { description: '登记合作平台：返回客户端标识与密钥（密钥仅显示一次）' })
  registerPartner(@Arg('input', () => RegisterPartnerInput) input: RegisterPartnerInput, @Ctx() ctx: RequestContext) {
    return ctx.use(PartnerService).register(input);
  }

  @Authorized('district_admin')
  @Mutation(() => PartnerSecretPayload, { description: '轮换密钥：旧密钥立即失效' })
  rotatePartnerSecret(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return ctx.use(PartnerService).rotate(id, version);
  }

  @Authorized('district_admin')
  @Mutation(() => PartnerPayload, { description: '吊销合作平台：不能再换取令牌' })
  revokePartner(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return ctx.use(PartnerService).revoke(id, version);
  }

  @Mutation(() => PartnerTokenPayload, { description: '客户端凭证换取访问令牌（15 分钟有效）' })
  partnerToken(@Arg('clientId') clientId: string, @Arg('clientSecret') clientSecret: string, @Ctx() ctx: RequestContext) {
    return ctx.use(PartnerService).token(clientId, clientSecret);
  }

  @FieldResolver(() => [PartnerOperation], { description: '已登记的操作（可信文档）' })
  async operations(@Root() p: PartnerClient, @Ctx() ctx: RequestContext): Promise<PartnerOperation[]> {
    return (await ctx.use(partnerOperations).load(p.id)).map(toOperation);
  }

  @Authorized('district_admin')
  @Mutation(() => PartnerOperationPayload, { description: '为合作平台登记一个操作（可信文档）；生产环境中合作平台只能执行已登记的操作' })
  registerPartnerOperation(@Arg('partnerId', () => ID) partnerId: string, @Arg('document') document: string, @Ctx() ctx: RequestContext) {
    return ctx.use(PartnerOperationService).register(partnerId, document);
  }

  @Authorized('district_admin')
  @Mutation(() => Boolean, { description: '撤销合作平台的一个已登记操作' })
  removePartnerOperation(@Arg('partnerId', () => ID) partnerId: string, @Arg('hash') hash: string, @Ctx() ctx: RequestContext) {
    return ctx.use(PartnerOperationService).remove(partnerId, hash);
  }

  @Query(() => [TrustedPartnerOperation], { description: '供网关使用：未吊销合作平台的已登记操作（仅网关自身可查）' })
  trustedPartnerOperations(@Ctx() ctx: RequestContext) {
    if (ctx.claims?.sub !== 'gateway') throw errors.unauthorized();
    return ctx.use(PartnerOperationService).trusted();
  }
}
