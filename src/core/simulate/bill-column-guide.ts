// What each bill column accepts, in words for the people who fill in a bill file: the format help on the
// dataset page and the 填写说明 sheet of the templates both show this table next to the columns.
import type { BillColumnName } from './bill-columns';

export const BILL_COLUMN_ACCEPTED: Record<BillColumnName, string> = {
  encounter_id: '非空，每次就诊唯一',
  person_id: '非空',
  hospital_code: '非空',
  hospital_name: '',
  hospital_level: '1 2 3，或 一级 二级 三级',
  hospital_sponsor:
    'government 政府办、public-institution 事业单位办、state-enterprise 国企办、private 社会办',
  scheme:
    'employee 城镇职工、resident-tier1 城乡居民一档、resident-tier2 城乡居民二档、self-pay 自费',
  encounter_type: 'outpatient 门诊/门急诊/急诊，inpatient 住院',
  start_date: 'YYYY-MM-DD，也可 YYYY/M/D、YYYYMMDD',
  end_date: '同上，不早于开始日期',
  principal_dx: '如 J18.900',
  diagnoses: '如 J18.900|I10.x00x002',
  procedures: '如 51.2300',
  sex: '1 男、2 女，或 男、女',
  age_years: '整数',
  age_days: '整数',
  birth_weight_g: '整数，非新生儿留空',
  los_days: '整数',
  discharge_type: '1 医嘱离院、2 医嘱转院、3 转社区、4 非医嘱离院、5 死亡、9 其他',
  dept: '',
  line_no: '同一就诊内唯一',
  item_code: '提供项目目录时须在目录中',
  item_name: '',
  category:
    'bed 床位费、consultation 诊察费、examination 检查费、laboratory 化验费、treatment 治疗费、surgery 手术费、nursing 护理费、health-materials 卫生材料费、western-drug 西药费、tcm-decoction-pieces 中药饮片费、tcm-patent-drug 中成药费、general-diagnosis 一般诊疗费、registration 挂号费、other 其他费',
  tag: 'large-equipment 大型设备检查、pharmacy-service-fee 药事服务费、tcm-service 中医；多数行留空',
  insurance_class: 'A B C，甲 乙 丙，甲类 乙类 丙类',
  quantity: '> 0，至多三位小数',
  unit_price_fen: '≥ 0 的整数（分）；或用“单价”列（元，至多两位小数）',
  amount_fen: '须等于 数量 × 单价（四舍五入到分）；或用“金额”列（元）',
  service_date: '同就诊日期；留空取就诊开始日期',
};

/** The yuan columns that may stand in for the fen ones, in the same words. */
export const YUAN_COLUMN_ACCEPTED = {
  unit_price: '≥ 0，以元计，至多两位小数（代替“单价（分）”）',
  amount: '须等于 数量 × 单价，以元计（代替“金额（分）”）',
} as const;
