// The grouped inpatient stays of a bill file as a case source for payment runs and weight derivation:
// groupBillInpatients with its progress turned into a share and a message in Chinese.
import { groupBillInpatients } from './drg-bills';
import type { GroupedCaseSource } from './drg-payment-run';

export function billCaseSource(file: string, scheme: string): GroupedCaseSource {
  return async ({ onCases, onProgress }) => {
    onProgress(null, '正在检查账单并为住院病例分组…');
    const summary = await groupBillInpatients(file, {
      scheme,
      onCases: (cases) => onCases(cases),
      onProgress: (done, total) =>
        onProgress(
          total === null || total === 0 ? null : done / total,
          `已分组 ${done.toLocaleString('zh-CN')}${total === null ? '' : ` / ${total.toLocaleString('zh-CN')}`} 例住院病例`,
        ),
    });
    onProgress(1, `${summary.inpatientEncounters.toLocaleString('zh-CN')} 例住院病例已分组`);
  };
}
