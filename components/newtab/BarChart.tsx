/**
 * Small bars, drawn as SVG, hidden from screen readers: every chart sits next to a sentence
 * that says the same in words. The last bar (now) is drawn in the accent colour.
 */
export function BarChart({ values, label }: { values: readonly number[]; label: string }) {
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
            class={i === values.length - 1 ? 'bars__now' : value === 0 ? 'bars__none' : 'bars__some'}
          />
        );
      })}
    </svg>
  );
}
