import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { ENUM_DESCRIPTIONS, ENUM_LABELS, ErrorNotice, formatDateTime, showUserErrors } from '@cp/ui';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { TaskSubject } from '../../gql/graphql';
import { FIND_SUBJECT_RESIDENTS, FIND_SUBJECT_UNITS, ISSUE_CHOICES, ISSUE_TASK } from './issue.operations';

interface Values {
  templateCode: string;
  officerId: string;
  title: string;
  detail?: string;
  subjectId?: string;
  dueAt?: Dayjs;
}

/** The kind of subject a template's standard of done needs. */
const SUBJECT_OF: Record<string, TaskSubject | undefined> = { resident_visit: 'resident', unit_inspection: 'unit' };

/**
 * 下达任务: the station head (or the station's team lead, or the district) gives one officer a
 * task from the catalogue; it lands in that officer's inbox with its due time and standard of done.
 */
export function IssuePage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const choices = useQuery(ISSUE_CHOICES);
  const [findResidents, residents] = useLazyQuery(FIND_SUBJECT_RESIDENTS);
  const units = useQuery(FIND_SUBJECT_UNITS);
  const [issue, { loading }] = useMutation(ISSUE_TASK);
  const templateCode = Form.useWatch('templateCode', form);
  const templates = (choices.data?.taskTemplates ?? []).filter((t) => t.ways.includes('directed'));
  const template = templates.find((t) => t.code === templateCode);
  const subject = template ? SUBJECT_OF[template.doneBy] : undefined;
  const officers = useMemo(
    () =>
      (choices.data?.myStations ?? []).flatMap((s) =>
        (s.officers ?? [])
          .filter((o) => o.role.startsWith('community_'))
          .map((o) => ({ value: o.id, label: `${o.name}（${ENUM_LABELS.OfficerRole[o.role]} · ${s.name}）` })),
      ),
    [choices.data],
  );

  const submit = async (v: Values) => {
    const input = {
      templateCode: v.templateCode,
      officerId: v.officerId,
      title: v.title,
      detail: v.detail || null,
      subjectType: subject ?? null,
      subjectId: subject ? (v.subjectId ?? null) : null,
      dueAt: v.dueAt ? v.dueAt.toISOString() : null,
    };
    const result = (await issue({ variables: { input } })).data?.issueTask;
    if (showUserErrors(form, ['templateCode', 'officerId', 'title', 'detail', 'subjectId', 'dueAt'], result?.errors, message.error) || !result) return;
    message.success(`已下达，期限 ${formatDateTime(result.task!.dueAt)}`);
    form.resetFields(['title', 'detail', 'subjectId', 'dueAt']);
  };

  return (
    <Card title="下达任务">
      <ErrorNotice error={choices.error ?? units.error} />
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
        <Form.Item name="templateCode" label="任务标准件" rules={[{ required: true, message: '请选择任务标准件' }]}>
          <Select options={templates.map((t) => ({ value: t.code, label: t.name }))} data-testid="issue-template" />
        </Form.Item>
        {template && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={template.description}
            description={`完成标准：${ENUM_DESCRIPTIONS.TaskDoneBy[template.doneBy]}；默认 ${template.dueDays} 天内完成`}
          />
        )}
        <Form.Item name="officerId" label="派给" rules={[{ required: true, message: '请选择民警' }]}>
          <Select showSearch optionFilterProp="label" options={officers} data-testid="issue-officer" />
        </Form.Item>
        {subject === 'resident' && (
          <Form.Item name="subjectId" label="走访对象" rules={[{ required: true, message: '请选择要走访的人员' }]}>
            <Select
              showSearch
              filterOption={false}
              onSearch={(search) => search.trim().length >= 2 && void findResidents({ variables: { search } })}
              options={(residents.data?.residents.nodes ?? []).map((r) => ({ value: r.id, label: `${r.name}（${r.community.name}）` }))}
              placeholder="输入姓名、证件号码或地址"
              data-testid="issue-resident"
            />
          </Form.Item>
        )}
        {subject === 'unit' && (
          <Form.Item name="subjectId" label="检查单位" rules={[{ required: true, message: '请选择要检查的单位' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(units.data?.units ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.community.name}）` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="title" label="任务" rules={[{ required: true, min: 2, message: '请写明任务（2–100 字）' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="detail" label="说明">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="dueAt" label="完成期限" extra="不填则按标准件的期限">
          <DatePicker showTime />
        </Form.Item>
        <Typography.Paragraph type="secondary">任务只会出现在该民警的任务收件箱中；以标准件要求的记录为完成依据。</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={loading}>
          下达
        </Button>
      </Form>
    </Card>
  );
}
