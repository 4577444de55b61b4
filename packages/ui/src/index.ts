export { ErrorNotice } from './error-notice';
export {
  DISPUTE_CATEGORY_LABELS,
  DISPUTE_STATUS_LABELS,
  INDICATOR_KIND_LABELS,
  INDICATOR_SOURCE_LABELS,
  KIND_LABELS,
  labelOptions,
  PERSONAL_FIELD_LABELS,
  RISK_LABELS,
  SEX_LABELS,
} from './labels';
export { formatDateTime } from './format';
export { appendPage } from './paging';
export { answersForCommunity, answersForStation, type MyJurisdiction } from './jurisdiction';
export { showUserErrors } from './user-errors';
