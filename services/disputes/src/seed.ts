import { demoDisputes, demoResidentsByCommunity, demoStaffing, demoStations, rng, stableId, type DemoDispute } from '@cp/demo-district';
import { insertInChunks, type SeedOptions } from '@cp/service-kit';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ReceivingBodyEntity, TransferTarget } from './modules/transfer/transfer.entity';
import { DisputeEntity, DisputePartyEntity, DisputeStatus, Resolution, RiskLevel } from './modules/dispute/dispute.entity';
import { GRADE_FOR_RISK, handlerFor } from './modules/lifecycle/dispute-access';
import { DisputeEventEntity, DisputeEventKind } from './modules/lifecycle/event.entity';
import { DisputeOverdueSpanEntity } from './modules/lifecycle/overdue';
import { DisputeAction } from './modules/lifecycle/state-machine';
import { DisputeRepeatLinkEntity } from './modules/repeat/repeat-link.entity';
import { addressKey } from '@cp/address';

const DAY = 86_400_000;
const REPEAT_WINDOW_DAYS = 90;
/** The path each demo status took through the lifecycle. */
const PATH: Record<DemoDispute['status'], DisputeAction[]> = {
  registered: [],
  assessed: [DisputeAction.assess],
  in_mediation: [DisputeAction.assess, DisputeAction.start_mediation],
  resolved: [DisputeAction.assess, DisputeAction.start_mediation, DisputeAction.resolve],
};
const STATUS_AFTER: Record<string, DisputeStatus> = {
  [DisputeAction.assess]: DisputeStatus.assessed,
  [DisputeAction.start_mediation]: DisputeStatus.in_mediation,
  [DisputeAction.resolve]: DisputeStatus.resolved,
};

/**
 * Loads the demo district's disputes, between residents population seeds with the same ids,
 * with the history that brought each to its state, the A-post officer as handler, repeats
 * linked, and weekly progress due around now (some overdue, as in real life).
 */
