// Inline on redirect pages, before the meta refresh fires: go where the refresh points (a path on this host,
// unlike the canonical URL) and keep the #section the old link pointed at, since section ids do not change
// with the slug. One fixed text, so one CSP hash serves every redirect page.
(() => {
  const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
  const target = refresh.slice(refresh.indexOf('url=') + 4);
  if (target) location.replace(target + location.hash);
})();
