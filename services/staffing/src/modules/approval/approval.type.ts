import { UserError } from '@cp/service-kit';
import { Length } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Officer } from '../officer/officer.type';
import { PostRole } from '../post/post.entity';
import { ApprovalStatus, ReinforcementLevel, RestrictedDuty } from './approval.entity';

registerEnumType(RestrictedDuty, {
  name: 'RestrictedDuty',
  description: '四不准所限的工作',
  valuesConfig: {
    patrol_car: { description: '巡逻车值守：01、02 巡逻车值守' },
    regular_duty: { description: '常态勤务（一级加强勤务除外）' },
    casework: { description: '打击办案' },
    transfer: { description: '抽调、更换：抽调、更换社区民警' },
  },
});
registerEnumType(ApprovalStatus, {
  name: 'ApprovalStatus',
  description: '审批状态',
  valuesConfig: {
    pending: { description: '待审批' },
    approved: { description: '已批准' },
    rejected: { description: '已驳回' },
    revoked: { description: '已撤销' },
  },
});
registerEnumType(ReinforcementLevel, {
  name: 'ReinforcementLevel',
  description: '勤务等级',
  valuesConfig: { none: { description: '常态' }, level_one: { description: '一级加强勤务' } },
});

@ObjectType({ description: '审批记录（不可修改）' })
export class ApprovalEvent {
  @Field() at!: string;
  @Field({ description: 'requested 提交、signed 签批、approved 批准（最后一位签批）、rejected 驳回、used 使用、revoked 撤销' }) action!: string;
  @Field() actorName!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

export enum SignoffLevelKind {
  station = 'station',
  district = 'district',
}
registerEnumType(SignoffLevelKind, {
  name: 'SignoffLevel',
  description: '签批层级',
  valuesConfig: { station: { description: '本所正职（所长、教导员）' }, district: { description: '分局主管部门' } },
});

@ObjectType({ description: '一次签批' })
export class ApprovalSignoff {
  @Field(() => SignoffLevelKind) level!: SignoffLevelKind;
  @Field({ description: '签批人' }) name!: string;
  @Field() at!: string;
  @Field({ description: '理由' }) note!: string;
}

@ObjectType({ description: '四不准例外审批' })
export class Approval {
  @Field(() => ID) id!: string;
  @Field(() => Officer) officer!: Officer;
  @Field(() => RestrictedDuty) kind!: RestrictedDuty;
  @Field() reason!: string;
  @Field() requestedBy!: string;
  @Field() requestedAt!: string;
  @Field(() => ApprovalStatus) status!: ApprovalStatus;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true }) decidedAt!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field() validFrom!: string;
  @Field({ description: '到期时间：之后不再有效' }) validUntil!: string;
  @Field({ description: '已过期' }) expired!: boolean;
  @Field(() => ID, { nullable: true, description: '调整审批：接替民警' }) replacementOfficerId!: string | null;
  @Field(() => Float, { nullable: true, description: '调整审批：提出时在本岗位的年限' }) tenureYears!: number | null;
  @Field(() => String, { nullable: true, description: '调整审批：未满 5 年的提前调整理由' }) earlyReason!: string | null;
  @Field(() => [ApprovalSignoff], { description: '已有的签批（先本所双正职，再分局）' }) signoffs!: ApprovalSignoff[];
  @Field(() => [SignoffLevelKind], { description: '该类事项须有的全部签批，按顺序' }) signoffsNeeded!: SignoffLevelKind[];
  @Field(() => SignoffLevelKind, { nullable: true, description: '待审：下一位须签批的层级；已处理为空' }) awaiting!: SignoffLevelKind | null;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class ApprovalPayload {
  @Field(() => Approval, { nullable: true }) approval!: Approval | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '提交四不准例外审批' })
export class RequestApprovalInput {
  @Field(() => ID) officerId!: string;
  @Field(() => RestrictedDuty) kind!: RestrictedDuty;
  @Field() @Length(2, 1000, { message: '请写明理由', context: { code: 'APPROVAL_REASON_REQUIRED' } }) reason!: string;
  @Field(() => String, { nullable: true, description: '有效期起（ISO 8601），默认现在' }) validFrom?: string | null;
  @Field(() => String, { nullable: true, description: '有效期止，默认 7 天后，最长 92 天' }) validUntil?: string | null;
  @Field(() => ID, { nullable: true, description: '调整（transfer）：接替其 A 岗的民警' }) replacementOfficerId?: string | null;
  @Field(() => String, { nullable: true, description: '调整（transfer）：调整后的岗位，如 case_team' }) toRole?: string | null;
  @Field(() => String, { nullable: true, description: '调整（transfer）：在本岗位未满 5 年时必填的提前调整理由' }) earlyReason?: string | null;
}

@InputType({ description: '审批：批准或驳回' })
export class DecideApprovalInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() approve!: boolean;
  @Field(() => String, { nullable: true, description: '理由（批准、驳回都须填写）' }) note?: string | null;
}

@ObjectType({ description: '排班以外的工作安排' })
export class DutyAssignment {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() startsAt!: string;
  @Field() endsAt!: string;
  @Field(() => ID, { nullable: true, description: '依据的审批' }) approvalId!: string | null;
}

@ObjectType()
export class AssignmentPayload {
  @Field(() => DutyAssignment, { nullable: true }) assignment!: DutyAssignment | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '安排排班以外的工作（受四不准约束）' })
export class AssignDutyInput {
  @Field(() => ID) officerId!: string;
  @Field({ description: '勤务类别代码（见 dutyKinds，分局维护的清单）' }) kind!: string;
  @Field(() => ReinforcementLevel, { nullable: true }) reinforcement?: ReinforcementLevel | null;
  @Field() startsAt!: string;
  @Field() endsAt!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: '社区岗位任命' })
export class AssignPostInput {
  @Field(() => ID) communityId!: string;
  @Field(() => PostRole) role!: PostRole;
  @Field(() => ID) officerId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@ObjectType()
export class PostPayload {
  @Field() ok!: boolean;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType({ description: '勤务类别（分局维护的清单）：是否受四不准约束' })
export class DutyKind {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => RestrictedDuty, { nullable: true, description: '所受的四不准限制；为空则专职社区民警可从事' }) restricts!: RestrictedDuty | null;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class DutyKindPayload {
  @Field(() => DutyKind, { nullable: true }) dutyKind!: DutyKind | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '新增或修改勤务类别（分局管理员）' })
export class SaveDutyKindInput {
  @Field({ description: '代码：小写字母、数字与下划线；新增后不能改' })
  @Length(2, 40, { message: '代码为 2 到 40 个字符', context: { code: 'DUTY_KIND_CODE' } })
  code!: string;
  @Field() @Length(2, 40, { message: '名称为 2 到 40 个字符', context: { code: 'DUTY_KIND_NAME' } }) name!: string;
  @Field(() => RestrictedDuty, { nullable: true }) restricts?: RestrictedDuty | null;
  @Field({ nullable: true, description: '停用后不能再安排，已有记录不受影响' }) active?: boolean;
  @Field(() => Int, { nullable: true, description: '修改时必填：读取时的版本' }) version?: number | null;
}
