import { UserError } from '@cp/service-kit';
import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
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
  @Field(() => ID, { nullable: true, description: '名录中的接收单位（名录建立前的移交为空）' }) receiverId!: string | null;
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

@ObjectType({ description: '接收单位（分局维护的三调联动名录）' })
export class ReceivingBody {
  @Field(() => ID) id!: string;
  @Field(() => TransferTarget) target!: TransferTarget;
  @Field() name!: string;
  @Field(() => ID, { nullable: true, description: '服务的派出所辖区；为空则全区' }) stationId!: string | null;
  @Field(() => String, { nullable: true, description: '联系电话' }) phone!: string | null;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class ReceivingBodyPayload {
  @Field(() => ReceivingBody, { nullable: true }) receivingBody!: ReceivingBody | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '新增或修改接收单位（分局管理员）' })
export class SaveReceivingBodyInput {
  @Field(() => ID, { nullable: true, description: '修改时必填' }) id?: string | null;
  @Field(() => TransferTarget) target!: TransferTarget;
  @Field() @Length(2, 60, { message: '单位名称为 2 到 60 个字', context: { code: 'RECEIVING_BODY_NAME' } }) name!: string;
  @Field(() => ID, { nullable: true, description: '服务的派出所；为空则全区' }) stationId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9-]{7,20}$/, { message: '联系电话只含数字和连字符', context: { code: 'RECEIVING_BODY_PHONE' } })
  phone?: string | null;
  @Field({ nullable: true, description: '停用后不能再移交，已有记录不受影响' }) active?: boolean;
  @Field(() => Int, { nullable: true, description: '修改时必填：读取时的版本' }) version?: number | null;
}
