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
export const DISPUTE_CATEGORY_LABELS: Record<string, string> = {
  family: '家庭纠纷',
  neighbour: '邻里纠纷',
  property_management: '物业纠纷',
  labour: '劳资纠纷',
  debt: '债务纠纷',
  housing: '房屋租赁纠纷',
  land: '土地纠纷',
  consumer: '消费纠纷',
  traffic: '交通事故纠纷',
  other: '其他纠纷',
};
export const INDICATOR_KIND_LABELS: Record<string, string> = { outcome: '结果性', process: '过程性' };
export const INDICATOR_SOURCE_LABELS: Record<string, string> = { computed: '系统计算', survey: '群众调查', manual: '人工录入' };
/** Personal-data fields, as the audit trail names them. */
export const PERSONAL_FIELD_LABELS: Record<string, string> = { idNumber: '身份号码', phone: '联系电话' };

/** A label map as Select options. */
export const labelOptions = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
