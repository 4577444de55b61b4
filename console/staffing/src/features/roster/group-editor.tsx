import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import type { StationRosterQuery } from '../../gql/graphql';
import { GROUP_CANDIDATES, SAVE_GROUP } from './roster.operations';

type Group = StationRosterQuery['policeGroups'][number];

/** 警组维护: members (2–5) and leader; an officer belongs to one group only. */
export function GroupEditor({ stationId, group, onDone }: { stationId: string; group: Group | 'new' | null; onDone: (saved: boolean) => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const candidates = useQuery(GROUP_CANDIDATES, { variables: { stationId }, skip: !group });
  const [save, saved] = useMutation(SAVE_GROUP);
  const memberIds = (Form.useWatch('memberIds', form) as string[] | undefined) ?? [];
  const options = (candidates.data?.officers ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.badgeNo}${o.sworn ? '' : '，辅警'}）` }));

  useEffect(() => {
    if (group && group !== 'new') form.setFieldsValue({ name: group.name, memberIds: group.members.map((m) => m.id), leaderId: group.leader?.id });
  }, [group, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const existing = group !== 'new' ? group : null;
    const input = { id: existing?.id ?? null, version: existing?.version ?? null, stationId, name: v.name, memberIds: v.memberIds, leaderId: v.leaderId };
    const result = (await save({ variables: { input } })).data?.savePoliceGroup;
    if (!result) return;
    if (result.errors.length) return void form.setFields(result.errors.map((e) => ({ name: e.field ?? 'memberIds', errors: [e.message] })));
    message.success('警组已保存');
    onDone(true);
  };

  return (
    <Modal
      title={group === 'new' ? '新建警组' : '修改警组'}
      open={!!group}
      onOk={submit}
      onCancel={() => onDone(false)}
      okText="保存"
      cancelText="取消"
      confirmLoading={saved.loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
          <Input placeholder="如：一组" />
        </Form.Item>
        <Form.Item name="memberIds" label="组员（2–5 人）" rules={[{ required: true, type: 'array', min: 2, max: 5, message: '警组为 2 到 5 人' }]}>
          <Select mode="multiple" showSearch optionFilterProp="label" options={options} />
        </Form.Item>
        <Form.Item name="leaderId" label="组长" rules={[{ required: true, message: '请选择组长' }]}>
          <Select options={options.filter((o) => memberIds.includes(o.value))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
