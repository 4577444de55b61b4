import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { orderInput, PageInfo, UserError } from '@cp/service-kit';
import type { Community } from '../jurisdiction/jurisdiction.type';
import { DocumentKind, ResidentKind, Sex } from './resident.entity';

registerEnumType(ResidentKind, {
  name: 'ResidentKind',
  description: '人口类别',
  valuesConfig: { registered: { description: '户籍人口' }, floating: { description: '流动人口' }, foreign: { description: '境外人员' } },
});
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: '证件类型',
  valuesConfig: { resident_id: { description: '居民身份证' }, passport: { description: '护照（境外人员）' } },
});
registerEnumType(Sex, { name: 'Sex', description: '性别', valuesConfig: { male: { description: '男' }, female: { description: '女' } } });

@ObjectType({ description: '实有人口' })
@Directive('@key(fields: "id")')
export class Resident {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Sex) sex!: Sex;
  @Field(() => DocumentKind, { description: '证件类型；idNumber 是该证件的号码' }) documentKind!: DocumentKind;
  @Field(() => String, { nullable: true, description: '国籍（境外人员，ISO 3166-1 三位字母代码）' }) nationality!: string | null;
  @Field(() => String, { nullable: true, description: '来本地日期（流动人口、境外人员）' }) arrivedOn!: string | null;
  @Field(() => String, { nullable: true, description: '居住登记日期（流动人口；未办理为空）' }) residenceRegisteredOn!: string | null;
  @Field(() => ResidentKind) kind!: ResidentKind;
  @Field(() => String, { nullable: true, description: '户籍地行政区划代码（流动人口）' }) originArea!: string | null;
  @Field(() => Int, { description: '版本号，更新时提交以检测并发修改' }) version!: number;
  @Field(() => String, { nullable: true, description: '最近一次信息核查时间' }) verifiedAt!: string | null;
  @Field(() => String, { description: '登记时间' }) registeredAt!: string;
  communityId!: string;
  stationId!: string;
  addressId!: string | null;
  /** The community, when the page read it along (so `community` costs no further statement). */
  joinedCommunity?: Community;
  /** Clear values stay on the server: the `idNumber`, `phone` and `birthDate` resolvers mask or reveal (and audit) them. */
  idNumberClear!: string;
  birthDateClear!: string;
  phoneClear!: string | null;
  reveal!: boolean;
}

@ObjectType({ description: '人员所在的派出所和社区（平台服务用来核对当事人等引用，不含个人信息）' })
export class ResidentPlace {
  @Field(() => ID) id!: string;
  @Field(() => ID) stationId!: string;
  @Field(() => ID) communityId!: string;
}

@ObjectType({ description: '实有人口分页' })
export class ResidentConnection {
  @Field(() => [Resident]) nodes!: Resident[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  /** Counted only when asked for. */
  @Field(() => Int, { nullable: true, description: '符合条件的人员总数（选取时才统计）' }) totalCount?: number;
  @Field(() => Boolean, { nullable: true, description: '总数超过 10 万条时为 true（totalCount 此时为 100000）' }) totalCapped?: boolean;
}

/** The columns a residents' ledger sorts on, each indexed with the station it is read in. */
export const ResidentOrderField = { NAME: 'name', REGISTERED_AT: 'createdAt' } as const;
export type ResidentOrderField = (typeof ResidentOrderField)[keyof typeof ResidentOrderField];
export const ResidentOrder = orderInput('ResidentOrder', ResidentOrderField, { NAME: '姓名', REGISTERED_AT: '登记时间' });

@ObjectType({ description: '更新实有人口的结果' })
export class UpdateResidentPayload {
  @Field(() => Resident, { nullable: true }) resident!: Resident | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType({ description: '登记实有人口的结果' })
export class RegisterResidentPayload {
  @Field(() => Resident, { nullable: true }) resident!: Resident | null;
  @Field(() => [UserError]) errors!: UserError[];
}
