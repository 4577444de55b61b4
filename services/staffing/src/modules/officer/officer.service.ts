import { authorizeManager, change, mutation, type BaseContext } from '@cp/service-kit';
import { OfficerEntity } from './officer.entity';
import type { UpdateOfficerPhoneInput } from './officer.inputs';
import { toOfficer } from './officer.mapper';
import type { OfficerPayload } from './officer.type';

/** What the station keeps about its officers. */
export class OfficerService {
  constructor(private readonly ctx: BaseContext) {}

  /** The work phone on the officer's public card (警民联系卡): kept by their station's head or the district. */
  updatePhone(input: UpdateOfficerPhoneInput): Promise<OfficerPayload> {
    return mutation('officer', input, async () => {
      const officer = await change(this.ctx, {
        load: (em) => em.findOne(OfficerEntity, { id: input.id }),
        what: '警员',
        notFound: 'OFFICER_NOT_FOUND',
        place: (o) => ({ stationId: o.stationId }),
        version: input.version,
        check: (o) => authorizeManager(this.ctx.claims, o.stationId, 'id'),
        apply: (_tx, o) => Object.assign(o, { phone: input.phone?.trim() || null }),
      });
      return toOfficer(officer);
    });
  }
}
