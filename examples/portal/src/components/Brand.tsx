/** Northwind's mark: a north-pointing arrow on ink, with the amber of a registration dot. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#0b6b70" />
      <path d="M16 5.5 23.5 25 16 20.6 8.5 25Z" fill="#fff" />
      <path d="M16 5.5V20.6L8.5 25Z" fill="#d9efef" />
      <circle cx="25" cy="7" r="3" fill="#f4a938" />
    </svg>
  );
}

export function Wordmark() {
  return (
    <span className="nw-wordmark">
      <Logo />
      <span className="nw-wordmark-text">
        Northwind <span className="nw-wordmark-sub">Print Co.</span>
      </span>
    </span>
  );
}
