/** Chinese labels of the enums the console shows across domains. */
export const SEX_LABELS = { male: '男', female: '女' } as const;
export const KIND_LABELS = { registered: '户籍人口', floating: '流动人口', foreign: '境外人员' } as const;
export const DISPUTE_STATUS_LABELS: Record<string, string> = {
  registered: '已登记',
  assessed: '已研判',
  in_mediation: '调解中',
  resolved: '已化解',
  transferred: '已移交',
  escalated: '已升级',
};
export const RISK_LABELS: Record<string, string> = { general: '一般', major: '较大', serious: '重大' };
