/** Marks, in the "On this page" rail, the section the reader is in as they scroll. */
const rail = document.querySelector<HTMLElement>('[data-toc]');

if (rail) {
  const links = new Map(
    [...rail.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) => [decodeURIComponent(link.hash.slice(1)), link]),
  );
  const headings = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    // The current section is the last heading above the top third of the viewport.
    const line = innerHeight / 3;
    const above = headings.filter((heading) => heading.getBoundingClientRect().top < line);
    const link = links.get((above.at(-1) ?? headings[0])?.id ?? '');
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
  };
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
  for (const heading of headings) observer.observe(heading);
  update();
}
