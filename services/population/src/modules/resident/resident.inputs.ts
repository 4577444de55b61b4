import { CLIENT_KEY_DESCRIPTION, ClientKey, PositionInput } from '@cp/service-kit';
import { IsOptional, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsDay } from '../../dates';
import { ResidentKind, Sex } from './resident.entity';

@InputType({ description: '登记实有人口' })
export class RegisterResidentInput {
  @Field({ description: '姓名' })
  @Length(2, 30, { message: '姓名应为 2 到 30 个字符', context: { code: 'RESIDENT_NAME_LENGTH' } })
  name!: string;

  @Field({ description: '证件号码：18 位公民身份号码（性别和出生日期由它得出）；境外人员填护照号码' })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: '国籍 ISO 3166-1 三位字母代码，如 USA（境外人员必填）' })
  @ValidateIf((o: RegisterResidentInput) => o.kind === ResidentKind.foreign)
  @Matches(/^[A-Z]{3}$/, { message: '境外人员须填写三位字母国籍代码，如 USA', context: { code: 'RESIDENT_NATIONALITY_REQUIRED' } })
  nationality?: string | null;

  @Field(() => Sex, { nullable: true, description: '性别：境外人员必填；填写身份号码时须与号码一致' })
  @IsOptional()
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD：境外人员必填；填写身份号码时须与号码一致' })
  @IsOptional()
  @IsDay('RESIDENT_BIRTH_DATE_FORMAT', '出生日期应为有效日期 YYYY-MM-DD')
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: '手机号' })
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$/, { message: '手机号应为 11 位数字，以 1 开头', context: { code: 'RESIDENT_PHONE_FORMAT' } })
  phone?: string | null;

  @Field(() => ResidentKind)
  kind!: ResidentKind;

  @Field(() => ID, { description: '所在社区' })
  communityId!: string;

  @Field(() => String, { nullable: true, description: '户籍地行政区划代码（流动人口必填，6 位）' })
  @ValidateIf((o: RegisterResidentInput) => o.kind === ResidentKind.floating)
  @Matches(/^\d{6}$/, { message: '流动人口须填写 6 位户籍地行政区划代码', context: { code: 'RESIDENT_ORIGIN_REQUIRED' } })
  originArea?: string | null;

  @Field(() => String, { nullable: true, description: '来本地日期 YYYY-MM-DD（流动人口、境外人员必填）' })
  @ValidateIf((o: RegisterResidentInput) => o.kind !== ResidentKind.registered)
  @IsDay('RESIDENT_ARRIVAL_REQUIRED', '流动人口和境外人员须填写来本地日期 YYYY-MM-DD')
  arrivedOn?: string | null;

  @Field(() => String, { nullable: true, description: '居住登记日期 YYYY-MM-DD（流动人口已办理居住登记时填写）' })
  @IsOptional()
  @IsDay('RESIDENCE_REGISTERED_FORMAT', '居住登记日期应为有效日期 YYYY-MM-DD')
  residenceRegisteredOn?: string | null;

  @Field(() => String, { nullable: true, description: '标准地址全文；须在标准地址库中（可省略市、区前缀，全角数字、中文数字会规范化）' })
  @IsOptional()
  addressText?: string | null;

  @Field(() => Boolean, { nullable: true, description: '已核实与同址同名同生日的人员不是同一人（RESIDENT_SUSPECTED_DUPLICATE 后）' })
  @IsOptional()
  confirmNotDuplicate?: boolean | null;

  @Field(() => String, { nullable: true, description: CLIENT_KEY_DESCRIPTION })
  @ClientKey()
  clientKey?: string | null;

  @Field(() => PositionInput, { nullable: true, description: '登记时的手机定位：在社区边界内登记的时刻计入在社区时间' })
  @IsOptional()
  @ValidateNested()
  position?: PositionInput | null;
}

@InputType({ description: '更新实有人口的联系方式与住址' })
export class UpdateResidentContactInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '读取时的版本号；期间他人已修改则拒绝' })
  version!: number;

  @Field(() => String, { nullable: true, description: '手机号；传空值则清除' })
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$/, { message: '手机号应为 11 位数字，以 1 开头', context: { code: 'RESIDENT_PHONE_FORMAT' } })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '标准地址全文；须在标准地址库中；不传则不变' })
  @IsOptional()
  addressText?: string | null;
}

@InputType({ description: '流动人口办理居住登记' })
export class RecordResidenceRegistrationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '读取时的版本号；期间他人已修改则拒绝' })
  version!: number;

  @Field({ description: '居住登记日期 YYYY-MM-DD' })
  @IsDay('RESIDENCE_REGISTERED_FORMAT', '居住登记日期应为有效日期 YYYY-MM-DD')
  registeredOn!: string;
}
