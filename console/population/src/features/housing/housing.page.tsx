import { useQuery } from '@apollo/client/react';
import { ENUM_LABELS, formatDateTime, LedgerTable, type LedgerAction, type LedgerColumn } from '@cp/ui';
import { Button, Checkbox, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { RecordVisitModal, type VisitTarget } from '../../components/record-visit.modal';
import { VisitPhotos } from '../../components/visit-photos';
import type { HousingUse } from '../../gql/graphql';
import { HousingFormModal } from './housing-form.modal';
import { COMMUNITY_CHOICES, EXPORT_HOUSINGS, HOUSINGS, type HousingRow } from './housing.operations';

/** Whether a rental is registered (出租房屋登记备案), and whether its tenants are. */
function RentalTags({ h }: { h: HousingRow }) {
  if (h.use !== 'rented') return null;
  return (
    <Space size={4}>
      {h.rentalRegistered ? <Tag color="green">{`${h.rentalRegisteredOn} 备案`}</Tag> : <Tag color="red">未备案</Tag>}
      {h.occupants.length === 0 && <Tag color="orange">租户未登记</Tag>}
    </Space>
  );
}

const flagged = (label: string) => ({
  hideInTable: true,
  search: true as const,
  formItemProps: { valuePropName: 'checked' },
  renderFormItem: () => <Checkbox>{label}</Checkbox>,
});

/** 实有房屋: the dwellings of the jurisdiction as a ledger, who lives in them, and rentals to follow up. */
export function HousingPage() {
  // links from other pages (a scorecard's line, say) open the ledger already filtered
  const [params] = useSearchParams();
  const [form, setForm] = useState<{ editing: HousingRow | null } | null>(null);
  const [visiting, setVisiting] = useState<VisitTarget | null>(null);
  const action = useRef<LedgerAction>(undefined);
  const places = useQuery(COMMUNITY_CHOICES);
  const communities = Object.fromEntries((places.data?.myCommunities ?? []).map((c) => [c.id, `${c.name}（${c.station.name}）`]));
  const canEdit = !!places.data?.me.roles.some((r) => r === 'community_officer' || r === 'station_head');
  const reload = () => void action.current?.reload();
  const columns: Array<LedgerColumn<HousingRow>> = [
    { title: '关键字', dataIndex: 'search', hideInTable: true, search: true, fieldProps: { placeholder: '地址或房主' } },
    { title: '地址', key: 'address', dataIndex: ['address', 'fullText'] },
    { title: '社区', dataIndex: 'communityId', hideInTable: true, search: true, valueEnum: communities, fieldProps: { showSearch: true } },
    { title: '社区', key: 'community', dataIndex: ['community', 'name'] },
    { title: '类别', dataIndex: 'kind', valueEnum: ENUM_LABELS.HousingKind },
    {
      title: '用途',
      dataIndex: 'use',
      valueEnum: ENUM_LABELS.HousingUse,
      search: true,
      fieldProps: { 'data-testid': 'housing-use' },
      render: (_, h) => <Tag color={h.use === 'rented' ? 'orange' : 'default'}>{ENUM_LABELS.HousingUse[h.use]}</Tag>,
    },
    { title: '出租未备案', dataIndex: 'rentalUnregistered', ...flagged('出租未备案') },
    { title: '无登记住户', dataIndex: 'withoutOccupants', ...flagged('无登记住户') },
    {
      title: '房主',
      key: 'landlord',
      render: (_, h) => [h.landlordName, h.landlordPhone].filter(Boolean).join(' ') || '—',
      exportValue: (h) => [h.landlordName, h.landlordPhone].filter(Boolean).join(' '),
    },
    {
      title: '出租',
      key: 'rented',
      render: (_, h) => (h.use === 'rented' ? `${h.rentedSince} 起` : '—'),
      exportValue: (h) => (h.use === 'rented' ? `${h.rentedSince} 起` : ''),
    },
    {
      title: '备案与租户',
      key: 'rental',
      render: (_, h) => <RentalTags h={h} />,
      exportValue: (h) =>
        h.use !== 'rented'
          ? ''
          : [h.rentalRegistered ? `${h.rentalRegisteredOn} 备案` : '未备案', h.occupants.length ? '' : '租户未登记'].filter(Boolean).join('，'),
    },
    {
      title: '住户',
      key: 'occupants',
      render: (_, h) =>
        h.occupants.length ? (
          <Space size={4} wrap>
            {h.occupants.map((o) => (
              <Link key={o.id} to={`/population/residents/${o.id}`} title={ENUM_LABELS.ResidentKind[o.kind]}>
                {o.name}
              </Link>
            ))}
          </Space>
        ) : (
          '—'
        ),
      exportValue: (h) => h.occupants.map((o) => o.name).join('、'),
    },
    {
      title: '最近核查',
      key: 'visit',
      render: (_, h) => {
        const last = h.visits[0];
        if (!last) return <Tag>未核查</Tag>;
        return (
          <Space size={4}>
            <Tag
              color={last.outcome === 'normal' ? 'green' : 'orange'}
            >{`${formatDateTime(last.at).slice(0, 10)} ${ENUM_LABELS.VisitOutcome[last.outcome]}`}</Tag>
            {last.photos.length > 0 && <VisitPhotos photos={last.photos} />}
          </Space>
        );
      },
      exportValue: (h) => (h.visits[0] ? `${formatDateTime(h.visits[0].at).slice(0, 10)} ${ENUM_LABELS.VisitOutcome[h.visits[0].outcome]}` : '未核查'),
    },
    {
      title: '登记时间',
      dataIndex: 'registeredAt',
      orderField: 'REGISTERED_AT',
      render: (_, h) => formatDateTime(h.registeredAt),
      exportValue: (h) => formatDateTime(h.registeredAt),
    },
    {
      title: '操作',
      valueType: 'option',
      hideInTable: !canEdit,
      render: (_, h) => (
        <Space size={4}>
          <Button size="small" onClick={() => setForm({ editing: h })}>
            修改
          </Button>
          <Button size="small" onClick={() => setVisiting({ subjectType: 'housing', subjectId: h.id, name: h.address.fullText, kind: 'verification' })}>
            记录核查
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <LedgerTable
        id="housing"
        title="实有房屋"
        data-testid="housing"
        query={HOUSINGS}
        exportQuery={EXPORT_HOUSINGS}
        connection={(d) => d.housings}
        columns={columns}
        actionRef={action}
        initialValues={{
          communityId: params.get('community') ?? undefined,
          use: params.get('use') ?? undefined,
          rentalUnregistered: params.get('rentalUnregistered') === '1' || undefined,
        }}
        variables={(f) => ({
          search: (f.search as string | undefined)?.trim() || null,
          communityId: (f.communityId as string | undefined) ?? null,
          use: (f.use as HousingUse | undefined) ?? null,
          rentalUnregistered: f.rentalUnregistered ? true : null,
          withoutOccupants: f.withoutOccupants ? true : null,
        })}
        toolBar={
          canEdit
            ? [
                <Button key="register" type="primary" onClick={() => setForm({ editing: null })}>
                  登记房屋
                </Button>,
              ]
            : []
        }
      />
      <RecordVisitModal target={visiting} onClose={() => setVisiting(null)} onRecorded={reload} />
      <HousingFormModal open={!!form} editing={form?.editing ?? null} onClose={() => setForm(null)} onSaved={reload} />
    </>
  );
}
