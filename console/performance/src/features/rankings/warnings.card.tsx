import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice, formatDateTime } from '@cp/ui';
import { App, Button, Card, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { PerformanceWarningsQuery } from '../../gql/graphql';

const WARNINGS = graphql(`
  query PerformanceWarnings($period: String) {
    performanceWarnings(period: $period) {
      id
      version
      level
      scopeName
      kind
      reason
      issuedAt
      acknowledgedAt
      acknowledgedBy
      response
    }
    me {
      roles
    }
  }
`);

const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeWarning($input: AcknowledgeWarningInput!) {
    acknowledgeWarning(input: $input) {
      warning {
        id
        version
        acknowledgedAt
        acknowledgedBy
        response
      }
      errors {
        code
        message
      }
    }
  }
`);

type Row = PerformanceWarningsQuery['performanceWarnings'][number];
const KIND: Record<string, [string, string]> = { yellow_card: ['亮牌警告', 'orange'], talk: ['约谈提醒', 'gold'], supervision: ['重点督办', 'red'] };

/** 亮牌警告、约谈提醒、重点督办 of a published period: open until the station head (or the district) answers with measures. */
export function WarningsCard({ period }: { period: string }) {
  const { message } = App.useApp();
  const { data, error } = useQuery(WARNINGS, { variables: { period } });
  const [acknowledge, { loading }] = useMutation(ACKNOWLEDGE);
  const [answering, setAnswering] = useState<Row | null>(null);
  const [form] = Form.useForm<{ response: string }>();
  const rows = data?.performanceWarnings ?? [];
  const mayAnswer = !!data?.me.roles.some((r) => r === 'district_admin' || r === 'station_head');
  if (!rows.length && !error) return null;

  const submit = async () => {
    const v = await form.validateFields();
    const result = (await acknowledge({ variables: { input: { id: answering!.id, version: answering!.version, response: v.response } } })).data
      ?.acknowledgeWarning;
    if (!result?.warning) return void message.error(result?.errors.map((e) => e.message).join('；') ?? '签收失败');
    message.success('已签收');
    setAnswering(null);
    form.resetFields();
  };

  return (
    <Card title="考核预警" style={{ marginTop: 16 }}>
      <ErrorNotice error={error} />
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="warnings"
        columns={[
          { title: '处理', dataIndex: 'kind', render: (k: string) => <Tag color={KIND[k]?.[1]}>{KIND[k]?.[0] ?? k}</Tag> },
          { title: '对象', dataIndex: 'scopeName' },
          { title: '原因', dataIndex: 'reason' },
          { title: '下发', dataIndex: 'issuedAt', render: formatDateTime },
          {
            title: '签收与整改措施',
            render: (_, w) =>
              w.acknowledgedAt ? (
                `${w.acknowledgedBy} ${formatDateTime(w.acknowledgedAt)}：${w.response}`
              ) : mayAnswer ? (
                <Button size="small" onClick={() => setAnswering(w)}>
                  签收
                </Button>
              ) : (
                <Tag>未签收</Tag>
              ),
          },
        ]}
      />
      <Modal
        title={`签收：${answering?.scopeName ?? ''}`}
        open={!!answering}
        onOk={submit}
        onCancel={() => setAnswering(null)}
        okText="签收"
        cancelText="取消"
        confirmLoading={loading}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="response" label="整改措施" rules={[{ required: true, min: 2, max: 500, message: '请说明整改措施（2 到 500 字）' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
