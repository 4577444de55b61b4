import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, labelOptions, showUserErrors } from '@cp/ui';
import { App, Button, Card, Form, Input, Modal, Select, Switch, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { ReceivingBodiesQuery, TransferTarget } from '../../gql/graphql';
import { RECEIVING_BODIES } from '../detail/detail.operations';
import { RECEIVERS_PAGE, SAVE_RECEIVING_BODY } from './receivers.operations';

type Body = ReceivingBodiesQuery['receivingBodies'][number];
type Values = { target: TransferTarget; name: string; stationId: string | null; phone: string | null; active: boolean };
const FIELDS = ['target', 'name', 'stationId', 'phone'];

/**
 * 接收单位名录: the bodies a dispute outside police jurisdiction is transferred to (三调联动). The
 * district keeps it; a transfer picks from it, so outcomes can be followed back body by body.
 */
export function ReceiversPage() {
  const { message } = App.useApp();
  const page = useQuery(RECEIVERS_PAGE);
  const canEdit = !!page.data?.me?.roles.includes('district_admin');
  const bodies = useQuery(RECEIVING_BODIES, { variables: { includeInactive: true } });
  const [save, saving] = useMutation(SAVE_RECEIVING_BODY);
  const [editing, setEditing] = useState<Body | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const stationNames = useMemo(() => new Map((page.data?.myStations ?? []).map((s) => [s.id, s.name])), [page.data]);

  const submit = async () => {
    const v = await form.validateFields();
    const old = editing && editing !== 'new' ? editing : null;
    const input = { ...v, stationId: v.stationId ?? null, phone: v.phone || null, id: old?.id ?? null, version: old?.version ?? null };
    const result = (await save({ variables: { input } })).data?.saveReceivingBody;
    if (showUserErrors(form, FIELDS, result?.errors, message.error)) return;
    message.success('已保存接收单位');
    setEditing(null);
    void bodies.refetch();
  };

  return (
    <Card
      title="接收单位名录（三调联动）"
      extra={
        canEdit && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="receiver-new">
            新增接收单位
          </Button>
        )
      }
    >
      <ErrorNotice error={page.error ?? bodies.error ?? saving.error} />
      <Table<Body>
        rowKey="id"
        size="small"
        loading={bodies.loading}
        dataSource={bodies.data?.receivingBodies ?? []}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 个` }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '类别', dataIndex: 'target', render: (t: TransferTarget) => ENUM_LABELS.TransferTarget[t] },
          { title: '服务辖区', dataIndex: 'stationId', render: (id: string | null) => (id ? (stationNames.get(id) ?? '其他派出所') : '全区') },
          { title: '联系电话', dataIndex: 'phone' },
          { title: '状态', dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          ...(canEdit
            ? [
                {
                  title: '操作',
                  render: (_: unknown, b: Body) => (
                    <Button size="small" onClick={() => setEditing(b)}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={editing === 'new' ? '新增接收单位' : '修改接收单位'}
        open={!!editing}
        onOk={submit}
        onCancel={() => setEditing(null)}
        okText="保存"
        cancelText="取消"
        confirmLoading={saving.loading}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          name="receiver"
          initialValues={editing && editing !== 'new' ? editing : { active: true, stationId: null }}
        >
          <Form.Item name="target" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={labelOptions(ENUM_LABELS.TransferTarget)} />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[{ required: true, min: 2, max: 60, message: '请填写名称（2 到 60 个字）' }]}>
            <Input placeholder="如：东四街道人民调解委员会" />
          </Form.Item>
          <Form.Item name="stationId" label="服务辖区">
            <Select allowClear placeholder="全区" options={(page.data?.myStations ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item name="phone" label="联系电话" rules={[{ pattern: /^[0-9-]{7,20}$/, message: '只含数字和连字符' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
