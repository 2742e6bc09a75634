/** Reads a built page's head metadata: `<title>`, `<meta>` by name or property, `<link>` by rel. */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([a-z:-]+)="([^"]*)"/gi)].map(([, name = '', value = '']) => [name, decode(value)]),
  );
}

/** The head of `html`: title text, meta content by name/property (first wins), link href by rel. */
export function readHead(html: string): { title: string | undefined; meta: Map<string, string>; links: Map<string, string> } {
  const head = html.slice(0, html.indexOf('</head>'));
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1];
  const meta = new Map<string, string>();
  const links = new Map<string, string>();
  for (const [tag = ''] of head.matchAll(/<meta\b[^>]*>/g)) {
    const { name, property, content } = attributes(tag);
    const key = name ?? property;
    if (key !== undefined && content !== undefined && !meta.has(key)) meta.set(key, content);
  }
  for (const [tag = ''] of head.matchAll(/<link\b[^>]*>/g)) {
    const { rel, href } = attributes(tag);
    if (rel !== undefined && href !== undefined && !links.has(rel)) links.set(rel, href);
  }
  return { title: title === undefined ? undefined : decode(title), meta, links };
}
