import { useQuery } from '@apollo/client/react';
import { appendPage, ENUM_LABELS, ErrorNotice, labelOptions } from '@cp/ui';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { CommunityFilterTag } from '../../components/community-filter-tag';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { ResidentKind } from '../../gql/graphql';
import { RegisterResidentDrawer } from './register-resident.drawer';
import { RESIDENTS, type ResidentRow } from './residents.operations';

const PAGE = 50;

/** 实有人口: the people in the caller's jurisdiction, searchable by name, ID or passport number, or address. */
export function ResidentsPage() {
  const navigate = useNavigate();
  // links from other pages (a scorecard's line, say) open the list already filtered
  const [params] = useSearchParams();
  const communityId = params.get('community');
  const residenceRegistered = params.get('residence') === 'unregistered' ? false : null;
  const [search, setSearch] = useState<string | null>(null);
  const [kind, setKind] = useState<ResidentKind | null>(() => (params.get('kind') as ResidentKind | null) ?? null);
  const [overdue, setOverdue] = useState(() => params.get('overdue') === '1');
  const { data, loading, error, fetchMore } = useQuery(RESIDENTS, {
    variables: { first: PAGE, search, kind, overdue: overdue || null, communityId, residenceRegistered },
  });
  const page = data?.residents;
  const more = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: appendPage('residents'),
    });
  return (
    <Card
      title="实有人口"
      extra={
        <Space>
          {residenceRegistered === false && <Tag color="red">未办理居住登记</Tag>}
          <CommunityFilterTag communityId={communityId} />
          <Select<ResidentKind>
            value={kind ?? undefined}
            placeholder="类别"
            allowClear
            style={{ width: 110 }}
            options={labelOptions(ENUM_LABELS.ResidentKind) as Array<{ value: ResidentKind; label: string }>}
            onChange={(v) => setKind(v ?? null)}
          />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
            有逾期工作
          </Checkbox>
          <Input.Search
            placeholder="姓名、证件号码或地址"
            allowClear
            onSearch={(v) => setSearch(v.trim() || null)}
            style={{ width: 260 }}
            data-testid="resident-search"
          />
          <RegisterResidentDrawer onRegistered={(id) => navigate(`/population/residents/${id}`)} />
        </Space>
      }
    >
      <ErrorNotice error={error} />
      <Table<ResidentRow>
        rowKey="id"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (name: string, r) => <Link to={`/population/residents/${r.id}`}>{name}</Link> },
          { title: '性别', dataIndex: 'sex', render: (s: ResidentRow['sex']) => ENUM_LABELS.Sex[s] },
          { title: '出生日期', dataIndex: 'birthDate', render: (d: string | null) => d ?? <Typography.Text type="secondary">不显示</Typography.Text> },
          {
            title: '类别',
            dataIndex: 'kind',
            render: (k: ResidentRow['kind']) => (
              <Tag color={{ floating: 'orange', foreign: 'purple' }[k as string] ?? 'blue'}>{ENUM_LABELS.ResidentKind[k]}</Tag>
            ),
          },
          { title: '证件号码', dataIndex: 'idNumber' },
          { title: '社区', dataIndex: ['community', 'name'] },
        ]}
      />
      <Space style={{ marginTop: 16 }}>{page?.pageInfo.hasNextPage && <Button onClick={more}>加载更多</Button>}</Space>
    </Card>
  );
}
