import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createWorkerImporter,
  defineTemplate,
  exposeImporter,
  type ImportEvent,
  importMappings,
  importOrders,
  parseCsv,
  parseInWorker,
  parsers,
  productMappingTemplate,
  type WorkerPort,
} from '../src/index.js';
import { chunked, fixture, readableStream, utf8 } from './helpers/sources.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A worker-side and a client-side port joined by a real MessageChannel (structured clone). */
function channelPair(options: Parameters<typeof exposeImporter>[1] = {}) {
  const { port1, port2 } = new MessageChannel();
  const stop = exposeImporter(port2 as unknown as WorkerPort, options);
  const client = port1 as unknown as WorkerPort;
  cleanups.push(() => {
    stop();
    port1.close();
    port2.close();
  });
  return { client, port1 };
}

/**
 * Lets every message already posted on the channels be delivered and handled: a few turns of the
 * event loop, which is where MessagePort delivers. Used before asserting that nothing more came.
 */
async function settled(turns = 25) {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}

const mappingCsv = (n: number) => {
  let text = 'SKU,Product UID,Design File URL\n';
  for (let i = 0; i < n; i++) text += `S-${i},flat_a4,https://x.example/${i}.pdf\n`;
  return text;
};

describe('worker protocol over a MessageChannel', () => {
  it('returns the same result as the main thread, for a Blob, bytes, text and streams', async () => {
    const { client } = channelPair();
    const importer = createWorkerImporter(client);
    const bytes = fixture('excel-pt-br-windows-1252.csv');
    const sources = [
      () => new Blob([bytes]),
      () => bytes,
      () => chunked(bytes, 5),
      () => readableStream(bytes, 11),
    ];
    for (const source of sources) {
      const remote = await importer.parse(source(), { template: productMappingTemplate });
      expect(remote).toEqual(await parseCsv(source(), { template: productMappingTemplate }));
      expect(remote.rows).toHaveLength(4);
    }
    const text = mappingCsv(20);
    expect(await importer.parse(text, { template: productMappingTemplate })).toEqual(
      await parseCsv(text, { template: productMappingTemplate }),
    );
  });

  it('streams header, row batches with progress and the summary', async () => {
    const { client } = channelPair();
    const importer = createWorkerImporter(client);
    const events: ImportEvent<unknown>[] = [];
    const generator = importer.import(utf8(mappingCsv(1000)), {
      template: productMappingTemplate,
      chunkSize: 2048,
    });
    for await (const event of generator) events.push(event);
    expect(events[0]!.type).toBe('header');
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      summary: { ok: true, stats: { rows: 1000 } },
    });
    const progress = events.flatMap((e) => (e.type === 'rows' ? [e.progress.rows] : []));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1000);
  });

  it('posts only the rows asked for, with the counts of all', async () => {
    const { client } = channelPair();
    const importer = createWorkerImporter(client);
    let posted = 0;
    let summary: unknown = null;
    for await (const event of importer.import(utf8(mappingCsv(1000)), {
      template: productMappingTemplate,
      chunkSize: 2048,
      keepRows: 6,
      cells: false,
    })) {
      if (event.type === 'rows') {
        posted += event.rows.length;
        for (const row of event.rows) expect(row.cells).toEqual([]);
      }
      if (event.type === 'done') summary = event.summary;
    }
    expect(posted).toBe(6);
    expect(summary).toMatchObject({ ok: true, stats: { rows: 1000, validRows: 1000 } });
  });

  it('calls the callbacks on the calling side', async () => {
    const { client } = channelPair();
    const rows: number[] = [];
    let progressCalls = 0;
    const result = await parseInWorker(client, mappingCsv(50), {
      template: productMappingTemplate,
      collect: false,
      onRow: (row) => rows.push(row.row),
      onProgress: () => progressCalls++,
    });
    expect(result.stats.rows).toBe(50);
    expect(rows).toHaveLength(50);
    expect(progressCalls).toBeGreaterThan(0);
  });

  it('runs no further ahead of a slow consumer than the prefetch allows', async () => {
    const { client, port1 } = channelPair();
    let received = 0;
    port1.addEventListener('message', (e) => {
      if ((e.data as { type?: string }).type === 'event') received++;
    });
    const importer = createWorkerImporter(client, { prefetch: 2 });
    const generator = importer.import(mappingCsv(3000), {
      template: productMappingTemplate,
      chunkSize: 1024,
    });
    await generator.next();
    await settled();
    expect(received).toBe(2);
    await generator.next();
    await settled();
    expect(received).toBe(3);
    await generator.return(undefined as never);
  });

  it('pulls stream chunks only as the worker needs them, and aborts both sides', async () => {
    const { client } = channelPair();
    const importer = createWorkerImporter(client, { prefetch: 1 });
    let pulled = 0;
    let closed = false;
    async function* endless() {
      try {
        yield utf8('SKU,Product UID\n');
        for (;;) {
          pulled++;
          yield utf8('S,flat_a4\n'.repeat(200));
        }
      } finally {
        closed = true;
      }
    }
    const controller = new AbortController();
    const promise = importer.parse(endless(), {
      template: productMappingTemplate,
      maxRows: Infinity,
      chunkSize: 4096,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rows >= 2000) controller.abort();
      },
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(closed).toBe(true);
    const atAbort = pulled;
    await settled();
    expect(pulled).toBe(atAbort);
    expect(pulled).toBeLessThan(30);
  });

  it('stops the worker when the consumer leaves early', async () => {
    const { client } = channelPair();
    const importer = createWorkerImporter(client, { prefetch: 1 });
    let pulls = 0;
    async function* source() {
      yield utf8('SKU,Product UID\n');
      for (;;) {
        pulls++;
        yield utf8('S,flat_a4\n'.repeat(100));
      }
    }
    for await (const event of importer.import(source(), {
      template: productMappingTemplate,
      maxRows: Infinity,
      chunkSize: 1024,
    })) {
      if (event.type === 'rows') break;
    }
    const after = pulls;
    await settled();
    expect(pulls).toBe(after);
  });

  it('serves custom templates registered in the worker, and rejects unknown ones', async () => {
    const prices = defineTemplate({
      id: 'prices',
      schema: z.object({ price: z.number() }),
      columns: [
        {
          key: 'price',
          header: 'Price',
          synonyms: { de: ['Preis'] },
          required: true,
          parser: parsers.number(),
        },
      ],
    });
    const { client } = channelPair({ templates: [prices] });
    const importer = createWorkerImporter(client);
    const result = await importer.parse('Preis;X\n12,50;a\n', { template: prices });
    expect(result.rows.map((r) => r.values)).toEqual([{ price: 12.5 }]);
    const unregistered = { ...prices, id: 'elsewhere' };
    await expect(importer.parse('Price\n1\n', { template: unregistered })).rejects.toThrow(
      /Unknown template "elsewhere"/,
    );
  });

  it('backs importMappings and importOrders', async () => {
    const { client } = channelPair();
    const importer = createWorkerImporter(client);
    const mappings = await importMappings(fixture('shopify-products.csv'), {
      importer,
      invalidRows: 'skip',
    });
    expect(mappings).toEqual(
      await importMappings(fixture('shopify-products.csv'), { invalidRows: 'skip' }),
    );
    const orders = await importOrders(new Blob([fixture('orders.csv')]), { importer });
    expect(orders.orders).toHaveLength(3);
  });
});

