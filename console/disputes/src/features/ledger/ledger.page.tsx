import { useQuery } from '@apollo/client/react';
import { DISPUTE_CATEGORY_LABELS, ENUM_LABELS, formatDateTime, LedgerTable, type LedgerColumn } from '@cp/ui';
import { Button, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { DisputeGrade, DisputeLedgerQueryVariables, DisputeStatus, RiskLevel } from '../../gql/graphql';
import { BAND_COLORS } from '../../labels';
import { RegisterDisputeDrawer } from '../register/register-dispute.drawer';
import { EXPORT_LEDGER, LEDGER, LEDGER_COMMUNITIES, type LedgerRow } from './ledger.operations';

const YES_NO = { true: '是', false: '否' };
type Outside = Pick<DisputeLedgerQueryVariables, 'reportedSince' | 'reportedUntil' | 'overdueSince' | 'overdueUntil' | 'gridId'>;

/** 矛盾纠纷台账: the disputes in the caller's jurisdiction as a ledger (newest first unless sorted), with registration. */
export function LedgerPage() {
  const [params] = useSearchParams();
  // links from other pages open the ledger filtered: the risk map by grid, a scorecard's line by community and what it counts
  const [outside, setOutside] = useState<Outside>(() => ({
    gridId: params.get('grid'),
    reportedSince: params.get('reportedSince'),
    reportedUntil: params.get('reportedUntil'),
    overdueSince: params.get('overdueSince'),
    overdueUntil: params.get('overdueUntil'),
  }));
  const initialValues = {
    communityId: params.get('community') ?? undefined,
    repeat: params.get('repeat') === '1' ? 'true' : undefined,
    progressOverdue: params.get('overdue') === '1' ? 'true' : undefined,
  };
  // a scorecard's line opens the ledger on its period: said above the table, and removable
  const day = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '');
  const until = (iso?: string | null) => (iso ? dayjs(iso).subtract(1, 'day').format('YYYY-MM-DD') : '');
  const [registering, setRegistering] = useState(false);
  const navigate = useNavigate();
  const places = useQuery(LEDGER_COMMUNITIES);
  const communities = Object.fromEntries((places.data?.myCommunities ?? []).map((c) => [c.id, c.name]));
  const columns: Array<LedgerColumn<LedgerRow>> = [
    { title: '关键字', dataIndex: 'search', hideInTable: true, search: true, fieldProps: { placeholder: '标题或地址', 'data-testid': 'ledger-search' } },
    {
      title: '纠纷',
      dataIndex: 'title',
      render: (_, r) => (
        <Space size={4}>
          <Link to={`/disputes/d/${r.id}`}>{r.title}</Link>
          {r.isRepeat && <Tag color="volcano">重复</Tag>}
          {r.progressOverdue && <Tag color="red">进展逾期</Tag>}
        </Space>
      ),
    },
    { title: '类别', dataIndex: 'category', valueEnum: DISPUTE_CATEGORY_LABELS, search: true },
    {
      title: '当事人',
      key: 'parties',
      dataIndex: 'parties',
      render: (_, r) => r.parties.map((p) => p.name).join('、'),
      exportValue: (r) => r.parties.map((p) => p.name).join('、'),
    },
    { title: '社区', dataIndex: 'communityId', hideInTable: true, search: true, valueEnum: communities, fieldProps: { showSearch: true } },
    { title: '社区', key: 'community', dataIndex: ['community', 'name'] },
    {
      title: '状态',
      dataIndex: 'status',
      valueEnum: ENUM_LABELS.DisputeStatus,
      search: true,
      render: (_, r) => <Tag>{ENUM_LABELS.DisputeStatus[r.status]}</Tag>,
    },
    { title: '级别', dataIndex: 'grade', valueEnum: ENUM_LABELS.DisputeGrade, search: true },
    { title: '处置人', key: 'handler', dataIndex: ['handler', 'name'], render: (_, r) => r.handler?.name ?? '—' },
    { title: '风险等级', dataIndex: 'riskLevel', valueEnum: ENUM_LABELS.RiskLevel, search: true, orderField: 'RISK_LEVEL' },
    {
      title: '风险评分',
      key: 'score',
      dataIndex: ['risk', 'score'],
      render: (_, r) => <Tag color={BAND_COLORS[r.risk.band]}>{r.risk.score}</Tag>,
    },
    { title: '重复报警', dataIndex: 'repeat', hideInTable: true, search: true, valueEnum: YES_NO },
    { title: '进展逾期', dataIndex: 'progressOverdue', hideInTable: true, search: true, valueEnum: YES_NO },
    {
      title: '登记时间',
      dataIndex: 'reportedAt',
      orderField: 'REPORTED_AT',
      defaultSortOrder: 'descend',
      render: (_, r) => formatDateTime(r.reportedAt),
      exportValue: (r) => formatDateTime(r.reportedAt),
    },
  ];
  const flag = (v: unknown) => (v == null ? null : v === 'true');
  return (
    <>
      {(outside.reportedSince || outside.overdueSince || outside.gridId) && (
        <Space style={{ marginBottom: 12 }} data-testid="ledger-period">
          {outside.gridId && (
            <Tag closable onClose={() => setOutside((o) => ({ ...o, gridId: null }))}>
              风险地图所选警格
            </Tag>
          )}
          {outside.reportedSince && (
            <Tag closable onClose={() => setOutside((o) => ({ ...o, reportedSince: null, reportedUntil: null }))}>
              登记于 {day(outside.reportedSince)} 至 {until(outside.reportedUntil)}
            </Tag>
          )}
          {outside.overdueSince && (
            <Tag color="red" closable onClose={() => setOutside((o) => ({ ...o, overdueSince: null, overdueUntil: null }))}>
              {day(outside.overdueSince)} 至 {until(outside.overdueUntil)} 期间曾逾期（进展或移交反馈）
            </Tag>
          )}
        </Space>
      )}
      <LedgerTable
        id="disputes"
        title="矛盾纠纷台账"
        data-testid="dispute-ledger"
        query={LEDGER}
        exportQuery={EXPORT_LEDGER}
        connection={(d) => d.disputes}
        columns={columns}
        params={outside}
        initialValues={initialValues}
        variables={(f) => ({
          ...outside,
          search: (f.search as string | undefined)?.trim() || null,
          category: (f.category as string | undefined) ?? null,
          communityId: (f.communityId as string | undefined) ?? null,
          status: (f.status as DisputeStatus | undefined) ?? null,
          grade: (f.grade as DisputeGrade | undefined) ?? null,
          riskLevel: (f.riskLevel as RiskLevel | undefined) ?? null,
          repeat: flag(f.repeat),
          progressOverdue: flag(f.progressOverdue),
        })}
        toolBar={[
          <Button key="register" type="primary" onClick={() => setRegistering(true)}>
            登记纠纷
          </Button>,
        ]}
      />
      <RegisterDisputeDrawer
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(id) => {
          setRegistering(false);
          navigate(`/disputes/d/${id}`);
        }}
      />
    </>
  );
}
