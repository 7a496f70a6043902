// The Chinese names of the 26 major diagnostic categories (MDC) of CHS-DRG, shared by the local versions.

export const MDC_NAMES: Readonly<Record<string, string>> = {
  MDCA: '先期分组疾病及相关操作',
  MDCB: '神经系统疾病及功能障碍',
  MDCC: '眼疾病及功能障碍',
  MDCD: '头颈、耳、鼻、口、咽疾病及功能障碍',
  MDCE: '呼吸系统疾病及功能障碍',
  MDCF: '循环系统疾病及功能障碍',
  MDCG: '消化系统疾病及功能障碍',
  MDCH: '肝、胆、胰疾病及功能障碍',
  MDCI: '肌肉、骨骼疾病及功能障碍',
  MDCJ: '皮肤、皮下组织及乳腺疾病及功能障碍',
  MDCK: '内分泌、营养、代谢疾病及功能障碍',
  MDCL: '肾脏及泌尿系统疾病及功能障碍',
  MDCM: '男性生殖系统疾病及功能障碍',
  MDCN: '女性生殖系统疾病及功能障碍',
  MDCO: '妊娠、分娩及产褥期',
  MDCP: '新生儿及其他围产期新生儿疾病',
  MDCQ: '血液、造血器官及免疫疾病和功能障碍',
  MDCR: '骨髓增生疾病和功能障碍，低分化肿瘤',
  MDCS: '感染及寄生虫病（全身性或不明部位的）',
  MDCT: '精神疾病及功能障碍',
  MDCU: '酒精/药物使用及其引起的器质性精神功能障碍',
  MDCV: '创伤、中毒及药物毒性反应',
  MDCW: '烧伤',
  MDCX: '影响健康因素及其他就医情况',
  MDCY: 'HIV 感染疾病及相关操作',
  MDCZ: '多发严重创伤',
};

export const mdcName = (code: string): string => MDC_NAMES[code] ?? '';
