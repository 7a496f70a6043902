// `yigai drg group`: the sample file with --csv prints Index,status,mdc,adrg,drg,messages in input order,
// matching the reference grouper; a dirty record groups with its warning (refused with --strict); a file the
// user can fix gives one Chinese line naming it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../src/cli/commands/drg-case-file';
import { CSV_HEADER } from '../../src/core/drg/result-csv';
import { groupCase } from '../../src/core/drg/group';
import { csvRow } from '../../src/core/drg/result-csv';
import { DRG_DATA_DIR, loadDrgScheme } from '../../src/store/drg-schemes';
import { referenceResults, sampleCases } from '../core/drg/helpers';

const run = promisify(execFile);
// main.ts registers every area's commands; this entry registers only drg (see drg-cli-entry.ts).
const entry = new URL('./drg-cli-entry.ts', import.meta.url).pathname;
const yigai = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', entry, ...args], { encoding: 'utf8' });
const sampleFile = `${DRG_DATA_DIR}samples/input_DRG_Python.txt`;

describe('yigai drg group', () => {
  it('prints CSV matching the reference output, in input order', async () => {
    const { stdout } = await yigai('drg', 'group', sampleFile, '--scheme', 'chs-drg-1.1', '--csv');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Index,status,mdc,adrg,drg,messages');
    const reference = referenceResults();
    const expected = sampleCases().map(({ drgCase }) => {
      const want = reference.get(drgCase.id) as Record<string, string>;
      return [drgCase.id, want.status, want.mdc, want.adrg, want.drg, ''].join(',');
    });
    expect(lines.slice(1)).toEqual(expected);
  });

  it('prints the same CSV on the parallel path', async () => {
    const serial = await yigai('drg', 'group', sampleFile, '--csv');
    const parallel = await yigai('drg', 'group', sampleFile, '--csv', '--parallel');
    expect(parallel.stdout).toBe(serial.stdout);
  });

  // About 600 KB: several pieces of whole records, some records spanning two lines.
  const bigFile = () => {
    const [header, ...rows] = readFileSync(sampleFile, 'utf8').trimEnd().split('\n');
    const lines = [header];
    for (let i = 0; i < 4500; i++) {
      const row = rows[i % rows.length] as string;
      const rest = row.slice(row.indexOf(','));
      lines.push(i % 7 === 3 ? `"病案\n${i}"${rest}` : `${i}${rest}`);
    }
    return `${lines.join('\n')}\n`;
  };

  it('prints, for a file of many pieces, the line groupCase gives for every case, on one core and on workers', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'yigai-drg-'));
    const file = path.join(folder, 'cases.csv');
    writeFileSync(file, bigFile());
    const scheme = loadDrgScheme('harbin-2022');
    const expected = [CSV_HEADER];
    for await (const drgCase of readCaseFile(file))
      expected.push(csvRow(groupCase(scheme, drgCase, { trace: false })));
    const text = `${expected.join('\n')}\n`;
    for (const mode of ['--no-parallel', '--parallel']) {
      const { stdout } = await yigai(
        'drg',
        'group',
        file,
        '--csv',
        '--scheme',
        'harbin-2022',
        mode,
      );
      expect(stdout).toBe(text);
    }
  });

  it('names the line of a bad value far into a file, on one core and on workers', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'yigai-drg-'));
    const file = path.join(folder, 'cases.csv');
    const good = bigFile();
    const cut = good.lastIndexOf('\n4401,');
    const text = `${good.slice(0, cut)}\n4401,1,四十,,,,3,1,K29.700,${good.slice(good.indexOf('\n', cut + 1))}`;
    writeFileSync(file, text);
    const line = good.slice(0, cut).split('\n').length + 1;
    for (const mode of ['--no-parallel', '--parallel']) {
      await expect(yigai('drg', 'group', file, '--csv', mode)).rejects.toMatchObject({
        stderr: `错误：cases.csv 第 ${line} 行：年龄（age）“四十”不是数字\n`,
      });
    }
  });

  it('prints a readable Chinese table with a summary by default', async () => {
    const { stdout } = await yigai('drg', 'group', sampleFile, '--scheme', 'chongqing-2022');
    expect(stdout).toContain('病案号');
    expect(stdout).toMatch(/共 30 例（重庆 2022）：分组成功 \d+/);
  });

  it('groups a dirty record with its warning, and refuses it with --strict', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'yigai-drg-')), 'dirty.csv');
    writeFileSync(
      file,
      'Index,gender,age,ageDay,weight,dept,inHospitalTime,leavingType,ICD10_DRGS,ICD9_DRGS\n' +
        '"甲,1",1,59,,,消化内科,8,1,K22.301|J96.900x001,42.0902|1\n' +
        '甲2,1,59,,,消化内科,8,1,K22.301|J96.900x001,42.0902\n',
    );
    const { stdout } = await yigai('drg', 'group', file, '--csv');
    const warning =
      '数据质量提示：手术操作编码 1 不在手术操作目录（ICD-9-CM-3 医保版 2.0）中，不参与分组';
    expect(stdout.trimEnd().split('\n').slice(1)).toEqual([
      `"甲,1",分组成功,MDCG,GC1,GC13,${warning}`,
      '甲2,分组成功,MDCG,GC1,GC13,',
    ]);
    const strict = await yigai('drg', 'group', file, '--csv', '--strict');
    expect(strict.stdout.trimEnd().split('\n')[1]).toBe(
      '"甲,1",信息校验不通过,,,,手术操作编码 1 不在手术操作目录（ICD-9-CM-3 医保版 2.0）中，不参与分组',
    );
    const table = await yigai('drg', 'group', file);
    expect(table.stdout).toContain('其中 1 例有数据质量提示');
  });

  it('names the file and line of a value the user must fix', async () => {
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'yigai-drg-')), 'cases.csv');
    writeFileSync(
      bad,
      'Index,gender,age,ageDay,weight,dept,inHospitalTime,leavingType,ICD10_DRGS,ICD9_DRGS\n1,1,40,,,,3,1,K29.700,\n2,1,四十,,,,3,1,K29.700,\n',
    );
    await expect(yigai('drg', 'group', bad, '--csv')).rejects.toMatchObject({
      stderr: '错误：cases.csv 第 3 行：年龄（age）“四十”不是数字\n',
    });
  });
});
