import { DownloadOutlined } from '@ant-design/icons';
import { ProTable, type ActionType, type ColumnsState, type ProColumns } from '@ant-design/pro-table';
import { useApolloClient } from '@apollo/client/react';
import type { DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { App, Button, Modal, Progress } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { ErrorNotice } from './error-notice';
import { download, workbook } from './workbook';

/** What every ledger's list field answers: a page of rows, where it ends, and (when asked) how many match. */
export interface LedgerConnection<R> {
  nodes: readonly R[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number | null;
  /** More than the server counts (its cap): the total says "more than". */
  totalCapped?: boolean | null;
}

/** A ProTable column, plus what the server and the export need to know about it. */
export type LedgerColumn<R> = ProColumns<R> & {
  /** The server's order field when this column sorts (`NAME`): sorted over every match, not the page shown. */
  orderField?: string;
  /** The cell as written to Excel; when absent, the value at `dataIndex` (or its `valueEnum` label). */
  exportValue?: (row: R) => string | number | null | undefined;
  /** In the Excel file only (the record's id, say), not on screen. */
  exportOnly?: boolean;
};

type Form = Record<string, unknown>;

interface LedgerTableProps<R, Q, V extends OperationVariables> {
  /** The ledger's name: the card's title and the exported file's. */
  title: string;
  /** Where the columns chosen are remembered in this browser (`residents`). */
  id: string;
  /** The page's query: takes `first`, `offset` and `orderBy`, selects `totalCount`. */
  query: TypedDocumentNode<Q, V>;
  /** The same connection under the export's own operation name (so the audit trail reads 导出), walked by `after`. */
  exportQuery: DocumentNode;
  connection: (data: Q) => LedgerConnection<R>;
  columns: Array<LedgerColumn<R>>;
  /** The query's filters from the search form's values (and the page's own: a link's community). */
  variables: (form: Form) => Partial<V>;
  /** Filters from outside the form (the URL's): a change reloads from the first page. */
  params?: Form;
  /** The form's values on opening (a link that arrives filtered). */
  initialValues?: Form;
  toolBar?: ReactNode[];
  /** `reload()` after an edit made beside the table (a modal's save). */
  actionRef?: RefObject<ActionType | undefined>;
  rowKey?: string;
  'data-testid'?: string;
}

/** An export reads at most this many rows: past it a station narrows its filters (a district's million residents is not a spreadsheet). */
export const EXPORT_MAX_ROWS = 50_000;
const EXPORT_PAGE = 200;

const keyOf = (c: { key?: unknown; dataIndex?: unknown }, i: number): string =>
  c.key != null ? String(c.key) : Array.isArray(c.dataIndex) ? c.dataIndex.join('-') : c.dataIndex != null ? String(c.dataIndex) : String(i);
const valueAt = (row: unknown, path: unknown): unknown =>
  (Array.isArray(path) ? path : [path]).reduce((v: unknown, k) => (v == null ? v : (v as Record<string, unknown>)[String(k)]), row);

const savedState = (id: string): Record<string, ColumnsState> => {
  try {
    return JSON.parse(localStorage.getItem(`ledger-columns:${id}`) ?? '{}') as Record<string, ColumnsState>;
  } catch {
    return {};
  }
};

/**
 * A ledger (台账) as a station files it, on ProTable: its filters in a search form, the total
 * (共 N 条), numbered pages and a page size, sorting done by the server over every match, column
 * settings kept in the browser, and an Excel export of every row the filters match, in the order
 * on screen and masked as on screen (the rows come through the same API, read under the export's
 * operation, so each person's record read is in the audit trail as exported).
 */
export function LedgerTable<R extends object, Q, V extends OperationVariables>(props: LedgerTableProps<R, Q, V>) {
  const client = useApolloClient();
  const { message } = App.useApp();
  const [error, setError] = useState<Error | null>(null);
  const [capped, setCapped] = useState(false);
  const [columnsState, setColumnsState] = useState(() => savedState(props.id));
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  const cancelled = useRef(false);
  // what the table shows now: the export repeats these filters and this order
  const shown = useRef<{ variables: Partial<V>; orderBy: unknown; total: number } | null>(null);

  const orderOf = (sort: Record<string, 'ascend' | 'descend' | null>) => {
    for (const [key, dir] of Object.entries(sort)) {
      const column = props.columns.find((c, i) => keyOf(c, i) === key || valueAt(c, 'dataIndex') === key);
      if (dir && column?.orderField) return { field: column.orderField, direction: dir === 'ascend' ? 'ASC' : 'DESC' };
    }
    return null;
  };

  const request = async (params: Form & { current?: number; pageSize?: number }, sort: Record<string, 'ascend' | 'descend' | null>) => {
    const { current = 1, pageSize = 20, keyword: _keyword, ...form } = params;
    const variables = props.variables(form);
    const orderBy = orderOf(sort);
    try {
      const { data } = await client.query({
        query: props.query,
        variables: { ...variables, first: pageSize, offset: (current - 1) * pageSize, orderBy } as unknown as V,
        fetchPolicy: 'network-only',
      });
      const page = props.connection(data as Q);
      const total = page.totalCount ?? page.nodes.length;
      shown.current = { variables, orderBy, total };
      setCapped(!!page.totalCapped);
      setError(null);
      return { data: [...page.nodes], total, success: true };
    } catch (e) {
      setError(e as Error);
      return { data: [], total: 0, success: false };
    }
  };

  const columnsForExport = () =>
    props.columns.filter(
      (c, i) => (c.exportOnly || !c.hideInTable) && c.valueType !== 'option' && typeof c.title === 'string' && columnsState[keyOf(c, i)]?.show !== false,
    );

  const cell = (c: LedgerColumn<R>, row: R): string | number | null => {
    if (c.exportValue) return c.exportValue(row) ?? null;
    const v = valueAt(row, c.dataIndex);
    if (v == null) return null;
    const labels = c.valueEnum as Record<string, unknown> | undefined;
    const label = labels?.[String(v)];
    if (label != null) return typeof label === 'object' ? String((label as { text?: unknown }).text ?? v) : String(label);
    return typeof v === 'number' ? v : String(v);
  };

  const exportAll = async () => {
    const now = shown.current;
    if (!now) return;
    if (now.total > EXPORT_MAX_ROWS) {
      message.warning(`${capped ? '超过' : '共'} ${now.total} 条，超过一次导出的上限 ${EXPORT_MAX_ROWS} 条，请缩小查询条件后导出`);
      return;
    }
    cancelled.current = false;
    setExporting({ done: 0, total: now.total });
    const rows: R[] = [];
    try {
      let after: string | null | undefined = null;
      do {
        const { data } = await client.query({
          query: props.exportQuery,
          variables: { ...now.variables, first: EXPORT_PAGE, after, orderBy: now.orderBy } as unknown as V,
          fetchPolicy: 'no-cache',
        });
        const page: LedgerConnection<R> = props.connection(data as Q);
        rows.push(...page.nodes);
        setExporting({ done: rows.length, total: Math.max(now.total, rows.length) });
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && !cancelled.current && rows.length < EXPORT_MAX_ROWS);
      if (cancelled.current) return;
      const columns = columnsForExport();
      const blob = await workbook(props.title, [
        {
          title: props.title,
          columns: columns.map((c) => ({ title: c.title as string, width: typeof c.width === 'number' ? Math.round(c.width / 7) : undefined })),
          rows: rows.map((r) => columns.map((c) => cell(c, r))),
        },
      ]);
      download(blob, `${props.title}_${dayjs().format('YYYYMMDD_HHmm')}.xlsx`);
      message.success(`已导出 ${rows.length} 条`);
    } catch (e) {
      setError(e as Error);
    } finally {
      setExporting(null);
    }
  };

  return (
    <div data-testid={props['data-testid']}>
      <ErrorNotice error={error} />
      <ProTable<R, Form>
        headerTitle={props.title}
        rowKey={props.rowKey ?? 'id'}
        actionRef={props.actionRef}
        columns={props.columns.map(({ orderField, exportValue: _e, exportOnly, ...c }) => ({
          ...c,
          hideInTable: c.hideInTable || exportOnly,
          search: c.search ?? false,
          sorter: orderField ? true : c.sorter,
        }))}
        request={request}
        params={props.params}
        // named, so its fields' ids never collide with a drawer's form on the same page (类别 in both)
        form={{ name: `ledger-${props.id}`, initialValues: props.initialValues, isKeyPressSubmit: true }}
        search={{ labelWidth: 'auto', defaultCollapsed: false, span: { xs: 24, sm: 12, md: 12, lg: 8, xl: 6, xxl: 6 } }}
        // on a phone the columns scroll inside the table, never the page
        scroll={{ x: 'max-content' }}
        columnsState={{
          value: columnsState,
          onChange: (v) => {
            setColumnsState(v);
            localStorage.setItem(`ledger-columns:${props.id}`, JSON.stringify(v));
          },
        }}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showQuickJumper: true,
          showTotal: (t) => (capped ? `超过 ${t} 条` : `共 ${t} 条`),
        }}
        options={{ density: true, setting: true, reload: true, fullScreen: false }}
        toolBarRender={() => [
          ...(props.toolBar ?? []),
          <Button key="export" icon={<DownloadOutlined />} onClick={exportAll} disabled={!!exporting} data-testid="ledger-export">
            导出 Excel
          </Button>,
        ]}
      />
      <Modal
        open={!!exporting}
        title={`正在导出${props.title}`}
        closable={false}
        maskClosable={false}
        okButtonProps={{ hidden: true }}
        cancelText="取消"
        onCancel={() => (cancelled.current = true)}
      >
        <Progress percent={exporting?.total ? Math.floor((exporting.done / exporting.total) * 100) : 0} />
        <div>
          已读取 {exporting?.done ?? 0} / {exporting?.total ?? 0} 条
        </div>
      </Modal>
    </div>
  );
}