describe('worker entry in a node:worker_threads worker', () => {
  it('imports a file sent to another thread', async () => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./helpers/nodeWorker.mjs', import.meta.url), {
      workerData: { port: port2 },
      transferList: [port2 as never],
    });
    cleanups.push(() => {
      port1.close();
      return worker.terminate();
    });
    const importer = createWorkerImporter(port1 as unknown as WorkerPort);
    const bytes = fixture('utf8-bom-crlf-multiline.csv');
    const remote = await importer.parse(new Blob([bytes]), { template: productMappingTemplate });
    expect(remote).toEqual(await parseCsv(bytes, { template: productMappingTemplate }));
    const orders = await importOrders(chunked(fixture('orders.csv'), 64), { importer });
    expect(orders.orders.map((o) => o.items.length)).toEqual([2, 2, 3]);
  });

  it('the @vitrine/csv/worker entry serves imports inside a worker scope', async () => {
    const worker = new Worker(new URL('./helpers/browserLikeWorker.mjs', import.meta.url));
    cleanups.push(() => worker.terminate());
    // A Node Worker is an event emitter; give it the `Worker` shape browsers have.
    const handlers = new Map<unknown, (data: unknown) => void>();
    const port: WorkerPort = {
      postMessage: (message) => worker.postMessage(message),
      addEventListener: (_type, listener) => {
        const handler = (data: unknown) => listener({ data } as MessageEvent);
        handlers.set(listener, handler);
        worker.on('message', handler);
      },
      removeEventListener: (_type, listener) => {
        const handler = handlers.get(listener);
        if (handler) worker.off('message', handler);
      },
    };
    const importer = createWorkerImporter(port);
    const file = new Blob([fixture('etsy-listings.csv')]);
    const result = await importMappings(file, { importer, invalidRows: 'include' });
    expect(result.header?.platform).toBe('etsy');
    expect(result.mappings).toHaveLength(9);
    importer.close();
  });

  it('loads the worker entry without side effects outside a worker', async () => {
    await expect(import('../src/worker.js')).resolves.toBeDefined();
  });
});
