import { UserError } from '@cp/service-kit';
import { IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HouseholdKind, HouseholdRelation } from './household.entity';

registerEnumType(HouseholdKind, {
  name: 'HouseholdKind',
  description: '户别',
  valuesConfig: { family: { description: '家庭户' }, collective: { description: '集体户' } },
});
registerEnumType(HouseholdRelation, {
  name: 'HouseholdRelation',
  description: '与户主关系',
  valuesConfig: {
    head: { description: '户主' },
    spouse: { description: '配偶' },
    child: { description: '子女' },
    parent: { description: '父母' },
    other: { description: '其他' },
  },
});

@ObjectType({ description: '户' })
export class Household {
  @Field(() => ID) id!: string;
  @Field({ description: '户号' }) householdNo!: string;
  @Field(() => HouseholdKind) kind!: HouseholdKind;
  @Field(() => Int) version!: number;
  communityId!: string;
  stationId!: string;
  addressId!: string | null;
}

@ObjectType({ description: '户内成员' })
export class HouseholdMember {
  @Field(() => HouseholdRelation) relation!: HouseholdRelation;
  residentId!: string;
}

@ObjectType()
export class HouseholdPayload {
  @Field(() => Household, { nullable: true }) household!: Household | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '登记一户：户号、户别、住址与户主' })
export class RegisterHouseholdInput {
  @Field({ description: '户号（6 到 20 位数字或大写字母）' })
  @Matches(/^[0-9A-Z]{6,20}$/, { message: '户号应为 6 到 20 位数字或大写字母', context: { code: 'HOUSEHOLD_NO_FORMAT' } })
  householdNo!: string;

  @Field(() => HouseholdKind) kind!: HouseholdKind;
  @Field(() => ID, { description: '户主（已登记的实有人口）' }) headResidentId!: string;
  @Field(() => String, { nullable: true, description: '住址（标准地址）；不填则用户主的住址' }) @IsOptional() addressText?: string | null;
}

@InputType({ description: '把一名实有人口加入户内，或改变其与户主关系' })
export class SetHouseholdMemberInput {
  @Field(() => ID) householdId!: string;
  @Field(() => ID) residentId!: string;
  @Field(() => HouseholdRelation) relation!: HouseholdRelation;
}
