import { useEffect } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createPreactContainer, floatingHost } from './preact-container';

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

/** A container on a fresh host, showing `text` as it is when render() runs. */
function setup(css = '.x { color: red }') {
  const state = { text: 'one', unmounted: 0 };
  function Shown({ text }: { text: string }) {
    useEffect(
      () => () => {
        state.unmounted += 1;
      },
      [],
    );
    return <p class="shown">{text}</p>;
  }
  const host = document.createElement('threat-lens-summary');
  document.body.append(host);
  const container = createPreactContainer(host, css, () => <Shown text={state.text} />);
  const shown = () => host.shadowRoot?.querySelector('p.shown')?.textContent ?? null;
  return { state, host, container, shown };
}

describe('createPreactContainer', () => {
  it('owns an open shadow root with one style element (the css as text) and renders on render()', () => {
    const css = '.x { color: red } </style><script>window.__pwned=1</script>';
    const t = setup(css);
    expect(t.host.shadowRoot).not.toBeNull();
    expect(t.shown()).toBeNull(); // nothing before the first render()
    act(() => t.container.render());
    const styles = t.host.shadowRoot!.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe(css);
    expect(t.host.shadowRoot!.querySelector('script')).toBeNull();
    expect(t.shown()).toBe('one');
    expect(t.host.shadowRoot!.querySelector('.tl-root > p.shown')).not.toBeNull();
  });

  it('re-renders with the latest state, keeping one style and one tree', () => {
    const t = setup();
    act(() => t.container.render());
    t.state.text = 'two';
    act(() => t.container.render());
    expect(t.shown()).toBe('two');
    expect(t.host.shadowRoot!.querySelectorAll('style')).toHaveLength(1);
    expect(t.host.shadowRoot!.querySelectorAll('p.shown')).toHaveLength(1);
    expect(t.state.unmounted).toBe(0); // the same component, updated, not mounted anew
  });

  it('destroy unmounts the tree and removes the host; twice is harmless', () => {
    const t = setup();
    act(() => t.container.render());
    act(() => t.container.destroy());
    expect(t.state.unmounted).toBe(1);
    expect(t.host.isConnected).toBe(false);
    expect(t.host.shadowRoot!.childNodes).toHaveLength(0);
    act(() => t.container.destroy());
    expect(t.state.unmounted).toBe(1);
    expect(document.body.childNodes).toHaveLength(0);
  });

  it('render after destroy does nothing: no tree, no host back in the page', () => {
    const t = setup();
    act(() => t.container.render());
    act(() => t.container.destroy());
    t.state.text = 'late';
    act(() => t.container.render());
    expect(t.shown()).toBeNull();
    expect(t.host.shadowRoot!.childNodes).toHaveLength(0);
    expect(t.host.isConnected).toBe(false);
  });

  it('puts nothing into the page document itself', () => {
    const t = setup(':host { all: initial }');
    act(() => t.container.render());
    expect(document.head.children).toHaveLength(0);
    expect(document.body.querySelector('style')).toBeNull();
    expect(t.host.children).toHaveLength(0);
  });
});

describe('floatingHost', () => {
  it('appends a fixed host of the given tag to the body, taking no layout', () => {
    const host = floatingHost(document, 'threat-lens-panel');
    expect(host.tagName.toLowerCase()).toBe('threat-lens-panel');
    expect(host.parentElement).toBe(document.body);
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    const container = createPreactContainer(host, '', () => <span>hi</span>);
    act(() => container.render());
    act(() => container.destroy());
    expect(document.querySelector('threat-lens-panel')).toBeNull();
  });
});
