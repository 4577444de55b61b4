import { CLIENT_KEY_DESCRIPTION, ClientKey, PositionInput, UserError } from '@cp/service-kit';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VisitKind, VisitOutcome, VisitSubject } from './visit.entity';

registerEnumType(VisitSubject, {
  name: 'VisitSubject',
  valuesConfig: { resident: { description: '人员' }, unit: { description: '单位' }, housing: { description: '房屋' } },
});
registerEnumType(VisitKind, {
  name: 'VisitKind',
  valuesConfig: {
    visit: { description: '走访（人员）' },
    verification: { description: '核查（人员信息）' },
    inspection: { description: '检查（单位）' },
    recheck: { description: '整改复核（单位）' },
  },
});
registerEnumType(VisitOutcome, {
  name: 'VisitOutcome',
  valuesConfig: { normal: { description: '正常' }, issue_found: { description: '发现问题' }, not_met: { description: '未见到：未见到本人 / 未能检查' } },
});

@ObjectType({ description: '走访、核查、检查记录' })
export class Visit {
  @Field(() => ID) id!: string;
  @Field(() => VisitSubject) subjectType!: VisitSubject;
  @Field(() => ID) subjectId!: string;
  @Field(() => VisitKind) kind!: VisitKind;
  @Field(() => VisitOutcome) outcome!: VisitOutcome;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true, description: '整改期限 YYYY-MM-DD' }) rectifyBy!: string | null;
  @Field({ description: '民警' }) officerName!: string;
  @Field() at!: string;
  @Field(() => Boolean, { nullable: true, description: '记录时手机定位是否在该社区边界内；未定位（控制台补录）为空' })
  inCommunity!: boolean | null;
  officerId!: string | null;
  communityId!: string;
}

@ObjectType({ description: '走访、检查台账：期内的记录（最多 5000 条，时间先后），超出时 truncated 为真' })
export class VisitLedger {
  @Field(() => [Visit]) records!: Visit[];
  @Field({ description: '超出 5000 条：请缩短期间或按民警查询' }) truncated!: boolean;
}

@ObjectType({ description: '走访记录的事实（不含记录内容）：其他业务据此判断任务是否完成' })
export class VisitFact {
  @Field(() => ID) id!: string;
  @Field(() => VisitSubject) subjectType!: VisitSubject;
  @Field(() => ID) subjectId!: string;
  @Field(() => VisitKind) kind!: VisitKind;
  @Field(() => VisitOutcome) outcome!: VisitOutcome;
  @Field(() => ID, { nullable: true, description: '记录的民警' }) officerId!: string | null;
  @Field() at!: string;
}

@ObjectType()
export class VisitPayload {
  @Field(() => Visit, { nullable: true }) visit!: Visit | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '记录一次走访、核查、检查或复核' })
export class RecordVisitInput {
  @Field(() => VisitSubject) subjectType!: VisitSubject;
  @Field(() => ID) subjectId!: string;
  @Field(() => VisitKind) kind!: VisitKind;
  @Field(() => VisitOutcome) outcome!: VisitOutcome;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 1000, { message: '情况说明最多 1000 字', context: { code: 'VISIT_NOTE' } }) note?:
    string | null;
  @Field(() => String, { nullable: true, description: '发现问题时的整改期限 YYYY-MM-DD（单位检查必填）' }) @IsOptional() rectifyBy?: string | null;
  @Field(() => String, { nullable: true, description: '发生时间 (ISO 8601)，默认现在；不能晚于现在' }) @IsOptional() at?: string | null;
  @Field(() => PositionInput, { nullable: true, description: '记录时的手机定位：与社区边界比对，计入在社区时间' })
  @IsOptional()
  @ValidateNested()
  position?: PositionInput | null;
  @Field(() => String, { nullable: true, description: CLIENT_KEY_DESCRIPTION }) @ClientKey() clientKey?: string | null;
}

@ObjectType({ description: '现场照片（不含图片；图片按记录权限经 visitPhoto 读取）' })
export class VisitPhoto {
  @Field(() => ID) id!: string;
  @Field({ description: '图片类型：image/jpeg、image/png 或 image/webp' }) contentType!: string;
  @Field(() => Int, { description: '字节数' }) size!: number;
  @Field({ description: '图片的 SHA-256：保存时固定，证明照片未被替换' }) sha256!: string;
  @Field({ description: '上传时间' }) createdAt!: string;
}

@ObjectType({ description: '现场照片及其图片' })
export class VisitPhotoImage extends VisitPhoto {
  @Field({ description: '图片（data URL），可直接作为 <img src>' }) dataUrl!: string;
}

@InputType({ description: '为走访、核查、检查记录添加一张现场照片（每条记录最多 4 张，每张不超过 600 KB）' })
export class AttachVisitPhotoInput {
  @Field(() => ID, { nullable: true, description: '记录 id；与 visitClientKey 二选一' }) @IsOptional() visitId?: string | null;
  @Field(() => String, { nullable: true, description: '离线排队的记录：其客户端幂等键；与 visitId 二选一' }) @ClientKey() visitClientKey?: string | null;
  @Field({ description: 'base64 编码的 JPEG、PNG 或 WebP 图片（可带 data URL 前缀）' }) photo!: string;
  @Field(() => String, { nullable: true, description: CLIENT_KEY_DESCRIPTION }) @ClientKey() clientKey?: string | null;
}

@ObjectType()
export class VisitPhotoPayload {
  @Field(() => VisitPhoto, { nullable: true }) photo!: VisitPhoto | null;
  @Field(() => [UserError]) errors!: UserError[];
}
