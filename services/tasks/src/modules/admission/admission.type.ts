import { UserError } from '@cp/service-kit';
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdmissionStatus } from './admission.entity';

registerEnumType(AdmissionStatus, {
  name: 'AdmissionStatus',
  description: '准入状态',
  valuesConfig: { pending: { description: '待审核' }, approved: { description: '已准入' }, rejected: { description: '未准入' } },
});

@ObjectType({ description: '任务准入：职能部门的某类任务可否推送给社区民警' })
export class TemplateAdmission {
  @Field(() => ID) id!: string;
  @Field() templateCode!: string;
  @Field({ description: '职能部门代码' }) departmentCode!: string;
  @Field({ description: '申请理由' }) reason!: string;
  @Field() requestedByName!: string;
  @Field() requestedAt!: string;
  @Field(() => AdmissionStatus) status!: AdmissionStatus;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => String, { nullable: true }) decidedAt!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => String, { nullable: true, description: '准入有效期至（为空：长期）' }) expiresAt!: string | null;
  @Field({ description: '此刻是否有效：已准入且未过期' }) inForce!: boolean;
  @Field(() => Int) version!: number;
}

@InputType({ description: '申请任务准入' })
export class RequestAdmissionInput {
  @Field() templateCode!: string;
  @Field() departmentCode!: string;
  @Field({ description: '为何需要社区民警承担（至少 10 字）' })
  @Length(10, 500, { message: '请写明申请理由（10–500 字）' })
  reason!: string;
}

@InputType({ description: '审核任务准入（不能审核本人提出的申请）' })
export class DecideAdmissionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() approve!: boolean;
  @Field({ description: '审核意见' })
  @Length(2, 500, { message: '请写明审核意见（2–500 字）' })
  note!: string;
  @Field(() => String, { nullable: true, description: '准入有效期至（ISO 8601）；为空：长期有效' })
  @IsOptional()
  expiresAt?: string | null;
}

@ObjectType()
export class AdmissionPayload {
  @Field(() => TemplateAdmission, { nullable: true }) admission!: TemplateAdmission | null;
  @Field(() => [UserError]) errors!: UserError[];
}
