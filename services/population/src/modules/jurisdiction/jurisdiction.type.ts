import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GridKind } from './jurisdiction.entity';

registerEnumType(GridKind, {
  name: 'GridKind',
  description: '网格类型',
  valuesConfig: { police: { description: '警格' }, government: { description: '综治网格' } },
});

@ObjectType({ description: '派出所' })
@Directive('@key(fields: "id")')
export class Station {
  @Field(() => ID) id!: string;
  @Field({ description: '机构代码' }) code!: string;
  @Field({ description: '名称，如 前门派出所' }) name!: string;
  @Field({ description: '所属分局' }) districtName!: string;
}

@ObjectType({ description: '社区（行政村）' })
@Directive('@key(fields: "id")')
export class Community {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  stationId!: string;
}

@ObjectType({ description: '警格或综治网格' })
@Directive('@key(fields: "id")')
export class Grid {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => GridKind) kind!: GridKind;
  @Field(() => [[Float]], { nullable: true, description: '边界：闭合的 [经度, 纬度] 点列（GeoJSON Polygon 外环，WGS84）' })
  boundary!: Array<[number, number]> | null;
  communityId!: string;
}

@ObjectType({ description: '社区人口规模（汇总数，不含个人信息）' })
export class PopulationStats {
  @Field(() => Int, { description: '实有人口' }) residents!: number;
  @Field(() => Int, { description: '其中流动人口' }) floating!: number;
  @Field(() => Int, { description: '实有户数（有人居住的标准地址数，出租房屋一址一户）' }) households!: number;
  @Field(() => Int, { description: '登记的户（户号）数' }) registeredHouseholds!: number;
}
