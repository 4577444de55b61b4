import { UserError } from '@cp/service-kit';
import { IsOptional, Length, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UnitKind } from './unit.entity';

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: '单位类别',
  valuesConfig: {
    business: { description: '企业、商户' },
    school: { description: '学校' },
    hospital: { description: '医院' },
    government: { description: '机关单位' },
    other: { description: '其他' },
  },
});

@ObjectType({ description: '实有单位' })
@Directive('@key(fields: "id")')
export class Unit {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => UnitKind) kind!: UnitKind;
  @Field({ description: '是否重点单位（检查更频繁）' }) key!: boolean;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field() createdAt!: string;
  @Field(() => Int) version!: number;
  stationId!: string;
  communityId!: string;
  addressId!: string | null;
  /** Clear value stays on the server; the `contactPhone` resolver masks or reveals (and audits) it. */
  contactPhoneClear!: string | null;
}

@ObjectType()
export class UnitPayload {
  @Field(() => Unit, { nullable: true }) unit!: Unit | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '登记实有单位' })
export class RegisterUnitInput {
  @Field() @Length(2, 100, { message: '单位名称应为 2 到 100 个字', context: { code: 'UNIT_NAME' } }) name!: string;
  @Field(() => UnitKind) kind!: UnitKind;
  @Field() key!: boolean;
  @Field(() => ID) communityId!: string;
  @Field(() => ID, { nullable: true, description: '标准地址' }) @IsOptional() addressId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 40, { message: '联系人姓名应为 2 到 40 个字', context: { code: 'UNIT_CONTACT' } })
  contactName?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '联系电话应为 11 位手机号或带区号的座机号', context: { code: 'UNIT_PHONE' } })
  contactPhone?: string | null;
}
