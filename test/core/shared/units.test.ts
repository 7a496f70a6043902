// Canonical bodies: abbreviations and renames of one body merge, different bodies never do.
import { describe, expect, it } from 'vitest';
import { canonicalBody } from '../../../src/core/shared/units';

describe('canonicalBody', () => {
  it.each([
    ['区卫健委', '区卫生健康委员会'],
    ['区卫生健康委', '区卫生健康委员会'],
    ['区卫生计生委', '区卫生健康委员会'],
    ['区卫计委', '区卫生健康委员会'],
    ['市卫生计生委', '市卫生健康委员会'],
    ['区发改委', '区发展和改革委员会'],
    ['区发展改革委', '区发展和改革委员会'],
    ['市发展改革委', '市发展和改革委员会'],
    ['区人力社保局', '区人力资源和社会保障局'],
    ['市人社局', '市人力资源和社会保障局'],
    ['市人力资源社会保障局', '市人力资源和社会保障局'],
    ['区医保局', '区医疗保障局'],
    ['区财政局', '区财政局'],
    ['市编办', '市委机构编制委员会办公室'],
    ['区委编办', '区委机构编制委员会办公室'],
    ['市委编办', '市委机构编制委员会办公室'],
    ['区市场监管局', '区市场监督管理局'],
    ['区食药监分局', '区食品药品监督管理局'],
    ['市食药监局', '市食品药品监督管理局'],
    ['市食品药品监管局', '市食品药品监督管理局'],
    ['区委宣传部', '区委宣传部'],
    ['区网信办', '区委网络安全和信息化委员会办公室'],
    ['区纪委', '区纪律检查委员会'],
    ['区政府办', '区人民政府办公室'],
    ['区医改办', '区深化医药卫生体制改革领导小组办公室'],
    ['各县（区）人民政府', '各县（区）人民政府'],
    ['各县(区)人民政府', '各县（区）人民政府'],
    ['区城乡建委 ', '区住房和城乡建设委员会'],
    ['区住建委', '区住房和城乡建设委员会'],
    ['区环保局', '区生态环境局'],
    ['省卫生计生委', '省卫生健康委员会'],
  ])('%s → %s', (written, canonical) => {
    expect(canonicalBody(written)).toBe(canonical);
  });

  it('never merges genuinely different bodies', () => {
    expect(canonicalBody('区医保局')).not.toBe(canonicalBody('区人力社保局'));
    expect(canonicalBody('区社保局')).not.toBe(canonicalBody('区人力社保局'));
    expect(canonicalBody('区市场监管局')).not.toBe(canonicalBody('区食药监分局'));
    expect(canonicalBody('区卫健委')).not.toBe(canonicalBody('市卫健委'));
    expect(canonicalBody('区公安分局')).not.toBe(canonicalBody('区公安局'));
  });

  it('returns null for names it does not know, for a person to map', () => {
    for (const name of [
      '区大健康公司',
      '区级有关部门',
      '区医改领导小组成员单位',
      '区银保监组',
      '巴南区人民医院',
      '',
      '委',
    ]) {
      expect(canonicalBody(name)).toBeNull();
    }
  });
});
