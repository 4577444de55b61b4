import { formatDateTime, PERSONAL_FIELD_LABELS } from '@cp/ui';
import type { AccessRow } from './audit.operations';

const cell = (v: string) => `"${v.replaceAll('"', '""')}"`;

/** The rows as CSV that Excel opens correctly (UTF-8 with BOM, CRLF). */
export function toCsv(rows: AccessRow[]): string {
  const header = ['时间', '读取人', '角色', '操作', '客户端地址', '记录类型', '记录', '人员', '字段', '提供形式'];
  const lines = rows.map((r) =>
    [
      formatDateTime(r.at),
      r.username,
      r.roles.join(' '),
      r.operation ?? '',
      r.clientAddress ?? '',
      r.subjectType,
      r.subjectId,
      r.resident?.name ?? '',
      r.fields.map((f) => PERSONAL_FIELD_LABELS[f] ?? f).join(' '),
      r.masked ? '脱敏' : '明文',
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}

export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}
