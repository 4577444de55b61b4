import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice, formatDateTime } from '@cp/ui';
import { App, Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { AccountChangesModal } from './account-changes.modal';
import { ACCOUNTS, CREATE_ACCOUNT, RESET_ACCOUNT_PASSWORD, SET_ACCOUNT_DISABLED, UNLOCK_ACCOUNT, UPDATE_ACCOUNT, type AccountRow } from './accounts.operations';

const ROLES: Record<string, string> = {
  district_admin: '分局管理员',
  station_head: '派出所所长',
  community_officer: '社区民警',
};
const PASSWORD_RULE = { pattern: /^(?=.*[A-Za-z])(?=.*\d).{8,64}$/, message: '密码应为 8 到 64 位，且同时包含字母和数字' };

type Editing = { mode: 'create' } | { mode: 'edit'; account: AccountRow } | null;
type Outcome = { errors: Array<{ message: string; field?: string | null }> } | null | undefined;

/**
 * 用户与角色: console logins, the roles they hold and the officer whose station or posts make
 * their jurisdiction. Changing roles, disabling or resetting a password ends the user's sessions.
 */
export function AccountsPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(ACCOUNTS);
  const [create, created] = useMutation(CREATE_ACCOUNT);
  const [update, updated] = useMutation(UPDATE_ACCOUNT);
  const [setDisabled] = useMutation(SET_ACCOUNT_DISABLED);
  const [resetPassword] = useMutation(RESET_ACCOUNT_PASSWORD);
  const [unlock] = useMutation(UNLOCK_ACCOUNT);
  const [editing, setEditing] = useState<Editing>(null);
  const [resetting, setResetting] = useState<AccountRow | null>(null);
  const [history, setHistory] = useState<AccountRow | null>(null);
  const officerName = (id: string) => {
    const o = (data?.stations ?? []).flatMap((s) => s.officers ?? []).find((x) => x.id === id);
    return o ? `${o.name}（${o.badgeNo}）` : '—';
  };
  const [form] = Form.useForm();
  const [passwordForm] = Form.useForm();

  /** Shows a refusal on its field when it names one, else as a message; true when it went through. */
  const settle = (outcome: Outcome, target = form): boolean => {
    if (!outcome) return false;
    if (!outcome.errors.length) return true;
    const onField = outcome.errors.filter((e) => e.field && target.getFieldInstance(e.field));
    target.setFields(onField.map((e) => ({ name: e.field!, errors: [e.message] })));
    outcome.errors.filter((e) => !onField.includes(e)).forEach((e) => message.error(e.message));
    return false;
  };

  const submit = async () => {
    const v = await form.validateFields();
    const input = { displayName: v.displayName, roles: v.roles, officerId: v.officerId ?? null };
    const outcome =
      editing?.mode === 'edit'
        ? (await update({ variables: { id: editing.account.id, version: editing.account.version, input } })).data?.updateAccount
        : (await create({ variables: { input: { ...input, username: v.username, password: v.password } } })).data?.createAccount;
    if (!settle(outcome)) return;
    message.success(editing?.mode === 'edit' ? '已保存' : '已新建用户');
    setEditing(null);
    void refetch();
  };

  const submitPassword = async () => {
    const v = await passwordForm.validateFields();
    const outcome = (await resetPassword({ variables: { id: resetting!.id, version: resetting!.version, password: v.password } })).data?.resetAccountPassword;
    if (!settle(outcome, passwordForm)) return;
    message.success('密码已重设，该用户需重新登录');
    setResetting(null);
    void refetch();
  };

  const act = async (outcome: Promise<Outcome>, done: string) => {
    if (settle(await outcome)) message.success(done);
    void refetch();
  };

  const openEditor = (mode: Editing) => {
    setEditing(mode);
    form.setFieldsValue(
      mode?.mode === 'edit'
        ? { displayName: mode.account.displayName, roles: mode.account.roles, officerId: mode.account.officer?.id }
        : { roles: ['community_officer'] },
    );
  };

  return (
    <Card
      title="用户与角色"
      extra={
        <Button type="primary" onClick={() => openEditor({ mode: 'create' })}>
          新建用户
        </Button>
      }
    >
      <ErrorNotice error={error} />
      <Table<AccountRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.accounts ?? []}
        pagination={false}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', render: (_, a) => a.roles.map((r) => <Tag key={r}>{ROLES[r] ?? r}</Tag>) },
          { title: '对应警员', render: (_, a) => (a.officer ? `${a.officer.name}（${a.officer.badgeNo}）` : '—') },
          {
            title: '辖区',
            render: (_, a) =>
              a.roles.includes('district_admin') ? '全分局' : [...a.stations.map((s) => s.name), ...a.communities.map((c) => c.name)].join('、') || '—',
          },
          {
            title: '状态',
            render: (_, a) =>
              a.disabledAt ? (
                <Tag color="red">已停用</Tag>
              ) : a.lockedUntil ? (
                <Tag color="orange">登录失败过多，暂停至 {formatDateTime(a.lockedUntil)}</Tag>
              ) : (
                <Tag color="green">正常</Tag>
              ),
          },
          {
            title: '操作',
            render: (_, a) => (
              <Space wrap>
                <Button size="small" onClick={() => openEditor({ mode: 'edit', account: a })}>
                  编辑
                </Button>
                <Button size="small" onClick={() => (passwordForm.resetFields(), setResetting(a))}>
                  重设密码
                </Button>
                <Button size="small" onClick={() => setHistory(a)}>
                  变更记录
                </Button>
                {a.lockedUntil && (
                  <Button
                    size="small"
                    onClick={() =>
                      act(
                        unlock({ variables: { id: a.id, version: a.version } }).then((r) => r.data?.unlockAccount),
                        '已解除锁定',
                      )
                    }
                  >
                    解除锁定
                  </Button>
                )}
                <Popconfirm
                  title={a.disabledAt ? '启用后该用户可再次登录，确定？' : '停用后该用户立即退出且不能登录，确定？'}
                  onConfirm={() =>
                    act(
                      setDisabled({ variables: { id: a.id, version: a.version, disabled: !a.disabledAt } }).then((r) => r.data?.setAccountDisabled),
                      a.disabledAt ? '已启用' : '已停用',
                    )
                  }
                >
                  <Button size="small" danger={!a.disabledAt}>
                    {a.disabledAt ? '启用' : '停用'}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title={editing?.mode === 'edit' ? `编辑用户 ${editing.account.username}` : '新建用户'}
        open={!!editing}
        onOk={submit}
        onCancel={() => setEditing(null)}
        okText="保存"
        cancelText="取消"
        confirmLoading={created.loading || updated.loading}
        destroyOnHidden
        forceRender
      >
        <Form form={form} layout="vertical">
          {editing?.mode === 'create' && (
            <>
              <Form.Item
                name="username"
                label="用户名"
                rules={[{ required: true, pattern: /^[a-z][a-z0-9_.-]{2,31}$/, message: '用户名应为 3 到 32 位小写字母、数字或 _ . -，以字母开头' }]}
              >
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="password" label="初始密码" rules={[{ required: true, message: '请填写初始密码' }, PASSWORD_RULE]}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </>
          )}
          <Form.Item name="displayName" label="姓名" rules={[{ required: true, min: 2, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="roles" label="角色" rules={[{ required: true, message: '至少选择一个角色' }]}>
            <Checkbox.Group options={Object.entries(ROLES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item
            name="officerId"
            label="对应警员"
            extra="所长角色只给本所所长、副所长本人，管辖其派出所；社区民警管辖其 A/B 岗社区；分局管理员不能兼任二者，也不能修改自己的角色"
          >
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="选择警员"
              options={(data?.stations ?? []).map((s) => ({
                label: s.name,
                options: (s.officers ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.badgeNo}）` })),
              }))}
            />
          </Form.Item>
        </Form>
      </Modal>
      <AccountChangesModal account={history} roles={ROLES} officerName={officerName} onClose={() => setHistory(null)} />
      <Modal
        title={`重设密码：${resetting?.username ?? ''}`}
        open={!!resetting}
        onOk={submitPassword}
        onCancel={() => setResetting(null)}
        okText="重设"
        cancelText="取消"
        forceRender
      >
        <Form form={passwordForm} layout="vertical">
          <Form.Item name="password" label="新密码" rules={[{ required: true, message: '请填写新密码' }, PASSWORD_RULE]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Typography.Text type="secondary">重设后该用户已有的登录立即失效，并解除锁定。</Typography.Text>
        </Form>
      </Modal>
    </Card>
  );
}
