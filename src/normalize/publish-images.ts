/** Pass: publishes the images a bank keeps beside it; any other image is shown as its alt text or a link, and reported. */
import type { Image, Link, Parent, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { type AssetReader, assetUrl, type BankAsset, imagePath } from './bank-assets.ts';
import type { DraftBank, PassContext } from './model.ts';
import { copyIfAny, definitionUrls, startLine } from './model.ts';
import { reporter } from './report.ts';

/** The context this pass needs besides the usual: how to read the bank's images. */
export type ImageContext = PassContext & { readAsset: AssetReader };

const isImage = (node: { type: string }) => node.type === 'image' || node.type === 'imageReference';

/**
 * A relative image found beside the bank points at its published copy (Astro's image pipeline takes it from there);
 * a remote one becomes a link, as the site's CSP loads images only from itself; a missing, unsafe or broken one
 * becomes its alt text. Unsafe schemes (`data:`, `javascript:`) are left to neutralize-links.
 */
export function publishImages(bank: DraftBank, context: ImageContext): DraftBank {
  const { fix, warn } = reporter('publish-images', context.report);
  const urls = definitionUrls(bank);
  const published = new Map<string, BankAsset>(bank.assets?.map((asset) => [asset.name, asset]));
  const convert = (blocks: RootContent[]): RootContent[] => {
    const root = { type: 'root' as const, children: blocks.map((block) => copyIfAny(block, isImage)) };
    visit(root, (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !(node.type === 'image' || node.type === 'imageReference')) return;
      const url = node.type === 'image' ? node.url : urls.get(node.identifier);
      if (url === undefined) return;
      const replace = (replacement: Image | Link | Text) => {
        if (node.position) replacement.position = node.position;
        parent.children[index] = replacement as (typeof parent.children)[number];
      };
      const line = startLine(node);
      const alt = node.alt ?? '';
      if (/^(https?:)?\/\//i.test(url)) {
        fix(line, `remote image ${url} is shown as a link: the site loads images only from itself`);
        replace({ type: 'link', url, children: [{ type: 'text', value: alt || url }] });
        return;
      }
      if (imagePath(url) === undefined) return;
      const lookup = context.readAsset(bank.file, url);
      if ('problem' in lookup) {
        warn(line, `${lookup.problem}; the page shows its alt text`);
        replace({ type: 'text', value: alt });
        return;
      }
      published.set(lookup.asset.name, lookup.asset);
      replace({
        type: 'image',
        url: assetUrl(lookup.asset.name),
        alt,
        title: node.type === 'image' ? (node.title ?? null) : null,
      });
    });
    return root.children;
  };
  const intro = convert(bank.intro);
  const questions = bank.questions.map((question) => ({ ...question, blocks: convert(question.blocks) }));
  return { ...bank, intro, questions, assets: [...published.values()] };
}
