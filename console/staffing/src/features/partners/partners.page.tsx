import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice, formatDateTime } from '@cp/ui';
import { App, Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PartnerOperations } from './partner-operations';
import { PARTNERS, REGISTER_PARTNER, REVOKE_PARTNER, ROTATE_PARTNER, type PartnerRow } from './partners.operations';

const SCOPES: Record<string, string> = {
  'residents:read': '读取实有人口（始终脱敏）',
  'disputes:read': '读取矛盾纠纷摘要',
  'grid-events:report': '上报网格事件',
  'tasks:push': '以本部门名义推送任务（须经准入）',
};

/**
 * 合作平台: partner systems' API clients — the communities they cover, their scopes, their
 * credentials (the secret is shown once), rotation and revocation. District admins only.
 */
export function PartnersPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(PARTNERS);
  const [register, registered] = useMutation(REGISTER_PARTNER);
  const [rotate] = useMutation(ROTATE_PARTNER);
  const [revoke] = useMutation(REVOKE_PARTNER);
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<{ clientId: string; clientSecret: string } | null>(null);
  const [form] = Form.useForm();

  const submit = async () => {
    const v = await form.validateFields();
    const result = (
      await register({ variables: { input: { name: v.name, communityIds: v.communityIds, scopes: v.scopes, departmentCode: v.departmentCode ?? null } } })
    ).data?.registerPartner;
    if (!result) return;
    if (result.errors.length) return void form.setFields(result.errors.map((e) => ({ name: e.field ?? 'name', errors: [e.message] })));
    setOpen(false);
    setSecret({ clientId: result.partner!.clientId, clientSecret: result.clientSecret! });
    void refetch();
  };

  return (
    <Card
      title="合作平台（API 客户端）"
      extra={
        <Button type="primary" onClick={() => setOpen(true)}>
          登记合作平台
        </Button>
      }
    >
      <ErrorNotice error={error ?? registered.error} />
      <Table<PartnerRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.partners ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (p) => <PartnerOperations partner={p} onChange={() => void refetch()} /> }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '客户端标识', dataIndex: 'clientId', render: (v: string) => <Typography.Text copyable>{v}</Typography.Text> },
          { title: '覆盖社区', render: (_, p) => p.communities.map((c) => c.name).join('、') },
          { title: '授权', render: (_, p) => p.scopes.map((s) => <Tag key={s}>{SCOPES[s] ?? s}</Tag>) },
          { title: '职能部门', render: (_, p) => (data?.departments ?? []).find((d) => d.code === p.departmentCode)?.name ?? '—' },
          { title: '已登记操作', render: (_, p) => p.operations.length },
          { title: '登记', dataIndex: 'createdAt', render: formatDateTime },
          { title: '状态', render: (_, p) => (p.revokedAt ? <Tag color="red">已吊销 {formatDateTime(p.revokedAt)}</Tag> : <Tag color="green">有效</Tag>) },
          {
            title: '操作',
            render: (_, p) =>
              !p.revokedAt && (
                <Space>
                  <Popconfirm
                    title="轮换后旧密钥立即失效，确定？"
                    onConfirm={async () => {
                      const r = (await rotate({ variables: { id: p.id, version: p.version } })).data?.rotatePartnerSecret;
                      if (r?.errors.length) return void message.error(r.errors[0].message);
                      if (r) setSecret({ clientId: r.partner!.clientId, clientSecret: r.clientSecret! });
                      void refetch();
                    }}
                  >
                    <Button size="small">轮换密钥</Button>
                  </Popconfirm>
                  <Popconfirm
                    title="吊销后该平台不能再换取令牌，确定？"
                    onConfirm={async () => {
                      const r = (await revoke({ variables: { id: p.id, version: p.version } })).data?.revokePartner;
                      if (r?.errors.length) message.error(r.errors[0].message);
                      void refetch();
                    }}
                  >
                    <Button size="small" danger>
                      吊销
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        title="登记合作平台"
        open={open}
        onOk={submit}
        onCancel={() => setOpen(false)}
        okText="登记"
        cancelText="取消"
        confirmLoading={registered.loading}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="name" label="名称" rules={[{ required: true, min: 2, message: '请填写名称' }]}>
            <Input placeholder="如：东四街道网格化管理平台" />
          </Form.Item>
          <Form.Item name="communityIds" label="覆盖社区" rules={[{ required: true, message: '至少选择一个社区' }]}>
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={(data?.communities ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.station.name}）` }))}
            />
          </Form.Item>
          <Form.Item name="scopes" label="授权范围" rules={[{ required: true, message: '至少授予一项权限' }]}>
            <Checkbox.Group options={Object.entries(SCOPES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="departmentCode" label="所代表的职能部门" extra="授予「推送任务」时必选：推送只能以该部门名义，计入其逆考评">
            <Select allowClear options={(data?.departments ?? []).map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title="客户端凭证（密钥只显示这一次）"
        open={!!secret}
        onOk={() => setSecret(null)}
        onCancel={() => setSecret(null)}
        okText="已妥善保存"
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        {secret && (
          <Space direction="vertical">
            <Typography.Text>
              客户端标识：
              <Typography.Text code copyable>
                {secret.clientId}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text>
              客户端密钥：
              <Typography.Text code copyable data-testid="client-secret">
                {secret.clientSecret}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary">用 partnerToken(clientId, clientSecret) 换取 15 分钟有效的访问令牌。</Typography.Text>
          </Space>
        )}
      </Modal>
    </Card>
  );
}
