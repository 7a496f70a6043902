// Keeps the server's own folders out of every JSON answer: absolute paths of the data and file folders become
// paths relative to them, so a response never tells a caller where on the server the data lives.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The folders to hide, longest first, each with how it reads inside a JSON string. */
function hiddenPrefixes(folders: string[]): { json: string; replacement: string }[] {
  return [...new Set(folders.map((folder) => path.resolve(folder)))]
    .filter((folder) => folder !== path.parse(folder).root)
    .sort((a, b) => b.length - a.length)
    .flatMap((folder) => {
      const json = JSON.stringify(folder).slice(1, -1);
      // "<folder>/bills/x.csv" → "bills/x.csv"; the folder itself → "."
      const separator = JSON.stringify(path.sep).slice(1, -1);
      return [
        { json: json + separator, replacement: '' },
        { json, replacement: '.' },
      ];
    });
}

export const noServerPaths = fp(async (app: FastifyInstance, options: { folders: string[] }) => {
  const prefixes = hiddenPrefixes(options.folders);
  if (prefixes.length === 0) return;
  app.addHook('onSend', async (_request, reply, payload) => {
    if (typeof payload !== 'string') return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.includes('json')) return payload;
    let text = payload;
    for (const { json, replacement } of prefixes) {
      if (text.includes(json)) text = text.replaceAll(json, replacement);
    }
    return text;
  });
});
