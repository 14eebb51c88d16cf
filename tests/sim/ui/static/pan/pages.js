// The non-Monitor pages of the simulated UI: just enough to navigate away from Monitor and
// back (Dashboard, Policies > Security). Each page is a component destroyed on leaving.
((window) => {
  const Ext = window.Ext;
  const encode = Ext.util.Format.htmlEncode;
  const pagesNs = Ext.ns('Pan.appframework.pages');

  class SimplePage extends Ext.Component {
    render(container) {
      const el = window.document.createElement('div');
      el.id = this.id;
      el.className = `x-panel pan-page ${this.cls || ''}`;
      el.innerHTML = this.html();
      container.appendChild(el);
      this.el = el;
      this.rendered = true;
    }
  }

  class DashboardPage extends SimplePage {
    html() {
      const boot = window.Pan.bootConfig || {};
      const rows = [
        ['Device Name', boot.product === 'panorama' ? 'Panorama' : 'PA-VM'],
        ['Product', boot.product === 'panorama' ? 'Panorama' : 'Firewall'],
        ['Logged-in User', boot.user || ''],
        ['Software Version', boot.swVersion || ''],
      ]
        .map(([k, v]) => `<tr><th>${encode(k)}</th><td>${encode(v)}</td></tr>`)
        .join('');
      return (
        '<div class="x-panel-header"><span class="x-panel-header-text">General Information</span></div>' +
        `<div class="x-panel-body pan-widget"><table class="pan-info-table"><tbody>${rows}</tbody></table></div>`
      );
    }
  }

  const SAMPLE_RULES = [
    ['allow-web', 'trust', 'untrust', 'any', 'any', 'web-browsing, ssl', 'allow', 'group: default-protect'],
    ['allow-dns', 'trust', 'untrust', 'any', 'any', 'dns', 'allow', 'profiles: spyware'],
    ['deny-all', 'any', 'any', 'any', 'any', 'any', 'deny', 'none'],
  ];

  class SecurityRulesPage extends SimplePage {
    html() {
      const header = [
        'Name',
        'Source Zone',
        'Destination Zone',
        'Source',
        'Destination',
        'Application',
        'Action',
        'Profile',
      ]
        .map((h) => `<th>${encode(h)}</th>`)
        .join('');
      const rows = SAMPLE_RULES.map((r) => `<tr>${r.map((c) => `<td>${encode(c)}</td>`).join('')}</tr>`).join(
        '',
      );
      return (
        '<div class="x-panel-header"><span class="x-panel-header-text">Security Policy Rules</span></div>' +
        `<div class="x-panel-body"><table class="pan-rule-table"><thead><tr>${header}</tr></thead>` +
        `<tbody>${rows}</tbody></table></div>`
      );
    }
  }

  class NotFoundPage extends SimplePage {
    html() {
      return `<div class="x-panel-body">Nothing simulated at ${encode(this.branch || '')}.</div>`;
    }
  }

  pagesNs.DashboardPage = DashboardPage;
  pagesNs.SecurityRulesPage = SecurityRulesPage;
  pagesNs.NotFoundPage = NotFoundPage;
})(window);
