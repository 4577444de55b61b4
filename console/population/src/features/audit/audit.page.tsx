import { useQuery } from '@apollo/client/react';
import { appendPage, ErrorNotice, formatDateTime, PERSONAL_FIELD_LABELS } from '@cp/ui';
import { Button, Card, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { download, toCsv } from './audit-csv';
import { ACCESSES, type AccessRow } from './audit.operations';

const PAGE = 100;

/** 个人信息访问记录: who read which person's ID number or phone in clear, when, from where. */
export function AuditPage() {
  const [username, setUsername] = useState<string | null>(null);
  const { data, loading, error, fetchMore } = useQuery(ACCESSES, { variables: { first: PAGE, username } });
  const page = data?.personalDataAccesses;
  const more = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: appendPage('personalDataAccesses'),
    });
  return (
    <Card
      title="个人信息访问记录"
      extra={
        <Space>
          <Input.Search placeholder="读取人用户名" allowClear onSearch={(v) => setUsername(v.trim() || null)} style={{ width: 200 }} />
          <Button disabled={!page?.nodes.length} onClick={() => download('个人信息访问记录.csv', toCsv(page?.nodes ?? []))}>
            导出 CSV
          </Button>
        </Space>
      }
    >
      <ErrorNotice error={error} />
      <Table<AccessRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        locale={{ emptyText: '暂无记录' }}
        columns={[
          { title: '时间', dataIndex: 'at', render: formatDateTime },
          { title: '读取人', dataIndex: 'username' },
          { title: '操作', dataIndex: 'operation', render: (o: string | null) => o ?? '—' },
          { title: '客户端地址', dataIndex: 'clientAddress', render: (a: string | null) => a ?? '—' },
          {
            title: '人员',
            render: (_, r) => (r.resident ? <Link to={`/population/residents/${r.resident.id}`}>{r.resident.name}</Link> : `${r.subjectType} ${r.subjectId}`),
          },
          {
            title: '明文字段',
            dataIndex: 'fields',
            render: (fs: string[]) => fs.map((f) => <Tag key={f}>{PERSONAL_FIELD_LABELS[f] ?? f}</Tag>),
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
