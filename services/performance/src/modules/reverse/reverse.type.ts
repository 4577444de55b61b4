import { UserError } from '@cp/service-kit';
import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Station } from '../federation/federation.type';

@ObjectType({ description: '职能部门（接受派出所逆考评）' })
@Directive('@key(fields: "code")')
export class Department {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: '派出所依靠它支撑的事项' }) supports!: string;
}

@ObjectType({ description: '逆考评：某派出所对某职能部门某考核期支撑情况的评分（各项 0–100）' })
export class DepartmentRating {
  @Field(() => ID) id!: string;
  @Field() period!: string;
  @Field(() => Station) station!: Station;
  @Field(() => Department) department!: Department;
  @Field(() => Int, { description: '响应及时' }) responsiveness!: number;
  @Field(() => Int, { description: '支撑有效' }) effectiveness!: number;
  @Field(() => Int, { description: '不转嫁责任' }) ownership!: number;
  @Field(() => Float, { description: '三项平均' }) score!: number;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field() ratedBy!: string;
  @Field() ratedAt!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: '逆考评结果：某职能部门本期得到的评分（各所平均）与名次' })
export class DepartmentResult {
  @Field(() => Department) department!: Department;
  @Field(() => Int, { nullable: true, description: '名次（并列同名次；无人评价的排在最后且无名次）' }) rank!: number | null;
  @Field(() => Int, { description: '评价的派出所数' }) stations!: number;
  @Field(() => Float, { nullable: true }) responsiveness!: number | null;
  @Field(() => Float, { nullable: true }) effectiveness!: number | null;
  @Field(() => Float, { nullable: true }) ownership!: number | null;
  @Field(() => Float, { nullable: true, description: '综合得分：各所三项平均的平均' }) score!: number | null;
  @Field(() => Int, { description: '综合得分低于 60 的评价数' }) poorRatings!: number;
}

@ObjectType()
export class DepartmentRatingPayload {
  @Field(() => DepartmentRating, { nullable: true }) rating!: DepartmentRating | null;
  @Field(() => [UserError]) errors!: UserError[];
}

/** A criterion's score: a whole number from 0 to 100, refused with the criterion's name. */
const Score =
  (label: string): PropertyDecorator =>
  (target, key) => {
    const range = { message: `${label}应为 0 到 100 的整数`, context: { code: 'RATING_SCORE' } };
    [IsInt(range), Min(0, range), Max(100, range)].forEach((d) => d(target, key));
  };

@InputType({ description: '派出所评价一个职能部门本期的支撑情况；修改已有评价时带上其 version' })
export class RateDepartmentInput {
  @Field({ description: '考核期，如 2026-Q1' }) @Length(4, 10, { message: '请选择考核期', context: { code: 'PERIOD_INVALID' } }) period!: string;
  @Field(() => ID) @IsUUID('all', { message: '请选择派出所', context: { code: 'STATION_NOT_FOUND' } }) stationId!: string;
  @Field() @Length(1, 40, { message: '请选择职能部门', context: { code: 'DEPARTMENT_NOT_FOUND' } }) departmentCode!: string;
  @Field(() => Int) @Score('响应及时') responsiveness!: number;
  @Field(() => Int) @Score('支撑有效') effectiveness!: number;
  @Field(() => Int) @Score('不转嫁责任') ownership!: number;
  @Field(() => String, { nullable: true, description: '任何一项低于 60 分时必填：写明事例' })
  @IsOptional()
  @Length(0, 500, { message: '说明最多 500 字', context: { code: 'RATING_COMMENT' } })
  comment?: string | null;
  @Field(() => Int, { nullable: true, description: '修改已有评价时必填' }) @IsOptional() @IsInt() version?: number | null;
}
