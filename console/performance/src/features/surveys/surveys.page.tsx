import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@cp/ui';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CommunitySelect, useMyCommunities } from '../../components/my-communities';
import { RECORD_SURVEY_ROUND, SURVEY_ROUNDS } from './surveys.operations';

interface Values {
  surveyedOn: Dayjs;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  note?: string;
}

/** 群众安全感满意度: survey rounds entered per community; the satisfaction indicator counts them. */
export function SurveysPage() {
  const { message } = App.useApp();
  const choice = useMyCommunities();
  const { communityId } = choice;
  const rounds = useQuery(SURVEY_ROUNDS, { variables: { id: communityId ?? '' }, skip: !communityId });
  const [record, { loading }] = useMutation(RECORD_SURVEY_ROUND);
  const [form] = Form.useForm<Values>();

  const submit = async () => {
    if (!communityId) return;
    const v = await form.validateFields();
    const input = { ...v, communityId, surveyedOn: v.surveyedOn.format('YYYY-MM-DD'), note: v.note || null };
    const result = (await record({ variables: { input } })).data?.recordSurveyRound;
    if (result?.errors.length) return void form.setFields(result.errors.map((e) => ({ name: (e.field as keyof Values) ?? 'satisfied', errors: [e.message] })));
    message.success('已录入');
    form.resetFields();
    void rounds.refetch();
  };

  return (
    <Card title="满意度调查">
      <ErrorNotice error={choice.error ?? rounds.error} />
      <Space direction="vertical" style={{ width: '100%' }} size={16}>
        <CommunitySelect choice={choice} testId="survey-community" />
        {communityId && (
          <Form form={form} layout="inline" initialValues={{ surveyedOn: dayjs(), satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 }}>
            <Form.Item name="surveyedOn" label="调查日期" rules={[{ required: true }]}>
              <DatePicker disabledDate={(d) => d.isAfter(new Date())} />
            </Form.Item>
            <Form.Item name="satisfied" label="满意" rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="basicallySatisfied" label="基本满意" rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="unsatisfied" label="不满意" rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="note" label="备注">
              <Input style={{ width: 200 }} />
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
            loading={rounds.loading}
            dataSource={rounds.data?.community?.surveyRounds ?? []}
            pagination={false}
            locale={{ emptyText: '暂无调查' }}
            data-testid="survey-rounds"
            columns={[
              { title: '日期', dataIndex: 'surveyedOn' },
              { title: '满意', dataIndex: 'satisfied' },
              { title: '基本满意', dataIndex: 'basicallySatisfied' },
              { title: '不满意', dataIndex: 'unsatisfied' },
              { title: '满意率', dataIndex: 'rate', render: (r: number) => `${(r * 100).toFixed(1)}%` },
              { title: '录入人', dataIndex: 'recordedBy' },
              { title: '备注', dataIndex: 'note' },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
