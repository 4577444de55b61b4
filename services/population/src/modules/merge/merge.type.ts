import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: '合并重复的人员记录：保留一条，另一条并入（走访、列管随之转移，原记录留档）' })
export class MergeResidentsInput {
  @Field(() => ID, { description: '保留的记录' })
  @IsUUID('all', { message: '请选择保留的记录', context: { code: 'MERGE_KEEP_REQUIRED' } })
  keepId!: string;

  @Field(() => Int) keepVersion!: number;

  @Field(() => ID, { description: '并入的重复记录（合并后不再单独存在）' })
  @IsUUID('all', { message: '请选择要并入的记录', context: { code: 'MERGE_DUPLICATE_REQUIRED' } })
  mergeId!: string;

  @Field(() => Int) mergeVersion!: number;

  @Field({ description: '合并理由，如“身份号码录错，核实为同一人”' })
  @Length(2, 200, { message: '请填写合并理由（2 到 200 字）', context: { code: 'MERGE_REASON_REQUIRED' } })
  reason!: string;
}

@ObjectType({ description: '并入本记录的重复记录（留档）' })
export class MergedRecord {
  @Field(() => ID, { description: '原记录 id（仍可查询，指向保留的记录）' }) id!: string;
  @Field() name!: string;
  @Field({ description: '原记录的证件号码（脱敏）' }) idNumber!: string;
  @Field() mergedAt!: string;
  @Field() mergedBy!: string;
  @Field() reason!: string;
  @Field(() => Int, { description: '转入本记录的走访、核查次数' }) visitsMoved!: number;
}
