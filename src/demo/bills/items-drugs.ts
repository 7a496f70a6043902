// Drugs of the demo catalogue: western drugs (codes from their ATC class), TCM patent drugs and TCM
// decoction pieces (priced per gram). Prices are retail with the 15% markup, the same at every level.
import { item, type DemoItem } from './item';

const all = (fen: number): [number, number, number] => [fen, fen, fen];
const western = (
  code: string,
  name: string,
  unit: string,
  insuranceClass: 'A' | 'B' | 'C',
  fen: number,
  use: DemoItem['use'],
  weight: number,
  more: Partial<Pick<DemoItem, 'types' | 'procedures' | 'stepThousandths'>> = {},
) => item('western-drug', code, name, unit, insuranceClass, all(fen), use, weight, more);
const patent = (
  code: string,
  name: string,
  unit: string,
  insuranceClass: 'A' | 'B' | 'C',
  fen: number,
  use: DemoItem['use'],
  weight: number,
  more: Partial<Pick<DemoItem, 'types'>> = {},
) => item('tcm-patent-drug', code, name, unit, insuranceClass, all(fen), use, weight, more);
const piece = (
  code: string,
  name: string,
  fenPerGram: number,
  insuranceClass: 'A' | 'B' | 'C' = 'A',
) => item('tcm-decoction-pieces', code, name, 'g', insuranceClass, all(fenPerGram), 'both', 1);

const elderly = ['general', 'tcm', 'welfare-elderly'] as const;
const maternal = ['maternal-child', 'general'] as const;
const skin = ['dermatology'] as const;

