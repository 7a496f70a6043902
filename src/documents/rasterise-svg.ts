// Draws an SVG chart as a PNG (resvg, no browser needed), for word processors that show a picture's PNG
// rather than its SVG (LibreOffice, Word before 2016). Chinese labels need a CJK font on the machine.
import { Resvg } from '@resvg/resvg-js';

/** CJK families tried in order; the first one installed draws the Chinese labels. */
const cjkFamilies = [
  'Noto Sans CJK SC',
  'WenQuanYi Zen Hei',
  'Source Han Sans SC',
  'Microsoft YaHei',
];

/** The SVG as a PNG at twice its size, or null when it cannot be drawn. */
export async function rasteriseSvg(
  svg: string,
  width: number,
  _height: number,
): Promise<Buffer | null> {
  try {
    const resvg = new Resvg(svg, {
      background: 'white',
      fitTo: { mode: 'width', value: width * 2 },
      font: {
        loadSystemFonts: true,
        defaultFontFamily: cjkFamilies[0],
        sansSerifFamily: cjkFamilies[0],
      },
    });
    return Buffer.from(resvg.render().asPng());
  } catch {
    return null;
  }
}
