// Unit tests for the search-weights hast plugin, run through Sätteri (Astro's Markdown and MDX processor).
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { searchWeightsPlugin } from '../../src/markdown/hast-search-weights.ts';

async function html(markdown: string): Promise<string> {
  return (await markdownToHtml(markdown, { hastPlugins: [searchWeightsPlugin] })).html;
}

describe('searchWeightsPlugin', () => {
  test('h2, h3 and h4 outweigh prose; code weighs less than prose', async () => {
    const out = await html('## Setup\n\n### Backpressure\n\n#### Detail\n\ntext\n\n```js\nprocess.nextTick(f);\n```');
    expect(out).toContain('<h2 data-pagefind-weight="9">Setup</h2>');
    expect(out).toContain('<h3 data-pagefind-weight="8">Backpressure</h3>');
    expect(out).toContain('<h4 data-pagefind-weight="7">Detail</h4>');
    expect(out).toContain('<pre data-pagefind-weight="0.5">');
    expect(out).toContain('<p>text</p>');
  });

  test('h1, h5 and h6 are left to the layout and to Pagefind defaults', async () => {
    const out = await html('# Title\n\n##### Five\n\n###### Six');
    expect(out).not.toContain('data-pagefind-weight');
  });

  test('a weight an earlier plugin set wins', async () => {
    const earlier = {
      name: 'earlier',
      element: {
        filter: ['h2'],
        visit: (node: object, ctx: { setProperty(node: object, key: string, value: unknown): void }) =>
          ctx.setProperty(node, 'dataPagefindWeight', '3'),
      },
    };
    const out = await markdownToHtml('## Mine\n\n### Plain', { hastPlugins: [earlier, searchWeightsPlugin] });
    expect(out.html).toContain('<h2 data-pagefind-weight="3">Mine</h2>');
    expect(out.html).toContain('<h3 data-pagefind-weight="8">Plain</h3>');
  });
});
