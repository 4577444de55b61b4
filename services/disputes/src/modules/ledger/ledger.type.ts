import { Field, ObjectType } from 'type-graphql';
import { Dispute } from '../dispute/dispute.type';
import { DisputeEvent } from '../lifecycle/lifecycle.type';

@ObjectType({ description: '纠纷台账的一行：某纠纷的一次处置' })
export class DisputeStep {
  @Field(() => DisputeEvent) event!: DisputeEvent;
  @Field(() => Dispute) dispute!: Dispute;
}

@ObjectType({ description: '纠纷处置台账：期内的处置记录（最多 5000 条，时间先后），超出时 truncated 为真' })
export class DisputeStepLedger {
  @Field(() => [DisputeStep]) records!: DisputeStep[];
  @Field({ description: '超出 5000 条：请缩短期间或按民警查询' }) truncated!: boolean;
}
