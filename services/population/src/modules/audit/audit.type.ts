import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '@cp/service-kit';

@ObjectType({ description: '个人信息明文读取记录（只增不改）' })
export class PersonalDataAccess {
  @Field(() => ID) id!: string;
  @Field({ description: '读取时间 (ISO 8601)' }) at!: string;
  @Field({ description: '读取人用户名' }) username!: string;
  @Field(() => [String], { description: '读取人角色' }) roles!: string[];
  @Field(() => String, { nullable: true, description: '客户端操作名' }) operation!: string | null;
  @Field(() => String, { nullable: true, description: '客户端地址' }) clientAddress!: string | null;
  @Field({ description: '记录类型，如 Resident' }) subjectType!: string;
  @Field(() => ID, { description: '被读取记录的 id' }) subjectId!: string;
  @Field(() => [String], { description: '明文读取的字段' }) fields!: string[];
}

@ObjectType({ description: '个人信息读取记录分页' })
export class PersonalDataAccessConnection {
  @Field(() => [PersonalDataAccess]) nodes!: PersonalDataAccess[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
