// Unit tests for the publish-images pass: local images published, remote ones linked, the rest shown as alt text.
import type { Image, Link, Paragraph, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import type { AssetReader } from '../../src/normalize/bank-assets.ts';
import { publishImages } from '../../src/normalize/publish-images.ts';
import { draftFrom } from '../support/draft.ts';

const BYTES = Uint8Array.from([1, 2, 3]);
/** A reader that finds `images/loop.png` only. */
const reader: AssetReader = (_bank, url) =>
  url === 'images/loop.png' ? { asset: { name: 'abc.png', bytes: BYTES } } : { problem: `image ${url} not found` };

function run(answer: string) {
  const { bank, context } = draftFrom(`# Bank\n\nIntro ![logo](images/loop.png)\n\n### Q1: What is it?\n${answer}\n`);
  const before = structuredClone(bank);
  const result = publishImages(bank, { ...context, readAsset: reader });
  expect(bank).toEqual(before);
  const blocks = result.questions[0]?.blocks ?? [];
  const inline = (blocks[0] as Paragraph | undefined)?.children ?? [];
  return { result, inline, blocks, report: context.report };
}

describe('publishImages', () => {
  test('an image beside the bank points at its published copy, once however often it is shown', () => {
    const { result, inline, report } = run('See ![the loop](images/loop.png "Loop") and again ![](images/loop.png).');
    expect(inline[1]).toMatchObject({
      type: 'image',
      url: '../assets/abc.png',
      alt: 'the loop',
      title: 'Loop',
    } satisfies Partial<Image>);
    expect(result.assets).toEqual([{ name: 'abc.png', bytes: BYTES }]);
    const introImages: string[] = [];
    visit({ type: 'root', children: result.intro }, 'image', (node) => void introImages.push(node.url));
    expect(introImages).toEqual(['../assets/abc.png']);
    expect(report).toEqual([]);
  });

  test('a reference image finds its URL in the definitions', () => {
    const { inline } = run('See ![diagram][d].\n\n[d]: images/loop.png');
    expect(inline[1]).toMatchObject({ type: 'image', url: '../assets/abc.png', alt: 'diagram' });
  });

  test('a missing image is its alt text on the page and a warning at its line', () => {
    const { blocks, report } = run('Text.\n\n![a diagram](images/missing.png)');
    expect(blocks[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'a diagram' }] });
    expect(report).toEqual([
      {
        pass: 'publish-images',
        severity: 'warning',
        line: 8,
        message: 'image images/missing.png not found; the page shows its alt text',
      },
    ]);
  });

  test('a remote image is a link to it, as the site loads images only from itself', () => {
    const { inline, report } = run('![build status](https://ci.example.com/badge.png)');
    expect(inline[0]).toMatchObject({
      type: 'link',
      url: 'https://ci.example.com/badge.png',
      children: [{ type: 'text', value: 'build status' }],
    } satisfies Partial<Link>);
    expect(report.map((entry) => [entry.severity, entry.message])).toEqual([
      ['fix', 'remote image https://ci.example.com/badge.png is shown as a link: the site loads images only from itself'],
    ]);
  });

  test('an image with an unsafe scheme is left for neutralize-links', () => {
    const { inline, report } = run('![x](data:image/png;base64,AAAA)');
    expect(inline[0]).toMatchObject({ type: 'image', url: 'data:image/png;base64,AAAA' });
    expect(report).toEqual([]);
  });

  test('a question without images is passed through as it was', () => {
    const { result } = run('Plain text.');
    const { bank } = draftFrom('# Bank\n\nIntro ![logo](images/loop.png)\n\n### Q1: What is it?\nPlain text.\n');
    expect(result.questions[0]?.blocks as RootContent[]).toEqual(bank.questions[0]?.blocks);
  });
});
