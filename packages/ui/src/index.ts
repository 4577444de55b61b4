export { ErrorNotice } from './error-notice';
export { DISPUTE_STATUS_LABELS, KIND_LABELS, RISK_LABELS, SEX_LABELS } from './labels';
export { formatDateTime } from './format';
