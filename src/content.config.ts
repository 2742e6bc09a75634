/** Content collections: the normalizer's MDX output, validated by the same schemas the normalizer used. */

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { bankSchema, questionSchema } from './lib/schema.ts';

// Pages render the compiled MDX, never the raw text: keeping every body in the data store (and in memory
// while pages render) would cost a copy of the whole bank.
const mdxIn = (base: string) => glob({ pattern: '*.mdx', base, retainBody: false });

export const collections = {
  questions: defineCollection({ loader: mdxIn('./src/content/questions'), schema: questionSchema }),
  banks: defineCollection({ loader: mdxIn('./src/content/banks'), schema: bankSchema }),
};
