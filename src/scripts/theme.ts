/** The theme switch: light, dark or system, remembered in localStorage and applied as `.dark` on <html>. */
type Choice = 'light' | 'dark' | 'system';
const ORDER: Choice[] = ['system', 'light', 'dark'];
const media = matchMedia('(prefers-color-scheme: dark)');

function stored(): Choice {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: Choice): void {
  const root = document.documentElement;
  root.classList.toggle('dark', choice === 'dark' || (choice === 'system' && media.matches));
  root.dataset.theme = choice;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-label', `Theme: ${choice}. Change theme`);
    button.dataset.choice = choice;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.addEventListener('click', () => {
    const next = ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length] ?? 'system';
    try {
      if (next === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {}
    apply(next);
  });
}
media.addEventListener('change', () => apply(stored()));
apply(stored());
