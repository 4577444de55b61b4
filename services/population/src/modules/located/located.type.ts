import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '（平台服务之间）定位在社区边界内的现场记录时刻：计入民警在社区时间' })
export class LocatedRecord {
  @Field(() => ID) officerId!: string;
  @Field(() => ID) communityId!: string;
  @Field() at!: string;
}
