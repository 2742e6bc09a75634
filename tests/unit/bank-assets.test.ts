// Unit tests for bank-assets: which images beside a bank are published, under what name, and why others are not.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assetUrl, checkImage, imagePath, readAssetFromDisk } from '../../src/normalize/bank-assets.ts';
import { NOT_AN_IMAGE, PNG_1X1, SCRIPTED_SVG } from '../support/images.ts';

const root = mkdtempSync(join(tmpdir(), 'bank-assets-'));
const content = join(root, 'content');
mkdirSync(join(content, 'images'), { recursive: true });
writeFileSync(join(content, 'images', 'loop diagram.png'), PNG_1X1);
writeFileSync(join(content, 'images', 'notes.png'), NOT_AN_IMAGE);
writeFileSync(join(content, 'images', 'evil.svg'), SCRIPTED_SVG);
writeFileSync(join(root, 'secret.png'), PNG_1X1);
symlinkSync(join(root, 'secret.png'), join(content, 'images', 'link.png'));
const bank = join(content, 'bank.md');

describe('imagePath', () => {
  test.each([
    ['images/loop.png', 'images/loop.png'],
    ['./images/loop%20diagram.png?raw=true#x', './images/loop diagram.png'],
    ['https://example.com/a.png', undefined],
    ['//cdn.example.com/a.png', undefined],
    ['data:image/png;base64,AAAA', undefined],
    ['', undefined],
  ])('%j → %j', (url, path) => {
    expect(imagePath(url)).toBe(path);
  });
});

describe('readAssetFromDisk', () => {
  test('an image beside the bank is published under a name made of its content, linked relative to the pages', () => {
    const lookup = readAssetFromDisk(bank, 'images/loop%20diagram.png');
    expect(lookup).toEqual({ asset: { name: expect.stringMatching(/^[0-9a-f]{16}\.png$/), bytes: PNG_1X1 } });
    const again = readAssetFromDisk(bank, './images/../images/loop%20diagram.png');
    expect('asset' in again && 'asset' in lookup && again.asset.name === lookup.asset.name).toBe(true);
    if ('asset' in lookup) expect(assetUrl(lookup.asset.name)).toBe(`../assets/${lookup.asset.name}`);
  });

  test('a path from the bank folder root (a leading slash, as on GitHub) is read from beside the bank', () => {
    expect('asset' in readAssetFromDisk(bank, '/images/loop%20diagram.png')).toBe(true);
  });

  test.each([
    ['a missing file', 'images/none.png', 'image images/none.png not found'],
    ['a path out of the bank folder', '../secret.png', 'image ../secret.png not found'],
    ['a link out of the bank folder', 'images/link.png', 'image images/link.png not found'],
    ['a folder', 'images', 'image images not found'],
    ['text named .png', 'images/notes.png', 'image images/notes.png is not a PNG, JPEG, GIF, WebP or AVIF image'],
    [
      'an SVG',
      'images/evil.svg',
      'image images/evil.svg is not published: an SVG file can run scripts; use PNG, JPEG, GIF, WebP or AVIF',
    ],
  ])('%s is not published, and says why', (_, url, problem) => {
    expect(readAssetFromDisk(bank, url)).toEqual({ problem });
  });
});

describe('checkImage', () => {
  test('the same bytes always get the same name; other bytes another', () => {
    const first = checkImage(PNG_1X1, 'a.png');
    const second = checkImage(Uint8Array.from(PNG_1X1), 'b.png');
    const other = checkImage(Buffer.concat([PNG_1X1, Buffer.from([0])]), 'a.png');
    expect('asset' in first && 'asset' in second && first.asset.name === second.asset.name).toBe(true);
    expect('asset' in first && 'asset' in other && first.asset.name !== other.asset.name).toBe(true);
  });
});
