import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Dispute } from '../dispute/dispute.type';

export enum RepeatReasonKind {
  same_party = 'same_party',
  same_address = 'same_address',
}
registerEnumType(RepeatReasonKind, {
  name: 'RepeatReason',
  description: '重复报警的依据',
  valuesConfig: { same_party: { description: '同当事人' }, same_address: { description: '同地址' } },
});

@ObjectType({ description: '与另一起纠纷的重复关联' })
export class RepeatLink {
  @Field(() => Dispute) dispute!: Dispute;
  @Field(() => [RepeatReasonKind]) reasons!: RepeatReasonKind[];
}
