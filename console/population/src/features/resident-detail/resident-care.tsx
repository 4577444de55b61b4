import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { RecordVisitModal, type VisitTarget } from '../../components/record-visit.modal';
import { VisitPhotos } from '../../components/visit-photos';
import { ADD_FOCUS, END_FOCUS, RESIDENT_CARE, type ResidentCare as Care } from './resident-care.operations';

/**
 * 重点对象与走访 on a resident's page: the categories they are listed in (each puts visits on the
 * worklist at its frequency), listing and ending a listing, the visits and checks made, and
 * recording one. Officers who answer for the person only; others do not see this section.
 */
export function ResidentCareCard({ id, canAct }: { id: string; canAct: boolean }) {
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(RESIDENT_CARE, { variables: { id }, skip: !canAct });
  const [add, adding] = useMutation(ADD_FOCUS);
  const [end] = useMutation(END_FOCUS);
  const [listing, setListing] = useState(false);
  const [recording, setRecording] = useState<VisitTarget | null>(null);
  const [form] = Form.useForm<{ categoryCode: string; note?: string }>();
  if (!canAct) return null;
  const r = data?.resident;

  const submit = async () => {
    const v = await form.validateFields();
    const result = (await add({ variables: { input: { residentId: id, categoryCode: v.categoryCode, note: v.note || null } } })).data?.addFocusPerson;
    if (result?.errors.length)
      return void form.setFields(result.errors.map((e) => ({ name: e.field === 'note' ? 'note' : 'categoryCode', errors: [e.message] })));
    message.success('已列管');
    setListing(false);
    form.resetFields();
    void refetch();
  };

  return (
    <Card
      title="重点对象与走访"
      data-testid="resident-care"
      extra={
        <Space>
          <Button onClick={() => setListing(true)}>列为重点对象</Button>
          <Button type="primary" onClick={() => r && setRecording({ subjectType: 'resident', subjectId: id, name: r.name, kind: 'visit' })}>
            记录走访
          </Button>
          <Button onClick={() => r && setRecording({ subjectType: 'resident', subjectId: id, name: r.name, kind: 'verification' })}>记录核查</Button>
        </Space>
      }
    >
      <ErrorNotice error={error} />
      <Space wrap style={{ marginBottom: 12 }}>
        {r?.focus.length ? (
          r.focus.map((f: Care['focus'][number]) => (
            <Tag key={f.id} color={f.category.kind === 'special' ? 'volcano' : 'green'}>
              {f.category.name} · 每 {f.category.visitEveryDays} 天 · 自 {formatDateTime(f.since).slice(0, 10)}{' '}
              <Popconfirm
                title="解除列管？"
                onConfirm={async () => {
                  await end({ variables: { id: f.id } });
                  void refetch();
                }}
              >
                <Typography.Link>解除</Typography.Link>
              </Popconfirm>
            </Tag>
          ))
        ) : (
          <Typography.Text type="secondary">未列为特定对象或关爱对象</Typography.Text>
        )}
        <Typography.Text type="secondary">最近核查：{r?.verifiedAt ? formatDateTime(r.verifiedAt) : '—'}</Typography.Text>
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r?.visits ?? []}
        locale={{ emptyText: '暂无走访、核查记录' }}
        columns={[
          { title: '时间', dataIndex: 'at', render: formatDateTime },
          { title: '类别', dataIndex: 'kind', render: (k: string) => ENUM_LABELS.VisitKind[k] ?? k },
          {
            title: '结果',
            dataIndex: 'outcome',
            render: (o: string) => <Tag color={o === 'normal' ? 'green' : 'orange'}>{ENUM_LABELS.VisitOutcome[o] ?? o}</Tag>,
          },
          { title: '民警', dataIndex: 'officerName' },
          { title: '情况说明', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
          { title: '现场照片', dataIndex: 'photos', render: (p: Array<{ id: string }>) => <VisitPhotos photos={p} /> },
        ]}
      />
      <Modal
        title="列为重点对象"
        open={listing}
        onOk={submit}
        onCancel={() => setListing(false)}
        okText="列管"
        cancelText="取消"
        confirmLoading={adding.loading}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="categoryCode" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(data?.focusCategories ?? [])
                .filter((c) => c.active)
                .map((c) => ({ value: c.code, label: `${ENUM_LABELS.FocusKind[c.kind]} · ${c.name}（每 ${c.visitEveryDays} 天走访）` }))}
            />
          </Form.Item>
          <Form.Item name="note" label="备注" rules={[{ max: 500, message: '备注最多 500 字' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <RecordVisitModal target={recording} onClose={() => setRecording(null)} onRecorded={() => void refetch()} />
    </Card>
  );
}
