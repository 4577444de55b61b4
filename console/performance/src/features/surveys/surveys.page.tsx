import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@cp/ui';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Tag, Tooltip, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CommunitySelect, useMyCommunities } from '../../components/my-communities';
import type { SurveyRoundsQuery } from '../../gql/graphql';
import { CORRECT_SURVEY_ROUND, RECORD_SURVEY_ROUND, SURVEY_ROUNDS } from './surveys.operations';

type Round = NonNullable<SurveyRoundsQuery['community']>['surveyRounds'][number];

interface Counts {
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}

interface Values extends Counts {
  surveyedOn: Dayjs;
  note?: string;
}

/** The three counts of a round, as one row of inputs. */
function CountItems() {
  return (
    <>
      <Form.Item name="satisfied" label="满意" rules={[{ required: true, message: '请填写人数' }]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="basicallySatisfied" label="基本满意" rules={[{ required: true, message: '请填写人数' }]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="unsatisfied" label="不满意" rules={[{ required: true, message: '请填写人数' }]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
    </>
  );
}

/**
 * 群众安全感满意度: survey rounds per community, entered by the station or the district (the
 * community's own officers read them only). A mistake is corrected by a correction entry that
 * keeps the original; a round far from the community's recent ones is flagged for checking.
 */
export function SurveysPage() {
  const { message } = App.useApp();
  const choice = useMyCommunities();
  const { communityId } = choice;
  const canRecord = !!choice.me?.roles.some((r) => r === 'district_admin' || r === 'station_head');
  const rounds = useQuery(SURVEY_ROUNDS, { variables: { id: communityId ?? '' }, skip: !communityId });
  const [record, { loading }] = useMutation(RECORD_SURVEY_ROUND);
  const [correct, correcting] = useMutation(CORRECT_SURVEY_ROUND);
  const [form] = Form.useForm<Values>();
  const [fixForm] = Form.useForm<Counts & { reason: string }>();
  const [fixing, setFixing] = useState<Round | null>(null);

  /** A refusal about a field of the form shows under it; any other (the community, the period) as a message. */
  const showErrors = (target: FormInstance, errors: Array<{ field?: string | null; message: string }>, fields: string[]) => {
    for (const e of errors) if (!fields.includes(e.field ?? '')) message.error(e.message);
    target.setFields(errors.filter((e) => fields.includes(e.field ?? '')).map((e) => ({ name: e.field!, errors: [e.message] })));
  };

  const submit = async () => {
    if (!communityId) return;
    const v = await form.validateFields().catch(() => null); // the form shows what is missing
    if (!v) return;
    const input = { ...v, communityId, surveyedOn: v.surveyedOn.format('YYYY-MM-DD'), note: v.note || null };
    const result = (await record({ variables: { input } }).catch((e: Error) => void message.error(e.message)))?.data?.recordSurveyRound;
    if (!result) return;
    if (result.errors.length) return void showErrors(form, result.errors, ['surveyedOn', 'satisfied', 'basicallySatisfied', 'unsatisfied', 'note']);
    message.success('已录入');
    form.resetFields();
    void rounds.refetch();
  };

  const submitFix = async () => {
    if (!fixing) return;
    const v = await fixForm.validateFields().catch(() => null);
    if (!v) return;
    const result = (await correct({ variables: { input: { ...v, roundId: fixing.id } } }).catch((e: Error) => void message.error(e.message)))?.data
      ?.correctSurveyRound;
    if (!result) return;
    if (result.errors.length) return void showErrors(fixForm, result.errors, ['satisfied', 'basicallySatisfied', 'unsatisfied', 'reason']);
    message.success('已更正，原记录保留');
    setFixing(null);
    void rounds.refetch();
  };

  return (
    <Card title="满意度调查">
      <ErrorNotice error={choice.error ?? rounds.error} />
      <Space direction="vertical" style={{ width: '100%' }} size={16}>
        <CommunitySelect choice={choice} testId="survey-community" />
        {!canRecord && choice.me && <Alert type="info" showIcon message="满意度调查由派出所或分局录入，本社区民警只能查看。" />}
        {communityId && canRecord && (
          <Form form={form} layout="inline" initialValues={{ surveyedOn: dayjs(), satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 }}>
            <Form.Item name="surveyedOn" label="调查日期" rules={[{ required: true, message: '请选择调查日期' }]}>
              <DatePicker disabledDate={(d) => d.isAfter(new Date()) || d.isBefore(dayjs().subtract(1, 'month').startOf('month'))} />
            </Form.Item>
            <CountItems />
            <Form.Item name="note" label="备注">
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Button type="primary" onClick={submit} loading={loading}>
              录入
            </Button>
          </Form>
        )}
        {communityId && (
          <Table<Round>
            rowKey="id"
            size="small"
            loading={rounds.loading}
            dataSource={rounds.data?.community?.surveyRounds ?? []}
            pagination={false}
            locale={{ emptyText: '暂无调查' }}
            data-testid="survey-rounds"
            onRow={(r) => ({ style: r.correctedById ? { color: '#999', textDecoration: 'line-through' } : undefined })}
            columns={[
              { title: '日期', dataIndex: 'surveyedOn' },
              { title: '满意', dataIndex: 'satisfied' },
              { title: '基本满意', dataIndex: 'basicallySatisfied' },
              { title: '不满意', dataIndex: 'unsatisfied' },
              { title: '满意率', dataIndex: 'rate', render: (r: number) => `${(r * 100).toFixed(1)}%` },
              {
                title: '状态',
                key: 'status',
                render: (_, r) => (
                  <Space size={4} wrap>
                    {r.correctedById && <Tag>已更正，不计入</Tag>}
                    {r.correctsId && <Tag color="blue">更正记录</Tag>}
                    {r.outlier && (
                      <Tooltip title={r.outlier}>
                        <Tag color="warning">异常待核实</Tag>
                      </Tooltip>
                    )}
                  </Space>
                ),
              },
              { title: '录入人', dataIndex: 'recordedBy' },
              { title: '备注 / 更正理由', dataIndex: 'note' },
              ...(canRecord
                ? [
                    {
                      title: '操作',
                      key: 'actions',
                      render: (_: unknown, r: Round) =>
                        !r.correctedById && (
                          <Button
                            size="small"
                            onClick={() => {
                              fixForm.setFieldsValue({
                                satisfied: r.satisfied,
                                basicallySatisfied: r.basicallySatisfied,
                                unsatisfied: r.unsatisfied,
                                reason: '',
                              });
                              setFixing(r);
                            }}
                          >
                            更正
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Space>
      <Modal
        title={fixing ? `更正 ${fixing.surveyedOn} 的调查` : ''}
        open={!!fixing}
        onCancel={() => setFixing(null)}
        onOk={submitFix}
        confirmLoading={correcting.loading}
        okText="提交更正"
        destroyOnHidden
      >
        <Form form={fixForm} name="survey-fix" layout="vertical" preserve={false}>
          <Space size={8} wrap>
            <CountItems />
          </Space>
          <Form.Item name="reason" label="更正理由" rules={[{ required: true, min: 2, message: '请写明更正理由' }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