export const DRUG_ITEMS: readonly DemoItem[] = [
  western('XJ01DD04001', '注射用头孢曲松钠 1g', '支', 'A', 1380, 'both', 6),
  western('XJ01CA04001', '阿莫西林胶囊 0.25g×24粒', '盒', 'A', 1200, 'outpatient', 4),
  western('XJ01FA10001', '阿奇霉素片 0.25g×6片', '盒', 'A', 2500, 'outpatient', 3),
  western('XJ01DC02001', '头孢呋辛酯片 0.25g×12片', '盒', 'B', 3200, 'outpatient', 3),
  western('XJ01MA12001', '左氧氟沙星氯化钠注射液 0.5g', '瓶', 'B', 2800, 'both', 3),
  western('XJ01DH02001', '注射用美罗培南 0.5g', '支', 'B', 9800, 'inpatient', 1),
  western('XB05BB01001', '0.9%氯化钠注射液 250ml', '瓶', 'A', 350, 'both', 8),
  western('XB05BA03001', '5%葡萄糖注射液 250ml', '瓶', 'A', 380, 'both', 4),
  western('XB05BA01001', '复方氨基酸注射液 250ml', '瓶', 'B', 4200, 'inpatient', 2),
  western('XC08CA01001', '苯磺酸氨氯地平片 5mg×7片', '盒', 'A', 3200, 'both', 4, {
    types: elderly,
  }),
  western('XC09CA01001', '氯沙坦钾片 50mg×7片', '盒', 'B', 4500, 'both', 3, { types: elderly }),
  western('XA10BA02001', '盐酸二甲双胍片 0.5g×20片', '盒', 'A', 1500, 'both', 3, {
    types: elderly,
  }),
  western('XA10AE04001', '甘精胰岛素注射液 3ml', '支', 'B', 19000, 'both', 2, { types: elderly }),
  western('XC10AA05001', '阿托伐他汀钙片 20mg×7片', '盒', 'B', 5200, 'both', 3, { types: elderly }),
  western('XB01AC06001', '阿司匹林肠溶片 100mg×30片', '盒', 'A', 1500, 'both', 3, {
    types: elderly,
  }),
  western('XB01AC04001', '硫酸氢氯吡格雷片 75mg×7片', '盒', 'B', 12000, 'both', 2, {
    types: elderly,
  }),
  western('XA02BC01001', '奥美拉唑肠溶胶囊 20mg×14粒', '盒', 'A', 2200, 'both', 4),
  western('XA02BC02001', '注射用泮托拉唑钠 40mg', '支', 'B', 4500, 'inpatient', 3),
  western('XR05CB06001', '盐酸氨溴索注射液 15mg', '支', 'B', 1200, 'inpatient', 3),
  western('XR03AC02001', '硫酸沙丁胺醇吸入气雾剂', '支', 'A', 2800, 'outpatient', 2),
  western('XN02BE01001', '对乙酰氨基酚片 0.5g×12片', '盒', 'A', 600, 'outpatient', 3),
  western('XM01AE01001', '布洛芬缓释胶囊 0.3g×20粒', '盒', 'A', 1300, 'outpatient', 3),
  western('XC03CA01001', '呋塞米注射液 20mg', '支', 'A', 150, 'inpatient', 2, {
    stepThousandths: 500,
  }),
  western('XH02AB02001', '地塞米松磷酸钠注射液 5mg', '支', 'A', 100, 'both', 2, {
    stepThousandths: 500,
  }),
  western('XR06AE07001', '盐酸西替利嗪片 10mg×12片', '盒', 'B', 2200, 'outpatient', 3),
  western('XR06AX13001', '氯雷他定片 10mg×6片', '盒', 'A', 2600, 'outpatient', 3, { types: skin }),
  western('XD07AC01001', '丁酸氢化可的松乳膏 10g', '支', 'A', 1500, 'outpatient', 6, {
    types: skin,
  }),
  western('XD01AC01001', '联苯苄唑乳膏 15g', '支', 'B', 1200, 'outpatient', 4, { types: skin }),
  western('XD05AX02001', '卡泊三醇软膏 15g', '支', 'B', 6800, 'both', 4, { types: skin }),
  western('XJ05AB01001', '阿昔洛韦片 0.1g×24片', '盒', 'A', 900, 'both', 3, { types: skin }),
  western('XG03DA04001', '黄体酮注射液 20mg', '支', 'A', 300, 'both', 4, { types: maternal }),
  western('XH01BB02001', '缩宫素注射液 10U', '支', 'A', 250, 'inpatient', 4, { types: maternal }),
  western('XB03AA07001', '硫酸亚铁片 0.3g×60片', '瓶', 'A', 800, 'outpatient', 3, {
    types: maternal,
  }),
  western('XA11CC05001', '维生素D滴剂 400U×30粒', '盒', 'B', 2800, 'outpatient', 3, {
    types: ['maternal-child', 'welfare-children'],
  }),
  western('XN04BA02001', '多巴丝肼片 0.25g×40片', '瓶', 'A', 5500, 'both', 2, {
    types: ['welfare-elderly'],
  }),
  western('XN06DA02001', '盐酸多奈哌齐片 5mg×7片', '盒', 'B', 9800, 'both', 3, {
    types: ['welfare-elderly'],
  }),
  western('XN05AH04001', '富马酸喹硫平片 0.1g×30片', '盒', 'B', 6000, 'both', 2, {
    types: ['welfare-elderly'],
  }),
  western('XN03AG01001', '丙戊酸钠口服溶液 300ml', '瓶', 'A', 5200, 'both', 3, {
    types: ['welfare-children'],
  }),
  western('XL01BC05001', '注射用盐酸吉西他滨 1g', '支', 'B', 45000, 'inpatient', 10, {
    procedures: ['99.25'],
  }),

  patent('ZA01AA001', '连花清瘟胶囊 0.35g×24粒', '盒', 'A', 1500, 'outpatient', 4),
  patent('ZA01AB002', '板蓝根颗粒 10g×20袋', '袋', 'A', 1000, 'outpatient', 3),
  patent('ZA04AA003', '注射用血塞通（冻干） 200mg', '支', 'B', 3800, 'inpatient', 4),
  patent('ZA06AB004', '丹红注射液 10ml', '支', 'B', 6500, 'inpatient', 2),
  patent('ZA12BA005', '痰热清注射液 10ml', '支', 'B', 7500, 'inpatient', 2),
  patent('ZA06AC006', '复方丹参滴丸 27mg×180丸', '瓶', 'A', 2800, 'both', 3),
  patent('ZA06AD007', '银杏叶片 19.2mg×24片', '盒', 'B', 3200, 'both', 2),
  patent('ZA09BA008', '云南白药气雾剂', '瓶', 'A', 3500, 'outpatient', 2),
  patent('ZA09BB009', '骨通贴膏 7cm×10cm×6贴', '盒', 'B', 2500, 'both', 3, {
    types: ['tcm', 'general'],
  }),
  patent('ZA05BA010', '六味地黄丸 200丸', '瓶', 'A', 1800, 'outpatient', 2),
  patent('ZA10AA011', '益母草颗粒 15g×10袋', '盒', 'A', 1500, 'both', 3, { types: maternal }),
  patent('ZA01AC012', '金振口服液 10ml×6支', '盒', 'B', 3000, 'outpatient', 2, {
    types: ['maternal-child', 'general', 'welfare-children'],
  }),
  patent('ZA13AA013', '除湿止痒软膏 20g', '支', 'B', 2200, 'outpatient', 3, { types: skin }),

  piece('TY0001', '黄芪', 12),
  piece('TY0002', '当归', 30),
  piece('TY0003', '党参', 25),
  piece('TY0004', '白术', 20),
  piece('TY0005', '茯苓', 10),
  piece('TY0006', '甘草', 8),
  piece('TY0007', '川芎', 18),
  piece('TY0008', '丹参', 12),
  piece('TY0009', '熟地黄', 15),
  piece('TY0010', '白芍', 14),
  piece('TY0011', '杜仲', 30),
  piece('TY0012', '牛膝', 20),
  piece('TY0013', '三七粉', 180, 'C'),
  piece('TY0014', '红花', 60),
  piece('TY0015', '陈皮', 8),
];
