/** Content collections: the normalizer's MDX output, validated by the same schemas the normalizer used. */

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { bankSchema, questionSchema } from './lib/schema.ts';

export const collections = {
  questions: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/questions' }), schema: questionSchema }),
  banks: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/banks' }), schema: bankSchema }),
};
