import { IsOptional, Length, Matches, ValidateIf } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ResidentKind } from './resident.entity';

@InputType({ description: '登记实有人口' })
export class RegisterResidentInput {
  @Field({ description: '姓名' })
  @Length(2, 30, { message: '姓名应为 2 到 30 个字符', context: { code: 'RESIDENT_NAME_LENGTH' } })
  name!: string;

  @Field({ description: '18 位公民身份号码；性别和出生日期由它得出' })
  idNumber!: string;

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

  @Field(() => String, { nullable: true, description: '标准地址全文；须在标准地址库中' })
  @IsOptional()
  addressText?: string | null;

  @Field(() => Boolean, { nullable: true, description: '已核实与同址同名同生日的人员不是同一人（RESIDENT_SUSPECTED_DUPLICATE 后）' })
  @IsOptional()
  confirmNotDuplicate?: boolean | null;
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
