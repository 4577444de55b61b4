import { useQuery } from '@apollo/client/react';
import { ErrorNotice, formatDateTime } from '@cp/ui';
import { Modal, Table, Tag, Typography } from 'antd';
import { ACCOUNT_CHANGES } from './accounts.operations';

const ACTIONS: Record<string, string> = {
  create: '新建',
  update: '修改角色或警员',
  disable: '停用',
  enable: '启用',
  reset_password: '重设密码',
  unlock: '解除锁定',
};
const FIELDS: Record<string, string> = { username: '用户名', displayName: '姓名', roles: '角色', officerId: '对应警员', disabled: '停用' };

interface Props {
  account: { id: string; username: string } | null;
  roles: Record<string, string>;
  officerName: (id: string) => string;
  onClose: () => void;
}

/** 账号变更记录 of one account, newest first: read only, as the log itself is append-only. */
export function AccountChangesModal({ account, roles, officerName, onClose }: Props) {
  const { data, loading, error } = useQuery(ACCOUNT_CHANGES, { variables: { accountId: account?.id }, skip: !account, fetchPolicy: 'network-only' });
  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined) return '—';
    if (key === 'roles') return (value as string[]).map((r) => roles[r] ?? '未知角色').join('、');
    if (key === 'officerId') return officerName(value as string);
    if (typeof value === 'boolean') return value ? '是' : '否';
    return String(value);
  };
  const changes = (before: string | null, after: string | null) => {
    const a = before ? (JSON.parse(before) as Record<string, unknown>) : {};
    const b = after ? (JSON.parse(after) as Record<string, unknown>) : {};
    // a new account lists what it was given; a change, what changed
    return Object.keys(FIELDS)
      .filter((k) => (before ? JSON.stringify(a[k]) !== JSON.stringify(b[k]) : b[k] !== null && b[k] !== false))
      .map((k) => (before ? `${FIELDS[k]}：${show(k, a[k])} → ${show(k, b[k])}` : `${FIELDS[k]}：${show(k, b[k])}`));
  };
  return (
    <Modal title={`账号变更记录：${account?.username ?? ''}`} open={!!account} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <ErrorNotice error={error} />
      <Typography.Paragraph type="secondary">记录只可查阅，任何人不能修改或删除；不含密码。</Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.accountChanges ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: '时间', dataIndex: 'at', render: (at: string) => formatDateTime(at), width: 170 },
          { title: '操作人', dataIndex: 'actorUsername', width: 100 },
          { title: '操作', dataIndex: 'action', render: (a: string) => <Tag>{ACTIONS[a] ?? '其他'}</Tag>, width: 130 },
          { title: '变更', render: (_, c) => changes(c.before, c.after).map((line) => <div key={line}>{line}</div>) },
        ]}
      />
    </Modal>
  );
}
