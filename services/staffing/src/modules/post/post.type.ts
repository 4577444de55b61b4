import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Officer } from '../officer/officer.type';
import { PostRole } from './post.entity';

registerEnumType(PostRole, {
  name: 'PostRole',
  description: '社区岗位',
  valuesConfig: { A: { description: 'A 岗（主责）' }, B: { description: 'B 岗（协助）' }, AUX: { description: '社区辅警' } },
});

@ObjectType({ description: '社区岗位上的民警' })
export class CommunityPost {
  @Field(() => PostRole) role!: PostRole;
  @Field(() => Officer) officer!: Officer;
}

@ObjectType({ description: '社区当前值班民警及其依据' })
export class DutyOfficer {
  @Field(() => Officer) officer!: Officer;
  @Field({ description: '依据，如 A 岗在岗' }) basis!: string;
  @Field(() => String, { nullable: true, description: '联系电话' }) phone!: string | null;
}
