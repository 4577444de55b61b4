import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TransferOutcome, TransferTarget } from './transfer.entity';

registerEnumType(TransferTarget, {
  name: 'TransferTarget',
  description: '三调联动接收方',
  valuesConfig: {
    peoples_mediation: { description: '人民调解（街道/社区人民调解委员会）' },
    judicial_office: { description: '司法所（司法调解）' },
    governance_centre: { description: '综治中心' },
  },
});
registerEnumType(TransferOutcome, {
  name: 'TransferOutcome',
  description: '移交结果',
  valuesConfig: { resolved: { description: '已化解' }, returned: { description: '退回公安继续调解' } },
});

@ObjectType({ description: '三调联动移交' })
export class DisputeTransfer {
  @Field(() => ID) id!: string;
  @Field(() => TransferTarget) target!: TransferTarget;
  @Field() receiverName!: string;
  @Field() transferredAt!: string;
  @Field({ description: '反馈期限' }) dueAt!: string;
  @Field({ description: '是否逾期未反馈' }) overdue!: boolean;
  @Field(() => String, { nullable: true }) receivedAt!: string | null;
  @Field(() => String, { nullable: true }) receivedBy!: string | null;
  @Field(() => TransferOutcome, { nullable: true }) outcome!: TransferOutcome | null;
  @Field(() => String, { nullable: true }) outcomeNote!: string | null;
  @Field(() => String, { nullable: true }) outcomeAt!: string | null;
}
