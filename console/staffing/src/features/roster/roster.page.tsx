import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { App, Button, Calendar, Card, DatePicker, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useStation } from '../../components/use-station';
import { GroupEditor } from './group-editor';
import { EDIT_SHIFT, GENERATE_ROSTER, STATION_ROSTER, type Shift } from './roster.operations';

const SHIFT_COLORS: Record<string, string> = { early: 'gold', middle: 'blue', night: 'purple', main: 'red', deputy: 'green', community: 'cyan' };
const time = (iso: string) => dayjs(iso).format('HH:mm');

/**
 * 排班日历: a station's roster by month, generated from a shift pattern and its police groups,
 * with single shifts edited by hand (换班).
 */
export function RosterPage() {
  const { message } = App.useApp();
  const station = useStation();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [generating, setGenerating] = useState(false);
  const [editing, setEditing] = useState<Shift | null>(null);
  const [group, setGroup] = useState<Parameters<typeof GroupEditor>[0]['group']>(null);
  const [genForm] = Form.useForm();
  const [editForm] = Form.useForm();
  const from = month.startOf('month').startOf('week').format('YYYY-MM-DD');
  const to = month.endOf('month').endOf('week').add(1, 'day').format('YYYY-MM-DD');
  const { data, loading, error, refetch } = useQuery(STATION_ROSTER, { variables: { stationId: station.stationId!, from, to }, skip: !station.stationId });
  const [generate, generated] = useMutation(GENERATE_ROSTER);
  const [edit, edited] = useMutation(EDIT_SHIFT);
  const byDay = new Map<string, Shift[]>();
  for (const s of data?.roster ?? []) byDay.set(s.day, [...(byDay.get(s.day) ?? []), s]);
  // the exceptions in force for anyone in the station's groups, each once (an officer may be in two groups)
  const members = new Map((data?.policeGroups ?? []).flatMap((g) => g.members.map((m) => [m.id, m] as const)));
  const excepted = [...members.values()].flatMap((member) => member.exceptionsInForce.map((exception) => ({ member, exception })));

  const submitGenerate = async () => {
    const v = await genForm.validateFields();
    const [start, end] = v.period as [Dayjs, Dayjs];
    const result = (
      await generate({
        variables: {
          input: {
            stationId: station.stationId!,
            patternCode: v.patternCode,
            from: start.format('YYYY-MM-DD'),
            to: end.format('YYYY-MM-DD'),
            groupIds: v.groupIds,
          },
        },
      })
    ).data?.generateRoster;
    if (!result) return;
    if (result.errors.length) {
      genForm.setFields(
        result.errors.map((e) => ({ name: e.field === 'from' || e.field === 'to' ? 'period' : (e.field ?? 'patternCode'), errors: [e.message] })),
      );
      return;
    }
    message.success(`已生成 ${result.created} 个班次${result.keptEdited ? `，保留人工调整 ${result.keptEdited} 个` : ''}`);
    setGenerating(false);
    void refetch();
  };

  const submitEdit = async () => {
    const v = await editForm.validateFields();
    const result = (await edit({ variables: { input: { id: editing!.id, version: editing!.version, groupId: v.groupId, note: v.note ?? null } } })).data
      ?.editRosterShift;
    if (result?.errors.length) return void message.error(result.errors[0].message);
    message.success('班次已调整');
    setEditing(null);
    void refetch();
  };

  return (
    <Card
      title="排班日历"
      extra={
        <Space>
          <Select style={{ width: 180 }} value={station.stationId} options={station.options} onChange={station.setStationId} data-testid="roster-station" />
          {station.isManager && (
            <Button type="primary" onClick={() => setGenerating(true)}>
              生成排班
            </Button>
          )}
        </Space>
      }
    >
      <ErrorNotice error={error ?? station.error ?? generated.error ?? edited.error} />
      <Typography.Paragraph type="secondary">
        警组：
        {(data?.policeGroups ?? []).map((g) => (
          <Tag key={g.id} style={{ cursor: station.isManager ? 'pointer' : 'default' }} onClick={() => station.isManager && setGroup(g)}>
            {g.name}（组长 {g.leader?.name}，{g.members.length} 人）
          </Tag>
        ))}
        {station.isManager && (
          <Button size="small" type="link" onClick={() => setGroup('new')}>
            新建警组
          </Button>
        )}
      </Typography.Paragraph>
      {!!excepted.length && (
        <Typography.Paragraph data-testid="roster-exceptions">
          生效中的四不准例外：
          {excepted.map(({ member, exception }) => (
            <Tag key={exception.id} color="orange">
              {member.name} · {ENUM_LABELS.RestrictedDuty[exception.kind]} 至 {formatDateTime(exception.validUntil)}
            </Tag>
          ))}
        </Typography.Paragraph>
      )}
      <Calendar
        value={month}
        onPanelChange={(d) => setMonth(d)}
        onSelect={(d, info) => info.source !== 'date' && setMonth(d)}
        cellRender={(d, info) =>
          info.type === 'date' && (
            <div data-testid={`roster-${d.format('YYYY-MM-DD')}`}>
              {(byDay.get(d.format('YYYY-MM-DD')) ?? []).map((s) => (
                <div key={s.id}>
                  <Tag
                    color={SHIFT_COLORS[s.shiftCode] ?? 'default'}
                    style={{ cursor: station.isManager ? 'pointer' : 'default', marginBottom: 2 }}
                    onClick={(e) => {
                      e.stopPropagation();
                      if (!station.isManager) return;
                      editForm.setFieldsValue({ groupId: s.group.id, note: s.note });
                      setEditing(s);
                    }}
                  >
                    {s.shiftName} {s.group.name} {time(s.startsAt)}–{time(s.endsAt)}
                    {s.edited && ' *'}
                  </Tag>
                </div>
              ))}
            </div>
          )
        }
      />
      {loading && <Typography.Text type="secondary">加载中…</Typography.Text>}
      {station.stationId && (
        <GroupEditor
          stationId={station.stationId}
          group={group}
          onDone={(saved) => {
            setGroup(null);
            if (saved) void refetch();
          }}
        />
      )}
      <Modal
        title="生成排班"
        open={generating}
        onOk={submitGenerate}
        onCancel={() => setGenerating(false)}
        okText="生成"
        cancelText="取消"
        confirmLoading={generated.loading}
        destroyOnHidden
      >
        <Form form={genForm} layout="vertical" preserve={false}>
          <Form.Item name="patternCode" label="勤务模式" rules={[{ required: true, message: '请选择勤务模式' }]}>
            <Select
              options={(data?.shiftPatterns ?? []).map((p) => {
                // what kind of duty the pattern is: the station's watch falls under 四不准, community work does not
                const kind = data?.dutyKinds.find((k) => k.code === p.dutyKind);
                return {
                  value: p.code,
                  label: `${p.name}（${p.groupCount} 个警组 · ${kind?.name ?? ''}${kind?.restricts ? '，专职社区民警不得参加' : ''}）`,
                  title: p.description ?? undefined,
                };
              })}
            />
          </Form.Item>
          <Form.Item name="period" label="期间" rules={[{ required: true, message: '请选择期间' }]}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="groupIds" label="参加轮转的警组（按轮转顺序选择）" rules={[{ required: true, message: '请选择警组' }]}>
            <Select mode="multiple" options={(data?.policeGroups ?? []).map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
          <Typography.Text type="secondary">人工调整过的班次会保留；同一期间内其余班次按模式重新生成。</Typography.Text>
        </Form>
      </Modal>
      <Modal
        title="调整班次"
        open={!!editing}
        onOk={submitEdit}
        onCancel={() => setEditing(null)}
        okText="保存"
        cancelText="取消"
        confirmLoading={edited.loading}
        destroyOnHidden
      >
        {editing && (
          <Typography.Paragraph>
            {editing.day} {editing.shiftName} {time(editing.startsAt)}–{time(editing.endsAt)}
          </Typography.Paragraph>
        )}
        <Form form={editForm} layout="vertical" preserve={false}>
          <Form.Item name="groupId" label="值班警组" rules={[{ required: true }]}>
            <Select options={(data?.policeGroups ?? []).map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input placeholder="如：与三组换班" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
