import { UserError } from '@cp/service-kit';
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FocusKind } from './focus.entity';

registerEnumType(FocusKind, {
  name: 'FocusKind',
  valuesConfig: { special: { description: '特定对象' }, care: { description: '关爱帮扶对象' } },
});

@ObjectType({ description: '重点对象类别及其走访频次（可配置）' })
export class FocusCategory {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => FocusKind) kind!: FocusKind;
  @Field(() => Int, { description: '两次上门见面最多相隔天数' }) visitEveryDays!: number;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: '列为特定对象或关爱对象的人员' })
export class FocusPerson {
  @Field(() => ID) id!: string;
  @Field(() => FocusCategory) category!: FocusCategory;
  @Field({ description: '列管起始时间，排程由此起算' }) since!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true, description: '解除列管时间' }) endedAt!: string | null;
  residentId!: string;
}

@ObjectType()
export class FocusPersonPayload {
  @Field(() => FocusPerson, { nullable: true }) focus!: FocusPerson | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType()
export class FocusCategoryPayload {
  @Field(() => FocusCategory, { nullable: true }) category!: FocusCategory | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '将一名实有人口列为特定对象或关爱对象' })
export class AddFocusPersonInput {
  @Field(() => ID) residentId!: string;
  @Field() categoryCode!: string;
  @Field(() => String, { nullable: true, description: '列管起始时间 (ISO 8601)，默认现在' }) @IsOptional() since?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 500, { message: '备注最多 500 字', context: { code: 'FOCUS_NOTE' } }) note?: string | null;
}
