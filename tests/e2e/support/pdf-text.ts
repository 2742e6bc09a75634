/** The text layer of a PDF (what `page.pdf()` printed): per page, its lines of text with where each ends on the page. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text on a printed page, in PDF points from the page's left edge. */
export interface PrintedText {
  text: string;
  left: number;
  right: number;
}

/** One printed page: its width in points and its text runs, top to bottom as printed. */
export interface PrintedPage {
  width: number;
  items: PrintedText[];
}

/** Reads every page's text runs from the PDF's bytes (a copy is handed to pdf.js, which rejects Node's Buffer). */
export async function pdfText(bytes: Uint8Array): Promise<PrintedPage[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PrintedPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , width = 0] = page.view;
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [{ text: item.str, left: item.transform[4] as number, right: (item.transform[4] as number) + item.width }]
        : [],
    );
    pages.push({ width, items });
  }
  await document.destroy();
  return pages;
}
