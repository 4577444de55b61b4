import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '@cp/service-kit';
import { DisputeSource, DisputeStatus, RiskLevel } from './dispute.entity';

registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: '纠纷状态',
  valuesConfig: {
    registered: { description: '已登记' },
    assessed: { description: '已研判' },
    in_mediation: { description: '调解中' },
    resolved: { description: '已化解' },
    transferred: { description: '已移交' },
    escalated: { description: '已升级' },
  },
});
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: '风险等级',
  valuesConfig: { general: { description: '一般' }, major: { description: '较大' }, serious: { description: '重大' } },
});
registerEnumType(DisputeSource, {
  name: 'DisputeSource',
  description: '纠纷来源',
  valuesConfig: {
    police_call: { description: '接处警' },
    community_found: { description: '社区发现' },
    after_case: { description: '案后遗留' },
    walk_in: { description: '来访' },
    grid_report: { description: '网格上报' },
  },
});

@ObjectType({ description: '矛盾纠纷' })
@Directive('@key(fields: "id")')
export class Dispute {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: '类别：family 家庭、neighbour 邻里、property_management 物业、labour 劳资、debt 债务、housing 租赁 …' }) category!: string;
  @Field(() => DisputeSource) source!: DisputeSource;
  @Field(() => DisputeStatus) status!: DisputeStatus;
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field({ description: '登记时间 (ISO 8601)' }) reportedAt!: string;
  @Field(() => Int) version!: number;
  communityId!: string;
}

@ObjectType({ description: '纠纷当事人' })
export class DisputeParty {
  @Field() name!: string;
  residentId!: string | null;
}

@ObjectType({ description: '纠纷分页' })
export class DisputeConnection {
  @Field(() => [Dispute]) nodes!: Dispute[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
