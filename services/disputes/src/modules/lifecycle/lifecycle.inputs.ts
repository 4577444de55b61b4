import { IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DisputeGrade, Resolution, RiskLevel } from '../dispute/dispute.entity';
import { TransferOutcome, TransferTarget } from '../transfer/transfer.entity';

const NOTE = { message: '说明应为 1 到 2000 个字', context: { code: 'DISPUTE_NOTE_REQUIRED' } };

@InputType({ description: '附件信息（文件本身存于档案系统，此处只登记元数据）' })
export class AttachmentInput {
  @Field() @Length(1, 200, { message: '附件名称应为 1 到 200 个字', context: { code: 'ATTACHMENT_NAME' } }) name!: string;
  @Field({ description: 'MIME 类型，如 application/pdf' }) contentType!: string;
  @Field(() => Int, { description: '字节数' })
  @Min(0)
  @Max(100_000_000, { message: '附件不能超过 100 MB', context: { code: 'ATTACHMENT_TOO_LARGE' } })
  size!: number;
  @Field(() => String, { nullable: true, description: 'SHA-256，用于核对档案' }) sha256?: string | null;
}

/** Every change names the dispute and the version the caller read. */
@InputType()
abstract class DisputeChange {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '读取时的版本号；期间他人已修改则拒绝' }) version!: number;
  @Field(() => [AttachmentInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  attachments?: AttachmentInput[] | null;
}

@InputType({ description: '一步流转：开始调解、升级转办、复发重启' })
export class DisputeStepInput extends DisputeChange {
  @Field({ description: '说明' }) @Length(1, 2000, NOTE) note!: string;
}

@InputType({ description: '研判：确定风险等级与处置级别' })
export class AssessDisputeInput extends DisputeChange {
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => DisputeGrade, { nullable: true, description: '不传则不变' }) grade?: DisputeGrade | null;
  @Field(() => Boolean, { nullable: true }) threatsNoted?: boolean | null;
  @Field(() => Boolean, { nullable: true }) violenceHistory?: boolean | null;
  @Field({ description: '研判意见' }) @Length(1, 2000, NOTE) note!: string;
}

@InputType({ description: '化解办结' })
export class ResolveDisputeInput extends DisputeChange {
  @Field(() => Resolution) resolution!: Resolution;
  @Field({ description: '化解情况' }) @Length(1, 2000, NOTE) note!: string;
}

@InputType({ description: '移交三调联动' })
export class TransferDisputeInput extends DisputeChange {
  @Field(() => TransferTarget) target!: TransferTarget;
  @Field(() => ID, { nullable: true, description: '接收单位：名录（receivingBodies）中的单位，必填' }) receiverId?: string | null;
  @Field(() => String, { nullable: true, deprecationReason: '接收单位从名录中选择（receiverId）；名称不再使用' })
  @IsOptional()
  receiverName?: string | null;
  @Field(() => Int, { nullable: true, description: '反馈期限（天），默认按规则设置' })
  @IsOptional()
  @Min(1, { message: '反馈期限至少 1 天', context: { code: 'TRANSFER_DUE_DAYS' } })
  @Max(90, { message: '反馈期限不超过 90 天', context: { code: 'TRANSFER_DUE_DAYS' } })
  dueInDays?: number | null;
  @Field({ description: '移交理由' }) @Length(1, 2000, NOTE) note!: string;
}

@InputType({ description: '登记移交单位签收' })
export class TransferReceiptInput {
  @Field(() => ID) transferId!: string;
  @Field({ description: '签收人' }) @Length(1, 50, { message: '请填写签收人', context: { code: 'TRANSFER_RECEIVER_REQUIRED' } }) receivedBy!: string;
}

@InputType({ description: '登记移交单位反馈的结果' })
export class TransferOutcomeInput {
  @Field(() => ID) transferId!: string;
  @Field(() => Int, { description: '纠纷读取时的版本号' }) disputeVersion!: number;
  @Field(() => TransferOutcome) outcome!: TransferOutcome;
  @Field({ description: '反馈内容' }) @Length(1, 2000, NOTE) note!: string;
}

@InputType({ description: '调整处置级别（升级或降级）' })
export class ChangeGradeInput extends DisputeChange {
  @Field(() => DisputeGrade) grade!: DisputeGrade;
  @Field({ description: '理由' }) @Length(1, 2000, NOTE) note!: string;
}

@InputType({ description: '指派跟进民警' })
export class AssignDisputeInput extends DisputeChange {
  @Field(() => ID, { description: '本所民警' }) officerId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 2000, NOTE) note?: string | null;
}

@InputType({ description: '每周化解进展' })
export class ReportProgressInput extends DisputeChange {
  @Field({ description: '本周进展' }) @Length(1, 2000, NOTE) note!: string;
}
