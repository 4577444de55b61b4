import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice } from '@cp/ui';
import { App, Button, Card, Form, Input, Modal, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { DutyKindsQuery, RestrictedDuty } from '../../gql/graphql';
import { DUTY_KINDS, SAVE_DUTY_KIND } from './approvals.operations';

type Kind = DutyKindsQuery['dutyKinds'][number];

/** The restrictions a duty kind can carry: the four prohibitions' duties (a transfer is an approval, not a duty). */
const RESTRICTIONS = (['patrol_car', 'regular_duty', 'casework'] as const).map((value) => ({ value, label: ENUM_LABELS.RestrictedDuty[value] }));

/**
 * 勤务类别: the district's closed list of what officers are put on, each marked with the prohibition
 * it falls under. The district admin adds and edits; the four prohibitions' own kinds keep theirs.
 */
export function DutyKindsCard({ canEdit }: { canEdit: boolean }) {
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(DUTY_KINDS, { variables: { includeInactive: true } });
  const [save, saving] = useMutation(SAVE_DUTY_KIND);
  const [editing, setEditing] = useState<Kind | 'new' | null>(null);
  const [form] = Form.useForm<{ code: string; name: string; restricts: RestrictedDuty | null; active: boolean }>();

  const submit = async () => {
    const v = await form.validateFields();
    const version = editing && editing !== 'new' ? editing.version : null;
    const result = (await save({ variables: { input: { ...v, restricts: v.restricts ?? null, version } } })).data?.saveDutyKind;
    if (result?.errors.length) {
      form.setFields(result.errors.map((e) => ({ name: (e.field ?? 'code') as 'code', errors: [e.message] })));
      return;
    }
    message.success('已保存勤务类别');
    setEditing(null);
    void refetch();
  };

  return (
    <Card
      title="勤务类别（受四不准约束的标明）"
      style={{ marginTop: 16 }}
      extra={
        canEdit && (
          <Button onClick={() => setEditing('new')} data-testid="duty-kind-new">
            新增类别
          </Button>
        )
      }
    >
      <ErrorNotice error={error} />
      <Table<Kind>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={data?.dutyKinds ?? []}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '代码', dataIndex: 'code' },
          {
            title: '四不准',
            dataIndex: 'restricts',
            render: (r: string | null) => (r ? <Tag color="red">{ENUM_LABELS.RestrictedDuty[r]}</Tag> : <Tag color="green">不受限制</Tag>),
          },
          { title: '状态', dataIndex: 'active', render: (a: boolean) => (a ? '启用' : '停用') },
          ...(canEdit
            ? [
                {
                  title: '操作',
                  render: (_: unknown, k: Kind) => (
                    <Button size="small" onClick={() => setEditing(k)}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={editing === 'new' ? '新增勤务类别' : '修改勤务类别'}
        open={!!editing}
        onOk={submit}
        onCancel={() => setEditing(null)}
        okText="保存"
        cancelText="取消"
        confirmLoading={saving.loading}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={editing && editing !== 'new' ? { ...editing } : { active: true, restricts: null }}>
          <Form.Item name="name" label="名称" rules={[{ required: true, min: 2, message: '请填写名称（2 到 40 个字）' }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item
            name="code"
            label="代码（小写字母、数字、下划线）"
            rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,39}$/, message: '代码须以小写字母开头' }]}
          >
            <Input disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="restricts" label="属于四不准的哪一类（专职社区民警须有例外审批）">
            <Select allowClear placeholder="不受限制" options={RESTRICTIONS} />
          </Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
