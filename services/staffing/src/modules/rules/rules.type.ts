import { UserError } from '@cp/service-kit';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '分局警力与勤务设置：在社区时间、警力配置的目标' })
export class StaffingRules {
  @Field(() => Float, { description: '专职社区民警在社区工作时间占比目标（文件要求不低于 0.8，东城 0.9）' }) fullTimeShare!: number;
  @Field(() => Float, { description: '兼职社区民警在社区工作时间占比目标（不低于 0.4）' }) partTimeShare!: number;
  @Field(() => Int, { description: '一条在社区边界内定位的现场记录证明其前后多少分钟在社区' }) locatedRecordMinutes!: number;
  @Field(() => Int, { description: '未签退的驻留最多计入的小时数' }) maxStayHours!: number;
  @Field(() => Int, { description: '无排班时的每周工作小时数' }) standardWeekHours!: number;
  @Field(() => Int, { description: '每名社区民警对应的实有人口数（1:3000）' }) residentsPerOfficer!: number;
  @Field(() => Int, { description: '每名社区民警对应的户数（1:1000）' }) householdsPerOfficer!: number;
  @Field(() => Float, { description: '社区民警占派出所警力的比例目标（不低于 0.4）' }) communityPoliceShare!: number;
  @Field(() => Float, { description: '派出所警力占分局警力的比例目标（不低于 0.4）' }) stationPoliceShare!: number;
  @Field(() => Int, { nullable: true, description: '分局在编民警总数（含机关各部门，按编制人事数据填写）；未填写则不计算派出所警力占比' })
  districtPolice!: number | null;
  @Field(() => Int, { description: '版本号：修改时提交，期间他人已修改则拒绝' }) version!: number;
}

const RANGE = (what: string, min: number, max: number) => ({ message: `${what}应在 ${min} 到 ${max} 之间`, context: { code: 'STAFFING_RULE_RANGE' } });

@InputType({ description: '修改分局警力与勤务设置（分局管理员）；占比不得低于文件规定的下限' })
export class UpdateStaffingRulesInput {
  // the texts' floors are the lower bounds: a district may ask more of its officers, never less
  @Field(() => Float) @Min(0.8, RANGE('专职民警在社区时间占比', 0.8, 1)) @Max(1, RANGE('专职民警在社区时间占比', 0.8, 1)) fullTimeShare!: number;
  @Field(() => Float) @Min(0.4, RANGE('兼职民警在社区时间占比', 0.4, 1)) @Max(1, RANGE('兼职民警在社区时间占比', 0.4, 1)) partTimeShare!: number;
  @Field(() => Int) @IsInt() @Min(5, RANGE('定位记录计时分钟', 5, 120)) @Max(120, RANGE('定位记录计时分钟', 5, 120)) locatedRecordMinutes!: number;
  @Field(() => Int) @IsInt() @Min(1, RANGE('未签退最多计入小时', 1, 24)) @Max(24, RANGE('未签退最多计入小时', 1, 24)) maxStayHours!: number;
  @Field(() => Int) @IsInt() @Min(20, RANGE('每周工作小时', 20, 60)) @Max(60, RANGE('每周工作小时', 20, 60)) standardWeekHours!: number;
  @Field(() => Int) @IsInt() @Min(500, RANGE('每名民警对应人口', 500, 3000)) @Max(3000, RANGE('每名民警对应人口', 500, 3000)) residentsPerOfficer!: number;
  @Field(() => Int) @IsInt() @Min(100, RANGE('每名民警对应户数', 100, 1000)) @Max(1000, RANGE('每名民警对应户数', 100, 1000)) householdsPerOfficer!: number;
  @Field(() => Float) @Min(0.4, RANGE('社区民警占派出所警力比例', 0.4, 1)) @Max(1, RANGE('社区民警占派出所警力比例', 0.4, 1)) communityPoliceShare!: number;
  @Field(() => Float, { nullable: true, description: '不传则不变' })
  @IsOptional()
  @Min(0.4, RANGE('派出所警力占分局警力比例', 0.4, 1))
  @Max(1, RANGE('派出所警力占分局警力比例', 0.4, 1))
  stationPoliceShare?: number | null;
  @Field(() => Int, { nullable: true, description: '分局在编民警总数；不传则不变' })
  @IsOptional()
  @IsInt()
  @Min(1, RANGE('分局在编民警总数', 1, 100000))
  @Max(100_000, RANGE('分局在编民警总数', 1, 100000))
  districtPolice?: number | null;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class StaffingRulesPayload {
  @Field(() => StaffingRules, { nullable: true }) rules!: StaffingRules | null;
  @Field(() => [UserError]) errors!: UserError[];
}
