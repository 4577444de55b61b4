import { PageInfo, UserError } from '@cp/service-kit';
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RiskNoticeKind } from './risk-notice.entity';
import { WarningKind, WarningStatus } from './warning.entity';

registerEnumType(WarningKind, {
  name: 'WarningKind',
  description: '预警类型',
  valuesConfig: {
    repeat: { description: '重复报警' },
    rising_risk: { description: '风险升高' },
    overdue_progress: { description: '进展逾期' },
    overdue_transfer: { description: '移交逾期：移交后逾期未反馈' },
  },
});
registerEnumType(WarningStatus, {
  name: 'WarningStatus',
  description: '预警状态',
  valuesConfig: { open: { description: '待签收' }, acknowledged: { description: '已签收' }, closed: { description: '已关闭' } },
});
registerEnumType(RiskNoticeKind, {
  name: 'RiskNoticeKind',
  description: '风险告知文书',
  valuesConfig: { notice: { description: '风险告知单' }, reminder: { description: '提示函' } },
});

@ObjectType({ description: '纠纷预警（由规则产生）' })
export class DisputeWarning {
  @Field(() => ID) id!: string;
  @Field(() => WarningKind) kind!: WarningKind;
  @Field() message!: string;
  @Field() raisedAt!: string;
  @Field(() => WarningStatus) status!: WarningStatus;
  @Field(() => String, { nullable: true }) acknowledgedAt!: string | null;
  @Field(() => String, { nullable: true }) acknowledgedBy!: string | null;
  @Field(() => String, { nullable: true }) closedAt!: string | null;
  @Field(() => String, { nullable: true }) closedBy!: string | null;
  @Field(() => String, { nullable: true }) closingNote!: string | null;
  @Field(() => Int) version!: number;
  disputeId!: string;
}

@ObjectType()
export class DisputeWarningConnection {
  @Field(() => [DisputeWarning]) nodes!: DisputeWarning[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class WarningPayload {
  @Field(() => DisputeWarning, { nullable: true }) warning!: DisputeWarning | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '关闭预警' })
export class CloseWarningInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: '处置情况' }) @Length(1, 2000, { message: '请填写处置情况', context: { code: 'WARNING_NOTE_REQUIRED' } }) note!: string;
}

@ObjectType({ description: '风险告知单 / 提示函' })
export class RiskNotice {
  @Field(() => ID) id!: string;
  @Field(() => RiskNoticeKind) kind!: RiskNoticeKind;
  @Field({ description: '接收部门' }) department!: string;
  @Field() content!: string;
  @Field() issuedAt!: string;
  @Field() issuedBy!: string;
  @Field(() => String, { nullable: true }) acknowledgedAt!: string | null;
  @Field(() => String, { nullable: true }) acknowledgedBy!: string | null;
  @Field(() => Int) version!: number;
  disputeId!: string;
}

@ObjectType()
export class RiskNoticePayload {
  @Field(() => RiskNotice, { nullable: true }) notice!: RiskNotice | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '发出风险告知单或提示函' })
export class IssueRiskNoticeInput {
  @Field(() => ID) disputeId!: string;
  @Field(() => RiskNoticeKind) kind!: RiskNoticeKind;
  @Field() @Length(2, 100, { message: '请填写接收部门', context: { code: 'NOTICE_DEPARTMENT_REQUIRED' } }) department!: string;
  @Field() @Length(1, 4000, { message: '请填写告知内容', context: { code: 'NOTICE_CONTENT_REQUIRED' } }) content!: string;
}

@InputType({ description: '登记接收部门的签收' })
export class AcknowledgeRiskNoticeInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: '签收人' }) @Length(1, 50, { message: '请填写签收人', context: { code: 'NOTICE_ACK_BY_REQUIRED' } }) acknowledgedBy!: string;
  @Field(() => String, { nullable: true }) @IsOptional() note?: string | null;
}
