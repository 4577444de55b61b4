import { useLazyQuery } from '@apollo/client/react';
import { Button, Card, List, NoticeBar, Space, Tag, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { client } from '../apollo';
import { useDayQuery } from '../day-query';
import { today } from '../device';
import { COMMUNITY_AT, ME, PRESENCE } from '../operations';
import { enqueue, useOutbox } from '../outbox';
import { currentPosition, type Position } from '../position';
import { shortTime } from '../labels';
import { CommunityMap } from './community-map';

/** Monday 00:00 Beijing time of this week, and now: the week so far. */
function thisWeek(): { from: string; to: string } {
  const day = Date.parse(`${today()}T00:00:00Z`); // the Beijing calendar date, as a date
  const monday = new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
  return { from: `${monday}T00:00:00+08:00`, to: new Date(Date.now() + 60_000).toISOString() };
}

/**
 * 我的社区: the officer's communities drawn from their boundaries, where the phone is now, and
 * the day's check-ins, each marked by what the server found: inside the boundary, outside it
 * (kept, never counted), or not located.
 */
export function CommunityPage() {
  const me = useDayQuery(ME, 'me');
  const officerId = me.data?.me.officerId ?? null;
  const week = useState(thisWeek)[0];
  const presence = useDayQuery(PRESENCE, 'presence', { officerId: officerId ?? '', ...week }, !officerId);
  const [where, { data: whereData }] = useLazyQuery(COMMUNITY_AT);
  const [position, setPosition] = useState<Position | null>(null);
  const [busy, setBusy] = useState(false);
  const waiting = useOutbox().filter((e) => e.kind === 'checkIn' || e.kind === 'checkOut');

  const located = (p: Position | null) => {
    setPosition(p);
    if (p) void where({ variables: { position: p } }).catch(() => undefined);
    return p;
  };
  const locate = async () => located(await currentPosition());
  useEffect(() => {
    let live = true;
    void currentPosition().then((p) => live && located(p));
    return () => {
      live = false;
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const communities = me.data?.myCommunities ?? [];
  const nameOf = (id: string) => communities.find((c) => c.id === id)?.name ?? '其他社区';
  const stays = (presence.data?.officer?.recentPresence ?? []).filter((p) => new Date(p.checkInAt) >= new Date(`${today()}T00:00:00+08:00`));
  const open = (presence.data?.officer?.recentPresence ?? []).find((p) => !p.checkOutAt);
  const time = presence.data?.officer?.timeInCommunity;

  const send = async (kind: 'checkIn' | 'checkOut', communityId?: string) => {
    setBusy(true);
    const p = await locate();
    const clientKey = crypto.randomUUID();
    const at = new Date().toISOString();
    await enqueue(client, {
      key: clientKey,
      kind,
      label: kind === 'checkIn' ? `签到 · ${nameOf(communityId!)}` : '签退',
      variables: kind === 'checkIn' ? { communityId, position: p, at, clientKey } : { position: p, at, clientKey },
    });
    setBusy(false);
    Toast.show({ content: p ? (kind === 'checkIn' ? '已签到' : '已签退') : '未取得定位：记录为自报，不计入核验时间' });
    // the marks come from the server: read again once the queue has had its chance
    window.setTimeout(() => void presence.refetch().catch(() => undefined), 800);
  };

  return (
    <>
      {me.fromDevice && <NoticeBar content="离线：签到先保存在手机上，联网后按时间先后发送" color="alert" />}
      <Card title="所在位置">
        <div data-testid="where">
          {!position ? '未取得定位（请允许使用位置信息）' : whereData?.communityAt ? `您在 ${whereData.communityAt.name}` : '定位不在任何已绘制边界的社区内'}
        </div>
        <CommunityMap communities={communities} position={position} />
      </Card>
      <List header="签到">
        {communities.map((c) => (
          <List.Item
            key={c.id}
            extra={
              <Button size="small" color="primary" disabled={busy} onClick={() => void send('checkIn', c.id)} data-testid={`check-in-${c.name}`}>
                签到
              </Button>
            }
          >
            {c.name}
          </List.Item>
        ))}
        {open && (
          <List.Item
            extra={
              <Button size="small" disabled={busy} onClick={() => void send('checkOut')} data-testid="check-out">
                签退
              </Button>
            }
          >
            在 {nameOf(open.communityId)}（{shortTime(open.checkInAt)} 起）
          </List.Item>
        )}
      </List>
      <List header="今日签到">
        {waiting.map((e) => (
          <List.Item key={e.key} extra={<Tag color="primary">待发送</Tag>}>
            {e.label}
          </List.Item>
        ))}
        {stays.map((s) => (
          <List.Item
            key={s.id}
            description={`${shortTime(s.checkInAt)} – ${s.checkOutAt ? shortTime(s.checkOutAt) : '未签退'}`}
            extra={
              s.inBoundary === true ? <Tag color="success">边界内</Tag> : s.inBoundary === false ? <Tag color="danger">边界外·不计时</Tag> : <Tag>自报</Tag>
            }
            data-testid="stay"
          >
            {nameOf(s.communityId)}
          </List.Item>
        ))}
        {!stays.length && !waiting.length && <List.Item>今天还没有签到</List.Item>}
      </List>
      {time && (
        <Card title="本周在社区时间">
          <Space direction="vertical">
            <div>
              经核验 <b>{time.hours}</b> 小时，占应工作时间 {Math.round(time.share * 100)}%
              {time.target != null ? `（目标 ${Math.round(time.target * 100)}%）` : ''}
            </div>
            <div>自报 {time.declaredHours} 小时（单列，不计入占比）</div>
            {time.outsideCheckIns > 0 && <div>边界外签到 {time.outsideCheckIns} 次（不计时）</div>}
          </Space>
        </Card>
      )}
    </>
  );
}
