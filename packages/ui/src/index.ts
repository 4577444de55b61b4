export { ErrorNotice } from './error-notice';
export { defineDomain, type DomainManifest, type MenuEntry } from './domain';
export { DISPUTE_CATEGORY_LABELS, ENUM_DESCRIPTIONS, ENUM_LABELS, ENUM_NOTES, labelOptions, PERSONAL_FIELD_LABELS } from '@cp/web-client';
export { formatDateTime } from './format';
export { appendPage } from './paging';
export { showUserErrors } from './user-errors';
export { EXPORT_MAX_ROWS, LedgerTable, type LedgerColumn, type LedgerConnection } from './ledger-table';
export { download, workbook, type Sheet } from './workbook';
