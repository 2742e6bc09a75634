// Unit tests of our passes inside Astro's own Sätteri pipeline (highlight → ours → heading ids), on small markdown.
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { CODE_THEMES, hastPlugins } from '../../src/markdown/pipeline.ts';
import { themePalette } from '../../src/markdown/shiki-token-classes.ts';

// As astro.config.mjs sets it up: Astro's highlighter off, ours (in a worker) first among the hast plugins.
const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins });
const long = Array.from({ length: 45 }, (_, i) => `step${i + 1}();`).join('\n');
const markdown = [
  '## 1. Setup',
  '```javascript title="server.js"\nconst a = 1;\n```',
  '### Setup',
  '```yaml\nkey: value\n```',
  '## Long',
  `\`\`\`javascript\n${long}\n\`\`\``,
].join('\n\n');
const { code: html, metadata } = await processor.render(markdown);

describe('the markdown pipeline', () => {
  test('headings keep Astro ids (unique, GitHub-style) and gain an anchor beside them', () => {
    expect(html).toContain(
      '<div class="heading-wrap level-h2"><h2 id="1-setup" data-pagefind-weight="9">1. Setup</h2><a class="anchor" href="#1-setup" aria-label="Link to section: 1. Setup"></a></div>',
    );
    expect(html).toContain('<h3 id="setup" data-pagefind-weight="8">Setup</h3><a class="anchor" href="#setup"');
  });

  test("Astro's heading list still holds the headings' own text", () => {
    expect(metadata.headings.map(({ depth, slug, text }) => [depth, slug, text])).toEqual([
      [2, '1-setup', '1. Setup'],
      [3, 'setup', 'Setup'],
      [2, 'long', 'Long'],
    ]);
  });

  test('code blocks are framed and numbered in page order, with title and language', () => {
    expect([...html.matchAll(/<figure class="code not-prose" id="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'code-1',
      'code-2',
      'code-3',
    ]);
    expect(html).toContain('<span class="code-title">server.js</span> <span class="code-lang">JavaScript</span>');
    expect(html).not.toContain('data-title');
  });

  test('a long block is collapsed yet complete; token colours are classes', () => {
    expect(html).toContain('id="code-3" data-lines="45" data-collapsed');
    // A function name takes the themes' function colour, written as one class per theme.
    const fn = `l${themePalette(CODE_THEMES.light).colors.indexOf('#8250df')} d${themePalette(CODE_THEMES.dark).colors.indexOf('#d2a8ff')}`;
    expect(html).toContain(`<span class="line"><span class="${fn}">step45</span>();</span></code></pre>`);
    expect(html).toContain('>Show all 45 lines</button>');
    expect(html).not.toMatch(/<(pre|span)[^>]* style=/);
  });
});
