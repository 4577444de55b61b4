import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { RecordVisitModal, type VisitTarget } from '../../components/record-visit.modal';
import { VisitPhotos } from '../../components/visit-photos';
import { REGISTER_UNIT, UNITS, type UnitRow } from './units.operations';

/** The latest inspection or re-check, as a tag: a finding shows its deadline. */
function LastCheck({ unit }: { unit: UnitRow }) {
  const last = unit.visits.find((v) => v.kind === 'inspection' || v.kind === 'recheck');
  if (!last) return <Tag>未检查</Tag>;
  const tag =
    last.outcome === 'issue_found' ? (
      <Tag color="red">{`${formatDateTime(last.at).slice(0, 10)} 发现问题，限 ${last.rectifyBy} 整改`}</Tag>
    ) : (
      <Tag color="green">{`${formatDateTime(last.at).slice(0, 10)} ${last.outcome === 'normal' ? '正常' : '未能检查'}`}</Tag>
    );
  return (
    <Space size={4}>
      {tag}
      {last.photos.length > 0 && <VisitPhotos photos={last.photos} />}
    </Space>
  );
}

/** 实有单位: the units of the jurisdiction, registering one, and recording an inspection or re-check. */
export function UnitsPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(UNITS);
  const [register, registering] = useMutation(REGISTER_UNIT);
  const [open, setOpen] = useState(false);
  const [recording, setRecording] = useState<VisitTarget | null>(null);
  const [form] = Form.useForm();
  const me = data?.me;
  const communities = data?.myCommunities ?? [];
  const canRegister = !!me?.roles.some((r) => r === 'community_officer' || r === 'station_head');

  const submit = async () => {
    const v = await form.validateFields();
    const input = { ...v, key: !!v.key, contactName: v.contactName || null, contactPhone: v.contactPhone || null };
    const result = (await register({ variables: { input } })).data?.registerUnit;
    if (result?.errors.length) return void form.setFields(result.errors.map((e) => ({ name: e.field ?? 'name', errors: [e.message] })));
    message.success('已登记单位');
    setOpen(false);
    form.resetFields();
    void refetch();
  };

  return (
    <Card
      title="实有单位"
      extra={
        canRegister && (
          <Button type="primary" onClick={() => setOpen(true)}>
            登记单位
          </Button>
        )
      }
    >
      <ErrorNotice error={error} />
      <Table<UnitRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.units ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="units"
        columns={[
          {
            title: '单位',
            render: (_, u) =>
              u.key ? (
                <>
                  {u.name} <Tag color="volcano">重点单位</Tag>
                </>
              ) : (
                u.name
              ),
          },
          { title: '类别', dataIndex: 'kind', render: (k: string) => ENUM_LABELS.UnitKind[k] ?? k },
          { title: '社区', dataIndex: ['community', 'name'] },
          { title: '联系人', render: (_, u) => [u.contactName, u.contactPhone].filter(Boolean).join(' ') || '—' },
          { title: '最近检查', render: (_, u) => <LastCheck unit={u} /> },
          {
            title: '',
            render: (_, u) =>
              canRegister && (
                <Button size="small" onClick={() => setRecording({ subjectType: 'unit', subjectId: u.id, name: u.name, kind: 'inspection' })}>
                  记录检查
                </Button>
              ),
          },
        ]}
      />
      <Modal
        title="登记实有单位"
        open={open}
        onOk={submit}
        onCancel={() => setOpen(false)}
        okText="登记"
        cancelText="取消"
        confirmLoading={registering.loading}
        forceRender
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'business', key: false }}>
          <Form.Item name="name" label="单位名称" rules={[{ required: true, min: 2, max: 100, message: '单位名称应为 2 到 100 个字' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
            <Select options={Object.entries(ENUM_LABELS.UnitKind).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="key" label="重点单位（每季度至少检查一次）" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="communityId" label="社区" rules={[{ required: true, message: '请选择社区' }]}>
            <Select showSearch optionFilterProp="label" options={communities.map((c) => ({ value: c.id, label: `${c.name}（${c.station.name}）` }))} />
          </Form.Item>
          <Form.Item name="contactName" label="联系人">
            <Input />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label="联系电话"
            rules={[{ pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: '联系电话应为 11 位手机号或带区号的座机号' }]}
          >
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <RecordVisitModal target={recording} onClose={() => setRecording(null)} onRecorded={() => void refetch()} />
    </Card>
  );
}
