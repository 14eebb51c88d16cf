import { afterEach, describe, expect, it } from 'vitest';
import { createFloatingHost, mountInShadow } from './mount';

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('mountInShadow', () => {
  it('adds one style element with the css as text, renders, updates and cleans up', () => {
    const host = document.createElement('threat-lens-badge');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const css = '.x { color: red } </style><script>window.__pwned=1</script>';

    const mount = mountInShadow(shadow, <p class="first">one</p>, css);
    const styles = shadow.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe(css);
    expect(shadow.querySelector('script')).toBeNull();
    expect(shadow.querySelector('p.first')?.textContent).toBe('one');

    mount.update(<p class="second">two</p>);
    expect(shadow.querySelector('p.first')).toBeNull();
    expect(shadow.querySelector('p.second')?.textContent).toBe('two');
    expect(shadow.querySelectorAll('style')).toHaveLength(1);

    mount.unmount();
    expect(shadow.childNodes).toHaveLength(0);
    mount.update(<p>ignored after unmount</p>);
    mount.unmount();
    expect(shadow.childNodes).toHaveLength(0);
  });

  it('puts nothing into the page document itself', () => {
    const host = document.createElement('threat-lens-summary');
    document.body.append(host);
    const before = document.head.children.length;
    mountInShadow(host.attachShadow({ mode: 'open' }), <span>hi</span>, ':host { all: initial }');
    expect(document.head.children.length).toBe(before);
    expect(document.body.querySelector('style')).toBeNull();
    expect(host.children).toHaveLength(0);
  });
});

describe('createFloatingHost', () => {
  it('appends a host with an open shadow root to the body and removes it on destroy', () => {
    const floating = createFloatingHost(document, 'threat-lens-panel');
    expect(floating.host.tagName.toLowerCase()).toBe('threat-lens-panel');
    expect(floating.host.parentElement).toBe(document.body);
    expect(floating.host.shadowRoot).toBe(floating.shadow);
    expect(floating.host.style.getPropertyValue('position')).toBe('fixed');
    floating.destroy();
    expect(document.querySelector('threat-lens-panel')).toBeNull();
  });
});
