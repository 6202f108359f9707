// Each participant group gets a colour AND a shape, so the split reads without colour vision and
// in black-and-white print. Okabe–Ito colours, all legible on white.

const COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8F6A00", "#3B3B3B"] as const;
const SHAPES = ["circle", "square", "triangle", "diamond", "triangle-down", "cross"] as const;
export type MarkerShape = (typeof SHAPES)[number];

export function markerFor(index: number): { color: string; shape: MarkerShape } {
  return { color: COLORS[index % COLORS.length]!, shape: SHAPES[index % SHAPES.length]! };
}

export function GroupMarker({ index, size = 16 }: { index: number; size?: number }) {
  const { color, shape } = markerFor(index);
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="inline-block shrink-0">
      {shape === "circle" ? <circle cx="8" cy="8" r="6.5" fill={color} /> : null}
      {shape === "square" ? <rect x="2" y="2" width="12" height="12" fill={color} /> : null}
      {shape === "triangle" ? <polygon points="8,1.5 15,14.5 1,14.5" fill={color} /> : null}
      {shape === "diamond" ? <polygon points="8,1 15,8 8,15 1,8" fill={color} /> : null}
      {shape === "triangle-down" ? <polygon points="1,1.5 15,1.5 8,14.5" fill={color} /> : null}
      {shape === "cross" ? <path d="M2 5.5 5.5 2 8 4.5 10.5 2 14 5.5 11.5 8 14 10.5 10.5 14 8 11.5 5.5 14 2 10.5 4.5 8Z" fill={color} /> : null}
    </svg>
  );
}
