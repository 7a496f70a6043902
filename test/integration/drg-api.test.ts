// The DRG area through the HTTP API, on both databases: schemes, catalogue search, one case with its trace,
// a file grouped into an .xlsx that matches the CLI, scheme browsing in Chinese, bad files, rights.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRG_DATA_DIR } from '../../src/store/drg-schemes';
import { multipartFile } from '../helpers/api';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();
const sampleName = 'input_DRG_Python.txt';
const sample = readFileSync(`${DRG_DATA_DIR}samples/${sampleName}`, 'utf8');
const cliEntry = new URL('../cli/drg-cli-entry.ts', import.meta.url).pathname;

/** The CLI's `--csv` rows for the sample file: Index,status,mdc,adrg,drg (its messages column left out). */
async function cliRows(): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', cliEntry, 'drg', 'group', `${DRG_DATA_DIR}samples/${sampleName}`, '--csv'],
    { encoding: 'utf8' },
  );
  return stdout
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(0, 5).join(','));
}

async function readWorkbook(payload: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(payload).buffer);
  return workbook;
}

/** The result sheet's rows as `Index,状态,MDC,ADRG,DRG`, like the CLI's CSV. */
function resultRows(workbook: ExcelJS.Workbook): string[] {
  const sheet = workbook.getWorksheet('分组结果');
  if (!sheet) throw new Error('no result sheet');
  const rows: string[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push([1, 2, 3, 4, 5].map((column) => row.getCell(column).text).join(','));
  });
  return rows;
}

