'use client';
import type { FileCheck, MappedFile, StoreVariant } from '@vitrine/sdk';
import type { ProductMessageKey } from '../../i18n/messages/en.js';
import type { ProductTranslate } from './text.js';

const knownAreas = /* @__PURE__ */ new Set([
  'default',
  'front',
  'back',
  'cover',
  'sleeve-left',
  'sleeve-right',
]);

/** A print area as people call it: `front` → "Front"; unknown ones from their code. */
export function areaLabel(area: string, t: ProductTranslate): string {
  if (knownAreas.has(area)) return t(`products.area.${area}` as ProductMessageKey);
  const words = area.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const checkTones = {
  pending: 'neutral',
  passed: 'success',
  warning: 'warning',
  failed: 'danger',
} as const satisfies Record<FileCheck['status'], string>;

/** "File OK · 300 dpi": the outcome, with the resolution when known. */
export function checkLabel(check: FileCheck, t: ProductTranslate): string {
  const label = t(`products.check.${check.status}`);
  return check.dpi === null ? label : `${label} · ${t('products.check.dpi', { dpi: check.dpi })}`;
}

/** The outcome and, for warnings and failures, why: "File failed · 100 dpi. Resolution too low…" */
export function checkText(check: FileCheck, t: ProductTranslate): string {
  const label = checkLabel(check, t);
  return check.reason ? `${label}. ${t(`products.check.reason.${check.reason}`)}` : label;
}

/** The worst state among a variant's files, for its row and for announcements. */
export function variantCheck(variant: StoreVariant): FileCheck['status'] | null {
  const files = variant.mapping?.files ?? [];
  if (!files.length) return null;
  const order: FileCheck['status'][] = ['failed', 'pending', 'warning', 'passed'];
  return order.find((status) => files.some((f) => f.check.status === status)) ?? null;
}

/** Each print file of a mapping with its check: area, outcome, reason, dpi. */
export function FileChecks(props: {
  files: readonly MappedFile[];
  t: ProductTranslate;
  className?: string | undefined;
}) {
  const { files, t } = props;
  const many = files.length > 1;
  return (
    <ul className={props.className ?? 'vt-ProductMapper-checks'}>
      {files.map((file) => (
        <li
          key={file.type}
          className="vt-ProductMapper-check"
          data-check={file.check.status}
          data-tone={checkTones[file.check.status]}
        >
          {many && <span className="vt-ProductMapper-checkArea">{areaLabel(file.type, t)}: </span>}
          {checkLabel(file.check, t)}
          {file.check.reason && (
            <span className="vt-ProductMapper-checkReason">
              {t(`products.check.reason.${file.check.reason}`)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
