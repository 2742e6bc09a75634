/** Content collections: the normalizer's MDX output, validated by the same schemas the normalizer used. */

// `astro:content` would give the same defineCollection plus a check for live collections, and make the content
// sync's Vite server load about a hundred modules of Astro's page runtime first (0.3 s and 0.4 s of CPU in every build, measured).
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { bankSchema, questionSchema } from './lib/schema.ts';

// Pages render the compiled MDX, never the raw text: keeping every body in the data store (and in memory
// while pages render) would cost a copy of the whole bank.
const mdxIn = (base: string) => glob({ pattern: '*.mdx', base, retainBody: false });

export const collections = {
  questions: defineCollection({ loader: mdxIn('./src/content/questions'), schema: questionSchema }),
  banks: defineCollection({ loader: mdxIn('./src/content/banks'), schema: bankSchema }),
};
