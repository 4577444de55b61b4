import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Officer } from '../officer/officer.type';
import { Community, Station } from '../federation/federation.type';

@ObjectType({ description: '社区警力配置：对照 1 名社区民警 / 3000 人或 1000 户、一警两辅' })
export class CommunityStaffing {
  @Field(() => Community) community!: Community;
  @Field(() => Int) residents!: number;
  @Field(() => Int) households!: number;
  @Field(() => Float, { description: '社区民警：A 岗在编民警，每人只计一次（兼任两个社区 A 岗的各计 0.5）' }) aPostOfficers!: number;
  @Field(() => Int, {
    description: '任 A 或 B 岗的在编民警人数（同一民警在多个社区重复计入）',
    deprecationReason: '重复计数掩盖缺口：请用 aPostOfficers（每人一次）与 bCover',
  })
  communityOfficers!: number;
  @Field(() => Int, { description: 'B 岗（备岗）民警：另列，不计入配备' }) bCover!: number;
  @Field({ description: '是否有 A 岗' }) hasAPost!: boolean;
  @Field(() => Int, { description: '辅警' }) auxiliaries!: number;
  @Field(() => Int, { description: '按人口、户数应配社区民警' }) requiredOfficers!: number;
  @Field(() => Int, { description: '民警缺口（整人）' }) officerGap!: number;
  @Field(() => Int, { description: '按一警两辅应配辅警' }) requiredAuxiliaries!: number;
  @Field(() => Int, { description: '辅警缺口' }) auxiliaryGap!: number;
  @Field(() => Float, { nullable: true, description: '每名社区民警服务人口' }) residentsPerOfficer!: number | null;
  @Field(() => Float, { nullable: true, description: 'A 岗民警在本岗位的年限（原则上不少于 5 年）' }) aPostTenureYears!: number | null;
  @Field({ description: '有缺口（无 A 岗、民警或辅警不足）' }) hasGap!: boolean;
}

@ObjectType({ description: '派出所警力结构：两个 40%' })
export class StationStaffing {
  @Field(() => Station) station!: Station;
  @Field(() => Int, { description: '在编民警' }) swornOfficers!: number;
  @Field(() => Int, { description: '其中社区民警（专职、兼职、社区警务队长）' }) communityPolice!: number;
  @Field(() => Float, { description: '社区民警占比' }) communityPoliceShare!: number;
  @Field({ description: '社区民警占比是否达到 40%' }) meetsShare!: boolean;
  @Field(() => Int) residents!: number;
  @Field(() => Int) households!: number;
  @Field(() => Int, { description: '任 A 岗的社区民警（每人一次）' }) aPostOfficers!: number;
  @Field(() => Int, { description: '按人口、户数应配社区民警（各社区之和）' }) requiredOfficers!: number;
  @Field(() => Int, { description: '社区民警缺口：应配减去任 A 岗的民警' }) officerGap!: number;
}

@ObjectType({ description: '未满 5 年的提前调整：已批准的调整审批及其理由' })
export class EarlyTransfer {
  @Field(() => ID) approvalId!: string;
  @Field(() => Officer) officer!: Officer;
  @Field(() => Station) station!: Station;
  @Field(() => Float, { nullable: true, description: '调整时在本岗位的年限' }) tenureYears!: number | null;
  @Field({ description: '提前调整理由' }) earlyReason!: string;
  @Field({ description: '批准时间' }) approvedAt!: string;
}

@ObjectType({ description: '分局：派出所警力占分局警力的比例（两个40%）' })
export class DistrictStaffing {
  @Field(() => Int, { nullable: true, description: '分局在编民警总数（分局设置中填写）' }) districtPolice!: number | null;
  @Field(() => Int, { description: '各派出所在编民警之和' }) stationPolice!: number;
  @Field(() => Float, { nullable: true, description: '派出所警力占比；分局总数未填写时为空' }) stationPoliceShare!: number | null;
  @Field(() => Float, { description: '目标（不低于 0.4）' }) target!: number;
  @Field(() => Boolean, { nullable: true, description: '是否达到目标' }) meetsShare!: boolean | null;
  @Field(() => Int, { nullable: true, description: '达到目标还需充实到派出所的民警' }) stationPoliceGap!: number | null;
}

@ObjectType({ description: '警力配置与缺口' })
export class StaffingReport {
  @Field(() => [EarlyTransfer], { description: '近一年未满 5 年即调整的社区民警（本岗位工作年限原则上不少于 5 年）' }) earlyTransfers!: EarlyTransfer[];
  @Field(() => DistrictStaffing, { nullable: true, description: '两个40%之一：派出所警力占分局警力（仅分局可见）' }) district!: DistrictStaffing | null;
  @Field(() => [StationStaffing]) stations!: StationStaffing[];
  @Field(() => [CommunityStaffing], { description: '按缺口从大到小' }) communities!: CommunityStaffing[];
}
