import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { orderInput, PageInfo, UserError } from '@cp/service-kit';
import { DisputeGrade, DisputeSource, DisputeStatus, Resolution, RiskLevel } from './dispute.entity';

registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: '纠纷状态',
  valuesConfig: {
    registered: { description: '已登记' },
    assessed: { description: '已研判' },
    in_mediation: { description: '调解中' },
    resolved: { description: '已化解' },
    transferred: { description: '已移交' },
    escalated: { description: '已升级' },
  },
});
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: '风险等级',
  valuesConfig: { general: { description: '一般' }, major: { description: '较大' }, serious: { description: '重大' } },
});
registerEnumType(DisputeSource, {
  name: 'DisputeSource',
  description: '纠纷来源',
  valuesConfig: {
    police_call: { description: '接处警' },
    community_found: { description: '社区发现' },
    after_case: { description: '案后遗留' },
    walk_in: { description: '来访' },
    grid_report: { description: '网格上报' },
  },
});

registerEnumType(DisputeGrade, {
  name: 'DisputeGrade',
  description: '分级处置',
  valuesConfig: {
    ordinary: { description: '一般：社区民警处置' },
    complex: { description: '疑难复杂：社区警务队长处置' },
    major: { description: '重大：所长亲自上案' },
  },
});
registerEnumType(Resolution, {
  name: 'Resolution',
  description: '化解方式',
  valuesConfig: {
    agreement: { description: '达成调解协议' },
    judicial_confirmation: { description: '司法确认' },
    transfer_outcome: { description: '移交单位化解' },
    other: { description: '其他' },
  },
});

@ObjectType({ description: '矛盾纠纷' })
@Directive('@key(fields: "id")')
export class Dispute {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: '类别：family 家庭、neighbour 邻里、property_management 物业、labour 劳资、debt 债务、housing 租赁 …' }) category!: string;
  @Field(() => DisputeSource) source!: DisputeSource;
  @Field(() => DisputeStatus) status!: DisputeStatus;
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => DisputeGrade) grade!: DisputeGrade;
  @Field(() => String, { nullable: true, description: '简要情况' }) description!: string | null;
  @Field(() => String, { nullable: true, description: '发生地址' }) addressText!: string | null;
  @Field({ description: '有威胁、扬言等言行' }) threatsNoted!: boolean;
  @Field({ description: '有暴力史或肢体冲突' }) violenceHistory!: boolean;
  @Field({ description: '是否为重复报警（窗口期内同当事人或同地址）' }) isRepeat!: boolean;
  @Field(() => Int, { description: '化解后复发重启的次数' }) reopenCount!: number;
  @Field({ description: '登记时间 (ISO 8601)' }) reportedAt!: string;
  @Field(() => String, { nullable: true, description: '下次每周进展应报时间；办结后为空' }) progressDueAt!: string | null;
  @Field({ description: '每周进展是否逾期' }) progressOverdue!: boolean;
  @Field(() => String, { nullable: true, description: '办结时间' }) closedAt!: string | null;
  @Field(() => Resolution, { nullable: true }) resolution!: Resolution | null;
  @Field(() => Int, { description: '版本号：修改时原样传回，期间他人已修改则拒绝' }) version!: number;
  communityId!: string;
  stationId!: string;
  gridId!: string | null;
  handlerOfficerId!: string | null;
  assignedOfficerId!: string | null;
  repeatCount!: number;
  progressDueAtDate!: Date | null;
  transferDueAt!: Date | null;
}

@ObjectType({ description: '纠纷当事人' })
export class DisputeParty {
  @Field() name!: string;
  residentId!: string | null;
}

@ObjectType({ description: '纠纷登记或变更的结果：成功时 dispute 有值，否则 errors 说明原因' })
export class DisputePayload {
  @Field(() => Dispute, { nullable: true }) dispute!: Dispute | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType({ description: '纠纷分页' })
export class DisputeConnection {
  @Field(() => [Dispute]) nodes!: Dispute[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  /** Counted only when asked for. */
  @Field(() => Int, { nullable: true, description: '符合条件的纠纷总数（选取时才统计）' }) totalCount?: number;
  @Field(() => Boolean, { nullable: true, description: '总数超过 10 万条时为 true（totalCount 此时为 100000）' }) totalCapped?: boolean;
}

/** The columns the dispute ledger sorts on (each indexed with id for keyset pages). */
export const DisputeOrderField = { REPORTED_AT: 'reportedAt', RISK_LEVEL: 'riskLevel' } as const;
export type DisputeOrderField = (typeof DisputeOrderField)[keyof typeof DisputeOrderField];
export const DisputeOrder = orderInput('DisputeOrder', DisputeOrderField, { REPORTED_AT: '登记时间', RISK_LEVEL: '风险等级' });
