import { byIdLoader, perRequest } from '@cp/service-kit';
import { UnitEntity } from './unit.entity';

export const unitById = perRequest(({ em }) => byIdLoader(em, UnitEntity));
