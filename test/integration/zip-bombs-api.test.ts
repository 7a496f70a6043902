// Zip bombs sent to every upload that reads a .docx or .xlsx in memory are refused fast with memory bounded,
// and a 1.4 MB .docx whose XML needs gigabytes to parse ends its reading worker, not the server.
// The time and memory of each refusal are printed; only the refusal and a generous memory bound are asserted.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../helpers/api';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import {
  deflated,
  docxParts,
  MB,
  writeZip,
  xlsxParts,
  zerosEntry,
  type RawEntry,
} from '../documents/zip-bombs';

const databases = await testDatabases();

/** Runs `work` while sampling memory every 10 ms; answers its value with the peak growth and the time. */
async function measured<T>(label: string, work: () => Promise<T>) {
  global.gc?.();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 10);
  const started = performance.now();
  try {
    const value = await work();
    const ms = Math.round(performance.now() - started);
    const rssGrowthMb = Math.round((peakRss - start.rss) / MB);
    const heapGrowthMb = Math.round((peakHeap - start.heapUsed) / MB);
    console.log(`${label}: ${ms} ms, peak RSS +${rssGrowthMb} MB, main heap +${heapGrowthMb} MB`);
    return { value, rssGrowthMb, heapGrowthMb };
  } finally {
    clearInterval(sampler);
  }
}

type Parts = (main: RawEntry) => RawEntry[];

/** Each bomb as a workbook (xlsxParts) or a Word document (docxParts) around its hostile main part. */
const bombs: Array<{
  name: string;
  build: (parts: Parts) => Uint8Array;
  status: number;
  message: RegExp;
}> = [
  {
    name: '4 × 1 GB parts',
    build: (parts) => {
      const gigabyte = zerosEntry('main', 1023);
      return writeZip([
        ...parts(gigabyte),
        ...[2, 3, 4].map((n) => ({ ...gigabyte, name: `media/part${n}.xml` })),
      ]);
    },
    status: 413,
    message: /^文件解压后超过 200 MB（上限），可能是损坏或恶意文件$/,
  },
  {
    name: 'a 150 MB part at 1000:1',
    build: (parts) => writeZip(parts(zerosEntry('main', 150))),
    status: 400,
    message: /压缩比约为 \d+ 倍，超过 100 倍（上限）/,
  },
  {
    name: '6000 entries',
    build: (parts) => {
      const part = deflated('p', '<a/>');
      const many: RawEntry[] = Array.from({ length: 6000 }, (_, i) => ({ ...part, name: `x${i}` }));
      return writeZip([...parts(part), ...many]);
    },
    status: 413,
    message: /超过 5000 个（上限）/,
  },
  {
    name: 'a part declaring 1 KB that inflates to 1 GB',
    build: (parts) => writeZip(parts({ ...zerosEntry('main', 1023), uncompressedSize: 1024 })),
    status: 400,
    message: /解压后与声明的大小不符/,
  },
];

describe.each(databases)('zip bombs through the API on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let hospital: string;

  const post = (url: string, cookie: string, fileName: string, content: Uint8Array) => {
    const form = multipartFile(fileName, content);
    return app.inject({
      method: 'POST',
      url,
      headers: { cookie, ...form.headers },
      payload: form.payload,
    });
  };

  beforeAll(async () => {
    api = await startApiApp(database);
    app = api.app;
    hospital = await loginNewAccount(api, {
      username: 'hospital1',
      password: 'hospital-pass',
      role: 'hospital',
      unitCode: null,
    });
  });
  afterAll(async () => {
    await api?.drop();
  });

  it.each(bombs)('refuses $name sent by a hospital to the DRG upload', async (bomb) => {
    const content = bomb.build(xlsxParts);
    const { value, rssGrowthMb } = await measured(
      `${database.name} DRG upload, ${bomb.name} (${(content.byteLength / MB).toFixed(1)} MB file)`,
      () => post('/api/drg/group-file', hospital, '病案.xlsx', content),
    );
    expect(value.statusCode).toBe(bomb.status);
    expect(value.json().error.message).toMatch(bomb.message);
    expect(rssGrowthMb).toBeLessThan(300);
  });

  it.each(bombs)(
    'refuses $name as a plan document, a weight table and a price schedule',
    async (bomb) => {
      const sheet = bomb.build(xlsxParts);
      const document = bomb.build(docxParts);
      const { value, rssGrowthMb } = await measured(`${database.name} uploads, ${bomb.name}`, () =>
        Promise.all([
          post('/api/plans', api.office, '方案.docx', document),
          post('/api/drg/weight-tables', api.office, '权重.xlsx', sheet),
          post('/api/price-schedule/read', api.office, '调价表.xlsx', sheet),
        ]),
      );
      for (const response of value) {
        expect(response.statusCode, response.body).toBe(bomb.status);
        expect(response.json().error.message).toMatch(bomb.message);
      }
      expect(rssGrowthMb).toBeLessThan(300);
    },
  );
});

describe('a small .docx whose XML needs gigabytes to parse', () => {
  let api: ApiApp;
  beforeAll(async () => {
    const first = databases[0];
    if (!first) throw new Error('no test database');
    api = await startApiApp(first);
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('ends the reading worker with a clear 413 and leaves the server heap flat', async () => {
    const same = '<w:p><w:r><w:t>各级各部门要切实加强组织领导。</w:t></w:r></w:p>'.repeat(4);
    const parts = [
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    ];
    for (let n = 0, size = 0; size < 60 * MB; n++) {
      const paragraph = `${same}<w:p><w:r><w:t>第${(n * 2654435761) % 4294967291}项</w:t></w:r></w:p>`;
      parts.push(paragraph);
      size += Buffer.byteLength(paragraph);
    }
    parts.push('</w:body></w:document>');
    const docx = writeZip(docxParts(deflated('d', parts.join(''))));
    parts.length = 0;
    const form = multipartFile('方案.docx', docx);
    const { value, heapGrowthMb } = await measured(
      `60 MB of XML in a ${(docx.byteLength / MB).toFixed(1)} MB .docx`,
      () =>
        api.app.inject({
          method: 'POST',
          url: '/api/plans',
          headers: { cookie: api.office, ...form.headers },
          payload: form.payload,
        }),
    );
    expect(value.statusCode).toBe(413);
    expect(value.json().error.message).toMatch(/(内存超过 768 MB|超过 60 秒)（上限）/);
    expect(heapGrowthMb).toBeLessThan(300);
  }, 180_000);
});
