export const ROLE_LABELS: Record<string, string> = {
  community_full_time: '专职社区民警',
  community_part_time: '兼职社区民警',
  community_team_lead: '社区警务队长',
  deputy_head: '副所长',
  station_head: '所长',
  command_room: '综合指挥室',
  case_team: '案件队',
  community_auxiliary: '社区辅警',
};
