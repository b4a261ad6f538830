/**
 * Benchmarks (not tests): `npm run bench -w @vitrine/csv`.
 *
 * 1. A 100k-row product mapping file in memory: our import (decode + parse + header matching +
 *    validation) against a bare Papa Parse of the same bytes, in the same process.
 * 2. A 1 GiB synthetic file generated on the fly and streamed through the import: memory must
 *    stay flat whatever the size.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Papa from 'papaparse';
import { importCsv, productMappingTemplate } from '../src/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const encoder = new TextEncoder();
const header =
  'Store ID,Product ID,Variant ID,Product Title,Variant Title,SKU,Product UID,Design File URL,Front File URL,Back File URL\r\n';
const sizes = ['XS', 'S', 'M', 'L', 'XL'];
const colours = ['Black', 'White', 'Navy', 'Forest Green', 'Café'];

/** One realistic row: ids, a quoted title with a comma now and then, URLs, a UID. */
function row(i: number): string {
  const product = Math.floor(i / 5);
  const title = i % 7 === 0 ? `"Organic T-shirt, ${colours[i % 5]}"` : `Poster ${product}`;
  const uid =
    i % 2 === 0
      ? 'apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_white_gpr_4-4'
      : 'flat_product_pf_a4_pt_200-gsm-uncoated_cl_4-0_ct_none_prt_none_sft_none_set_none_hor';
  const back = i % 3 === 0 ? `https://cdn.example.com/designs/${product}/back.png` : '';
  return `st_abcdefghij0123456789,${product},var_${i},${title},${sizes[i % 5]} / ${colours[(i >> 1) % 5]},SKU-${i},${uid},https://cdn.example.com/designs/${product}/default.pdf,https://cdn.example.com/designs/${product}/front.png,${back}\r\n`;
}

interface Memory {
  heap: number;
  rss: number;
}

