import { useQuery } from '@apollo/client/react';
import { appendPage, ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag } from 'antd';
import { CommunityFilterTag } from '../../components/community-filter-tag';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { RecordVisitModal, type VisitTarget } from '../../components/record-visit.modal';
import { VisitPhotos } from '../../components/visit-photos';
import type { HousingUse } from '../../gql/graphql';
import { HousingFormModal } from './housing-form.modal';
import { HOUSINGS, type HousingRow } from './housing.operations';

const PAGE = 50;

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

/** 实有房屋: the dwellings of the jurisdiction, who lives in them, and rentals to follow up. */
export function HousingPage() {
  // links from other pages (a scorecard's line, say) open the list already filtered
  const [params] = useSearchParams();
  const communityId = params.get('community');
  const [use, setUse] = useState<HousingUse | null>(() => (params.get('use') as HousingUse | null) ?? null);
  const [rentalUnregistered, setRentalUnregistered] = useState(() => params.get('rentalUnregistered') === '1');
  const [withoutOccupants, setWithoutOccupants] = useState(false);
  const [search, setSearch] = useState<string | null>(null);
  const [form, setForm] = useState<{ editing: HousingRow | null } | null>(null);
  const [visiting, setVisiting] = useState<VisitTarget | null>(null);
  const variables = { first: PAGE, use, rentalUnregistered: rentalUnregistered || null, withoutOccupants: withoutOccupants || null, search, communityId };
  const { data, loading, error, fetchMore, refetch } = useQuery(HOUSINGS, { variables });
  const page = data?.housings;
  const canEdit = !!data?.me.roles.some((r) => r === 'community_officer' || r === 'station_head');
  const more = () => fetchMore({ variables: { after: page?.pageInfo.endCursor }, updateQuery: appendPage('housings') });

  return (
    <Card
      title="实有房屋"
      extra={
        <Space wrap>
          <CommunityFilterTag communityId={communityId} />
          <Select<HousingUse>
            value={use ?? undefined}
            placeholder="用途"
            allowClear
            style={{ width: 110 }}
            options={Object.entries(ENUM_LABELS.HousingUse).map(([value, label]) => ({ value: value as HousingUse, label }))}
            onChange={(v) => setUse(v ?? null)}
            data-testid="housing-use"
          />
          <Checkbox checked={rentalUnregistered} onChange={(e) => setRentalUnregistered(e.target.checked)}>
            出租未备案
          </Checkbox>
          <Checkbox checked={withoutOccupants} onChange={(e) => setWithoutOccupants(e.target.checked)}>
            无登记住户
          </Checkbox>
          <Input.Search placeholder="地址或房主" allowClear onSearch={(v) => setSearch(v.trim() || null)} style={{ width: 220 }} />
          {canEdit && (
            <Button type="primary" onClick={() => setForm({ editing: null })}>
              登记房屋
            </Button>
          )}
        </Space>
      }
    >
      <ErrorNotice error={error} />
      <Table<HousingRow>
        rowKey="id"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        data-testid="housing"
        columns={[
          { title: '地址', dataIndex: ['address', 'fullText'] },
          { title: '社区', dataIndex: ['community', 'name'] },
          { title: '类别', dataIndex: 'kind', render: (k: string) => ENUM_LABELS.HousingKind[k] ?? k },
          { title: '用途', dataIndex: 'use', render: (u: string) => <Tag color={u === 'rented' ? 'orange' : 'default'}>{ENUM_LABELS.HousingUse[u] ?? u}</Tag> },
          { title: '房主', render: (_, h) => [h.landlordName, h.landlordPhone].filter(Boolean).join(' ') || '—' },
          { title: '出租', render: (_, h) => (h.use === 'rented' ? `${h.rentedSince} 起` : '—') },
          { title: '备案与租户', render: (_, h) => <RentalTags h={h} /> },
          {
            title: '住户',
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
          },
          {
            title: '最近核查',
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
          },
          {
            title: '',
            render: (_, h) =>
              canEdit && (
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
        ]}
      />
      <Space style={{ marginTop: 16 }}>{page?.pageInfo.hasNextPage && <Button onClick={more}>加载更多</Button>}</Space>
      <RecordVisitModal target={visiting} onClose={() => setVisiting(null)} onRecorded={() => void refetch()} />
      <HousingFormModal open={!!form} editing={form?.editing ?? null} onClose={() => setForm(null)} onSaved={() => void refetch()} />
    </Card>
  );
}
