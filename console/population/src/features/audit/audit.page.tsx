import { formatDateTime, LedgerTable, operationLabel, PERSONAL_FIELD_LABELS, ROLE_LABELS, type LedgerColumn } from '@cp/ui';
import { Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { ACCESSES, EXPORT_ACCESSES, type AccessFilter, type AccessRow } from './audit.operations';

const CALLERS = { user: '控制台用户', partner: '合作平台' };
const partnerOf = (r: AccessRow) => r.roles.includes('partner');
const fieldsOf = (r: AccessRow) => r.fields.map((f) => PERSONAL_FIELD_LABELS[f] ?? '其他信息');

const filterOf = (v: Record<string, unknown>): AccessFilter => {
  const period = v.period as [Dayjs, Dayjs] | undefined;
  const text = (k: string) => (v[k] as string | undefined)?.trim() || null;
  return {
    from: period?.[0]?.startOf('day').toISOString() ?? null,
    to: period?.[1]?.add(1, 'day').startOf('day').toISOString() ?? null,
    caller: (v.caller as 'user' | 'partner' | undefined) ?? null,
    username: text('username'),
    operation: text('operation'),
    clientAddress: text('clientAddress'),
  };
};

/**
 * 个人信息访问记录: who (an officer, or a partner platform) read which person's record, in clear
 * or masked, when, through which operation and from where; a ledger searched, paged and
 * exported. The database keeps every row at least six months and refuses any change.
 */
export function AuditPage() {
  const columns: Array<LedgerColumn<AccessRow>> = [
    { title: '时间', dataIndex: 'at', width: 150, render: (_, r) => formatDateTime(r.at), exportValue: (r) => formatDateTime(r.at) },
    { title: '时间', dataIndex: 'period', valueType: 'dateRange', hideInTable: true, search: true },
    { title: '读取方', dataIndex: 'caller', valueEnum: CALLERS, hideInTable: true, search: true },
    {
      title: '读取人',
      dataIndex: 'username',
      search: true,
      fieldProps: { placeholder: '用户名或客户端标识' },
      render: (_, r) => (
        <Space size={4}>
          {r.username}
          {partnerOf(r) && <Tag color="blue">合作平台</Tag>}
        </Space>
      ),
    },
    {
      title: '角色',
      key: 'roles',
      render: (_, r) => r.roles.map((x) => ROLE_LABELS[x] ?? x).join('、'),
      exportValue: (r) => r.roles.map((x) => ROLE_LABELS[x] ?? x).join('、'),
    },
    {
      title: '操作',
      dataIndex: 'operation',
      search: true,
      fieldProps: { placeholder: '操作名' },
      render: (_, r) => operationLabel(r.operation, partnerOf(r)),
      exportValue: (r) => operationLabel(r.operation, partnerOf(r)),
    },
    { title: '客户端地址', dataIndex: 'clientAddress', search: true, fieldProps: { placeholder: '客户端地址' }, render: (_, r) => r.clientAddress ?? '—' },
    {
      title: '人员',
      key: 'resident',
      render: (_, r) => (r.resident ? <Link to={`/population/residents/${r.resident.id}`}>{r.resident.name}</Link> : '（已无权查看或已合并）'),
      exportValue: (r) => r.resident?.name ?? '',
    },
    { title: '记录编号', dataIndex: 'subjectId', exportOnly: true },
    {
      title: '字段',
      key: 'fields',
      render: (_, r) => (
        <Space size={4}>
          {fieldsOf(r).map((f) => (
            <Tag key={f}>{f}</Tag>
          ))}
          {r.masked ? <Tag>脱敏</Tag> : <Tag color="red">明文</Tag>}
        </Space>
      ),
      exportValue: (r) => fieldsOf(r).join('、'),
    },
    { title: '提供形式', key: 'masked', exportOnly: true, exportValue: (r) => (r.masked ? '脱敏' : '明文') },
  ];
  return (
    <LedgerTable
      id="audit"
      title="个人信息访问记录"
      data-testid="audit"
      query={ACCESSES}
      exportQuery={EXPORT_ACCESSES}
      connection={(d) => d.personalDataAccesses}
      columns={columns}
      variables={(f) => ({ filter: filterOf(f) })}
    />
  );
}
