import { UserError } from '@cp/service-kit';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Community } from '../federation/federation.type';
import { Officer } from '../officer/officer.type';
import { PresenceClosure, PresenceSource } from './presence.entity';

registerEnumType(PresenceSource, {
  name: 'PresenceSource',
  description: '签到方式',
  valuesConfig: { phone: { description: '手机' }, console: { description: '控制台' } },
});
registerEnumType(PresenceClosure, {
  name: 'PresenceClosure',
  description: '离开社区的记录方式',
  valuesConfig: {
    check_out: { description: '签退' },
    next_check_in: { description: '未签退，以下次签到为止' },
    capped: { description: '未签退，按最长时长计' },
  },
});

@ObjectType({ description: '一次在社区的记录' })
export class Presence {
  @Field(() => ID) id!: string;
  @Field(() => ID) communityId!: string;
  @Field() checkInAt!: string;
  @Field(() => String, { nullable: true }) checkOutAt!: string | null;
  @Field(() => PresenceClosure, { nullable: true }) closure!: PresenceClosure | null;
  @Field(() => PresenceSource) source!: PresenceSource;
  @Field(() => Boolean, { nullable: true, description: '签到定位是否在社区边界内（服务端核验）；未定位（自报）为空' }) inBoundary!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '签退定位是否在社区边界内；未定位为空' }) checkOutInBoundary!: boolean | null;
}

@ObjectType()
export class PresencePayload {
  @Field(() => Presence, { nullable: true }) presence!: Presence | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType({ description: '在社区时间：期内小时数及占工作时间的比例 [from, to)' })
export class TimeInCommunity {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Float, { description: '经核验的在社区小时数：定位在社区边界内的签到（未签退的按规则截断），加上签到时段外在社区内定位的现场记录所证明的时间' })
  hours!: number;
  @Field(() => Float, { description: '其中由现场记录（定位在社区内的走访、核查、检查）证明、签到未覆盖的小时数' }) recordHours!: number;
  @Field(() => Int, { nullable: true, description: '计入的定位现场记录条数；人口服务暂不可用时为空（此时只按签到计算）' }) locatedRecords!: number | null;
  @Field(() => Float, { description: '自报小时数：未定位的签到（控制台），单列，不计入占比' }) declaredHours!: number;
  @Field(() => Int, { description: '定位在社区边界外的签到次数（保留并标记，不计时）' }) outsideCheckIns!: number;
  @Field(() => Float, { description: '应工作小时数（标准工时按天折算）' }) workingHours!: number;
  @Field(() => Float, { description: '排班小时数（所在警组的班次）' }) rosteredHours!: number;
  @Field(() => Float, { description: '占比 = 经核验的在社区小时 / 应工作小时' }) share!: number;
  @Field(() => Float, { nullable: true, description: '目标（专职 80%、兼职 40%）；非社区民警为空' }) target!: number | null;
  @Field(() => Boolean, { nullable: true }) meetsTarget!: boolean | null;
  @Field(() => Int, { description: '未签退的次数' }) openStays!: number;
}

@ObjectType({ description: '某警员的在社区时间' })
export class OfficerTime {
  @Field(() => Officer) officer!: Officer;
  @Field(() => TimeInCommunity) time!: TimeInCommunity;
}

@ObjectType({ description: '任职记录' })
export class PostHistoryItem {
  @Field(() => Community) community!: Community;
  @Field({ description: 'A、B 或 AUX' }) role!: string;
  @Field() startedAt!: string;
  @Field(() => String, { nullable: true }) endedAt!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}
