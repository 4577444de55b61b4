import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice, formatDateTime, showUserErrors } from '@cp/ui';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useMemo } from 'react';
import { CommunitySelect, useMyCommunities } from '../../components/my-communities';
import { recentPeriods } from '../rankings/periods';
import { MANUAL_INDICATORS, MANUAL_VALUES, RECORD_MANUAL_VALUE } from './manual.operations';

interface Values {
  code: string;
  period: string;
  value: number;
  evidence: string;
}

/**
 * 人工指标: the few indicators no system records by itself (a hazard declared and fixed), entered
 * per community and period with the evidence they rest on; re-entering one revises it.
 */
export function ManualValuesPage() {
  const { message } = App.useApp();
  const choice = useMyCommunities();
  const { communityId, me } = choice;
  const indicators = useQuery(MANUAL_INDICATORS);
  const values = useQuery(MANUAL_VALUES, { variables: { id: communityId ?? '' }, skip: !communityId });
  const [record, { loading }] = useMutation(RECORD_MANUAL_VALUE);
  const [form] = Form.useForm<Values>();
  const periods = useMemo(() => [...recentPeriods('quarter', { current: true, count: 4 }), ...recentPeriods('year', { current: true, count: 2 })], []);
  const manual = (indicators.data?.indicators ?? []).filter((i) => i.source === 'manual');
  const rows = values.data?.community?.manualValues ?? [];

  const submit = async () => {
    if (!communityId) return;
    const v = await form.validateFields();
    const existing = rows.find((r) => r.code === v.code && r.period === v.period);
    const input = { ...v, communityId, version: existing?.version ?? null };
    const result = (await record({ variables: { input } })).data?.recordManualValue;
    if (showUserErrors(form, ['code', 'period', 'value', 'evidence'], result?.errors, message.error) || !result) return;
    message.success(existing ? '已修改' : '已录入');
    form.resetFields(['value', 'evidence']);
    void values.refetch();
  };

  return (
    <Card title="人工指标">
      <ErrorNotice error={choice.error ?? indicators.error ?? values.error} />
      {!indicators.loading && manual.length === 0 && <Alert type="info" showIcon message="目前没有启用的人工录入指标：全部指标都由系统数据或群众调查得出。" />}
      <Space direction="vertical" style={{ width: '100%' }} size={16}>
        <CommunitySelect choice={choice} testId="manual-community" />
        {communityId && manual.length > 0 && me?.roles.some((r) => r === 'district_admin' || r === 'station_head') && (
          <Form form={form} layout="vertical" initialValues={{ code: manual[0]?.code, period: periods[0]?.value }} style={{ maxWidth: 720 }}>
            <Space align="start" wrap>
              <Form.Item name="code" label="指标" rules={[{ required: true }]}>
                <Select style={{ width: 240 }} options={manual.map((i) => ({ value: i.code, label: `${i.name}（目标 ${i.target}${i.unit}）` }))} />
              </Form.Item>
              <Form.Item name="period" label="考核期" rules={[{ required: true }]}>
                <Select style={{ width: 180 }} options={periods} />
              </Form.Item>
              <Form.Item name="value" label="数值" rules={[{ required: true, message: '请填写数值' }]}>
                <InputNumber min={0} />
              </Form.Item>
            </Space>
            <Form.Item name="evidence" label="佐证" rules={[{ required: true, min: 10, message: '请写明佐证（至少 10 字）：做了什么、验收材料在哪' }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button type="primary" onClick={submit} loading={loading}>
              录入
            </Button>
          </Form>
        )}
        {communityId && (
          <Table
            rowKey="id"
            size="small"
            loading={values.loading}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: '暂无人工录入' }}
            data-testid="manual-values"
            columns={[
              { title: '考核期', dataIndex: 'period' },
              { title: '指标', dataIndex: 'indicatorName' },
              { title: '数值', dataIndex: 'value' },
              { title: '佐证', dataIndex: 'evidence' },
              { title: '录入', render: (_, r) => `${r.recordedBy} ${formatDateTime(r.recordedAt)}` },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
