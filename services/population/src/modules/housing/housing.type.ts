import { CLIENT_KEY_DESCRIPTION, ClientKey, orderInput, PageInfo, PositionInput, UserError } from '@cp/service-kit';
import { IsIn, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsDay } from '../../dates';
import { HousingKind, HousingUse } from './housing.entity';

registerEnumType(HousingKind, {
  name: 'HousingKind',
  description: '房屋类别',
  valuesConfig: { building: { description: '楼房' }, bungalow: { description: '平房' }, courtyard: { description: '四合院' }, other: { description: '其他' } },
});
registerEnumType(HousingUse, {
  name: 'HousingUse',
  description: '房屋用途',
  valuesConfig: {
    self_occupied: { description: '自住' },
    rented: { description: '出租' },
    business: { description: '经营' },
    vacant: { description: '空置' },
  },
});

@ObjectType({ description: '实有房屋：一个标准地址上的房屋；居住在该地址的实有人口即其住户' })
@Directive('@key(fields: "id")')
export class Housing {
  @Field(() => ID) id!: string;
  @Field(() => HousingKind) kind!: HousingKind;
  @Field(() => HousingUse) use!: HousingUse;
  @Field(() => String, { nullable: true, description: '房主（出租人）姓名' }) landlordName!: string | null;
  @Field(() => String, { nullable: true, description: '出租起始日期 YYYY-MM-DD' }) rentedSince!: string | null;
  @Field(() => String, { nullable: true, description: '出租房屋登记备案日期；出租未备案为空' }) rentalRegisteredOn!: string | null;
  @Field({ description: '出租且已登记备案' }) rentalRegistered!: boolean;
  @Field() createdAt!: string;
  @Field(() => Int, { description: '版本号，修改时提交以检测并发修改' }) version!: number;
  stationId!: string;
  communityId!: string;
  addressId!: string;
  landlordId!: string | null;
  /** Clear value stays on the server; the `landlordPhone` resolver masks or reveals (and audits) it. */
  landlordPhoneClear!: string | null;
}

@ObjectType({ description: '实有房屋分页' })
export class HousingConnection {
  @Field(() => [Housing]) nodes!: Housing[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  /** Counted only when asked for. */
  @Field(() => Int, { nullable: true, description: '符合条件的房屋总数（选取时才统计）' }) totalCount?: number;
  @Field(() => Boolean, { nullable: true, description: '总数超过 10 万条时为 true（totalCount 此时为 100000）' }) totalCapped?: boolean;
}

/** The columns a dwellings' ledger sorts on, indexed with the station it is read in. */
export const HousingOrderField = { REGISTERED_AT: 'createdAt' } as const;
export type HousingOrderField = (typeof HousingOrderField)[keyof typeof HousingOrderField];
export const HousingOrder = orderInput('HousingOrder', HousingOrderField, { REGISTERED_AT: '登记时间' });

@ObjectType()
export class HousingPayload {
  @Field(() => Housing, { nullable: true }) housing!: Housing | null;
  @Field(() => [UserError]) errors!: UserError[];
}

/** What an officer states about a dwelling, on registration and on every later change. */
@InputType({ description: '房屋用途与出租信息（登记和修改共用）' })
export class HousingDetailsInput {
  @Field(() => HousingKind) @IsIn(Object.values(HousingKind)) kind!: HousingKind;
  @Field(() => HousingUse) @IsIn(Object.values(HousingUse)) use!: HousingUse;

  @Field(() => ID, { nullable: true, description: '房主为已登记的实有人口时，其 id' })
  @IsOptional()
  landlordResidentId?: string | null;

  @Field(() => String, { nullable: true, description: '房主（出租人）姓名；出租房屋必填' })
  @IsOptional()
  @Length(2, 30, { message: '房主姓名应为 2 到 30 个字', context: { code: 'HOUSING_LANDLORD_NAME' } })
  landlordName?: string | null;

  @Field(() => String, { nullable: true, description: '房主联系电话' })
  @IsOptional()
  @Matches(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: '联系电话应为 11 位手机号或带区号的座机号', context: { code: 'HOUSING_LANDLORD_PHONE' } })
  landlordPhone?: string | null;

  @Field(() => String, { nullable: true, description: '出租起始日期 YYYY-MM-DD；出租房屋必填' })
  @IsOptional()
  @IsDay('HOUSING_RENTED_SINCE_FORMAT', '出租起始日期应为有效日期 YYYY-MM-DD')
  rentedSince?: string | null;

  @Field(() => String, { nullable: true, description: '出租房屋登记备案日期 YYYY-MM-DD；未备案不填' })
  @IsOptional()
  @IsDay('HOUSING_RENTAL_REGISTERED_FORMAT', '登记备案日期应为有效日期 YYYY-MM-DD')
  rentalRegisteredOn?: string | null;
}

@InputType({ description: '登记实有房屋' })
export class RegisterHousingInput extends HousingDetailsInput {
  @Field({ description: '标准地址全文（可省略市、区前缀）；每个地址只登记一处房屋' })
  @Length(4, 200, { message: '请填写房屋的标准地址', context: { code: 'ADDRESS_NOT_STANDARD' } })
  addressText!: string;
  @Field(() => PositionInput, { nullable: true, description: '登记时的手机定位：在社区边界内登记的时刻计入在社区时间' })
  @IsOptional()
  @ValidateNested()
  position?: PositionInput | null;
  @Field(() => String, { nullable: true, description: CLIENT_KEY_DESCRIPTION }) @ClientKey() clientKey?: string | null;
}

@InputType({ description: '修改实有房屋的用途与出租信息' })
export class UpdateHousingInput extends HousingDetailsInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '读取时的版本号；期间他人已修改则拒绝' }) version!: number;
}
