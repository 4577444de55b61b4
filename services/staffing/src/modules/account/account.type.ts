import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '@cp/service-kit';

@ObjectType({ description: '当前登录用户' })
export class Me {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => [String], { description: '角色：district_admin 分局管理员、station_head 所长、community_officer 社区民警' }) roles!: string[];
  @Field(() => [ID], { description: '负责的派出所' }) stationIds!: string[];
  @Field(() => [ID], { description: '负责的社区' }) communityIds!: string[];
  @Field(() => ID, { nullable: true, description: '对应的警员' }) officerId!: string | null;
}

@ObjectType({ description: '登录结果' })
export class LoginPayload {
  @Field(() => String, { nullable: true, description: '访问令牌：放在 Authorization: Bearer 头中' }) token!: string | null;
  @Field(() => Me, { nullable: true }) user!: Me | null;
  @Field(() => [UserError]) errors!: UserError[];
}
