// A page's painted DOM kept as plain data, so the next open can paint it before any component
// code runs: building 74 elements directly takes about 1 ms where the popup's first render took
// about 8. The app then renders over the painted nodes, taking them over and correcting any
// difference (components/shared/mountPage.tsx). Text is only ever created as text nodes.

/** Text, or an element: tag, attributes, children. */
export type ViewNode = string | [tag: string, attributes: Record<string, string>, children: ViewNode[]];

// A field's text lives in its value, not in markup: a view must never paint a draft as empty.
const FORM_CONTROLS = 'input, textarea, select';
// What a view never builds, whatever the stored data says.
const NEVER_BUILT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base']);

/**
 * The DOM under `root` as plain data, or null when it holds a form control. `topAttributes`
 * replace attributes of the top-level elements: what the first render from a snapshot says.
 */
export function captureView(root: Element, topAttributes: Record<string, string> = {}): ViewNode[] | null {
  if (root.querySelector(FORM_CONTROLS)) return null;
  const capture = (node: Node, top: boolean): ViewNode | null => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return null;
    const attributes: Record<string, string> = {};
    for (const { name, value } of node.attributes) attributes[name] = value;
    return [
      node.localName,
      top ? { ...attributes, ...topAttributes } : attributes,
      [...node.childNodes].map((child) => capture(child, false)).filter((child) => child !== null),
    ];
  };
  return [...root.childNodes].map((node) => capture(node, true)).filter((node) => node !== null);
}

/** Builds `view` into `root` (which should be empty). False when the data is not a view. */
export function paintView(root: Element, view: unknown): boolean {
  if (!Array.isArray(view)) return false;
  const build = (node: unknown): Node | null => {
    if (typeof node === 'string') return document.createTextNode(node);
    if (!Array.isArray(node) || typeof node[0] !== 'string' || NEVER_BUILT.has(node[0])) return null;
    const [tag, attributes, children] = node as [string, unknown, unknown];
    const element = document.createElement(tag);
    if (attributes && typeof attributes === 'object') {
      for (const [name, value] of Object.entries(attributes)) {
        // Handlers come from the app, never from stored data; nor does a script URL.
        if (typeof value !== 'string' || /^on/i.test(name) || /^\s*javascript:/i.test(value)) continue;
        element.setAttribute(name, value);
      }
    }
    if (Array.isArray(children)) {
      for (const child of children) {
        const built = build(child);
        if (built) element.append(built);
      }
    }
    return element;
  };
  const fragment = document.createDocumentFragment();
  for (const node of view) {
    const built = build(node);
    if (built) fragment.append(built);
  }
  root.append(fragment);
  return true;
}
