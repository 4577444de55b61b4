import { UserError } from '@cp/service-kit';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ScopeLevel } from './override.entity';

@ObjectType({ description: '某派出所或社区对一项指标的目标、权重调整' })
export class IndicatorOverride {
  @Field() code!: string;
  @Field(() => ScopeLevel) level!: ScopeLevel;
  @Field(() => ID) scopeId!: string;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Float, { nullable: true }) weight!: number | null;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class IndicatorOverridePayload {
  @Field(() => IndicatorOverride, { nullable: true }) override!: IndicatorOverride | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '为某派出所或社区调整一项指标的目标或权重（不搞一刀切）；两者都为空则取消调整' })
export class SetIndicatorOverrideInput {
  @Field() code!: string;
  @Field(() => ScopeLevel) level!: ScopeLevel;
  @Field(() => ID) @IsUUID('all', { message: '请选择派出所或社区', context: { code: 'OVERRIDE_SCOPE' } }) scopeId!: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: '目标值不能为负', context: { code: 'OVERRIDE_TARGET' } })
  target?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: '权重应在 0 到 100 之间', context: { code: 'OVERRIDE_WEIGHT' } })
  @Max(100, { message: '权重应在 0 到 100 之间', context: { code: 'OVERRIDE_WEIGHT' } })
  weight?: number | null;
  @Field(() => Int, { nullable: true, description: '修改或取消已有调整时必填' }) @IsOptional() @IsInt() version?: number | null;
}
