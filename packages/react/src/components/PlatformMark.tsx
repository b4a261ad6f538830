import type { Platform } from '@vitrine/sdk';

const initials: Record<Platform, string> = {
  shopify: 'S',
  etsy: 'E',
  woocommerce: 'W',
  pressero: 'P',
  manual: 'M',
};

/** A small coloured mark beside the platform's name; decorative, the name is always written. */
export function PlatformMark({ platform }: { platform: Platform }) {
  return (
    <span className="vt-PlatformMark" data-platform={platform} aria-hidden="true">
      {initials[platform]}
    </span>
  );
}
