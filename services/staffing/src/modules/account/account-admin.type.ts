import { UserError } from '@cp/service-kit';
import { ArrayMinSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Community, Station } from '../federation/federation.type';
import { Officer } from '../officer/officer.type';

/** Console passwords: at least 8 characters with letters and digits (the demo ones follow it too). */
const PASSWORD = /^(?=.*[A-Za-z])(?=.*\d).{8,64}$/;
const PASSWORD_MESSAGE = '密码应为 8 到 64 位，且同时包含字母和数字';

@ObjectType({ description: '控制台用户（由分局管理员管理）' })
export class UserAccount {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => [String], { description: '角色：district_admin 分局管理员、station_head 所长、community_officer 社区民警' }) roles!: string[];
  @Field(() => Officer, { nullable: true, description: '对应的警员：所长管辖其所在派出所，社区民警管辖其 A/B 岗社区' }) officer!: Officer | null;
  @Field(() => [Station], { description: '登录后可管辖的派出所（由角色与警员推导）' }) stations!: Station[];
  @Field(() => [Community], { description: '登录后可管辖的社区（由角色与警员的岗位推导）' }) communities!: Community[];
  @Field(() => String, { nullable: true, description: '停用时间；停用后不能登录，已有会话立即失效' }) disabledAt!: string | null;
  @Field(() => String, { nullable: true, description: '因登录失败过多（来自各地址）暂停登录至；管理员可解除' }) lockedUntil!: string | null;
  @Field() createdAt!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: '账号变更记录：谁、何时、对哪个账号做了什么，变更前后（不含密码）' })
export class AccountChange {
  @Field(() => ID) id!: string;
  @Field({ description: '时间 (ISO 8601)' }) at!: string;
  @Field({ description: '操作人用户名' }) actorUsername!: string;
  @Field(() => ID) accountId!: string;
  @Field({ description: '操作：create 新建、update 修改角色、disable 停用、enable 启用、reset_password 重设密码、unlock 解锁' }) action!: string;
  @Field(() => String, { nullable: true, description: '变更前（JSON）' }) before!: string | null;
  @Field(() => String, { nullable: true, description: '变更后（JSON）' }) after!: string | null;
}

@ObjectType()
export class UserAccountPayload {
  @Field(() => UserAccount, { nullable: true }) account!: UserAccount | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '用户的角色与对应警员' })
export class AccountRolesInput {
  @Field() @Length(2, 40, { message: '姓名应为 2 到 40 个字', context: { code: 'ACCOUNT_DISPLAY_NAME' } }) displayName!: string;
  @Field(() => [String]) @ArrayMinSize(1, { message: '至少选择一个角色', context: { code: 'ACCOUNT_ROLES' } }) roles!: string[];
  @Field(() => ID, { nullable: true, description: '所长、社区民警必须对应一名警员' }) @IsOptional() officerId?: string | null;
}

@InputType({ description: '新建控制台用户' })
export class CreateAccountInput extends AccountRolesInput {
  @Field()
  @Matches(/^[a-z][a-z0-9_.-]{2,31}$/, { message: '用户名应为 3 到 32 位小写字母、数字或 _ . -，以字母开头', context: { code: 'ACCOUNT_USERNAME' } })
  username!: string;
  @Field({ description: '初始密码' }) @Matches(PASSWORD, { message: PASSWORD_MESSAGE, context: { code: 'PASSWORD_WEAK' } }) password!: string;
}

@InputType({ description: '重设密码' })
export class PasswordInput {
  @Field() @Matches(PASSWORD, { message: PASSWORD_MESSAGE, context: { code: 'PASSWORD_WEAK' } }) password!: string;
}
