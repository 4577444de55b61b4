import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '标准地址' })
@Directive('@key(fields: "id")')
export class StandardAddress {
  @Field(() => ID) id!: string;
  @Field({ description: '完整地址' }) fullText!: string;
  @Field(() => Float, { nullable: true }) lat!: number | null;
  @Field(() => Float, { nullable: true }) lng!: number | null;
  communityId!: string;
}
