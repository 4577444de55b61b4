import { perRequest } from '@cp/service-kit';
import { currentRules } from './current-rules';

/** The district's rules, read once per request, when first needed (every risk score on a page needs them). */
export const disputeRules = perRequest(({ em }) => currentRules(em));
