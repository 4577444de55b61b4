import { useApolloClient, useQuery } from '@apollo/client/react';
import { appendPage, ErrorNotice, formatDateTime, PERSONAL_FIELD_LABELS } from '@cp/ui';
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { download, toCsv } from './audit-csv';
import type { PersonalDataAccessesQuery } from '../../gql/graphql';
import { ACCESSES, type AccessFilter, type AccessRow } from './audit.operations';

const PAGE = 100;
/** An export larger than this should be narrowed by time first (the trail keeps at least six months). */
const EXPORT_LIMIT = 10_000;

interface SearchForm {
  period?: [Dayjs, Dayjs] | null;
  caller?: 'user' | 'partner';
  username?: string;
  operation?: string;
  clientAddress?: string;
}

const filterOf = (v: SearchForm): AccessFilter => ({
  from: v.period?.[0]?.startOf('day').toISOString() ?? null,
  to: v.period?.[1]?.add(1, 'day').startOf('day').toISOString() ?? null,
  caller: v.caller ?? null,
  username: v.username?.trim() || null,
  operation: v.operation?.trim() || null,
  clientAddress: v.clientAddress?.trim() || null,
});

/**
 * 个人信息访问记录: who (an officer, or a partner platform) read which person's ID number or
 * phone, in clear or masked, when, through which operation and from where; searchable and
 * exportable. The database keeps every row at least six months and refuses any change.
 */
export function AuditPage() {
  const { message } = App.useApp();
  const client = useApolloClient();
  const [filter, setFilter] = useState<AccessFilter>({});
  const [exporting, setExporting] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(ACCESSES, { variables: { first: PAGE, filter } });
  const page = data?.personalDataAccesses;
  const more = () => fetchMore({ variables: { after: page?.pageInfo.endCursor }, updateQuery: appendPage('personalDataAccesses') });

  /** Every matching row, page by page, into one CSV. */
  const exportAll = async () => {
    if ((page?.totalCount ?? 0) > EXPORT_LIMIT) return void message.warning(`符合条件的记录超过 ${EXPORT_LIMIT} 条，请缩小时间范围后再导出`);
    setExporting(true);
    try {
      const rows: AccessRow[] = [];
      let after: string | null = null;
      do {
        const result: { data?: PersonalDataAccessesQuery } = await client.query({
          query: ACCESSES,
          variables: { first: 200, after, filter },
          fetchPolicy: 'network-only',
        });
        const { nodes, pageInfo } = result.data!.personalDataAccesses;
        rows.push(...nodes);
        after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      } while (after);
      download('个人信息访问记录.csv', toCsv(rows));
    } catch (e) {
      message.error(`导出失败：${(e as Error).message}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card title="个人信息访问记录">
      <Form<SearchForm> layout="inline" onFinish={(v) => setFilter(filterOf(v))} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="period" label="时间">
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="caller" label="读取方">
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder="全部"
            options={[
              { value: 'user', label: '控制台用户' },
              { value: 'partner', label: '合作平台' },
            ]}
          />
        </Form.Item>
        <Form.Item name="username" label="读取人">
          <Input allowClear placeholder="用户名或客户端标识" style={{ width: 170 }} />
        </Form.Item>
        <Form.Item name="operation" label="操作">
          <Input allowClear placeholder="操作名" style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="clientAddress" label="地址">
          <Input allowClear placeholder="客户端地址" style={{ width: 140 }} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button loading={exporting} disabled={!page?.totalCount} onClick={exportAll}>
            导出 CSV
          </Button>
        </Space>
      </Form>
      <ErrorNotice error={error} />
      <Typography.Text type="secondary" data-testid="audit-total">
        共 {page?.totalCount ?? 0} 条
      </Typography.Text>
      <Table<AccessRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        locale={{ emptyText: '暂无记录' }}
        columns={[
          { title: '时间', dataIndex: 'at', render: formatDateTime },
          {
            title: '读取人',
            render: (_, r) => (
              <Space size={4}>
                {r.username}
                {r.roles.includes('partner') && <Tag color="blue">合作平台</Tag>}
              </Space>
            ),
          },
          { title: '操作', dataIndex: 'operation', render: (o: string | null) => o ?? '—' },
          { title: '客户端地址', dataIndex: 'clientAddress', render: (a: string | null) => a ?? '—' },
          {
            title: '人员',
            render: (_, r) => (r.resident ? <Link to={`/population/residents/${r.resident.id}`}>{r.resident.name}</Link> : `${r.subjectType} ${r.subjectId}`),
          },
          {
            title: '字段',
            render: (_, r) => (
              <Space size={4}>
                {r.fields.map((f) => (
                  <Tag key={f}>{PERSONAL_FIELD_LABELS[f] ?? f}</Tag>
                ))}
                {r.masked ? <Tag>脱敏</Tag> : <Tag color="red">明文</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {page?.pageInfo.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={more}>
          加载更多
        </Button>
      )}
    </Card>
  );
}
