import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice } from '@cp/ui';
import { App, Button, Empty, Input, Modal, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { SuspectedDuplicatesQuery } from '../../gql/graphql';
import { MERGE_RESIDENTS, SUSPECTED_DUPLICATES } from './quality.operations';

type Person = SuspectedDuplicatesQuery['suspectedDuplicates'][number]['residents'][number];

/** One group: the officer picks the record to keep, says why, and the others are merged into it. */
function DuplicateGroup({ people, canMerge, onMerged }: { people: Person[]; canMerge: boolean; onMerged: () => void }) {
  const { message } = App.useApp();
  const [keepId, setKeepId] = useState<string>();
  const [reason, setReason] = useState('');
  const [merge, { loading }] = useMutation(MERGE_RESIDENTS);
  const run = async () => {
    const keep = people.find((p) => p.id === keepId)!;
    let version = keep.version;
    for (const other of people.filter((p) => p.id !== keepId)) {
      const result = (await merge({ variables: { input: { keepId: keep.id, keepVersion: version, mergeId: other.id, mergeVersion: other.version, reason } } }))
        .data?.mergeResidents;
      if (!result?.resident) return void message.error(result?.errors.map((e) => e.message).join('；') ?? '合并失败');
      version = result.resident.version;
    }
    message.success('已合并，重复记录的走访和列管已转入保留的记录');
    onMerged();
  };
  return (
    <div style={{ marginBottom: 24 }} data-testid="duplicate-group">
      <Table<Person>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={people}
        columns={[
          ...(canMerge
            ? [
                {
                  title: '保留',
                  width: 60,
                  render: (_: unknown, p: Person) => <Radio checked={keepId === p.id} onChange={() => setKeepId(p.id)} aria-label={`保留 ${p.idNumber}`} />,
                },
              ]
            : []),
          { title: '姓名', dataIndex: 'name' },
          { title: '证件号码', dataIndex: 'idNumber' },
          { title: '类别', dataIndex: 'kind', render: (k: Person['kind']) => ENUM_LABELS.ResidentKind[k] },
          { title: '电话', dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
          { title: '最近核查', dataIndex: 'verifiedAt', render: (v: string | null) => v?.slice(0, 10) ?? '—' },
        ]}
      />
      {canMerge && (
        <Space style={{ marginTop: 8 }}>
          <Input placeholder="合并理由，如：身份号码录错，核实为同一人" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 360 }} />
          <Button type="primary" disabled={!keepId || reason.trim().length < 2} loading={loading} onClick={run}>
            合并到保留的记录
          </Button>
        </Space>
      )}
    </div>
  );
}

/**
 * 疑似重复: the groups of one community. The officers who answer for it (and so see the records
 * unmasked) merge them; the merged record's history moves to the one kept and stays on file.
 */
export function DuplicatesModal({ community, onClose }: { community: { id: string; name: string } | null; onClose: () => void }) {
  const { data, loading, error, refetch } = useQuery(SUSPECTED_DUPLICATES, {
    variables: { communityId: community?.id ?? '' },
    skip: !community,
    fetchPolicy: 'network-only',
  });
  const groups = data?.suspectedDuplicates ?? [];
  return (
    <Modal title={`疑似重复人员：${community?.name ?? ''}`} open={!!community} onCancel={onClose} footer={null} width={900} destroyOnHidden>
      <ErrorNotice error={error} />
      <Typography.Paragraph type="secondary">
        同一地址、同名、同出生日期的记录。核实为同一人后，选择保留的记录并合并；核实不是同一人的，无需处理。
      </Typography.Paragraph>
      {!loading && groups.length === 0 && <Empty description="没有疑似重复的记录" />}
      {groups.map((g) => (
        <DuplicateGroup
          key={g.residents.map((p) => p.id).join()}
          people={g.residents}
          canMerge={g.residents.every((p) => !p.masked)}
          onMerged={() => void refetch()}
        />
      ))}
    </Modal>
  );
}
