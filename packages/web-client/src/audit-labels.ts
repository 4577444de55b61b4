/* No imports here: a launcher spec reads these maps to keep them complete. */

/** Users' roles as people say them (the same four as @cp/auth's ROLES; a spec holds them equal). */
export const ROLE_LABELS: Record<string, string> = {
  district_admin: '分局管理员',
  station_head: '派出所所长',
  community_officer: '社区民警',
  partner: '合作平台',
};

/**
 * The console's operations that read a person's record, as the audit trail names them: the
 * operation is what the trail records, and a reader sees what was done, not a code. A spec fails
 * when a console document reads residents without a label here.
 */
export const OPERATION_LABELS: Record<string, string> = {
  Residents: '查询实有人口台账',
  ExportResidents: '导出实有人口台账',
  ResidentPage: '查看人员档案',
  ResidentCare: '查看人员重点对象与走访',
  RegisterResident: '登记实有人口',
  RecordResidenceRegistration: '登记居住登记',
  PopulationWorklist: '查看今日工作',
  Housings: '查询实有房屋台账',
  ExportHousings: '导出实有房屋台账',
  SuspectedDuplicates: '查看疑似重复人员',
  MergeResidents: '合并重复人员',
  DisputeDetail: '查看纠纷详情',
  DisputeLedger: '查询矛盾纠纷台账',
  ExportDisputeLedger: '导出矛盾纠纷台账',
  FindPartyResidents: '查找纠纷当事人',
  ReceivingBodies: '查看接收单位名录',
  FieldInbox: '移动端 · 今日任务',
  FieldSearchResidents: '移动端 · 查人',
  FieldResidentCard: '移动端 · 查看人员',
  FieldSendCheckIn: '移动端 · 上报走访核查',
  FieldSendRegistration: '移动端 · 登记人员',
  FieldSendContact: '移动端 · 更新联系方式',
  FieldSearchHousing: '移动端 · 查房屋',
  PersonalDataAccesses: '查询个人信息访问记录',
  ExportPersonalDataAccesses: '导出个人信息访问记录',
  StationOfficers: '查看派出所警员',
  OfficerProfile: '查看警员档案',
  UpdateOfficerPhone: '更新警员电话',
  StationPosts: '查看社区岗位',
  TaskInbox: '查看任务收件箱',
  FindTaskResidents: '查找任务对象',
  WorkLedger: '查看工作记录与台账',
};

/** An operation as the audit trail shows it: its label, or for a partner's own operation its name under 合作平台. */
export const operationLabel = (operation: string | null | undefined, partner = false): string =>
  !operation ? '—' : (OPERATION_LABELS[operation] ?? (partner ? `合作平台接口（${operation}）` : `其他操作（${operation}）`));