async function sampleAsXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('病案');
  for (const line of sample.trimEnd().split('\n')) sheet.addRow(line.split(','));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(databases)('DRG API on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  let hospital: string;
  let publicUser: string;
  let expectedRows: string[];

  const upload = (cookie: string, fileName: string, content: Uint8Array, scheme?: string) => {
    const form = multipartFile(fileName, content);
    const payload = scheme
      ? Buffer.concat([
          Buffer.from(
            `--${form.headers['content-type']?.split('boundary=')[1]}\r\nContent-Disposition: form-data; name="scheme"\r\n\r\n${scheme}\r\n`,
          ),
          form.payload,
        ])
      : form.payload;
    return app.inject({
      method: 'POST',
      url: '/api/drg/group-file',
      headers: { cookie, ...form.headers },
      payload,
    });
  };

  beforeAll(async () => {
    api = await startApiApp(database);
    ({ app, office } = api);
    const account = { password: 'password-1', unitCode: null };
    hospital = await loginNewAccount(api, { ...account, username: 'hospital1', role: 'hospital' });
    publicUser = await loginNewAccount(api, { ...account, username: 'citizen', role: 'public' });
    expectedRows = await cliRows();
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('lists the shipped schemes with their sizes', async () => {
    const response = await app.inject({ url: '/api/drg/schemes', headers: { cookie: hospital } });
    expect(response.statusCode).toBe(200);
    const chs = response.json().schemes.find((s: { code: string }) => s.code === 'chs-drg-1.1');
    expect(chs).toMatchObject({ name: 'CHS-DRG 1.1（国家版）', mdcCount: 26, adrgCount: 376 });
    expect(chs.drgCount).toBe(628);
  });

  it('groups one case and explains it in Chinese', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/drg/group',
      headers: { cookie: hospital },
      payload: {
        scheme: 'chs-drg-1.1',
        case: {
          gender: 2,
          age: 88,
          ageDay: 32460,
          weight: null,
          dept: '13040503',
          inHospitalTime: 94,
          leavingType: 1,
          diagnoses: ['K22.301', 'K11.901', 'E11.900', 'I10.x05'],
          procedures: ['96.0800x005'],
        },
      },
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ status: '分组成功', mdc: 'MDCG', adrg: 'GZ1', drg: 'GZ13' });
    expect(result.drgName).toBe('其他消化系统诊断，伴并发症或合并症');
    expect(result.adrgName).toBe('其他消化系统诊断');
    expect(result.mdcName).toBe('消化系统疾病及功能障碍');
    const texts: string[] = result.trace.map((step: { text: string }) => step.text);
    expect(texts[0]).toContain('符合 MDCG 入组条件');
    expect(texts.join('\n')).toContain('K11.901（腮腺区肿物）属于 CC');
  });

  it('groups a case with a stray procedure code with a warning, and refuses it when strict', async () => {
    const dirty = {
      gender: 2,
      age: 88,
      ageDay: 32460,
      weight: null,
      dept: '13040503',
      inHospitalTime: 94,
      leavingType: 1,
      diagnoses: ['K22.301', 'K11.901', 'E11.900', 'I10.x05'],
      procedures: ['96.0800x005', '1'],
    };
    const group = (strict?: boolean) =>
      app.inject({
        method: 'POST',
        url: '/api/drg/group',
        headers: { cookie: hospital },
        payload: {
          scheme: 'chs-drg-1.1',
          case: dirty,
          ...(strict === undefined ? {} : { strict }),
        },
      });
    const lenient = (await group()).json();
    expect(lenient).toMatchObject({ status: '分组成功', drg: 'GZ13', messages: [] });
    expect(lenient.warnings).toEqual([
      '手术操作编码 1 不在手术操作目录（ICD-9-CM-3 医保版 2.0）中，不参与分组',
    ]);
    const strict = (await group(true)).json();
    expect(strict).toMatchObject({ status: '信息校验不通过', drg: '', warnings: [] });
    expect(strict.messages).toEqual(lenient.warnings);
  });

  it('says plainly what is wrong with a form that is not filled in properly', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/drg/group',
      headers: { cookie: office },
      payload: { scheme: 'nowhere', case: { diagnoses: ['K29.700'], age: -3 } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('分组方案应为');
  });

  it('searches the catalogues by code prefix and by Chinese name', async () => {
    const byCode = await app.inject({
      url: '/api/drg/catalogue/diagnoses?q=K29.7&limit=5',
      headers: { cookie: office },
    });
    expect(byCode.json().items[0]).toEqual({ code: 'K29.700', name: '胃炎' });
    const byName = await app.inject({
      url: `/api/drg/catalogue/procedures?q=${encodeURIComponent('阑尾切除')}`,
      headers: { cookie: office },
    });
    const codes = byName.json().items.map((item: { code: string }) => item.code);
    expect(codes).toContain('47.0901');
    expect(codes.length).toBeLessThanOrEqual(20);
  });

  it('groups an uploaded CSV into an .xlsx that matches the CLI, in input order', async () => {
    const response = await upload(office, sampleName, new TextEncoder().encode(sample));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(
      'input_DRG_Python-DRG分组结果.xlsx',
    );
    const workbook = await readWorkbook(response.rawPayload);
    expect(resultRows(workbook)).toEqual(expectedRows);
    const header = workbook.getWorksheet('分组结果')?.getRow(1).values;
    expect(header).toEqual([
      undefined,
      'Index',
      '状态',
      'MDC',
      'ADRG',
      'DRG',
      'DRG名称',
      '原因/说明',
    ]);
    const totals = workbook.getWorksheet('汇总');
    const texts: string[] = [];
    totals?.eachRow((row) => texts.push(row.values?.toString() ?? ''));
    expect(texts.join('\n')).toContain('分组成功,,30');
    expect(texts.join('\n')).toContain('MDCR,骨髓增生疾病和功能障碍，低分化肿瘤,11');
    expect(response.headers['x-drg-summary']).toBeUndefined();
  });

  it('answers the counts and the workbook in one JSON body when asked (no header to outgrow a proxy)', async () => {
    const form = multipartFile(sampleName, new TextEncoder().encode(sample));
    const response = await app.inject({
      method: 'POST',
      url: '/api/drg/group-file',
      headers: { cookie: office, accept: 'application/json', ...form.headers },
      payload: form.payload,
    });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.headers).filter((name) => name.startsWith('x-drg'))).toEqual([]);
    const answer = response.json<{
      fileName: string;
      summary: { total: number; byMdc: unknown[]; qualityWarnings: number };
      workbook: string;
    }>();
    expect(answer.fileName).toBe('input_DRG_Python-DRG分组结果.xlsx');
    expect(answer.summary).toMatchObject({ total: 30, qualityWarnings: 0 });
    const workbook = await readWorkbook(Buffer.from(answer.workbook, 'base64'));
    expect(resultRows(workbook)).toEqual(expectedRows);
  });

  it('reads the same cases from an .xlsx with the same headers', async () => {
    const response = await upload(hospital, 'cases.xlsx', await sampleAsXlsx(), 'chs-drg-1.1');
    expect(response.statusCode).toBe(200);
    expect(resultRows(await readWorkbook(response.rawPayload))).toEqual(expectedRows);
  });

  it('reads a CSV saved by Excel in GBK, with 男/女 written out', async () => {
    const csv =
      'Index,gender,age,ageDay,weight,dept,inHospitalTime,leavingType,ICD10_DRGS,ICD9_DRGS\n' +
      '甲-1,女,88,32460,,消化内科,94,1,K22.301|K11.901|E11.900|I10.x05,96.0800x005\n' +
      '甲-2,男,40,,,消化内科,3,1,X99.999,\n';
    const response = await upload(office, '病案-GBK.csv', iconv.encode(csv, 'gbk'));
    expect(response.statusCode).toBe(200);
    const workbook = await readWorkbook(response.rawPayload);
    // An unknown principal diagnosis is grouped as the reference groups it (no MDC admits it), with a warning.
    expect(resultRows(workbook)).toEqual(['甲-1,分组成功,MDCG,GZ1,GZ13', '甲-2,无法入组,,,0000']);
    expect(workbook.getWorksheet('分组结果')?.getRow(3).getCell(7).text).toContain(
      '数据质量提示：主诊断编码 X99.999 不在诊断目录（ICD-10 医保版 2.0）中',
    );
  });

  it.runIf(database.name === 'pglite')('groups a large file on worker threads', async () => {
    const [header, ...lines] = sample.trimEnd().split('\n');
    const copies = 180; // 5,400 cases: past the threshold for worker threads
    const big = [header, ...Array.from({ length: copies }, () => lines).flat()].join('\n');
    const response = await upload(office, 'big.csv', new TextEncoder().encode(big));
    expect(response.statusCode).toBe(200);
    const rows = resultRows(await readWorkbook(response.rawPayload));
    expect(rows).toHaveLength(lines.length * copies);
    expect(rows.slice(-lines.length)).toEqual(expectedRows);
  });

  it('refuses a bad file naming the file and the line', async () => {
    const bad =
      'Index,gender,age,ageDay,weight,dept,inHospitalTime,leavingType,ICD10_DRGS,ICD9_DRGS\n' +
      '1,1,40,,,,3,1,K29.700,\n2,1,四十,,,,3,1,K29.700,\n';
    const response = await upload(office, '病案.csv', new TextEncoder().encode(bad));
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      message: '年龄（age）“四十”不是数字',
      where: '病案.csv',
      line: 3,
    });
    const noColumns = await upload(office, 'x.csv', new TextEncoder().encode('a,b\n1,2\n'));
    expect(noColumns.statusCode).toBe(400);
    expect(noColumns.json().error).toMatchObject({ where: 'x.csv', line: 1 });
    expect(noColumns.json().error.message).toContain('缺少列');
  });

  it('shows a scheme as a tree and an ADRG’s rules in Chinese, with its lists', async () => {
    const tree = await app.inject({
      url: '/api/drg/schemes/chs-drg-1.1/tree',
      headers: { cookie: office },
    });
    const mdcg = tree.json().mdcs.find((mdc: { code: string }) => mdc.code === 'MDCG');
    expect(mdcg.name).toBe('消化系统疾病及功能障碍');
    expect(mdcg.adrgs.find((a: { code: string }) => a.code === 'GZ1').name).toBe(
      '其他消化系统诊断',
    );
    const adrg = await app.inject({
      url: '/api/drg/schemes/chs-drg-1.1/adrg/GZ1',
      headers: { cookie: office },
    });
    const detail = adrg.json();
    expect(detail.condition.text).toMatch(/^主诊断属于 L\d+ 表（\d+ 个编码）$/);
    expect(detail.splits[0].condition.text).toBe(
      '有次要诊断（诊断多于 1 个） 且 （有严重并发症或合并症（MCC） 或 有并发症或合并症（CC））',
    );
    const list = detail.condition.lists[0];
    const page = await app.inject({
      url: `/api/drg/schemes/chs-drg-1.1/lists/${list.name}?q=K22.301&limit=5`,
      headers: { cookie: office },
    });
    expect(page.json().total).toBe(list.count);
    expect(page.json().entries[0]).toMatchObject({ code: 'K22.301', name: '食管破裂' });
    const missing = await app.inject({
      url: '/api/drg/schemes/chs-drg-1.1/adrg/QQ9',
      headers: { cookie: office },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses the public and anyone not logged in', async () => {
    for (const url of ['/api/drg/schemes', '/api/drg/catalogue/diagnoses?q=K29']) {
      const response = await app.inject({ url, headers: { cookie: publicUser } });
      expect(response.statusCode).toBe(403);
    }
    const file = await upload(publicUser, sampleName, new TextEncoder().encode(sample));
    expect(file.statusCode).toBe(403);
    const anonymous = await app.inject({ url: '/api/drg/schemes' });
    expect(anonymous.statusCode).toBe(401);
  });
});
