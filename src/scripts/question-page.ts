/** What a question page adds, as one bundle: the scroll-following table of contents, code blocks and anchors. */
import './toc.ts';
import './code-and-anchors.ts';
