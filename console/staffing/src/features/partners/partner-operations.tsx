import { useMutation } from '@apollo/client/react';
import { formatDateTime } from '@cp/ui';
import { App, Button, Form, Input, Modal, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { REGISTER_PARTNER_OPERATION, REMOVE_PARTNER_OPERATION, type PartnerRow } from './partners.operations';

type Operation = PartnerRow['operations'][number];

/**
 * 可信文档: the operations a partner handed over, registered here. In production the gateway
 * runs, for this partner, nothing else; the hash can be sent instead of the text.
 */
export function PartnerOperations({ partner, onChange }: { partner: PartnerRow; onChange: () => void }) {
  const { message } = App.useApp();
  const [register, registering] = useMutation(REGISTER_PARTNER_OPERATION);
  const [remove] = useMutation(REMOVE_PARTNER_OPERATION);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ document: string }>();

  const submit = async () => {
    const { document } = await form.validateFields();
    const result = (await register({ variables: { partnerId: partner.id, document } })).data?.registerPartnerOperation;
    if (!result) return;
    if (result.errors.length) return void form.setFields([{ name: 'document', errors: result.errors.map((e) => e.message) }]);
    message.success(`已登记操作 ${result.operation!.name}`);
    setOpen(false);
    form.resetFields();
    onChange();
  };

  return (
    <>
      <Table<Operation>
        rowKey="hash"
        size="small"
        pagination={false}
        dataSource={partner.operations}
        locale={{ emptyText: '尚未登记操作：生产环境中该平台的请求都会被拒绝' }}
        columns={[
          { title: '操作名', dataIndex: 'name' },
          { title: '文档哈希', dataIndex: 'hash', render: (h: string) => <Typography.Text copyable={{ text: h }}>{h.slice(0, 16)}…</Typography.Text> },
          { title: '登记时间', dataIndex: 'registeredAt', render: formatDateTime },
          {
            title: '',
            render: (_, o) =>
              !partner.revokedAt && (
                <Popconfirm
                  title="撤销后该平台不能再执行此操作，确定？"
                  onConfirm={async () => {
                    await remove({ variables: { partnerId: partner.id, hash: o.hash } });
                    onChange();
                  }}
                >
                  <Button size="small" danger>
                    撤销
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
        footer={() =>
          !partner.revokedAt && (
            <Button size="small" onClick={() => setOpen(true)}>
              登记操作
            </Button>
          )
        }
      />
      <Modal
        title={`为 ${partner.name} 登记操作`}
        open={open}
        onOk={submit}
        onCancel={() => setOpen(false)}
        okText="登记"
        cancelText="取消"
        confirmLoading={registering.loading}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="document" label="操作文本（一个具名的 query 或 mutation）" rules={[{ required: true, message: '请粘贴合作平台提交的操作文本' }]}>
            <Input.TextArea
              rows={8}
              placeholder={'query GridResidents($after: String) {\n  residents(first: 100, after: $after) { … }\n}'}
              style={{ fontFamily: 'monospace' }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
