import { UserError } from '@cp/service-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OfficerRole } from './officer.entity';

registerEnumType(OfficerRole, {
  name: 'OfficerRole',
  description: '岗位',
  valuesConfig: {
    community_full_time: { description: '专职社区民警' },
    community_part_time: { description: '兼职社区民警' },
    community_team_lead: { description: '社区警务队长' },
    deputy_head: { description: '副所长' },
    station_head: { description: '所长、教导员（正职）' },
    command_room: { description: '综合指挥室' },
    case_team: { description: '案件队' },
    patrol: { description: '巡逻、值班民警' },
    community_auxiliary: { description: '社区辅警' },
  },
});

@ObjectType({ description: '警员（民警或辅警）' })
@Directive('@key(fields: "id")')
export class Officer {
  @Field(() => ID) id!: string;
  @Field({ description: '警号' }) badgeNo!: string;
  @Field() name!: string;
  @Field(() => OfficerRole) role!: OfficerRole;
  @Field({ description: '是否民警（否则为辅警）' }) sworn!: boolean;
  @Field(() => String, { nullable: true, description: '工作电话' }) phone!: string | null;
  @Field(() => Int, { description: '版本号（修改时带上）' }) version!: number;
  stationId!: string;
}

@ObjectType()
export class OfficerPayload {
  @Field(() => Officer, { nullable: true }) officer!: Officer | null;
  @Field(() => [UserError]) errors!: UserError[];
}
