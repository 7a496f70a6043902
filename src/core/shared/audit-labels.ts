// Chinese names of audit actions and of the objects they touch, for the audit viewer and its .xlsx export; an
// action without a name here is shown as its code.

export const auditActionLabels: Record<string, string> = {
  'user.login': '登录',
  'user.login-failed': '登录失败',
  'user.create': '新建账号',
  'user.update': '修改账号',
  'user.reset-password': '重置密码',
  'user.change-password': '修改密码',
  'unit.create': '新建单位',
  'unit.update': '修改单位',
  'unit.import': '导入单位',
  'plan.import': '导入方案',
  'plan.correct': '修订方案',
  'plan.correction-undo': '撤销修订',
  'plan.reparse': '重新解析方案',
  'plan.publish': '发布方案',
  'plan.revise': '新建方案修订',
  'plan.submit': '方案送审',
  'plan.reopen': '方案退回修改',
  'plan.withdraw': '撤回方案',
  'plan.delete': '删除方案',
  'bills.add': '添加账单数据',
  'bills.delete': '删除账单数据',
  'bills.interrupt': '账单处理中断',
  'casemix.start': '发起病例组合分析',
  'casemix.finish': '病例组合分析完成',
  'casemix.fail': '病例组合分析失败',
  'casemix.delete': '删除病例组合分析',
  'casemix.interrupt': '病例组合分析中断',
  'drg-payment.run': 'DRG 付费测算',
  'drg-payment.interrupt': 'DRG 付费测算中断',
  'drg-weights.add': '添加 DRG 权重表',
  'drg-weights.delete': '删除 DRG 权重表',
  'scenario.create': '新建测算方案',
  'scenario.update': '修改测算方案',
  'scenario.delete': '删除测算方案',
  'simulation.run': '发起测算',
  'simulation.finish': '测算完成',
  'simulation.fail': '测算失败',
  'simulation.interrupt': '测算中断',
};

export const auditEntityLabels: Record<string, string> = {
  user: '账号',
  unit: '单位',
  plan: '方案',
  'bill-dataset': '账单数据',
  scenario: '测算方案',
  'simulation-run': '测算',
  'casemix-run': '病例组合分析',
  'drg-payment-run': 'DRG 付费测算',
  'drg-weight-table': 'DRG 权重表',
};

export const auditActionLabel = (action: string): string => auditActionLabels[action] ?? action;
export const auditEntityLabel = (entity: string): string => auditEntityLabels[entity] ?? entity;
