import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Dispute, Resident, Unit } from '../federation/federation.type';

/** 规定任务: work the platform's own rules make due; it leaves the inbox when its record is made. */
export enum StandingTaskKind {
  care_visit = 'care_visit',
  special_visit = 'special_visit',
  unit_inspection = 'unit_inspection',
  unit_recheck = 'unit_recheck',
  verification = 'verification',
  dispute_progress = 'dispute_progress',
  dispute_transfer = 'dispute_transfer',
}

registerEnumType(StandingTaskKind, {
  name: 'StandingTaskKind',
  description: '规定任务类别',
  valuesConfig: {
    care_visit: { description: '关爱帮扶走访' },
    special_visit: { description: '特定对象走访' },
    unit_inspection: { description: '单位检查' },
    unit_recheck: { description: '整改复核' },
    verification: { description: '信息核查（长期未核查的记录）' },
    dispute_progress: { description: '纠纷进展：每周报告化解进展' },
    dispute_transfer: { description: '移交催办：三调联动移交逾期未反馈' },
  },
});

@ObjectType({ description: '规定任务：由排程与纠纷规则产生，记录完成后自动离开收件箱' })
export class StandingTask {
  @Field(() => ID, { description: '类别与对象组成的稳定编号' }) id!: string;
  @Field(() => StandingTaskKind) kind!: StandingTaskKind;
  @Field({ description: '事由，如「严重精神障碍患者 · 每 30 天走访」' }) reason!: string;
  @Field() dueAt!: string;
  @Field({ description: '已过期限' }) overdue!: boolean;
  @Field(() => ID, { nullable: true }) communityId!: string | null;
  @Field(() => Resident, { nullable: true, description: '对象为人员时' }) resident!: Resident | null;
  @Field(() => Unit, { nullable: true, description: '对象为单位时' }) unit!: Unit | null;
  @Field(() => Dispute, { nullable: true, description: '对象为纠纷时' }) dispute!: Dispute | null;
}
