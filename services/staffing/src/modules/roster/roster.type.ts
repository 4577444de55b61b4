import { UserError } from '@cp/service-kit';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PoliceGroup } from '../group/group.type';

@ObjectType({ description: '班次定义' })
export class ShiftDefinitionType {
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: '开始时间 HH:MM（北京时间）' }) start!: string;
  @Field(() => Float, { description: '时长（小时）' }) hours!: number;
}

@ObjectType({ description: '勤务模式（如 四班三运转、三班两运转）' })
export class ShiftPattern {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [ShiftDefinitionType]) shifts!: ShiftDefinitionType[];
  @Field(() => [String], { description: '一个班组逐日的轮转顺序，off 为休息' }) cycle!: string[];
  @Field(() => Int) groupCount!: number;
  @Field({ description: '勤务类别代码（见 dutyKinds）：所内值班为常态勤务，受四不准约束' }) dutyKind!: string;
}

@ObjectType({ description: '排班表中的一个班次' })
export class RosterShift {
  @Field(() => ID) id!: string;
  @Field({ description: '所属日期 YYYY-MM-DD' }) day!: string;
  @Field() shiftCode!: string;
  @Field() shiftName!: string;
  @Field() startsAt!: string;
  @Field() endsAt!: string;
  @Field({ description: '是否经人工调整' }) edited!: boolean;
  @Field({ description: '勤务类别代码（见 dutyKinds）' }) dutyKind!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => PoliceGroup) group!: PoliceGroup;
  @Field(() => Int) version!: number;
}

@InputType({ description: '按勤务模式生成排班' })
export class GenerateRosterInput {
  @Field(() => ID) stationId!: string;
  @Field({ description: '勤务模式代码，如 four_groups_three_shifts' }) patternCode!: string;
  @Field({ description: '起始日期 YYYY-MM-DD（含）' }) from!: string;
  @Field({ description: '结束日期 YYYY-MM-DD（含），最长 92 天' }) to!: string;
  @Field(() => [ID], { description: '参加轮转的警组，按轮转顺序；数量须等于模式的班组数' }) groupIds!: string[];
}

@ObjectType()
export class GenerateRosterPayload {
  @Field(() => Int, { description: '生成的班次数' }) created!: number;
  @Field(() => Int, { description: '保留的人工调整班次数' }) keptEdited!: number;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType({ description: '调整单个班次（换组、改时间）' })
export class EditRosterShiftInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID, { nullable: true }) groupId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601' }) startsAt?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601' }) endsAt?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType()
export class RosterShiftPayload {
  @Field(() => RosterShift, { nullable: true }) shift!: RosterShift | null;
  @Field(() => [UserError]) errors!: UserError[];
}
