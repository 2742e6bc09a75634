// Runs inline in <head> before the first paint: the stored theme never flashes wrong, and `.js` marks script support.
(() => {
  let choice = 'system';
  try {
    choice = localStorage.getItem('theme') || 'system';
  } catch {}
  const dark = choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  // Controls that need scripts show from the first paint (no layout shift), and stay hidden without them.
  document.documentElement.classList.add('js');
  document.documentElement.dataset.theme = choice;
})();
