import { useQuery } from '@apollo/client/react';
import { appendPage, DISPUTE_CATEGORY_LABELS, DISPUTE_STATUS_LABELS, ErrorNotice, RISK_LABELS, formatDateTime } from '@cp/ui';
import { Button, Card, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { DisputeStatus } from '../../gql/graphql';
import { LEDGER, type LedgerRow } from './ledger.operations';

const PAGE = 50;

/** 矛盾纠纷台账: the disputes in the caller's jurisdiction, filterable by state. */
export function LedgerPage() {
  const [status, setStatus] = useState<DisputeStatus | null>(null);
  const { data, loading, error, fetchMore } = useQuery(LEDGER, { variables: { first: PAGE, status } });
  const page = data?.disputes;
  const more = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: appendPage('disputes'),
    });
  return (
    <Card
      title="矛盾纠纷台账"
      extra={
        <Select
          allowClear
          placeholder="按状态筛选"
          style={{ width: 160 }}
          onChange={(v?: DisputeStatus) => setStatus(v ?? null)}
          options={Object.entries(DISPUTE_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        />
      }
    >
      <ErrorNotice error={error} />
      <Table<LedgerRow>
        rowKey="id"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        columns={[
          { title: '纠纷', dataIndex: 'title' },
          { title: '类别', dataIndex: 'category', render: (c: string) => DISPUTE_CATEGORY_LABELS[c] ?? c },
          { title: '当事人', dataIndex: 'parties', render: (ps: LedgerRow['parties']) => ps.map((p) => p.name).join('、') },
          { title: '社区', dataIndex: ['community', 'name'] },
          { title: '状态', dataIndex: 'status', render: (s: string) => <Tag>{DISPUTE_STATUS_LABELS[s] ?? s}</Tag> },
          { title: '风险', dataIndex: 'riskLevel', render: (s: string) => <Tag color={s === 'general' ? 'default' : 'red'}>{RISK_LABELS[s] ?? s}</Tag> },
          { title: '登记时间', dataIndex: 'reportedAt', render: formatDateTime },
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
