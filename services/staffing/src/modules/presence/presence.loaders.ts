import { latestLoader, periodLoader, perRequest } from '@cp/service-kit';
import type { OfficerEntity } from '../officer/officer.entity';
import { officerById } from '../officer/officer.loaders';
import { PresenceEntity } from './presence.entity';
import type { TimeInCommunity } from './presence.type';
import { PresenceService } from './presence.service';

/** Time in community of every officer asked about for one period, together. */
export const timeInCommunity = perRequest((ctx) =>
  periodLoader<TimeInCommunity | null>(async (ids, from, to) => {
    const officers = (await ctx.use(officerById).loadMany(ids)).filter((o): o is OfficerEntity => !!o && !(o instanceof Error));
    const times = await ctx.use(PresenceService).timeOf(officers, from, to);
    return ids.map((id) => times.get(id) ?? null);
  }),
);

/** The latest 20 stays of many officers, in one statement. */
export const recentStays = perRequest(({ em }) => latestLoader(em, PresenceEntity, 'officer', 'checkInAt', 20));
