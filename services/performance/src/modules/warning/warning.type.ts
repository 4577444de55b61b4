import { UserError } from '@cp/service-kit';
import { Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ScopeLevel } from '../indicator/override.entity';
import { WarningKind } from './warning.entity';

registerEnumType(WarningKind, {
  name: 'PerformanceWarningKind',
  description: '排名靠后的处理',
  valuesConfig: { yellow_card: { description: '亮牌警告' }, talk: { description: '约谈提醒' }, supervision: { description: '重点督办' } },
});

@ObjectType({ description: '考核预警：发布排名时对末位和靠后者的亮牌警告、约谈提醒、重点督办；须签收并说明整改措施' })
export class PerformanceWarning {
  @Field(() => ID) id!: string;
  @Field() period!: string;
  @Field(() => ScopeLevel) level!: ScopeLevel;
  @Field(() => ID) scopeId!: string;
  @Field() scopeName!: string;
  @Field(() => ID) stationId!: string;
  @Field(() => WarningKind) kind!: WarningKind;
  @Field() reason!: string;
  @Field() issuedAt!: string;
  @Field(() => String, { nullable: true }) acknowledgedAt!: string | null;
  @Field(() => String, { nullable: true }) acknowledgedBy!: string | null;
  @Field(() => String, { nullable: true, description: '整改措施' }) response!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class AcknowledgeWarningPayload {
  @Field(() => PerformanceWarning, { nullable: true }) warning!: PerformanceWarning | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '签收一项考核预警并说明整改措施' })
export class AcknowledgeWarningInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: '整改措施（2 到 500 字）' })
  @Length(2, 500, { message: '请说明整改措施（2 到 500 字）', context: { code: 'WARNING_RESPONSE_REQUIRED' } })
  response!: string;
}
