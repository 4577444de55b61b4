import { useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { Card, Descriptions, Empty, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { HouseholdCard } from './household-card';
import { ResidenceRegistrationButton } from './residence-registration';
import { ResidentCareCard } from './resident-care';
import { RESIDENT_PAGE, type ResidentDetail } from './resident-detail.operations';

type DisputeRow = NonNullable<ResidentDetail['disputes']>[number];

/** 人员档案: who they are, the disputes they are party to, and who answers for their community now. */
export function ResidentDetailPage() {
  const { id } = useParams();
  const { data, loading, error } = useQuery(RESIDENT_PAGE, { variables: { id: id! } });
  if (loading) return <Skeleton active />;
  const r = data?.resident;
  if (!r) return error ? <ErrorNotice error={error} /> : <Result status="404" title="未找到该人员" extra={<Link to="/population/residents">返回列表</Link>} />;
  const duty = r.community.dutyOfficer;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <ErrorNotice error={error} />
      <Card title={<span data-testid="resident-name">{r.name}</span>} extra={<Link to="/population/residents">返回列表</Link>}>
        <Descriptions column={2} bordered size="small">
          <Descriptions.Item label={r.documentKind === 'passport' ? `护照号码（${r.nationality}）` : '公民身份号码'}>
            {r.idNumber} {r.masked && <Tag>已脱敏</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="类别">{ENUM_LABELS.ResidentKind[r.kind]}</Descriptions.Item>
          <Descriptions.Item label="性别">{ENUM_LABELS.Sex[r.sex]}</Descriptions.Item>
          <Descriptions.Item label="出生日期">
            {r.birthDate ?? <Typography.Text type="secondary">不显示（与脱敏号码合看可还原身份号码）</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label="联系电话">{r.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="户籍地代码">{r.originArea ?? '—'}</Descriptions.Item>
          {r.kind !== 'registered' && <Descriptions.Item label="来本地日期">{r.arrivedOn ?? '—'}</Descriptions.Item>}
          {r.kind === 'floating' && (
            <Descriptions.Item label="居住登记">
              {r.residenceRegisteredOn ? (
                <Tag color="green">{`${r.residenceRegisteredOn} 已登记`}</Tag>
              ) : (
                <Space>
                  <Tag color="red">未办理</Tag>
                  {!r.masked && <ResidenceRegistrationButton resident={r} />}
                </Space>
              )}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="居住地址" span={2}>
            {r.address?.fullText ?? '—'}
            {r.housing && (
              <Tag style={{ marginLeft: 8 }} color={r.housing.use === 'rented' ? 'orange' : 'default'}>
                {r.housing.use === 'rented'
                  ? `出租房屋 · 房主 ${r.housing.landlordName ?? '—'} · ${r.housing.rentalRegistered ? '已备案' : '未备案'}`
                  : ENUM_LABELS.HousingUse[r.housing.use]}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="社区">{r.community.name}</Descriptions.Item>
          <Descriptions.Item label="派出所">{r.community.station.name}</Descriptions.Item>
        </Descriptions>
      </Card>
      <HouseholdCard r={r} canAct={!r.masked} />
      <Card title="社区值班民警" data-testid="duty-officer">
        {duty ? (
          <Descriptions column={3} size="small">
            <Descriptions.Item label="民警">{duty.officer.name}</Descriptions.Item>
            <Descriptions.Item label="警号">{duty.officer.badgeNo}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{duty.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="依据" span={3}>
              {duty.basis}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Empty description="该社区暂无在岗民警" />
        )}
      </Card>
      <Card title="涉及的矛盾纠纷" data-testid="resident-disputes">
        {r.disputes === null ? (
          <Result status="warning" title="纠纷信息暂时无法获取" />
        ) : (
          <Table<DisputeRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={r.disputes}
            locale={{ emptyText: '暂无纠纷记录' }}
            columns={[
              { title: '纠纷', dataIndex: 'title' },
              { title: '状态', dataIndex: 'status', render: (s: string) => <Tag>{ENUM_LABELS.DisputeStatus[s] ?? s}</Tag> },
              {
                title: '风险',
                dataIndex: 'riskLevel',
                render: (s: string) => <Tag color={s === 'general' ? 'default' : 'red'}>{ENUM_LABELS.RiskLevel[s] ?? s}</Tag>,
              },
              { title: '登记时间', dataIndex: 'reportedAt', render: formatDateTime },
            ]}
          />
        )}
      </Card>
      {/* the officers who answer for the person (and so see them unmasked) list and visit them */}
      <ResidentCareCard id={r.id} canAct={!r.masked} />
    </Space>
  );
}
