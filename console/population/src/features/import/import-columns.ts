import { composeResidentId } from '@cp/id-card';
import type { ImportKind } from '../../gql/graphql';

interface Column {
  field: string;
  /** The headers officers' ledgers use for it; the first is the one the template uses. */
  headers: string[];
  required?: boolean;
}

/** The columns of each kind of import, as the template names them and as ledgers often do. */
export const COLUMNS: Record<ImportKind, Column[]> = {
  residents: [
    { field: 'name', headers: ['姓名'], required: true },
    { field: 'idNumber', headers: ['证件号码', '公民身份号码', '身份证号', '身份证号码', '护照号码'], required: true },
    { field: 'kind', headers: ['类别', '人口类别'], required: true },
    { field: 'sex', headers: ['性别'] },
    { field: 'birthDate', headers: ['出生日期'] },
    { field: 'nationality', headers: ['国籍'] },
    { field: 'phone', headers: ['手机号', '联系电话', '电话'] },
    { field: 'originArea', headers: ['户籍地代码', '户籍地行政区划代码'] },
    { field: 'arrivedOn', headers: ['来本地日期'] },
    { field: 'residenceRegisteredOn', headers: ['居住登记日期'] },
    { field: 'address', headers: ['住址', '地址', '标准地址'] },
  ],
  housing: [
    { field: 'address', headers: ['地址', '标准地址', '房屋地址'], required: true },
    { field: 'kind', headers: ['房屋类别'], required: true },
    { field: 'use', headers: ['用途', '房屋用途'], required: true },
    { field: 'landlordName', headers: ['房主', '出租人'] },
    { field: 'landlordPhone', headers: ['房主电话', '出租人电话'] },
    { field: 'rentedSince', headers: ['出租起始日期'] },
    { field: 'rentalRegisteredOn', headers: ['登记备案日期', '备案日期'] },
  ],
};

export interface ColumnMapping {
  /** Column index of each field found. */
  indexOf: Record<string, number>;
  missing: string[];
  ignored: string[];
}

export function mapColumns(kind: ImportKind, headers: string[]): ColumnMapping {
  const indexOf: Record<string, number> = {};
  const used = new Set<number>();
  for (const c of COLUMNS[kind]) {
    const i = headers.findIndex((h) => c.headers.includes(h.trim()));
    if (i >= 0) {
      indexOf[c.field] = i;
      used.add(i);
    }
  }
  return {
    indexOf,
    missing: COLUMNS[kind].filter((c) => c.required && !(c.field in indexOf)).map((c) => c.headers[0]!),
    ignored: headers.filter((h, i) => h && !used.has(i)),
  };
}

/** The rows to send: each with its row number in the file (the header is row 1). */
export type ImportRowCells = { rowNo: number } & Record<string, string | null>;

export function toImportRows(mapping: ColumnMapping, rows: string[][]): ImportRowCells[] {
  return rows.map((cells, i) => {
    const fields = Object.entries(mapping.indexOf).map(([field, index]) => [field, cells[index] || null]);
    return { ...Object.fromEntries(fields), rowNo: i + 2 } as ImportRowCells;
  });
}

/** A CSV template (UTF-8 with BOM, so Excel opens it in Chinese) with the template's headers and one example. */
export function templateCsv(kind: ImportKind): string {
  const example: Record<ImportKind, string[]> = {
    residents: [
      '张三',
      composeResidentId('110101', '1990-03-07', 123, 'male'),
      '流动',
      '',
      '',
      '',
      '13800000000',
      '430102',
      '2026-01-05',
      '2026-01-20',
      '北京市东城区…号…单元…室',
    ],
    housing: ['北京市东城区…号…单元…室', '楼房', '出租', '李四', '13900000000', '2026-01-01', '2026-01-10'],
  };
  return `\uFEFF${COLUMNS[kind].map((c) => c.headers[0]).join(',')}\n${example[kind].join(',')}\n`;
}
