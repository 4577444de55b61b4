import { UserError } from '@cp/service-kit';
import { IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '人工录入指标的值（附佐证）' })
export class ManualValue {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() indicatorName!: string;
  @Field() period!: string;
  @Field(() => ID) communityId!: string;
  @Field(() => Float) value!: number;
  @Field({ description: '佐证' }) evidence!: string;
  @Field() recordedBy!: string;
  @Field() recordedAt!: string;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class ManualValuePayload {
  @Field(() => ManualValue, { nullable: true }) value!: ManualValue | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '录入某社区某考核期一项人工指标的值与佐证；修改时带上 version' })
export class RecordManualValueInput {
  @Field({ description: '指标代码（来源须为人工录入）' }) @Length(1, 40, { message: '请选择指标', context: { code: 'INDICATOR_NOT_FOUND' } }) code!: string;
  @Field() @Length(4, 10, { message: '请选择考核期', context: { code: 'PERIOD_INVALID' } }) period!: string;
  @Field(() => ID) @IsUUID('all', { message: '请选择社区', context: { code: 'COMMUNITY_NOT_FOUND' } }) communityId!: string;
  @Field(() => Float) @Min(0, { message: '数值不能为负', context: { code: 'MANUAL_VALUE' } }) value!: number;
  @Field({ description: '佐证：做了什么、材料在哪（验收记录、案件编号等）' })
  @Length(10, 1000, { message: '请写明佐证（10–1000 字）：做了什么、验收材料在哪', context: { code: 'MANUAL_EVIDENCE' } })
  evidence!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() version?: number | null;
}
