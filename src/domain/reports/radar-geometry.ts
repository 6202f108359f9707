// The radar chart's geometry for formats that draw it themselves (the PDF's SVG): one axis per
// dimension clockwise from the top, a ring per level. The page's interactive radar is recharts.

export type Point = { x: number; y: number };

export function radarPoint(axis: number, axes: number, value: number, maxLevel: number, radius: number, center: Point): Point {
  const angle = (2 * Math.PI * axis) / axes - Math.PI / 2;
  const distance = (radius * Math.max(0, Math.min(value, maxLevel))) / maxLevel;
  return { x: round1(center.x + distance * Math.cos(angle)), y: round1(center.y + distance * Math.sin(angle)) };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** "x,y x,y …" for an SVG polygon; a missing value is drawn at the centre (and said in the table). */
export function radarPolygon(values: readonly (number | null)[], maxLevel: number, radius: number, center: Point): string {
  return values.map((value, axis) => radarPoint(axis, values.length, value ?? 0, maxLevel, radius, center)).map((point) => `${point.x},${point.y}`).join(" ");
}
