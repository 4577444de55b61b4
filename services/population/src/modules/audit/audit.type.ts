import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
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
  @Field(() => [String], { description: '读取的个人信息字段' }) fields!: string[];
  @Field({ description: '是否以脱敏形式提供（无明文查看权的读取，如分局管理员、合作平台）' }) masked!: boolean;
}

export enum AuditCaller {
  user = 'user',
  partner = 'partner',
}
registerEnumType(AuditCaller, {
  name: 'AuditCaller',
  valuesConfig: { user: { description: '控制台用户' }, partner: { description: '合作平台' } },
});

@InputType({ description: '个人信息读取记录的查询条件（均可选）' })
export class PersonalDataAccessFilter {
  @Field(() => String, { nullable: true, description: '起始时间 (ISO 8601，含)' }) from?: string | null;
  @Field(() => String, { nullable: true, description: '截止时间 (ISO 8601，不含)' }) to?: string | null;
  @Field(() => String, { nullable: true, description: '读取人用户名（合作平台为其客户端标识）' }) username?: string | null;
  @Field(() => AuditCaller, { nullable: true, description: '读取方类别' }) caller?: AuditCaller | null;
  @Field(() => String, { nullable: true, description: '客户端操作名' }) operation?: string | null;
  @Field(() => String, { nullable: true, description: '客户端地址' }) clientAddress?: string | null;
  @Field(() => ID, { nullable: true, description: '被读取的记录' }) subjectId?: string | null;
}

@ObjectType({ description: '个人信息读取记录分页' })
export class PersonalDataAccessConnection {
  @Field(() => [PersonalDataAccess]) nodes!: PersonalDataAccess[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: '符合条件的记录总数（最多统计到 100000）' }) totalCount!: number;
  @Field(() => Boolean, { nullable: true, description: '总数超过 10 万条时为 true' }) totalCapped?: boolean;
}
