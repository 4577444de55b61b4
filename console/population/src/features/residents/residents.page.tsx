import { useQuery } from '@apollo/client/react';
import { ENUM_LABELS, formatDateTime, LedgerTable, type LedgerColumn } from '@cp/ui';
import { Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { ResidentKind } from '../../gql/graphql';
import { RegisterResidentDrawer } from './register-resident.drawer';
import { EXPORT_RESIDENTS, REGISTRATION_PLACES, RESIDENTS, type ResidentRow } from './residents.operations';

const YES = { true: '是' };
const REGISTERED = { false: '未办理', true: '已办理' };

/** 实有人口: the people in the caller's jurisdiction as a ledger: searched, sorted, paged, exported. */
export function ResidentsPage() {
  const navigate = useNavigate();
  // links from other pages (a scorecard's line, say) open the ledger already filtered
  const [params] = useSearchParams();
  const places = useQuery(REGISTRATION_PLACES);
  const communities = Object.fromEntries((places.data?.myCommunities ?? []).map((c) => [c.id, `${c.name}（${c.station.name}）`]));
  const residence = params.get('residence');
  const initialValues = {
    communityId: params.get('community') ?? undefined,
    kind: params.get('kind') ?? undefined,
    overdue: params.get('overdue') === '1' ? 'true' : undefined,
    residenceRegistered: residence === 'unregistered' ? 'false' : residence === 'registered' ? 'true' : undefined,
  };
  const columns: Array<LedgerColumn<ResidentRow>> = [
    {
      title: '关键字',
      dataIndex: 'search',
      hideInTable: true,
      search: true,
      fieldProps: { placeholder: '姓名、证件号码或地址', 'data-testid': 'resident-search' },
    },
    {
      title: '姓名',
      dataIndex: 'name',
      orderField: 'NAME',
      render: (_, r) => <Link to={`/population/residents/${r.id}`}>{r.name}</Link>,
    },
    { title: '性别', dataIndex: 'sex', valueEnum: ENUM_LABELS.Sex, width: 70 },
    {
      title: '出生日期',
      dataIndex: 'birthDate',
      width: 110,
      render: (_, r) => r.birthDate ?? <Typography.Text type="secondary">不显示</Typography.Text>,
      exportValue: (r) => r.birthDate ?? '不显示',
    },
    {
      title: '类别',
      dataIndex: 'kind',
      valueEnum: ENUM_LABELS.ResidentKind,
      search: true,
      render: (_, r) => <Tag color={{ floating: 'orange', foreign: 'purple' }[r.kind as string] ?? 'blue'}>{ENUM_LABELS.ResidentKind[r.kind]}</Tag>,
    },
    { title: '证件号码', dataIndex: 'idNumber', copyable: false },
    { title: '社区', dataIndex: 'communityId', hideInTable: true, search: true, valueEnum: communities, fieldProps: { showSearch: true } },
    { title: '社区', key: 'community', dataIndex: ['community', 'name'] },
    { title: '居住登记', dataIndex: 'residenceRegistered', hideInTable: true, search: true, valueEnum: REGISTERED },
    {
      title: '居住登记日期',
      dataIndex: 'residenceRegisteredOn',
      width: 120,
      render: (_, r) => r.residenceRegisteredOn ?? (r.kind === 'floating' ? <Tag color="red">未办理</Tag> : '—'),
      exportValue: (r) => r.residenceRegisteredOn ?? (r.kind === 'floating' ? '未办理' : ''),
    },
    { title: '有逾期工作', dataIndex: 'overdue', hideInTable: true, search: true, valueEnum: YES },
    {
      title: '登记时间',
      dataIndex: 'registeredAt',
      orderField: 'REGISTERED_AT',
      width: 150,
      render: (_, r) => formatDateTime(r.registeredAt),
      exportValue: (r) => formatDateTime(r.registeredAt),
    },
  ];
  return (
    <LedgerTable
      id="residents"
      title="实有人口"
      data-testid="residents-ledger"
      query={RESIDENTS}
      exportQuery={EXPORT_RESIDENTS}
      connection={(d) => d.residents}
      columns={columns}
      initialValues={initialValues}
      variables={(f) => ({
        search: (f.search as string | undefined)?.trim() || null,
        kind: (f.kind as ResidentKind | undefined) ?? null,
        communityId: (f.communityId as string | undefined) ?? null,
        overdue: f.overdue === 'true' || null,
        residenceRegistered: f.residenceRegistered == null ? null : f.residenceRegistered === 'true',
      })}
      toolBar={[<RegisterResidentDrawer key="register" onRegistered={(id) => navigate(`/population/residents/${id}`)} />]}
    />
  );
}
