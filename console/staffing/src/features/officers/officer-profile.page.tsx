import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { App, Button, Card, Descriptions, Result, Select, Skeleton, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OfficerPhoneModal } from './officer-phone.modal';
import { CHECK_IN, CHECK_OUT, OFFICER_PROFILE, PROFILE_ME, type Profile } from './officers.operations';

/** 警员档案: who they are and their weekly time in the community against the target. */
export function OfficerProfilePage() {
  const { id } = useParams();
  // eight whole weeks (Monday to Monday, Beijing time) up to this week
  const weeks = useMemo(() => {
    const monday = dayjs().startOf('week').add(1, 'day');
    return Array.from({ length: 9 }, (_, i) => monday.subtract(7 - i, 'week').format('YYYY-MM-DDT00:00:00+08:00'));
  }, []);
  const variables = Object.fromEntries(weeks.map((w, i) => [`w${i}`, w])) as Record<`w${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`, string>;
  const { data, loading, error, refetch } = useQuery(OFFICER_PROFILE, { variables: { id: id!, ...variables } });
  const me = useQuery(PROFILE_ME);
  const [checkIn] = useMutation(CHECK_IN);
  const [checkOut] = useMutation(CHECK_OUT);
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [editingPhone, setEditingPhone] = useState(false);
  const { message } = App.useApp();
  const report = (errors: Array<{ message: string }> | undefined, done: string) => {
    if (errors?.length) message.error(errors[0].message);
    else message.success(done);
    void refetch();
  };
  if (loading && !data) return <Skeleton active />;
  const o = data?.officer;
  if (!o) return error ? <ErrorNotice error={error} /> : <Result status="404" title="未找到该警员" extra={<Link to="/staffing/officers">返回</Link>} />;
  const series = (['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7'] as const).map((k) => o[k]).filter((t): t is NonNullable<Profile['t0']> => !!t);
  const target = series.find((t) => t.target !== null)?.target ?? null;
  // the station keeps its officers' details: its head, or the district (the subgraph decides; this only hides a button)
  const my = me.data?.me;
  const keepsDetails =
    !!my && (my.roles.includes('district_admin') || (my.roles.includes('station_head') && !!o.station && my.stationIds.includes(o.station.id)));
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {editingPhone && <OfficerPhoneModal officer={o} onClose={() => setEditingPhone(false)} />}
      <Card title={o.name} extra={<Link to="/staffing/officers">返回警员列表</Link>}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" bordered>
          <Descriptions.Item label="警号">{o.badgeNo}</Descriptions.Item>
          <Descriptions.Item label="岗位">{ENUM_LABELS.OfficerRole[o.role]}</Descriptions.Item>
          <Descriptions.Item label="所属">{o.station?.name}</Descriptions.Item>
          <Descriptions.Item label="身份">{o.sworn ? '民警' : '辅警'}</Descriptions.Item>
          <Descriptions.Item label="工作电话">
            <Space>
              <span data-testid="officer-phone">{o.phone ?? '—'}</span>
              {keepsDetails && (
                <Button size="small" type="link" onClick={() => setEditingPhone(true)}>
                  修改
                </Button>
              )}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="在社区时间目标">{target === null ? '—' : `${Math.round(target * 100)}%`}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="每周在社区时间（小时）" data-testid="time-chart">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={series.map((t) => ({ week: dayjs(t.from).format('MM-DD'), hours: t.hours, share: Math.round(t.share * 100) }))}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="week" />
            <YAxis />
            <Tooltip formatter={(v) => [`${String(v)} 小时`, '在社区']} />
            <Bar dataKey="hours" fill="#1677ff" />
            {target !== null && series[0] && <ReferenceLine y={series[0].workingHours * target} stroke="#ff4d4f" label={`目标 ${Math.round(target * 100)}%`} />}
          </BarChart>
        </ResponsiveContainer>
      </Card>
      <Card title="生效中的四不准例外" data-testid="exceptions-in-force">
        {o.exceptionsInForce.length ? (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={o.exceptionsInForce}
            columns={[
              { title: '事项', render: (_, a) => ENUM_LABELS.RestrictedDuty[a.kind] },
              { title: '理由', dataIndex: 'reason' },
              { title: '有效期', render: (_, a) => `${formatDateTime(a.validFrom)} 至 ${formatDateTime(a.validUntil)}` },
            ]}
          />
        ) : (
          '无：四不准全部适用'
        )}
      </Card>
      <Card title="社区任职记录">
        <Table
          size="small"
          rowKey={(h) => `${h.community.id}-${h.role}-${h.startedAt}`}
          pagination={false}
          dataSource={o.postHistory}
          locale={{ emptyText: '无社区岗位' }}
          columns={[
            { title: '社区', render: (_, h) => h.community.name },
            { title: '岗位', dataIndex: 'role', render: (r: string) => (r === 'AUX' ? '辅警' : `${r} 岗`) },
            { title: '起', dataIndex: 'startedAt', render: formatDateTime },
            { title: '止', dataIndex: 'endedAt', render: (v: string | null) => (v ? formatDateTime(v) : <Tag color="green">在任</Tag>) },
            { title: '原因', dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
      <Card
        title="最近签到"
        extra={
          me.data?.me.officerId === o.id && (
            <Space>
              <Select
                placeholder="选择社区"
                style={{ width: 180 }}
                value={communityId}
                onChange={setCommunityId}
                options={o.postHistory.filter((h) => !h.endedAt).map((h) => ({ value: h.community.id, label: h.community.name }))}
              />
              <Button
                type="primary"
                disabled={!communityId}
                onClick={async () => report((await checkIn({ variables: { communityId: communityId! } })).data?.checkInCommunity.errors, '已签到')}
              >
                到社区签到
              </Button>
              <Button onClick={async () => report((await checkOut()).data?.checkOutCommunity.errors, '已签退')}>签退</Button>
            </Space>
          )
        }
      >
        {o.recentPresence === null ? (
          <Result status="info" title="签到记录仅本人、本所所长和分局管理员可见" />
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={o.recentPresence ?? []}
            columns={[
              { title: '签到', dataIndex: 'checkInAt', render: formatDateTime },
              { title: '签退', dataIndex: 'checkOutAt', render: (v: string | null) => (v ? formatDateTime(v) : <Tag color="orange">在社区</Tag>) },
              { title: '方式', dataIndex: 'closure', render: (c: string | null) => (c ? ENUM_LABELS.PresenceClosure[c] : '—') },
              { title: '来源', dataIndex: 'source', render: (s: string) => ENUM_LABELS.PresenceSource[s] },
              {
                title: '定位核验',
                dataIndex: 'inBoundary',
                render: (v: boolean | null) =>
                  v === true ? <Tag color="green">社区边界内</Tag> : v === false ? <Tag color="red">边界外·不计时</Tag> : <Tag>未定位·自报</Tag>,
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
