import { useLazyQuery, useQuery } from '@apollo/client/react';
import { ActionSheet, Button, ErrorBlock, List, SearchBar, Tabs, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { label, VISIT_VERB } from '../labels';
import { SEARCH_HOUSING, SEARCH_RESIDENTS, UNITS } from '../operations';

type Subject = { subjectType: 'housing' | 'unit'; subjectId: string; name: string };
const ACTIONS: Record<Subject['subjectType'], string[]> = { housing: ['verification', 'inspection'], unit: ['inspection', 'recheck'] };

/** 找人找房: a resident by ID number, name or address; a dwelling by its address; a unit by name. All within the officer's jurisdiction. */
export function FindPage() {
  const navigate = useNavigate();
  const [tab, setTab] = useState('residents');
  const [text, setText] = useState('');
  const [searchResidents, residents] = useLazyQuery(SEARCH_RESIDENTS, { fetchPolicy: 'network-only' });
  const [searchHousing, housing] = useLazyQuery(SEARCH_HOUSING, { fetchPolicy: 'network-only' });
  const units = useQuery(UNITS, { skip: tab !== 'units' });
  const [acting, setActing] = useState<Subject | null>(null);

  const search = (v: string) => {
    const q = v.trim();
    setText(q);
    if (!q) return;
    if (tab === 'residents') void searchResidents({ variables: { search: q } }).catch(() => undefined);
    if (tab === 'housing') void searchHousing({ variables: { search: q } }).catch(() => undefined);
  };
  const record = (s: Subject, kind: string) =>
    navigate(`/record?${new URLSearchParams({ subjectType: s.subjectType, subjectId: s.subjectId, kind, name: s.name })}`);
  const offline = (tab === 'residents' ? residents.error : tab === 'housing' ? housing.error : units.error) && (
    <ErrorBlock status="disconnected" title="查询需要联网" description="离线时只能查看今日任务中的对象" />
  );
  const shownUnits = (units.data?.units ?? []).filter((u) => !text || u.name.includes(text));

  return (
    <>
      <Tabs activeKey={tab} onChange={setTab}>
        <Tabs.Tab title="找人" key="residents" />
        <Tabs.Tab title="找房" key="housing" />
        <Tabs.Tab title="单位" key="units" />
      </Tabs>
      <div className="search">
        <SearchBar
          placeholder={tab === 'residents' ? '姓名、证件号码或地址' : tab === 'housing' ? '房屋地址，如 东四三条 12号' : '单位名称'}
          onSearch={search}
          onChange={(v) => tab === 'units' && setText(v.trim())}
        />
      </div>
      {offline}
      {tab === 'residents' && residents.called && !residents.loading && !residents.error && (
        <List header={`找到 ${residents.data?.residents.nodes.length ?? 0} 人`}>
          {(residents.data?.residents.nodes ?? []).map((r) => (
            <List.Item
              key={r.id}
              onClick={() => navigate(`/resident/${r.id}`)}
              description={`${r.idNumber} · ${r.address?.fullText ?? r.community.name}`}
              arrow
              data-testid="found-resident"
            >
              {r.name}
            </List.Item>
          ))}
        </List>
      )}
      {tab === 'housing' && housing.called && !housing.loading && !housing.error && (
        <List header={`找到 ${housing.data?.housings.nodes.length ?? 0} 处房屋`}>
          {(housing.data?.housings.nodes ?? []).map((h) => (
            <List.Item
              key={h.id}
              onClick={() => setActing({ subjectType: 'housing', subjectId: h.id, name: h.address.fullText })}
              description={`${label('HousingUse', h.use)} · 住 ${h.occupants.length} 人`}
              data-testid="found-housing"
            >
              {h.address.fullText}
            </List.Item>
          ))}
        </List>
      )}
      {tab === 'units' && units.data && (
        <List header={`${shownUnits.length} 个单位`}>
          {shownUnits.map((u) => (
            <List.Item
              key={u.id}
              onClick={() => setActing({ subjectType: 'unit', subjectId: u.id, name: u.name })}
              description={`${label('UnitKind', u.kind)} · ${u.community.name}`}
              extra={u.key ? <Tag color="warning">重点</Tag> : null}
              data-testid="found-unit"
            >
              {u.name}
            </List.Item>
          ))}
        </List>
      )}
      <ActionSheet
        visible={!!acting}
        onClose={() => setActing(null)}
        cancelText="取消"
        actions={(acting ? ACTIONS[acting.subjectType] : []).map((kind) => ({
          key: kind,
          text: VISIT_VERB[kind],
          onClick: () => acting && record(acting, kind),
        }))}
      />
      {tab !== 'units' && (
        <div className="actions">
          <Button block color="primary" fill="outline" onClick={() => navigate(tab === 'residents' ? '/register' : '/register-housing')}>
            {tab === 'residents' ? '登记实有人口' : '登记实有房屋'}
          </Button>
        </div>
      )}
    </>
  );
}
