import { useQuery } from '@apollo/client/react';
import { ErrorNotice, formatDateTime } from '@cp/ui';
import { Card, Descriptions, Result, Skeleton, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OFFICER_PROFILE, type Profile } from './officers.operations';
import { ROLE_LABELS } from './role-labels';

const CLOSURE: Record<string, string> = { check_out: '签退', next_check_in: '未签退（至下次签到）', capped: '未签退（按最长时长计）' };

/** 警员档案: who they are and their weekly time in the community against the target. */
export function OfficerProfilePage() {
  const { id } = useParams();
  // eight whole weeks (Monday to Monday, Beijing time) up to this week
  const weeks = useMemo(() => {
    const monday = dayjs().startOf('week').add(1, 'day');
    return Array.from({ length: 9 }, (_, i) => monday.subtract(7 - i, 'week').format('YYYY-MM-DDT00:00:00+08:00'));
  }, []);
  const variables = Object.fromEntries(weeks.map((w, i) => [`w${i}`, w])) as Record<`w${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`, string>;
  const { data, loading, error } = useQuery(OFFICER_PROFILE, { variables: { id: id!, ...variables } });
  if (loading && !data) return <Skeleton active />;
  const o = data?.officer;
  if (!o) return error ? <ErrorNotice error={error} /> : <Result status="404" title="未找到该警员" extra={<Link to="/staffing/officers">返回</Link>} />;
  const series = (['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7'] as const).map((k) => o[k]).filter((t): t is NonNullable<Profile['t0']> => !!t);
  const target = series.find((t) => t.target !== null)?.target ?? null;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={o.name} extra={<Link to="/staffing/officers">返回警员列表</Link>}>
        <Descriptions column={3} size="small" bordered>
          <Descriptions.Item label="警号">{o.badgeNo}</Descriptions.Item>
          <Descriptions.Item label="岗位">{ROLE_LABELS[o.role]}</Descriptions.Item>
          <Descriptions.Item label="所属">{o.station?.name}</Descriptions.Item>
          <Descriptions.Item label="身份">{o.sworn ? '民警' : '辅警'}</Descriptions.Item>
          <Descriptions.Item label="工作电话">{o.phone ?? '—'}</Descriptions.Item>
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
      <Card title="最近签到">
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
              { title: '方式', dataIndex: 'closure', render: (c: string | null) => (c ? CLOSURE[c] : '—') },
              { title: '来源', dataIndex: 'source', render: (s: string) => (s === 'phone' ? '手机' : '控制台') },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
