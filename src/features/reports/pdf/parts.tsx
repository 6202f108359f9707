import type { ReactNode } from "react";

// Small building blocks of the printed report.

/** A heading kept on the same page as the block that follows it (never stranded at a page's foot). */
export function Titled({ level = 2, title, id, children }: { level?: 2 | 3; title: string; id?: string; children: ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="keep">
      <Heading id={id}>{title}</Heading>
      {children}
    </div>
  );
}

/** A sequential blue for a level on the scale, light to dark, with a text colour that stays readable. */
export function heatColours(value: number | null, [low, high]: [number, number]): { background: string; color: string } {
  if (value === null) return { background: "#f3f4f6", color: "#4b5563" };
  const share = high === low ? 0 : (Math.min(high, Math.max(low, value)) - low) / (high - low);
  const lightness = Math.round(94 - share * 58);
  return { background: `hsl(212, 55%, ${lightness}%)`, color: lightness < 58 ? "#ffffff" : "#12355b" };
}