export async function seedDemoDisputes(orm: MikroORM, { residentsPerCommunity }: SeedOptions = {}): Promise<string> {
  const em = orm.em.fork();
  const stations = demoStations(residentsPerCommunity);
  const directory = await seedDemoDirectory(em, stations);
  if ((await em.count(DisputeEntity)) > 0) return `disputes: demo data already present${directory}`;
  const residents = demoResidentsByCommunity(stations);
  const staffing = demoStaffing(stations);
  const aPost = new Map(staffing.posts.filter((p) => p.role === 'A').map((p) => [p.communityId, p.officerId]));
  // 分级处置 as the rule sets it (GRADE_FOR_RISK): 较大 with the team lead, 重大 with the head (the 所长, first by badge)
  const leader = (stationId: string, role: 'station_head' | 'community_team_lead') =>
    staffing.officers.find((o) => o.stationId === stationId && o.role === role)!.id;
  const byId = new Map([...residents.values()].flat().map((r) => [r.id, r]));
  const now = Date.now();
  const r = rng('dispute-seed');

  const disputes = stations.flatMap((s) =>
    s.communities.flatMap((c) => demoDisputes(c, residents.get(c.id)!).map((d) => ({ ...d, stationId: s.id, gridId: c.gridId }))),
  );
  const rows = disputes.map((d) => {
    const reportedAt = new Date(d.reportedAt);
    const open = d.status !== 'resolved';
    const address = byId.get(d.partyResidentIds[0])?.address ?? null;
    const officer = aPost.get(d.communityId) ?? null;
    const grade = GRADE_FOR_RISK[d.riskLevel as RiskLevel];
    const handler = handlerFor(
      grade,
      { stationHeadId: leader(d.stationId, 'station_head'), teamLeadId: leader(d.stationId, 'community_team_lead'), dutyOfficerId: officer },
      officer,
    );
    return {
      id: d.id,
      title: d.title,
      category: d.category,
      source: d.source,
      status: d.status,
      riskLevel: d.riskLevel,
      grade,
      communityId: d.communityId,
      stationId: d.stationId,
      gridId: d.gridId,
      addressText: address,
      addressKey: addressKey(address),
      assignedOfficerId: officer,
      handlerOfficerId: handler,
      threatsNoted: d.riskLevel !== 'general' && r() < 0.4,
      violenceHistory: d.riskLevel === 'serious' && r() < 0.5,
      repeatCount: 0,
      reportedAt,
      // weekly reports mostly kept: about a quarter are overdue by up to three days
      progressDueAt: open ? new Date(Math.max(+reportedAt + 7 * DAY, now - 3 * DAY + r() * 12 * DAY)) : null,
      closedAt: open ? null : new Date(+reportedAt + 20 * DAY),
      resolution: open ? null : Resolution.agreement,
      version: 1,
    };
  });

  // 重复报警 as the rules would have found them: a shared party within the window
  const links: Array<{ dispute: string; earlier: string; reasons: ['same_party'] }> = [];
  const byResident = new Map<string, DemoDispute[]>();
  for (const d of [...disputes].sort((a, b) => a.reportedAt.localeCompare(b.reportedAt))) {
    const earlier = new Set<DemoDispute>();
    for (const rid of d.partyResidentIds) {
      for (const e of byResident.get(rid) ?? []) if (+new Date(d.reportedAt) - +new Date(e.reportedAt) <= REPEAT_WINDOW_DAYS * DAY) earlier.add(e);
      byResident.set(rid, [...(byResident.get(rid) ?? []), d]);
    }
    for (const e of earlier) links.push({ dispute: d.id, earlier: e.id, reasons: ['same_party'] });
  }
  const repeatCounts = new Map<string, number>();
  for (const l of links) repeatCounts.set(l.dispute, (repeatCounts.get(l.dispute) ?? 0) + 1);
  for (const row of rows) row.repeatCount = repeatCounts.get(row.id) ?? 0;

  const events = disputes.flatMap((d) => {
    const at = (k: number) => new Date(+new Date(d.reportedAt) + k * 3 * DAY);
    const actor = { actorId: 'demo', actorName: '社区民警' };
    const registered = { id: stableId('event', d.id, 0), dispute: d.id, at: at(0), kind: DisputeEventKind.registered, ...actor, attachments: [] };
    let from = DisputeStatus.registered;
    const steps = PATH[d.status].map((action, k) => {
      const to = STATUS_AFTER[action];
      const e = {
        id: stableId('event', d.id, k + 1),
        dispute: d.id,
        at: at(k + 1),
        kind: DisputeEventKind.transition,
        action,
        fromStatus: from,
        toStatus: to,
        ...actor,
        attachments: [],
      };
      from = to;
      return e;
    });
    return [registered, ...steps];
  });

  // the past as the periods' figures read it: about one resolved dispute in five had a weekly report overdue for a few days
  const late = rng('dispute-overdue-seed');
  const spans = rows
    .filter((d) => d.closedAt && late() < 0.2)
    .map((d) => {
      const since = new Date(+d.reportedAt + 7 * DAY);
      return { id: stableId('overdue', d.id), dispute: d.id, since, until: new Date(+since + (1 + late() * 5) * DAY) };
    });

  const names = new Map([...byId.values()].map((x) => [x.id, x.name]));
  await em.transactional(async (tx) => {
    await insertInChunks(tx, DisputeEntity, rows);
    await insertInChunks(
      tx,
      DisputePartyEntity,
      disputes.flatMap((d) => d.partyResidentIds.map((rid) => ({ id: stableId('party', d.id, rid), dispute: d.id, residentId: rid, name: names.get(rid)! }))),
    );
    await insertInChunks(tx, DisputeEventEntity, events);
    await insertInChunks(tx, DisputeRepeatLinkEntity, links);
    await insertInChunks(tx, DisputeOverdueSpanEntity, spans);
  });
  return `disputes: seeded ${disputes.length} disputes (${links.length} repeat links, ${events.length} history entries)${directory}`;
}

/**
 * 三调联动's bodies as a district has them: each street's people's mediation committee and
 * judicial office (serving its station's area), and the district's governance centre. Added to a
 * demo seeded before the directory existed, too.
 */
async function seedDemoDirectory(em: EntityManager, stations: ReturnType<typeof demoStations>): Promise<string> {
  if ((await em.count(ReceivingBodyEntity)) > 0) return '';
  const r = rng('receiving-bodies');
  const phone = () => `010-${6400 + Math.floor(r() * 500)}${String(Math.floor(r() * 10_000)).padStart(4, '0')}`;
  const street = (name: string) => name.replace(/派出所$/, '');
  const rows = [
    { id: stableId('receiver', 'centre'), target: TransferTarget.governance_centre, name: '东城区综治中心', stationId: null, phone: phone() },
    { id: stableId('receiver', 'district-mediation'), target: TransferTarget.peoples_mediation, name: '东城区人民调解委员会', stationId: null, phone: phone() },
    ...stations.flatMap((s) => [
      {
        id: stableId('receiver', s.id, 'mediation'),
        target: TransferTarget.peoples_mediation,
        name: `${street(s.name)}街道人民调解委员会`,
        stationId: s.id,
        phone: phone(),
      },
      { id: stableId('receiver', s.id, 'judicial'), target: TransferTarget.judicial_office, name: `${street(s.name)}司法所`, stationId: s.id, phone: phone() },
    ]),
  ].map((b) => ({ ...b, active: true, version: 1 }));
  await insertInChunks(em, ReceivingBodyEntity, rows);
  return `, ${rows.length} receiving bodies`;
}
