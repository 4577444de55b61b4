import { UserError } from '@cp/service-kit';
import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '值班副所长的短线评分' })
export class DutyRating {
  @Field(() => ID) id!: string;
  @Field() period!: string;
  @Field(() => ID) officerId!: string;
  @Field(() => Int, { description: '0–100' }) score!: number;
  @Field({ description: '评分依据' }) basis!: string;
  @Field() ratedBy!: string;
  @Field() ratedAt!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: '双轨考核：社区警务队长的长线（记分卡计算）与值班副所长的短线各占 50%' })
export class DualTrack {
  @Field(() => Float, { nullable: true, description: '长线：由工作数据计算的记分卡总分' }) longLine!: number | null;
  @Field(() => Float, { nullable: true, description: '短线：值班工作评分；未评时为空，总分只看长线' }) shortLine!: number | null;
  @Field(() => DutyRating, { nullable: true }) rating!: DutyRating | null;
}

@ObjectType()
export class DutyRatingPayload {
  @Field(() => DutyRating, { nullable: true }) rating!: DutyRating | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '值班副所长为本所值班组民警的值班工作评分；修改时带上 version' })
export class RateDutyWorkInput {
  @Field() @Length(4, 10, { message: '请选择考核期', context: { code: 'PERIOD_INVALID' } }) period!: string;
  @Field(() => ID) @IsUUID('all', { message: '请选择民警', context: { code: 'OFFICER_NOT_FOUND' } }) officerId!: string;
  @Field(() => Int)
  @IsInt({ message: '短线评分应为 0 到 100 的整数', context: { code: 'RATING_SCORE' } })
  @Min(0, { message: '短线评分应为 0 到 100 的整数', context: { code: 'RATING_SCORE' } })
  @Max(100, { message: '短线评分应为 0 到 100 的整数', context: { code: 'RATING_SCORE' } })
  score!: number;
  @Field({ description: '评分依据（值班次数、处警情况、差错等）' })
  @Length(4, 500, { message: '请写明评分依据（4–500 字）', context: { code: 'RATING_BASIS' } })
  basis!: string;
  @Field(() => Int, { nullable: true, description: '修改已有评分时必填' }) @IsOptional() @IsInt() version?: number | null;
}
