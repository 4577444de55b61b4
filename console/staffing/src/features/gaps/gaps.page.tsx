import { useQuery } from '@apollo/client/react';
import { ErrorNotice, formatDateTime } from '@cp/ui';
import { Alert, Card, Checkbox, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import type { StaffingGapsQuery } from '../../gql/graphql';
import { STAFFING_GAPS, type CommunityRow } from './gaps.operations';

type StationRow = StaffingGapsQuery['staffingReport']['stations'][number];
type District = NonNullable<StaffingGapsQuery['staffingReport']['district']>;

/** 两个 40%, the district's half: the stations' police against the district's establishment. */
function DistrictShare({ district: d }: { district: District }) {
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  return (
    <Card title="分局警力结构（两个 40%：派出所警力占分局警力）" data-testid="district-share">
      {d.stationPoliceShare === null ? (
        <Alert type="info" showIcon message={`各派出所在编民警 ${d.stationPolice} 人；分局在编民警总数未填写（分局设置），无法计算占比`} />
      ) : (
        <Space size={48}>
          <Statistic title="分局在编民警" value={d.districtPolice ?? 0} suffix="人" />
          <Statistic title="其中派出所" value={d.stationPolice} suffix="人" />
          <Statistic
            title={`派出所警力占比（目标 ${pct(d.target)}）`}
            value={pct(d.stationPoliceShare)}
            valueStyle={{ color: d.meetsShare ? '#3f8600' : '#cf1322' }}
          />
          {!!d.stationPoliceGap && <Statistic title="达标还需充实到派出所" value={d.stationPoliceGap} suffix="人" valueStyle={{ color: '#cf1322' }} />}
        </Space>
      )}
    </Card>
  );
}

/**
 * 警力缺口: 两个 40% per station; per community, officers and auxiliaries against 1:3000 / 1:1000 and
 * 一警两辅. An officer counts once, at their A posts (half in each of two); B cover is shown apart.
 */
export function GapsPage() {
  const [onlyGaps, setOnlyGaps] = useState(true);
  const { data, loading, error } = useQuery(STAFFING_GAPS);
  const communities = (data?.staffingReport.communities ?? []).filter((c) => !onlyGaps || c.hasGap);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <ErrorNotice error={error} />
      {data?.staffingReport.district && <DistrictShare district={data.staffingReport.district} />}
      <Card title="派出所警力结构（两个 40%）">
        <Table<StationRow>
          rowKey={(r) => r.station.id}
          size="small"
          loading={loading}
          dataSource={data?.staffingReport.stations ?? []}
          pagination={false}
          columns={[
            { title: '派出所', render: (_, r) => r.station.name },
            { title: '在编民警', dataIndex: 'swornOfficers' },
            { title: '社区民警', dataIndex: 'communityPolice' },
            { title: '社区民警占比', render: (_, r) => <Tag color={r.meetsShare ? 'green' : 'red'}>{Math.round(r.communityPoliceShare * 100)}%</Tag> },
            { title: '实有人口', dataIndex: 'residents' },
            { title: '户数', dataIndex: 'households' },
            { title: '任 A 岗民警 / 应配', render: (_, r) => `${r.aPostOfficers} / ${r.requiredOfficers}` },
            { title: '民警缺口', dataIndex: 'officerGap' },
          ]}
        />
      </Card>
      {!!data?.staffingReport.earlyTransfers.length && (
        <Card title="近一年未满 5 年即调整的社区民警（本岗位工作年限原则上不少于 5 年）" data-testid="early-transfers">
          <Table
            rowKey="approvalId"
            size="small"
            pagination={false}
            dataSource={data.staffingReport.earlyTransfers}
            columns={[
              { title: '民警', render: (_, r) => `${r.officer.name}（警号 ${r.officer.badgeNo}）` },
              { title: '派出所', render: (_, r) => r.station.name },
              { title: '在岗年限', render: (_, r) => (r.tenureYears === null ? '—' : `${r.tenureYears} 年`) },
              { title: '提前调整理由', dataIndex: 'earlyReason' },
              { title: '批准时间', render: (_, r) => formatDateTime(r.approvedAt) },
            ]}
          />
        </Card>
      )}
      <Card
        title="社区警力缺口"
        extra={
          <Checkbox checked={onlyGaps} onChange={(e) => setOnlyGaps(e.target.checked)}>
            只看有缺口的社区
          </Checkbox>
        }
      >
        <Table<CommunityRow>
          rowKey={(r) => r.community.id}
          size="small"
          loading={loading}
          dataSource={communities}
          data-testid="gaps-table"
          columns={[
            { title: '社区', render: (_, r) => r.community.name },
            { title: '实有人口', dataIndex: 'residents' },
            { title: '户数', dataIndex: 'households' },
            { title: 'A 岗', render: (_, r) => (r.hasAPost ? '有' : <Tag color="red">空缺</Tag>) },
            { title: '社区民警（A 岗，每人一次）', render: (_, r) => `${r.aPostOfficers} / 应配 ${r.requiredOfficers}` },
            { title: 'B 岗备岗', dataIndex: 'bCover' },
            {
              title: 'A 岗在岗年限',
              render: (_, r) => (r.aPostTenureYears === null ? '—' : r.aPostTenureYears < 5 ? <Tag>{r.aPostTenureYears} 年</Tag> : `${r.aPostTenureYears} 年`),
            },
            { title: '辅警', render: (_, r) => `${r.auxiliaries} / 应配 ${r.requiredAuxiliaries}` },
            { title: '每名民警服务人口', render: (_, r) => r.residentsPerOfficer ?? '—' },
            {
              title: '缺口',
              render: (_, r) =>
                r.hasGap ? (
                  <Space size={4}>
                    {!r.hasAPost && <Tag color="red">无 A 岗</Tag>}
                    {r.officerGap > 0 && <Tag color="red">民警缺 {r.officerGap}</Tag>}
                    {r.auxiliaryGap > 0 && <Tag color="orange">辅警缺 {r.auxiliaryGap}</Tag>}
                  </Space>
                ) : (
                  <Tag color="green">达标</Tag>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
