import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '社区人口数据质量：完整性、鲜活度、疑似重复' })
export class DataQuality {
  @Field(() => Int, { description: '人员记录数' }) records!: number;
  @Field(() => Int, { description: '必填项齐全的记录数（电话、标准地址、流动人口户籍地）' }) complete!: number;
  @Field(() => Float, { nullable: true, description: '完整率 0 到 1' }) completeness!: number | null;
  @Field(() => Int, { description: '缺联系电话' }) missingPhone!: number;
  @Field(() => Int, { description: '缺标准地址' }) missingAddress!: number;
  @Field(() => Int, { description: '流动人口缺户籍地' }) floatingWithoutOrigin!: number;
  @Field(() => Int, { description: '超过核查周期未核查' }) staleRecords!: number;
  @Field(() => Int, { description: '疑似重复组数（同名、同出生日期、同地址）' }) duplicateGroups!: number;
  @Field(() => Int, { description: '疑似重复涉及的记录数' }) duplicateRecords!: number;
}

@ObjectType({ description: '一组疑似重复的人员记录（最早登记的在前）' })
export class DuplicateGroup {
  @Field(() => [ID]) residentIds!: string[];
}
