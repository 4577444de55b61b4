import { UserError } from '@cp/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { Dispute } from '../dispute/dispute.type';

@ObjectType({ description: '网格事件上报结果' })
export class GridEventPayload {
  @Field(() => Dispute, { nullable: true }) dispute!: Dispute | null;
  @Field({ description: '是否新建；同一幂等键的重试为 false，返回首次生成的线索' }) created!: boolean;
  @Field(() => [UserError]) errors!: UserError[];
}
