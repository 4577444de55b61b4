import { Button, Card, Dialog, List, Space, Tag } from 'antd-mobile';
import { client } from '../apollo';
import type { OutboxEntry } from '../device';
import { DISPUTE_NOW, RESIDENT_CARD } from '../operations';
import { flush, resolve, useOutbox } from '../outbox';
import { label, shortTime } from '../labels';

/**
 * 待发送: what the phone holds for the gateway, oldest first. A conflict (the record was changed
 * at the desk meanwhile) shows both versions and lets the officer choose; a refusal shows the
 * server's reason; nothing leaves this list unseen.
 */
export function OutboxPage() {
  const entries = useOutbox();
  const waiting = entries.filter((e) => e.state === 'waiting');
  const attention = entries.filter((e) => e.state !== 'waiting');
  return (
    <>
      <List header={`等待发送 ${waiting.length} 条`}>
        {waiting.map((e) => (
          <List.Item key={e.key} description={`保存于 ${shortTime(e.createdAt)}`} data-testid="outbox-waiting">
            {e.label}
          </List.Item>
        ))}
        {!waiting.length && <List.Item>全部已发送</List.Item>}
      </List>
      {waiting.length > 0 && (
        <div className="actions">
          <Button block color="primary" onClick={() => void flush(client)}>
            立即发送
          </Button>
        </div>
      )}
      {attention.map((e) => (
        <Attention key={e.key} entry={e} />
      ))}
    </>
  );
}

/** The record the edit was made against, read again as it is now (under the officer's access). */
async function now(entry: OutboxEntry): Promise<{ version: number; summary: string } | null> {
  const mine = (entry.variables.input ?? {}) as { phone?: string | null };
  if (entry.kind === 'contact') {
    const r = (await client.query({ query: RESIDENT_CARD, variables: { id: entry.subjectId! }, fetchPolicy: 'network-only' })).data?.resident;
    return r ? { version: r.version, summary: `现在的电话：${r.phone ?? '（无）'}；您的修改：${mine.phone ?? '（清空）'}` } : null;
  }
  const d = (await client.query({ query: DISPUTE_NOW, variables: { id: entry.subjectId! }, fetchPolicy: 'network-only' })).data?.dispute;
  return d ? { version: d.version, summary: `该纠纷已有新的办理记录（${label('DisputeStatus', d.status)}），仍提交您的进展？` } : null;
}

function Attention({ entry }: { entry: OutboxEntry }) {
  const conflict = entry.state === 'conflict';
  const keepMine = async () => {
    const current = await now(entry);
    if (!current) return;
    const ok = await Dialog.confirm({ title: '以我的为准？', content: current.summary });
    if (ok) await resolve(client, entry, { input: { ...(entry.variables.input as object), version: current.version } });
  };
  return (
    <Card
      title={
        <Space>
          {entry.label}
          <Tag color={conflict ? 'warning' : 'danger'}>{conflict ? '修改冲突' : '未被接受'}</Tag>
        </Space>
      }
      data-testid={conflict ? 'outbox-conflict' : 'outbox-refused'}
    >
      <p>{conflict ? '这条记录在您离线期间已被他人修改。' : entry.error?.message}</p>
      <Space>
        {conflict && entry.subjectId && (
          <Button size="small" color="primary" onClick={() => void keepMine()} data-testid="keep-mine">
            以我的为准
          </Button>
        )}
        <Button size="small" onClick={() => void resolve(client, entry, null)} data-testid="discard">
          {conflict ? '放弃我的修改' : '删除'}
        </Button>
      </Space>
    </Card>
  );
}
