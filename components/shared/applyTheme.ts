import themeCss from './theme.css?inline';

/**
 * The stylesheet travels inside each page's one script and is applied before the first
 * render: a separate CSS file would be one more request, and it blocks the first paint.
 */
export function applyTheme(): void {
  const style = document.createElement('style');
  style.textContent = themeCss;
  document.head.append(style);
}
