import { CLIENT_KEY_DESCRIPTION, ClientKey } from '@cp/service-kit';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AttachmentInput } from '../lifecycle/lifecycle.inputs';
import { DisputeSource, RiskLevel } from './dispute.entity';

export const CATEGORIES = ['family', 'neighbour', 'property_management', 'labour', 'debt', 'housing', 'land', 'consumer', 'traffic', 'other'] as const;

@InputType({ description: '纠纷当事人：已在实有人口中的填 residentId，否则只填姓名' })
export class DisputePartyInput {
  @Field() @Length(1, 30, { message: '当事人姓名应为 1 到 30 个字', context: { code: 'DISPUTE_PARTY_NAME' } }) name!: string;
  @Field(() => ID, { nullable: true }) residentId?: string | null;
}

/** What registering a dispute and reporting a grid event have in common. */
@InputType()
export abstract class DisputeReportFields {
  @Field({ description: '标题，如 张三与李四邻里纠纷' })
  @Length(2, 100, { message: '标题应为 2 到 100 个字', context: { code: 'DISPUTE_TITLE_LENGTH' } })
  title!: string;

  @Field({ description: `类别：${CATEGORIES.join('、')}` })
  @IsIn(CATEGORIES, { message: '纠纷类别不在可选范围内', context: { code: 'DISPUTE_CATEGORY' } })
  category!: string;

  @Field(() => String, { nullable: true, description: '简要情况' })
  @IsOptional()
  @Length(0, 4000, { message: '简要情况不超过 4000 字', context: { code: 'DISPUTE_DESCRIPTION_LENGTH' } })
  description?: string | null;

  @Field(() => ID, { description: '发生地社区' }) communityId!: string;
  @Field(() => ID, { nullable: true, description: '警格（须属于该社区）' }) gridId?: string | null;

  @Field(() => String, { nullable: true, description: '发生地址' })
  @IsOptional()
  @Length(0, 200, { message: '地址不超过 200 字', context: { code: 'DISPUTE_ADDRESS_LENGTH' } })
  addressText?: string | null;

  @Field(() => [DisputePartyInput], { description: '当事人，至少一人' })
  @ArrayMinSize(1, { message: '至少填写一名当事人', context: { code: 'DISPUTE_PARTIES_REQUIRED' } })
  @ArrayMaxSize(50, { message: '当事人不超过 50 人', context: { code: 'DISPUTE_PARTIES_TOO_MANY' } })
  @ValidateNested({ each: true })
  parties!: DisputePartyInput[];

  @Field(() => Boolean, { nullable: true, description: '有威胁、扬言等言行' }) threatsNoted?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '有暴力史或肢体冲突' }) violenceHistory?: boolean | null;
}

@InputType({ description: '登记矛盾纠纷' })
export class RegisterDisputeInput extends DisputeReportFields {
  @Field(() => DisputeSource) source!: DisputeSource;
  @Field(() => RiskLevel, { nullable: true, description: '初判风险等级，默认一般' }) riskLevel?: RiskLevel | null;
  @Field(() => ID, { nullable: true, description: '跟进民警；默认本人（社区民警）或社区当班民警' }) assignedOfficerId?: string | null;
  @Field(() => [AttachmentInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  attachments?: AttachmentInput[] | null;
  @Field(() => String, { nullable: true, description: CLIENT_KEY_DESCRIPTION }) @ClientKey() clientKey?: string | null;
}
