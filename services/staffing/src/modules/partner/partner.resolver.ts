import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffingContext } from '../../context';
import { PartnerClient, PartnerPayload, PartnerSecretPayload, PartnerTokenPayload, RegisterPartnerInput } from './partner.type';

@Resolver(() => PartnerClient)
export class PartnerResolver {
  @Authorized('district_admin')
  @Query(() => [PartnerClient], { description: '合作平台（分局管理员）' })
  partners(@Ctx() ctx: StaffingContext) {
    return ctx.partners.list();
  }

  @Authorized('district_admin')
  @Mutation(() => PartnerSecretPayload, { description: '登记合作平台：返回客户端标识与密钥（密钥仅显示一次）' })
  registerPartner(@Arg('input', () => RegisterPartnerInput) input: RegisterPartnerInput, @Ctx() ctx: StaffingContext) {
    return ctx.partners.register(input);
  }

  @Authorized('district_admin')
  @Mutation(() => PartnerSecretPayload, { description: '轮换密钥：旧密钥立即失效' })
  rotatePartnerSecret(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: StaffingContext) {
    return ctx.partners.rotate(id, version);
  }

  @Authorized('district_admin')
  @Mutation(() => PartnerPayload, { description: '吊销合作平台：不能再换取令牌' })
  revokePartner(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: StaffingContext) {
    return ctx.partners.revoke(id, version);
  }

  @Mutation(() => PartnerTokenPayload, { description: '客户端凭证换取访问令牌（15 分钟有效）' })
  partnerToken(@Arg('clientId') clientId: string, @Arg('clientSecret') clientSecret: string, @Ctx() ctx: StaffingContext) {
    return ctx.partners.token(clientId, clientSecret);
  }
}
