import { UserError } from '@cp/service-kit';
import { ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Community } from '../federation/federation.type';

@ObjectType({ description: '合作平台（API 客户端）' })
export class PartnerClient {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: '客户端标识' }) clientId!: string;
  @Field(() => [Community], { description: '覆盖的社区（网格）' }) communities!: Community[];
  @Field(() => [String], { description: '授权范围：residents:read、disputes:read、grid-events:report、tasks:push' }) scopes!: string[];
  @Field(() => String, { nullable: true, description: '所代表的职能部门代码（推送任务时以该部门名义）' }) departmentCode!: string | null;
  @Field() createdAt!: string;
  @Field(() => String, { nullable: true }) rotatedAt!: string | null;
  @Field(() => String, { nullable: true, description: '吊销时间；吊销后不能再换取令牌' }) revokedAt!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: '登记或轮换的结果：clientSecret 只在此时返回一次' })
export class PartnerSecretPayload {
  @Field(() => PartnerClient, { nullable: true }) partner!: PartnerClient | null;
  @Field(() => String, { nullable: true, description: '客户端密钥，仅显示一次，请妥善保存' }) clientSecret!: string | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType()
export class PartnerPayload {
  @Field(() => PartnerClient, { nullable: true }) partner!: PartnerClient | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType({ description: '客户端凭证换取的访问令牌' })
export class PartnerTokenPayload {
  @Field(() => String, { nullable: true, description: '放在 Authorization: Bearer 头中' }) accessToken!: string | null;
  @Field(() => Int, { nullable: true, description: '有效秒数' }) expiresIn!: number | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '登记合作平台' })
export class RegisterPartnerInput {
  @Field() @Length(2, 100, { message: '名称应为 2 到 100 个字', context: { code: 'PARTNER_NAME' } }) name!: string;
  @Field(() => [ID]) @ArrayMinSize(1, { message: '至少覆盖一个社区', context: { code: 'PARTNER_COMMUNITIES' } }) communityIds!: string[];
  @Field(() => [String]) @ArrayMinSize(1, { message: '至少授予一项权限', context: { code: 'PARTNER_SCOPES' } }) scopes!: string[];
  @Field(() => String, { nullable: true, description: '所代表的职能部门代码：授予 tasks:push 时必填，推送只能以该部门名义' })
  @IsOptional()
  @Length(2, 64, { message: '部门代码应为 2 到 64 个字符', context: { code: 'PARTNER_DEPARTMENT' } })
  departmentCode?: string | null;
}

@ObjectType({ description: '合作平台登记的操作（可信文档）：生产环境中合作平台只能执行已登记的操作' })
export class PartnerOperation {
  @Field({ description: '操作名' }) name!: string;
  @Field({ description: '文档哈希（SHA-256），也可作为 documentId 或 extensions.persistedQuery.sha256Hash 发送' }) hash!: string;
  @Field({ description: '规范化后的操作文本' }) document!: string;
  @Field() registeredAt!: string;
}

@ObjectType()
export class PartnerOperationPayload {
  @Field(() => PartnerOperation, { nullable: true }) operation!: PartnerOperation | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType({ description: '供网关使用：各合作平台已登记的操作' })
export class TrustedPartnerOperation {
  @Field(() => ID) partnerId!: string;
  @Field() hash!: string;
  @Field() document!: string;
}
