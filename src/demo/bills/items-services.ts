// Service items of the demo catalogue: registration, consultation, bed, nursing, examinations (CT/MRI are
// large equipment), laboratory, treatment (中医 services tagged) and the pharmacy service fee.
import { item, type DemoItem } from './item';
import { SURGERY_AND_MATERIAL_ITEMS } from './items-surgery';

const tcm = { tag: 'tcm-service' as const };
const large = { tag: 'large-equipment' as const };

export const SERVICE_ITEMS: readonly DemoItem[] = [
  ...SURGERY_AND_MATERIAL_ITEMS,
  item('registration', '110100001', '普通挂号费', '次', 'A', [100, 100, 100], 'outpatient'),
  item('consultation', '110200001', '普通门诊诊察费', '次', 'A', [200, 400, 600], 'outpatient', 4),
  item('consultation', '110200003', '主任医师诊察费', '次', 'A', [0, 1000, 1500], 'outpatient', 1),
  item('general-diagnosis', '111000001', '一般诊疗费', '次', 'A', [1000, 1000, 1000], 'outpatient'),
  item('consultation', '110300001', '住院诊察费', '日', 'A', [300, 500, 700], 'inpatient'),
  item('bed', '110900001', '普通病房床位费（三人间）', '日', 'A', [1500, 2000, 2800], 'inpatient'),
  item('nursing', '120100003', 'Ⅱ级护理', '日', 'A', [500, 700, 900], 'inpatient'),
  item('other', 'YS0001', '门诊药事服务费', '次', 'A', [300, 500, 800], 'outpatient', 1, {
    tag: 'pharmacy-service-fee',
  }),
  item('other', 'YS0002', '住院药事服务费', '日', 'A', [300, 500, 800], 'inpatient', 1, {
    tag: 'pharmacy-service-fee',
  }),
  item('other', '999000001', '病历本工本费', '本', 'C', [100, 100, 100], 'outpatient', 1),

  item(
    'examination',
    '210102015',
    '数字化摄影（DR）胸部正位',
    '次',
    'A',
    [5000, 6000, 7000],
    'both',
    3,
  ),
  item(
    'examination',
    '210300001',
    'X线计算机体层（CT）平扫（头颅）',
    '次',
    'B',
    [0, 15000, 18000],
    'both',
    2,
    {
      ...large,
      types: ['general', 'tcm', 'welfare-elderly'],
    },
  ),
  item(
    'examination',
    '210300002',
    'X线计算机体层（CT）平扫（胸部）',
    '次',
    'B',
    [0, 15000, 18000],
    'both',
    2,
    {
      ...large,
      types: ['general', 'tcm'],
    },
  ),
  item('examination', '210400001', '磁共振（MRI）平扫', '次', 'B', [0, 38000, 45000], 'both', 1, {
    ...large,
    types: ['general', 'tcm'],
  }),
  item('examination', '220201001', 'B超常规检查', '次', 'A', [3000, 4000, 5000], 'both', 4),
  item('examination', '220600004', '彩色多普勒超声检查', '次', 'A', [0, 11000, 13000], 'both', 2, {
    types: ['general', 'tcm', 'maternal-child'],
  }),
  item('examination', '310701001', '常规心电图检查', '次', 'A', [1500, 2000, 2500], 'both', 4),
  item('examination', '310902002', '电子胃镜检查', '次', 'A', [0, 15000, 18000], 'both', 1, {
    types: ['general', 'tcm'],
  }),
  item('examination', '311201030', '胎心监护', '次', 'A', [0, 2500, 3000], 'both', 4, {
    types: ['maternal-child', 'general'],
  }),
  item('examination', '310800013', '皮肤镜检查', '次', 'B', [3000, 3500, 4000], 'both', 3, {
    types: ['dermatology'],
  }),

  item('laboratory', '250101015', '血细胞分析（五分类）', '次', 'A', [1800, 2000, 2200], 'both', 6),
  item('laboratory', '250102001', '尿液分析', '次', 'A', [600, 700, 800], 'both', 4),
  item('laboratory', '250305001', '肝功能组合', '组', 'A', [4500, 5000, 5500], 'both', 3),
  item('laboratory', '250307001', '肾功能组合', '组', 'A', [3000, 3500, 4000], 'both', 3),
  item('laboratory', '250302001', '血脂组合', '组', 'A', [3000, 3500, 4000], 'both', 2),
  item('laboratory', '250301001', '葡萄糖测定', '次', 'A', [400, 500, 600], 'both', 3),
  item('laboratory', '250307005', '电解质组合', '组', 'A', [2500, 3000, 3500], 'both', 2),
  item('laboratory', '250203001', '凝血功能组合', '组', 'A', [4000, 4500, 5000], 'inpatient', 2),
  item('laboratory', '250403001', 'C反应蛋白测定', '次', 'A', [1500, 1800, 2000], 'both', 3),
  item('laboratory', '250401001', '乙肝五项定量', '组', 'B', [4000, 5000, 6000], 'inpatient', 1),
  item('laboratory', '250501001', '细菌培养及鉴定', '次', 'A', [6000, 7000, 8000], 'inpatient', 1),
  item('laboratory', '250310008', '糖化血红蛋白测定', '次', 'B', [4000, 4500, 5000], 'both', 1),
  item('laboratory', '250104001', 'ABO血型鉴定', '次', 'A', [1000, 1200, 1500], 'inpatient', 1),
  item('laboratory', '250102035', '阴道分泌物检查', '次', 'A', [800, 1000, 1200], 'both', 4, {
    types: ['maternal-child'],
  }),
  item('laboratory', '250311001', '真菌涂片检查', '次', 'A', [1000, 1200, 1500], 'both', 4, {
    types: ['dermatology'],
  }),
  item(
    'laboratory',
    '250402035',
    '过敏原特异性IgE检测',
    '项',
    'C',
    [8000, 9000, 10000],
    'both',
    2,
    {
      types: ['dermatology'],
    },
  ),

  item('treatment', '120400006', '静脉输液', '组', 'A', [400, 500, 600], 'both', 6),
  item('treatment', '120400001', '肌肉注射', '次', 'A', [200, 250, 300], 'both', 2),
  item('treatment', '121300001', '氧气吸入', '小时', 'A', [200, 250, 300], 'inpatient', 3),
  item('treatment', '120300001', '换药（中）', '次', 'A', [1000, 1200, 1500], 'both', 2),
  item('treatment', '121400001', '雾化吸入', '次', 'A', [800, 1000, 1200], 'both', 2),
  item('treatment', '120900001', '导尿', '次', 'A', [1000, 1200, 1500], 'inpatient', 1),
  item('treatment', '340200001', '运动疗法', '次', 'A', [3000, 3500, 4000], 'both', 2, {
    types: ['tcm', 'welfare-elderly', 'welfare-children', 'general'],
  }),
  item('treatment', '340200025', '儿童康复综合训练', '次', 'B', [6000, 7000, 8000], 'both', 6, {
    types: ['welfare-children'],
  }),
  item('treatment', '430000001', '普通针刺', '次', 'A', [1000, 1200, 1500], 'both', 4, {
    ...tcm,
    types: ['tcm', 'welfare-elderly'],
  }),
  item('treatment', '440000002', '艾灸', '次', 'A', [800, 1000, 1200], 'both', 2, {
    ...tcm,
    types: ['tcm'],
  }),
  item('treatment', '450000003', '颈椎病推拿治疗', '次', 'A', [2000, 2500, 3000], 'both', 3, {
    ...tcm,
    types: ['tcm', 'general'],
  }),
  item('treatment', '480000002', '拔罐', '次', 'A', [500, 600, 800], 'both', 2, {
    ...tcm,
    types: ['tcm'],
  }),
  item('treatment', '460000001', '中药熏洗治疗', '次', 'B', [2500, 3000, 3500], 'both', 2, {
    ...tcm,
    types: ['tcm', 'dermatology'],
  }),
  item('treatment', '310800011', '紫外线光疗', '次', 'B', [2000, 2500, 3000], 'both', 6, {
    types: ['dermatology'],
  }),
  item('treatment', '310800020', '液氮冷冻治疗', '次', 'B', [2000, 2500, 3000], 'both', 3, {
    types: ['dermatology'],
  }),
  item('treatment', '311202002', '新生儿蓝光治疗', '小时', 'A', [0, 400, 500], 'inpatient', 4, {
    types: ['maternal-child'],
  }),
  item('treatment', '311202001', '新生儿暖箱', '日', 'A', [0, 3000, 4000], 'inpatient', 2, {
    types: ['maternal-child'],
  }),
  item('treatment', '120400010', '静脉化疗', '次', 'A', [0, 3000, 4000], 'inpatient', 2, {
    procedures: ['99.25'],
  }),
];
