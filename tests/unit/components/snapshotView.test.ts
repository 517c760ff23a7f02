// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { captureView, paintView, type ViewNode } from '../../../components/shared/snapshotView';

function rootWith(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

function painted(view: unknown): HTMLElement {
  const root = document.createElement('div');
  expect(paintView(root, view)).toBe(true);
  return root;
}

describe('captureView and paintView', () => {
  it('paint back exactly what was captured, text included', () => {
    const source = rootWith(
      '<main class="popup" data-fresh="true"><h2 tabindex="-1">Today</h2><p>a &lt;b&gt; &amp; c</p><button type="button">Go</button></main>',
    );
    const view = captureView(source);
    expect(view).not.toBeNull();
    expect(painted(JSON.parse(JSON.stringify(view))).innerHTML).toBe(source.innerHTML);
  });

  it('keep words that look like markup as text', () => {
    const source = document.createElement('div');
    const p = document.createElement('p');
    p.textContent = '<img src=x onerror=alert(1)>';
    source.append(p);
    const root = painted(captureView(source));
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('give top-level elements the attributes of a render from the snapshot, and no others', () => {
    const view = captureView(
      rootWith('<main data-fresh="true"><section data-fresh="true"></section></main>'),
      {
        'data-fresh': 'false',
      },
    );
    const root = painted(view);
    expect(root.querySelector('main')?.getAttribute('data-fresh')).toBe('false');
    expect(root.querySelector('section')?.getAttribute('data-fresh')).toBe('true');
  });

  it('keep no view of a page with a field: a draft lives in its value', () => {
    expect(captureView(rootWith('<main><textarea></textarea></main>'))).toBeNull();
    expect(captureView(rootWith('<main><label><input type="radio"></label></main>'))).toBeNull();
    expect(captureView(rootWith('<main><select></select></main>'))).toBeNull();
  });
});

describe('paintView of stored data', () => {
  it('builds no handler attribute and no script URL', () => {
    const view: ViewNode[] = [
      ['a', { href: ' JavaScript:alert(1)', onclick: 'alert(2)', class: 'link' }, ['x']],
      ['img', { src: 'x', ONERROR: 'alert(3)' }, []],
    ];
    const root = painted(view);
    const link = root.querySelector('a');
    expect(link?.hasAttribute('href')).toBe(false);
    expect(link?.hasAttribute('onclick')).toBe(false);
    expect(link?.getAttribute('class')).toBe('link');
    expect(root.querySelector('img')?.getAttributeNames()).toEqual(['src']);
  });

  it('never builds scripts, styles or frames, at any depth', () => {
    const root = painted([
      ['script', {}, ['alert(1)']],
      ['div', {}, [['style', {}, ['*{}']], ['iframe', { src: 'x' }, []], 'kept']],
    ]);
    expect(root.innerHTML).toBe('<div>kept</div>');
  });

  it('refuses data that is not a view, and skips nodes that are not nodes', () => {
    expect(paintView(document.createElement('div'), { value: 1 })).toBe(false);
    expect(paintView(document.createElement('div'), null)).toBe(false);
    expect(painted([42, ['p', 'not attributes', 'not children'], 'text']).innerHTML).toBe('<p></p>text');
  });
});
