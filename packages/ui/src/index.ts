export { ErrorNotice } from './error-notice';
export { defineDomain, type DomainManifest, type MenuEntry } from './domain';
export {
  DISPUTE_CATEGORY_LABELS,
  ENUM_DESCRIPTIONS,
  ENUM_LABELS,
  ENUM_NOTES,
  labelOptions,
  OPERATION_LABELS,
  operationLabel,
  PERSONAL_FIELD_LABELS,
  ROLE_LABELS,
} from '@cp/web-client';
export { formatDateTime } from './format';
export { appendPage } from './paging';
export { showUserErrors } from './user-errors';
export { EXPORT_MAX_ROWS, LedgerTable, type LedgerColumn, type LedgerConnection } from './ledger-table';
export type { ActionType as LedgerAction } from '@ant-design/pro-table';
export { download, workbook, type Sheet } from './workbook';
