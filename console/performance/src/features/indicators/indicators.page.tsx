import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice } from '@cp/ui';
import { App, Button, Card, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { INDICATORS, SET_INDICATOR_ACTIVE, type IndicatorRow, type OverrideRow } from './indicators.operations';
import { OverrideModal } from './override.modal';

/**
 * 考核指标目录: what the work is judged by, with targets and weights on a 100-point scale, and the
 * stations' and communities' own targets and weights (no 一刀切), which district admins set.
 */
export function IndicatorsPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(INDICATORS);
  const [setActive] = useMutation(SET_INDICATOR_ACTIVE);
  const [editing, setEditing] = useState<{ indicator: IndicatorRow; override: OverrideRow | null } | null>(null);
  const total = data?.indicators.filter((i) => i.active).reduce((s, i) => s + i.weight, 0) ?? 0;
  const toggle = async (i: IndicatorRow, active: boolean) => {
    const result = (await setActive({ variables: { code: i.code, active, version: i.version } })).data?.setIndicatorActive;
    if (!result || result.errors.length) message.error(result?.errors.map((e) => e.message).join('；') || '操作失败');
    void refetch();
  };
  const isAdmin = !!data?.me.roles.includes('district_admin');
  const stations = data?.stations ?? [];
  const names = new Map<string, string>([
    ...stations.map((s): [string, string] => [s.id, s.name]),
    ...stations.flatMap((s) => s.communities.map((c): [string, string] => [c.id, `${c.name}（${s.name}）`])),
  ]);
  const placeName = (o: OverrideRow) => names.get(o.scopeId) ?? o.scopeId;
  const overridesOf = (code: string) => (data?.indicatorOverrides ?? []).filter((o) => o.code === code);

  return (
    <Card title="考核指标目录" extra={<Typography.Text type="secondary">启用指标权重合计 {total} 分（总分按适用指标折算为百分制）</Typography.Text>}>
      <ErrorNotice error={error} />
      <Table<IndicatorRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.indicators ?? []}
        pagination={false}
        rowClassName={(i) => (i.active ? '' : 'ant-table-row-disabled')}
        data-testid="indicators"
        expandable={{
          rowExpandable: (i) => overridesOf(i.code).length > 0,
          expandedRowRender: (i) => (
            <Table<OverrideRow>
              rowKey={(o) => `${o.level}:${o.scopeId}`}
              size="small"
              pagination={false}
              dataSource={overridesOf(i.code)}
              data-testid={`overrides-${i.code}`}
              columns={[
                { title: '对象', render: (_, o) => `${o.level === 'station' ? '派出所' : '社区'}：${placeName(o)}` },
                { title: '目标', render: (_, o) => (o.target === null ? '沿用' : `${o.target}${i.unit}`) },
                { title: '权重', render: (_, o) => o.weight ?? '沿用' },
                ...(isAdmin
                  ? [
                      {
                        title: '',
                        render: (_: unknown, o: OverrideRow) => (
                          <Button size="small" onClick={() => setEditing({ indicator: i, override: o })}>
                            修改
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          ),
        }}
        columns={[
          {
            title: '启用',
            render: (_, i) => <Switch size="small" checked={i.active} disabled={!isAdmin} onChange={(on) => void toggle(i, on)} />,
          },
          { title: '代码', dataIndex: 'code' },
          { title: '指标', dataIndex: 'name' },
          {
            title: '性质',
            dataIndex: 'kind',
            render: (k: string) => <Tag color={k === 'outcome' ? 'blue' : 'green'}>{ENUM_LABELS.IndicatorKind[k] ?? k}</Tag>,
          },
          { title: '来源', dataIndex: 'source', render: (s: string) => ENUM_LABELS.IndicatorSource[s] ?? s },
          {
            title: '目标',
            render: (_, i) => `${i.direction === 'higher_better' ? '≥' : '≤'} ${i.target}${i.unit}`,
          },
          { title: '权重', dataIndex: 'weight' },
          { title: '口径', dataIndex: 'formula' },
          {
            title: '调整',
            render: (_, i) => (
              <>
                {overridesOf(i.code).length > 0 && <Tag>{overridesOf(i.code).length} 处</Tag>}
                {isAdmin && (
                  <Button size="small" onClick={() => setEditing({ indicator: i, override: null })}>
                    调整
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
      {editing && (
        <OverrideModal
          indicator={editing.indicator}
          editing={editing.override}
          stations={stations}
          onClose={(changed) => {
            setEditing(null);
            if (changed) void refetch();
          }}
        />
      )}
    </Card>
  );
}
