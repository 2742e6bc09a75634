/** Astro integration: adds hast plugins to Astro's Markdown and MDX processor (Sätteri), one separate plugin each. */
import type { AstroIntegration } from 'astro';

/** Registers `plugins` on the configured processor; any processor without a hast plugin list fails the build. */
export function markdownPlugins(plugins: readonly object[]): AstroIntegration {
  return {
    name: 'markdown-plugins',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // Sätteri reads its options object at render time, and Astro keeps that object's identity,
        // so adding to the list here reaches both .md and .mdx without importing the processor package.
        const options: { hastPlugins?: unknown } = config.markdown.processor.options;
        if (!Array.isArray(options.hastPlugins)) {
          throw new Error(`markdown-plugins: the "${config.markdown.processor.name}" processor takes no hast plugins`);
        }
        options.hastPlugins.push(...plugins);
      },
    },
  };
}
