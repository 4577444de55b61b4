import { IsOptional, Max, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { DomainError, validateInput } from './errors';

/**
 * Where a phone was when the officer pressed the button (the browser's geolocation), sent with
 * check-ins and field records. One input type for every subgraph: federation merges inputs of
 * the same name, so they must not drift apart.
 */
@InputType({ description: '手机定位（WGS84）' })
export class PositionInput {
  @Field(() => Float, { description: '纬度' })
  @Min(-90, { message: '纬度应在 -90 到 90 之间', context: { code: 'POSITION_RANGE' } })
  @Max(90, { message: '纬度应在 -90 到 90 之间', context: { code: 'POSITION_RANGE' } })
  lat!: number;

  @Field(() => Float, { description: '经度' })
  @Min(-180, { message: '经度应在 -180 到 180 之间', context: { code: 'POSITION_RANGE' } })
  @Max(180, { message: '经度应在 -180 到 180 之间', context: { code: 'POSITION_RANGE' } })
  lng!: number;

  @Field(() => Float, { nullable: true, description: '定位精度半径（米）' })
  @IsOptional()
  @Min(0, { message: '定位精度不能为负', context: { code: 'POSITION_ACCURACY' } })
  @Max(100_000, { message: '定位精度超出范围', context: { code: 'POSITION_ACCURACY' } })
  accuracy?: number | null;
}

/** For a query taking a position: a bad one is refused as the request's coded error. */
export async function checkedPosition(position: PositionInput): Promise<PositionInput> {
  const [problem] = await validateInput(position);
  if (problem) throw new DomainError(problem.code, problem.message, `position.${problem.field}`);
  return position;
}
