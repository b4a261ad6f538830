import { deflateSync } from 'node:zlib';

/** Print files for widget tests: real PNGs of any pixel size, and an https host serving them. */

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid white grayscale PNG of `width`×`height` pixels (tiny: its rows compress to nothing). */
export function png(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const row = Buffer.alloc(width + 1, 0xff);
  row[0] = 0;
  const raw = Buffer.alloc(row.length * height);
  for (let y = 0; y < height; y++) row.copy(raw, y * row.length);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** A PNG sized for a print of `widthMm`×`heightMm` at `dpi`. */
export const pngFor = (widthMm: number, heightMm: number, dpi: number) =>
  png(Math.ceil((widthMm / 25.4) * dpi), Math.ceil((heightMm / 25.4) * dpi));

/** An https host the test server reaches in process; unknown paths answer 404. */
export function fileHost(origin = 'https://files.test') {
  const routes = new Map<string, () => Response>();
  return {
    origin,
    host: new URL(origin).host,
    put(path: string, bytes: Uint8Array, type: string) {
      routes.set(
        path,
        () => new Response(bytes as BodyInit, { headers: { 'content-type': type } }),
      );
      return `${origin}${path}`;
    },
    fetch: async (request: Request) =>
      (
        routes.get(new URL(request.url).pathname) ??
        (() => new Response('not found', { status: 404 }))
      )(),
  };
}
