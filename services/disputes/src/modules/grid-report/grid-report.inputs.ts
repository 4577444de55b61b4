import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DisputeReportFields } from '../dispute/dispute.inputs';

@InputType({ description: '网格事件上报（网格化管理平台 → 公安）：成为一条纠纷线索' })
export class GridEventInput extends DisputeReportFields {
  @Field({ description: '幂等键：同一调用方用同一个键重试，只会生成一条线索（建议用事件在网格平台的编号）' })
  @Matches(/^[\w.:-]{8,100}$/, { message: '幂等键应为 8 到 100 个字母、数字或 . _ : -', context: { code: 'IDEMPOTENCY_KEY_FORMAT' } })
  idempotencyKey!: string;

  @Field({ description: '上报人（网格员）' })
  @Length(1, 50, { message: '请填写上报人', context: { code: 'GRID_REPORTER_REQUIRED' } })
  reporterName!: string;
}
