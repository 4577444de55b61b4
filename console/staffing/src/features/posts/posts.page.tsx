import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@cp/ui';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { PostRole } from '../../gql/graphql';
import { ASSIGN_POST, POST_CANDIDATES, STATIONS, STATION_POSTS, type CommunityPosts } from './posts.operations';

const officerOf = (c: CommunityPosts, role: 'A' | 'B') => c.officers?.find((p) => p.role === role)?.officer;

/** 社区岗位: who holds the A and B posts of each community of a station, and who is on duty now. */
export function PostsPage() {
  const stations = useQuery(STATIONS);
  const [picked, setPicked] = useState<string | null>(null);
  const stationId = picked ?? stations.data?.me.stationIds[0] ?? stations.data?.stations[0]?.id ?? null;
  const posts = useQuery(STATION_POSTS, { variables: { id: stationId! }, skip: !stationId });
  const candidates = useQuery(POST_CANDIDATES, { variables: { stationId: stationId! }, skip: !stationId });
  const [assign, assigned] = useMutation(ASSIGN_POST);
  const [editing, setEditing] = useState<CommunityPosts | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const manager = candidates.data?.me.roles.some((r) => r === 'station_head' || r === 'district_admin');
  const submit = async () => {
    const v = await form.validateFields();
    const result = (
      await assign({ variables: { input: { communityId: editing!.id, role: v.role as PostRole, officerId: v.officerId, reason: v.reason ?? null } } })
    ).data?.assignCommunityPost;
    if (!result) return;
    if (result.errors.length) return setRefusal(result.errors[0].message);
    message.success('已任命');
    setEditing(null);
    void posts.refetch();
  };
  return (
    <Card
      title="社区岗位与值班民警"
      extra={
        <Select
          style={{ width: 200 }}
          value={stationId}
          onChange={setPicked}
          loading={stations.loading}
          options={stations.data?.stations.map((s) => ({ value: s.id, label: s.name }))}
          data-testid="station-select"
        />
      }
    >
      <ErrorNotice error={stations.error ?? posts.error} />
      <Table<CommunityPosts>
        rowKey="id"
        loading={posts.loading}
        dataSource={posts.data?.station?.communities ?? []}
        pagination={false}
        columns={[
          { title: '社区', dataIndex: 'name' },
          { title: 'A 岗（主责）', render: (_, c) => officerOf(c, 'A')?.name ?? <Tag color="red">空缺</Tag> },
          { title: 'B 岗', render: (_, c) => officerOf(c, 'B')?.name ?? <Tag color="red">空缺</Tag> },
          {
            title: '当前值班',
            render: (_, c) => (c.dutyOfficer ? `${c.dutyOfficer.officer.name}（${c.dutyOfficer.officer.badgeNo}）` : <Tag color="red">无人在岗</Tag>),
          },
          { title: '联系电话', render: (_, c) => c.dutyOfficer?.officer.phone ?? '—' },
          {
            title: '操作',
            render: (_, c) =>
              manager && (
                <Button
                  size="small"
                  onClick={() => {
                    setRefusal(null);
                    form.resetFields();
                    setEditing(c);
                  }}
                >
                  任命
                </Button>
              ),
          },
        ]}
      />
      <Modal
        title={editing && `任命：${editing.name}`}
        open={!!editing}
        onOk={submit}
        onCancel={() => setEditing(null)}
        okText="确定"
        cancelText="取消"
        confirmLoading={assigned.loading}
        destroyOnHidden
      >
        {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 16 }} data-testid="post-refusal" />}
        <Form form={form} layout="vertical" preserve={false} initialValues={{ role: 'A' }}>
          <Form.Item name="role" label="岗位">
            <Select
              options={[
                { value: 'A', label: 'A 岗（主责）' },
                { value: 'B', label: 'B 岗' },
                { value: 'AUX', label: '辅警' },
              ]}
            />
          </Form.Item>
          <Form.Item name="officerId" label="警员" rules={[{ required: true, message: '请选择警员' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(candidates.data?.officers ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.badgeNo}${o.sworn ? '' : '，辅警'}）` }))}
            />
          </Form.Item>
          <Form.Item name="reason" label="说明">
            <Input placeholder="如：新任社区民警" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
