import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice } from '@cp/ui';
import { App, Card, InputNumber, Switch, Table, Tag } from 'antd';
import { FOCUS_CATEGORIES, UPDATE_FOCUS_CATEGORY, type CategoryRow } from './categories.operations';

/**
 * 重点对象类别: the categories of special persons and care recipients and how often each is
 * visited, set by the district to the rules in force. A change reschedules everyone in the
 * category on the next worklist.
 */
export function CategoriesPage() {
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(FOCUS_CATEGORIES);
  const [update] = useMutation(UPDATE_FOCUS_CATEGORY);

  const save = async (c: CategoryRow, change: { visitEveryDays?: number; active?: boolean }) => {
    const result = (
      await update({
        variables: { code: c.code, version: c.version, visitEveryDays: change.visitEveryDays ?? c.visitEveryDays, active: change.active ?? c.active },
      })
    ).data?.updateFocusCategory;
    if (result?.errors.length) message.error(result.errors[0].message);
    else message.success(`已保存：${c.name}`);
  };

  return (
    <Card title="重点对象类别与走访频次">
      <ErrorNotice error={error} />
      <Table<CategoryRow>
        rowKey="code"
        loading={loading}
        dataSource={data?.focusCategories ?? []}
        pagination={false}
        data-testid="categories"
        columns={[
          { title: '类别', dataIndex: 'kind', render: (k: string) => <Tag color={k === 'special' ? 'volcano' : 'green'}>{ENUM_LABELS.FocusKind[k]}</Tag> },
          { title: '名称', dataIndex: 'name' },
          {
            title: '走访间隔（天）',
            render: (_, c) => (
              <InputNumber
                min={1}
                max={366}
                defaultValue={c.visitEveryDays}
                aria-label={`${c.name}走访间隔`}
                onBlur={(e) => {
                  const days = Number(e.target.value);
                  if (Number.isInteger(days) && days !== c.visitEveryDays) void save(c, { visitEveryDays: days });
                }}
              />
            ),
          },
          { title: '启用', render: (_, c) => <Switch checked={c.active} onChange={(active) => void save(c, { active })} /> },
        ]}
      />
    </Card>
  );
}
