import { markPosition } from "./finish-marks";

/** A dated event drawn over the line: a linked initiative that finished. */
export type SparkMark = { key: string; date: string; label: string };

/**
 * A small trend line; decorative, the numbers beside it carry the meaning,
 * except for the marks, which each carry their own label.
 * Plain SVG drawn on the server: a charting library here cost every canvas a
 * chart render per measure right after the page loaded, for a single line.
 * The curve is d3's monotone-x (what Recharts' type="monotone" draws), so it
 * never overshoots a value.
 */
export function Sparkline({
  values,
  target,
  dates = [],
  marks = [],
}: {
  values: number[];
  target: number | null;
  /** The values' dates (oldest first), to place the marks; needed only with marks. */
  dates?: string[];
  marks?: SparkMark[];
}) {
  if (values.length < 2) {
    return <div className="flex h-10 items-center text-xs text-slate-500">{values.length ? "One value so far" : "No values yet"}</div>;
  }
  const all = target === null ? values : [...values, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = (max - min) * 0.1 || 1;
  const [low, high] = [min - pad, max + pad];
  // viewBox units: 100 across (stretched to the card's width), 40 down as the box is 40 px high, 4 px margins.
  const points = values.map((v, i): [number, number] => [1 + (98 * i) / (values.length - 1), 36 - (32 * (v - low)) / (high - low)]);
  return (
    <div className="relative h-10 w-full">
      <svg viewBox="0 0 100 40" preserveAspectRatio="none" className="h-full w-full overflow-visible" aria-hidden>
        <path
          d={monotonePath(points)}
          fill="none"
          stroke="#4f46e5"
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
          strokeLinejoin="round"
        />
      </svg>
      {marks.map((m) => (
        // A dashed rule with a triangle on top: shape, not colour alone, tells it from the line.
        <span
          key={m.key}
          role="img"
          aria-label={m.label}
          title={m.label}
          data-testid="finish-mark"
          className="absolute inset-y-0 -ml-1.5 flex w-3 flex-col items-center"
          style={{ left: `${markPosition(dates, m.date)}%` }}
        >
          <span className="text-[8px] leading-none text-amber-700" aria-hidden>
            ▼
          </span>
          <span className="w-0 flex-1 border-l border-dashed border-amber-600" aria-hidden />
        </span>
      ))}
    </div>
  );
}

const sign = (x: number) => (x < 0 ? -1 : 1);

/** The path of d3-shape's curveMonotoneX through points with increasing x (Fritsch–Carlson tangents). */
function monotonePath(p: [number, number][]): string {
  if (p.length === 2) return `M${p[0]![0]},${p[0]![1]}L${p[1]![0]},${p[1]![1]}`;
  const tangents = p.map((_, i) => {
    if (i === 0 || i === p.length - 1) return Number.NaN;
    const [x0, y0] = p[i - 1]!;
    const [x1, y1] = p[i]!;
    const [x2, y2] = p[i + 1]!;
    const h0 = x1 - x0;
    const h1 = x2 - x1;
    const s0 = (y1 - y0) / h0;
    const s1 = (y2 - y1) / h1;
    const m = (s0 * h1 + s1 * h0) / (h0 + h1);
    return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(m)) || 0;
  });
  // The ends: the one-sided three-point estimate d3 uses.
  const end = (i: number, j: number, t: number) => (3 * (p[j]![1] - p[i]![1])) / (p[j]![0] - p[i]![0]) / 2 - t / 2;
  tangents[0] = end(0, 1, tangents[1]!);
  tangents[p.length - 1] = end(p.length - 2, p.length - 1, tangents[p.length - 2]!);
  let d = `M${p[0]![0]},${p[0]![1]}`;
  for (let i = 1; i < p.length; i++) {
    const [x0, y0] = p[i - 1]!;
    const [x1, y1] = p[i]!;
    const dx = (x1 - x0) / 3;
    d += `C${x0 + dx},${y0 + dx * tangents[i - 1]!},${x1 - dx},${y1 - dx * tangents[i]!},${x1},${y1}`;
  }
  return d;
}
