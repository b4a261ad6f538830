import { imageSize } from 'image-size';

/** The print file types the catalog accepts. */
export type PrintFileType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/svg+xml';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);

/**
 * A file's type from its first bytes, whatever its name or declared type says: `%PDF-`, the PNG
 * signature, a JPEG start-of-image marker, or XML text whose root element is `<svg`.
 */
export function sniffType(head: Uint8Array): PrintFileType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head.subarray(0, 4096))
    .replace(/^\uFEFF/, '');
  // Past an XML declaration, comments and a doctype, the first element must be <svg.
  const rest = text.replace(/^\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i, '');
  return /^<svg[\s>]/i.test(rest) ? 'image/svg+xml' : null;
}

/** Pixel size of a PNG or JPEG from its first bytes; null when they do not tell. */
export function rasterPixels(head: Uint8Array): { width: number; height: number } | null {
  try {
    const size = imageSize(head);
    if (!size.width || !size.height) return null;
    // EXIF orientations 5–8 turn the picture a quarter: its printed width is its height.
    const turned = size.orientation !== undefined && size.orientation >= 5;
    return turned
      ? { width: size.height, height: size.width }
      : { width: size.width, height: size.height };
  } catch {
    return null;
  }
}
