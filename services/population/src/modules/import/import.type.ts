import { UserError } from '@cp/service-kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportKind, ImportRowStatus, ImportStatus } from './import.entity';

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: '导入内容',
  valuesConfig: { residents: { description: '实有人口' }, housing: { description: '实有房屋' } },
});
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: '导入状态',
  valuesConfig: { open: { description: '校验中，未写入' }, committed: { description: '已写入' } },
});
registerEnumType(ImportRowStatus, {
  name: 'ImportRowStatus',
  description: '导入行的结果',
  valuesConfig: {
    accepted: { description: '校验通过，待写入' },
    refused: { description: '被拒绝（见 errors）' },
    written: { description: '已写入' },
    skipped: { description: '已在库中，未重复写入' },
  },
});

@ObjectType({ description: '导入行的结果：行号为文件中的行号（表头为第 1 行）' })
export class ImportRow {
  @Field(() => Int) rowNo!: number;
  @Field(() => ImportRowStatus) status!: ImportRowStatus;
  @Field({ description: '该行是谁或哪里（姓名或地址），不含证件号码' }) label!: string;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType({ description: '一次批量导入：分批上传、逐行校验，确认后一次写入（全部或全不）' })
export class ImportJob {
  @Field(() => ID) id!: string;
  @Field(() => ImportKind) kind!: ImportKind;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field() fileName!: string;
  @Field(() => Int, { description: '文件中的数据行数' }) totalRows!: number;
  @Field(() => Int, { description: '已上传并校验的行数' }) received!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) refused!: number;
  @Field(() => Int) written!: number;
  @Field(() => Int, { description: '已在库中而未重复写入的行数' }) skipped!: number;
  @Field() createdAt!: string;
  @Field(() => String, { nullable: true }) committedAt!: string | null;
  communityId!: string;
}

@ObjectType()
export class ImportJobPayload {
  @Field(() => ImportJob, { nullable: true }) job!: ImportJob | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '开始一次批量导入' })
export class StartImportInput {
  @Field(() => ImportKind) kind!: ImportKind;
  @Field(() => ID, { description: '导入到的社区；地址须属于该社区' }) communityId!: string;
  @Field() fileName!: string;
  @Field(() => Int, { description: '文件中的数据行数（不含表头），最多 50000' }) totalRows!: number;
}

/** Cells arrive as the file has them: labels in Chinese (户籍、男、出租) or codes, dates in common spellings. */
@InputType({ description: '实有人口导入行；各列为文件中的原文' })
export class ResidentImportRow {
  @Field(() => Int, { description: '文件中的行号（表头为第 1 行）' }) rowNo!: number;
  @Field(() => String, { nullable: true, description: '姓名' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '证件号码（身份证号；境外人员为护照号）' }) idNumber?: string | null;
  @Field(() => String, { nullable: true, description: '类别：户籍 / 流动 / 境外' }) kind?: string | null;
  @Field(() => String, { nullable: true, description: '国籍（境外人员）' }) nationality?: string | null;
  @Field(() => String, { nullable: true, description: '性别：男 / 女' }) sex?: string | null;
  @Field(() => String, { nullable: true, description: '出生日期' }) birthDate?: string | null;
  @Field(() => String, { nullable: true, description: '手机号' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: '户籍地行政区划代码' }) originArea?: string | null;
  @Field(() => String, { nullable: true, description: '来本地日期' }) arrivedOn?: string | null;
  @Field(() => String, { nullable: true, description: '居住登记日期' }) residenceRegisteredOn?: string | null;
  @Field(() => String, { nullable: true, description: '住址（标准地址）' }) address?: string | null;
}

@InputType({ description: '实有房屋导入行；各列为文件中的原文' })
export class HousingImportRow {
  @Field(() => Int, { description: '文件中的行号（表头为第 1 行）' }) rowNo!: number;
  @Field(() => String, { nullable: true, description: '标准地址' }) address?: string | null;
  @Field(() => String, { nullable: true, description: '房屋类别：楼房 / 平房 / 四合院 / 其他' }) kind?: string | null;
  @Field(() => String, { nullable: true, description: '用途：自住 / 出租 / 经营 / 空置' }) use?: string | null;
  @Field(() => String, { nullable: true, description: '房主' }) landlordName?: string | null;
  @Field(() => String, { nullable: true, description: '房主电话' }) landlordPhone?: string | null;
  @Field(() => String, { nullable: true, description: '出租起始日期' }) rentedSince?: string | null;
  @Field(() => String, { nullable: true, description: '登记备案日期' }) rentalRegisteredOn?: string | null;
}
