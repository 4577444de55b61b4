import { useQuery } from '@apollo/client/react';
import { appendPage, DISPUTE_CATEGORY_LABELS, ENUM_LABELS, ErrorNotice, formatDateTime, labelOptions } from '@cp/ui';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { DisputeGrade, DisputeLedgerQueryVariables, DisputeStatus, RiskLevel } from '../../gql/graphql';
import { BAND_COLORS } from '../../labels';
import { RegisterDisputeDrawer } from '../register/register-dispute.drawer';
import { LEDGER, type LedgerRow } from './ledger.operations';

const PAGE = 50;
type Filters = Omit<DisputeLedgerQueryVariables, 'first' | 'after'>;

/** 矛盾纠纷台账: the disputes in the caller's jurisdiction, newest first, with filters and registration. */
export function LedgerPage() {
  const [params] = useSearchParams();
  // links from other pages open the ledger filtered: the risk map by grid, a scorecard's line by community and what it counts
  const gridId = params.get('grid');
  const [filters, setFilters] = useState<Filters>(() => ({
    ...(params.get('community') ? { communityId: params.get('community') } : {}),
    ...(params.get('repeat') === '1' ? { repeat: true } : {}),
    ...(params.get('overdue') === '1' ? { progressOverdue: true } : {}),
    ...(params.get('reportedSince') ? { reportedSince: params.get('reportedSince'), reportedUntil: params.get('reportedUntil') } : {}),
    ...(params.get('overdueSince') ? { overdueSince: params.get('overdueSince'), overdueUntil: params.get('overdueUntil') } : {}),
  }));
  // a scorecard's line opens the ledger on its period: said above the table, and removable
  const day = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '');
  const until = (iso?: string | null) => (iso ? dayjs(iso).subtract(1, 'day').format('YYYY-MM-DD') : '');
  const [registering, setRegistering] = useState(false);
  const navigate = useNavigate();
  const { data, loading, error, fetchMore, refetch } = useQuery(LEDGER, { variables: { first: PAGE, ...filters, gridId } });
  const page = data?.disputes;
  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));
  const more = () => fetchMore({ variables: { after: page?.pageInfo.endCursor }, updateQuery: appendPage('disputes') });
  return (
    <Card
      title="矛盾纠纷台账"
      extra={
        <Button type="primary" onClick={() => setRegistering(true)}>
          登记纠纷
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder="标题或地址" style={{ width: 200 }} onSearch={(v) => set({ search: v || null })} data-testid="ledger-search" />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 120 }}
          options={labelOptions(ENUM_LABELS.DisputeStatus)}
          onChange={(v?: DisputeStatus) => set({ status: v ?? null })}
        />
        <Select
          allowClear
          placeholder="处置级别"
          style={{ width: 120 }}
          options={labelOptions(ENUM_LABELS.DisputeGrade)}
          onChange={(v?: DisputeGrade) => set({ grade: v ?? null })}
        />
        <Select
          allowClear
          placeholder="风险等级"
          style={{ width: 120 }}
          options={labelOptions(ENUM_LABELS.RiskLevel)}
          onChange={(v?: RiskLevel) => set({ riskLevel: v ?? null })}
        />
        <Select
          allowClear
          placeholder="类别"
          style={{ width: 140 }}
          options={labelOptions(DISPUTE_CATEGORY_LABELS)}
          onChange={(v?: string) => set({ category: v ?? null })}
        />
        <Select
          allowClear
          placeholder="重复报警"
          value={filters.repeat === true ? 'yes' : filters.repeat === false ? 'no' : undefined}
          style={{ width: 120 }}
          options={[
            { value: 'yes', label: '仅重复报警' },
            { value: 'no', label: '排除重复' },
          ]}
          onChange={(v?: string) => set({ repeat: v ? v === 'yes' : null })}
        />
        <Select
          allowClear
          placeholder="进展"
          value={filters.progressOverdue ? 'yes' : undefined}
          style={{ width: 120 }}
          options={[{ value: 'yes', label: '进展逾期' }]}
          onChange={(v?: string) => set({ progressOverdue: v ? true : null })}
        />
      </Space>
      {(filters.reportedSince || filters.overdueSince) && (
        <Space style={{ marginBottom: 12 }} data-testid="ledger-period">
          {filters.reportedSince && (
            <Tag closable onClose={() => set({ reportedSince: null, reportedUntil: null })}>
              登记于 {day(filters.reportedSince)} 至 {until(filters.reportedUntil)}
            </Tag>
          )}
          {filters.overdueSince && (
            <Tag color="red" closable onClose={() => set({ overdueSince: null, overdueUntil: null })}>
              {day(filters.overdueSince)} 至 {until(filters.overdueUntil)} 期间曾逾期（进展或移交反馈）
            </Tag>
          )}
        </Space>
      )}
      <ErrorNotice error={error} />
      <Table<LedgerRow>
        rowKey="id"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/disputes/d/${r.id}`) })}
        columns={[
          {
            title: '纠纷',
            dataIndex: 'title',
            render: (t: string, r) => (
              <Space size={4}>
                <Link to={`/disputes/d/${r.id}`}>{t}</Link>
                {r.isRepeat && <Tag color="volcano">重复</Tag>}
                {r.progressOverdue && <Tag color="red">进展逾期</Tag>}
              </Space>
            ),
          },
          { title: '类别', dataIndex: 'category', render: (c: string) => DISPUTE_CATEGORY_LABELS[c] ?? c },
          { title: '当事人', dataIndex: 'parties', render: (ps: LedgerRow['parties']) => ps.map((p) => p.name).join('、') },
          { title: '社区', dataIndex: ['community', 'name'] },
          { title: '状态', dataIndex: 'status', render: (s: string) => <Tag>{ENUM_LABELS.DisputeStatus[s] ?? s}</Tag> },
          { title: '级别', dataIndex: 'grade', render: (g: string) => ENUM_LABELS.DisputeGrade[g] },
          { title: '处置人', dataIndex: ['handler', 'name'], render: (n?: string) => n ?? '—' },
          {
            title: '风险评分',
            dataIndex: ['risk', 'score'],
            render: (score: number, r) => <Tag color={BAND_COLORS[r.risk.band]}>{score}</Tag>,
          },
          { title: '登记时间', dataIndex: 'reportedAt', render: formatDateTime },
        ]}
      />
      {page?.pageInfo.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={more}>
          加载更多
        </Button>
      )}
      <RegisterDisputeDrawer
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(id) => {
          setRegistering(false);
          void refetch();
          navigate(`/disputes/d/${id}`);
        }}
      />
    </Card>
  );
}
