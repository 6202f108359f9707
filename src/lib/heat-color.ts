import { interpolateCividis } from "d3-scale-chromatic";

// Heatmap cell colours: cividis, a sequential scale that reads the same with the common colour
// vision deficiencies and in greyscale, and a text colour per cell chosen for contrast.

function channels(color: string): [number, number, number] {
  const match = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(color);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) return [0, 2, 4].map((offset) => parseInt(hex[1]!.slice(offset, offset + 2), 16)) as [number, number, number];
  throw new Error(`not a colour: ${color}`);
}

/** WCAG relative luminance. */
export function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const s = value / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const DARK_TEXT = "#000000";
const LIGHT_TEXT = "#ffffff";

/** The cell's background for a value within [low, high], and the text colour that contrasts more with it. */
export function heatColor(value: number, [low, high]: readonly [number, number]): { background: string; text: string } {
  const t = high === low ? 0.5 : Math.min(1, Math.max(0, (value - low) / (high - low)));
  const background = interpolateCividis(t);
  const text = contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
  return { background, text };
}
