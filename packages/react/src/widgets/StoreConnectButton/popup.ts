/**
 * Opens an empty, named popup at once, while the click still counts as the user's: browsers
 * block windows opened later. The authorize address is set once the API answers.
 */
export function openBlankPopup(): Window | null {
  const width = 560;
  const height = 720;
  const left = Math.max(0, (window.screenX ?? 0) + (window.outerWidth - width) / 2);
  const top = Math.max(0, (window.screenY ?? 0) + (window.outerHeight - height) / 2);
  return window.open(
    'about:blank',
    'vitrine-store-connection',
    `popup,width=${width},height=${height},left=${Math.round(left)},top=${Math.round(top)}`,
  );
}
