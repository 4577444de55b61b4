import { byIdLoader, perRequest } from '@cp/service-kit';
import { IndicatorEntity } from './indicator.entity';

export const indicatorById = perRequest(({ em }) => byIdLoader(em, IndicatorEntity));
