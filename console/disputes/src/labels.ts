/** Labels only the disputes remote shows (the shared ones live in @cp/ui). */
export const GRADE_LABELS: Record<string, string> = { ordinary: '一般', complex: '疑难复杂', major: '重大' };
export const GRADE_HANDLER_LABELS: Record<string, string> = { ordinary: '社区民警处置', complex: '社区警务队长处置', major: '所长亲自上案' };
export const SOURCE_LABELS: Record<string, string> = {
  police_call: '接处警',
  community_found: '社区发现',
  after_case: '案后遗留',
  walk_in: '来访',
  grid_report: '网格上报',
};
export const ACTION_LABELS: Record<string, string> = {
  assess: '研判',
  start_mediation: '开始调解',
  resolve: '化解办结',
  transfer: '移交三调联动',
  escalate: '升级转办',
  transfer_returned: '移交退回',
  transfer_resolved: '移交化解',
  reopen: '复发重启',
};
export const EVENT_LABELS: Record<string, string> = {
  registered: '登记',
  transition: '流转',
  grade_changed: '调整处置级别',
  assigned: '指派',
  progress: '每周进展',
  transfer_received: '移交签收',
  repeat_linked: '关联重复报警',
  notice_issued: '发出风险告知',
};
export const RESOLUTION_LABELS: Record<string, string> = {
  agreement: '达成调解协议',
  judicial_confirmation: '司法确认',
  transfer_outcome: '移交单位化解',
  other: '其他',
};
export const TRANSFER_TARGET_LABELS: Record<string, string> = {
  peoples_mediation: '人民调解',
  judicial_office: '司法所',
  governance_centre: '综治中心',
};
export const WARNING_KIND_LABELS: Record<string, string> = {
  repeat: '重复报警',
  rising_risk: '风险升高',
  overdue_progress: '进展逾期',
  overdue_transfer: '移交逾期',
};
export const WARNING_STATUS_LABELS: Record<string, string> = { open: '待签收', acknowledged: '已签收', closed: '已关闭' };
export const BAND_COLORS: Record<string, string> = { low: '#91caff', medium: '#ffd666', high: '#ff7875' };
export const BAND_LABELS: Record<string, string> = { low: '低', medium: '中', high: '高' };
export const REPEAT_REASON_LABELS: Record<string, string> = { same_party: '同当事人', same_address: '同地址' };
