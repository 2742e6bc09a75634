// Runs inline in the home page's <head>: an old anchor of the source document (#q4-what-are-...) leaves for its question's page before anything paints.
(() => {
  const go = () => {
    const map = JSON.parse(document.getElementById('legacy-anchors')?.textContent || '{}');
    let anchor = location.hash.slice(1);
    try {
      anchor = decodeURIComponent(anchor);
    } catch {}
    const key = [anchor, anchor.toLowerCase()].find((candidate) => Object.hasOwn(map, candidate));
    if (key !== undefined) location.replace(map[key]);
  };
  go();
  addEventListener('hashchange', go);
})();
