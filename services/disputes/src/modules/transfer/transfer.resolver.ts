import type { RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { TransferTarget } from './transfer.entity';
import { ReceivingBody, ReceivingBodyPayload, SaveReceivingBodyInput } from './transfer.type';
import { ReceivingBodyService } from './receiving-body.service';

@Resolver(() => ReceivingBody)
export class ReceivingBodyResolver {
  @Authorized()
  @Query(() => [ReceivingBody], { description: '接收单位名录（三调联动）：全区的与该派出所辖区的' })
  receivingBodies(
    @Ctx() ctx: RequestContext,
    @Arg('stationId', () => ID, { nullable: true }) stationId?: string,
    @Arg('target', () => TransferTarget, { nullable: true }) target?: TransferTarget,
    @Arg('includeInactive', { nullable: true }) includeInactive?: boolean,
  ) {
    return ctx.use(ReceivingBodyService).list({ stationId, target, includeInactive });
  }

  @Authorized('district_admin')
  @Mutation(() => ReceivingBodyPayload, { description: '新增或修改接收单位（分局管理员）' })
  saveReceivingBody(@Arg('input', () => SaveReceivingBodyInput) input: SaveReceivingBodyInput, @Ctx() ctx: RequestContext) {
    return ctx.use(ReceivingBodyService).save(input);
  }
}
