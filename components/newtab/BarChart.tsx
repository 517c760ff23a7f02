/**
 * Small bars, drawn as SVG, hidden from screen readers: every chart sits next to a sentence
 * that says the same in words. One bar (now, or the person's level) is drawn in the accent colour.
 */
export function BarChart({
  values,
  label,
  marked = values.length - 1,
}: {
  values: readonly number[];
  label: string;
  /** The bar drawn in the accent colour: the last (now), or the person's own level. */
  marked?: number;
}) {
  const max = Math.max(1, ...values);
  const width = 12;
  const gap = 6;
  const height = 48;
  return (
    <svg
      class="bars"
      viewBox={`0 0 ${values.length * (width + gap) - gap} ${height}`}
      aria-hidden="true"
      data-chart={label}
      preserveAspectRatio="none"
    >
      {values.map((value, i) => {
        const h = value === 0 ? 2 : Math.max(4, (value / max) * height);
        return (
          <rect
            key={i}
            x={i * (width + gap)}
            y={height - h}
            width={width}
            height={h}
            rx={2}
            class={i === marked ? 'bars__now' : value === 0 ? 'bars__none' : 'bars__some'}
          />
        );
      })}
    </svg>
  );
}
