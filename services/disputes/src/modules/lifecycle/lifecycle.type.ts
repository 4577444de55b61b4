import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DisputeStatus } from '../dispute/dispute.entity';
import { DisputeEventKind } from './event.entity';
import { DisputeAction } from './state-machine';

registerEnumType(DisputeAction, {
  name: 'DisputeAction',
  description: '纠纷流转动作',
  valuesConfig: {
    assess: { description: '研判' },
    start_mediation: { description: '开始调解' },
    resolve: { description: '化解办结' },
    transfer: { description: '移交三调联动' },
    escalate: { description: '升级转办' },
    transfer_returned: { description: '移交退回' },
    transfer_resolved: { description: '移交化解' },
    reopen: { description: '复发重启' },
  },
});
registerEnumType(DisputeEventKind, {
  name: 'DisputeEventKind',
  description: '纠纷处置记录类型',
  valuesConfig: {
    registered: { description: '登记' },
    transition: { description: '流转：状态变化' },
    grade_changed: { description: '调整处置级别' },
    assigned: { description: '指派' },
    progress: { description: '每周进展' },
    transfer_received: { description: '移交签收' },
    repeat_linked: { description: '关联重复报警' },
    notice_issued: { description: '发出风险告知' },
  },
});

@ObjectType({ description: '附件元数据' })
export class Attachment {
  @Field() name!: string;
  @Field() contentType!: string;
  @Field(() => Int) size!: number;
  @Field(() => String, { nullable: true }) sha256!: string | null;
}

@ObjectType({ description: '纠纷处置记录（不可修改）' })
export class DisputeEvent {
  @Field(() => ID) id!: string;
  @Field({ description: '时间 (ISO 8601)' }) at!: string;
  @Field(() => DisputeEventKind) kind!: DisputeEventKind;
  @Field(() => DisputeAction, { nullable: true }) action!: DisputeAction | null;
  @Field(() => DisputeStatus, { nullable: true }) fromStatus!: DisputeStatus | null;
  @Field(() => DisputeStatus, { nullable: true }) toStatus!: DisputeStatus | null;
  @Field({ description: '操作人' }) actorName!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [Attachment]) attachments!: Attachment[];
  @Field(() => String, { nullable: true, description: '补充信息（JSON）' }) details!: string | null;
}