function sampler() {
  gc();
  const base = process.memoryUsage();
  const peak: Memory = { heap: 0, rss: base.rss };
  let last = -Infinity;
  const take = () => {
    const m = process.memoryUsage();
    peak.heap = Math.max(peak.heap, m.heapUsed - base.heapUsed);
    peak.rss = Math.max(peak.rss, m.rss);
  };
  return {
    /** Samples at most every 5 ms: `memoryUsage()` is too slow to call per batch. */
    sample() {
      const now = performance.now();
      if (now - last < 5) return;
      last = now;
      take();
    },
    /** Always samples (the end of a run). */
    take,
    peak,
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function ours(bytes: Uint8Array, sample: () => void): Promise<number> {
  let rows = 0;
  const events = importCsv(bytes, { template: productMappingTemplate, maxRows: Infinity });
  for await (const event of events) {
    if (event.type === 'rows') {
      rows += event.rows.length + event.rejected.length;
      sample();
    }
  }
  return rows;
}

function papa(bytes: Uint8Array, sample: () => void): number {
  const text = new TextDecoder().decode(bytes);
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  sample();
  return result.data.length - 1;
}

function papaHeader(bytes: Uint8Array, sample: () => void): number {
  const text = new TextDecoder().decode(bytes);
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  sample();
  return result.data.length;
}

interface Measured {
  name: string;
  wall: number;
  cpu: number;
  rows: number;
  peak: Memory;
}

/** Runs each pipeline `rounds` times, interleaved so machine load hits them alike; medians. */
async function measure(
  pipelines: [name: string, run: (sample: () => void) => number | Promise<number>][],
  rounds: number,
): Promise<Measured[]> {
  const runs = pipelines.map(() => ({
    wall: [] as number[],
    cpu: [] as number[],
    rows: 0,
    peak: { heap: 0, rss: 0 },
  }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, [, run]] of pipelines.entries()) {
      const memory = sampler();
      const cpu = process.cpuUsage();
      const start = performance.now();
      runs[i]!.rows = await run(memory.sample);
      runs[i]!.wall.push(performance.now() - start);
      memory.take();
      const used = process.cpuUsage(cpu);
      runs[i]!.cpu.push((used.user + used.system) / 1000);
      if (memory.peak.heap > runs[i]!.peak.heap) runs[i]!.peak = { ...memory.peak };
    }
  }
  return pipelines.map(([name], i) => ({
    name,
    wall: median(runs[i]!.wall),
    cpu: median(runs[i]!.cpu),
    rows: runs[i]!.rows,
    peak: runs[i]!.peak,
  }));
}

async function inMemory() {
  const rowCount = 100_000;
  let text = header;
  for (let i = 0; i < rowCount; i++) text += row(i);
  const bytes = encoder.encode(text);
  console.log(
    `\n100k-row mapping file: ${rowCount.toLocaleString('en')} rows, ${mb(bytes.length)}\n`,
  );

  // Warm up the JIT for every pipeline before timing.
  for (let i = 0; i < 3; i++) {
    await ours(bytes, () => {});
    papa(bytes, () => {});
    papaHeader(bytes, () => {});
  }
  const results = await measure(
    [
      ['Papa Parse: decode + parse (arrays)', (s) => papa(bytes, s)],
      ['Papa Parse: decode + parse (header: true)', (s) => papaHeader(bytes, s)],
      ['@vitrine/csv importCsv: stream + match + validate', (s) => ours(bytes, s)],
    ],
    9,
  );
  const base = results[0]!;
  console.table(
    results.map((r) => ({
      pipeline: r.name,
      'wall ms': Math.round(r.wall),
      'cpu ms': Math.round(r.cpu),
      'rows/s (wall)': Math.round((r.rows / r.wall) * 1000).toLocaleString('en'),
      'ratio (cpu)': `${(r.cpu / base.cpu).toFixed(2)}x`,
      'ratio (wall)': `${(r.wall / base.wall).toFixed(2)}x`,
      'peak heap Δ': mb(r.peak.heap),
      'peak rss': mb(r.peak.rss),
    })),
  );
  console.log(
    'ratio = time / Papa Parse (arrays); cpu = process.cpuUsage() (all threads, steadier on a busy machine).\n' +
      'Papa Parse holds every row at the end; the streaming import holds one batch (its heap Δ is garbage not yet collected).',
  );
}

/** 1 GiB of mapping rows, produced in 1 MiB chunks as the importer asks for them. */
async function* synthetic(total: number): AsyncGenerator<Uint8Array> {
  let produced = 0;
  let i = 0;
  let first = true;
  while (produced < total) {
    let chunk = first ? header : '';
    first = false;
    while (chunk.length < 1024 * 1024) chunk += row(i++);
    const bytes = encoder.encode(chunk);
    produced += bytes.length;
    yield bytes;
  }
}

async function streamed() {
  const total = 1024 * 1024 * 1024;
  console.log(`\nStreaming ${mb(total)} generated on the fly (never held in memory)\n`);
  const memory = sampler();
  const start = performance.now();
  let rows = 0;
  let invalid = 0;
  let bytes = 0;
  const events = importCsv(synthetic(total), {
    template: productMappingTemplate,
    maxRows: Infinity,
    invalidRows: 'skip',
  });
  for await (const event of events) {
    if (event.type === 'rows') {
      rows += event.rows.length + event.rejected.length;
      invalid += event.rejected.length;
      bytes = event.progress.bytes;
      memory.sample();
    }
  }
  const seconds = (performance.now() - start) / 1000;
  memory.take();
  console.table([
    {
      input: mb(bytes),
      rows: rows.toLocaleString('en'),
      'invalid rows': invalid,
      seconds: seconds.toFixed(1),
      'MB/s': (bytes / 1024 / 1024 / seconds).toFixed(0),
      'rows/s': Math.round(rows / seconds).toLocaleString('en'),
      'peak heap Δ': mb(memory.peak.heap),
      'peak rss': mb(memory.peak.rss),
    },
  ]);
}

await inMemory();
if (!process.argv.includes('--quick')) await streamed();
