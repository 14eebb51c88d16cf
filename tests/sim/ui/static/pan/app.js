// The app frame: header bar (tabs, location, language, logout), left navigation, and hash
// routing without reloads: '#<tab>::<location>::<branch>'. Leaving Monitor calls
// MonitorDirect.clearQueryAllBySession, as the real UI does.
((window) => {
  const Ext = window.Ext;
  const Pan = window.Pan;
  const encode = Ext.util.Format.htmlEncode;
  const logNs = Ext.ns('Pan.monitor.log');
  const pages = Ext.ns('Pan.appframework.pages');
  const boot = Pan.bootConfig || { product: 'firewall', vsysList: ['vsys1'], deviceGroups: [] };
  const panorama = boot.product === 'panorama';
  /** The page's RPC client, under whichever name this release gives it. */
  const rpcClient = () => window.PanDirect || window.Pan.direct || window.Panos?.direct;

  // No product flag is known on real PAN-OS: the simulator sets one only when asked to.
  if (boot.productFlag) Pan.global = { product: boot.product, isPanorama: () => panorama };

  const LOG_VIEWS = {
    'monitor/logs/traffic': { logtype: 'traffic', itemId: 'Monitor/Logs/Traffic' },
    'monitor/logs/threat': { logtype: 'threat', itemId: 'Monitor/Logs/Threat' },
    // Each its own log database from PAN-OS 9.1 (branch names follow the threat log's pattern).
    'monitor/logs/url': { logtype: 'url', itemId: 'Monitor/Logs/URL' },
    'monitor/logs/wildfire': { logtype: 'wildfire', itemId: 'Monitor/Logs/WildFire' },
    'monitor/logs/data': { logtype: 'data', itemId: 'Monitor/Logs/Data' },
  };
  const TABS = [
    ['dashboard', 'Dashboard', 'dashboard'],
    ['monitor', 'Monitor', 'monitor/logs/traffic'],
    ['policies', 'Policies', 'policies/security-rulebase'],
  ];
  const NAV = {
    monitor: [
      ['monitor/logs/traffic', 'Traffic'],
      ['monitor/logs/threat', 'Threat'],
      ['monitor/logs/url', 'URL Filtering'],
      ['monitor/logs/wildfire', 'WildFire Submissions'],
      ['monitor/logs/data', 'Data Filtering'],
    ],
    policies: [['policies/security-rulebase', 'Security']],
    dashboard: [['dashboard', 'Dashboard']],
  };

  const state = { page: null, route: null, pendingQuery: null };

  function parseHash(hash) {
    const [tab = '', location = '', branch = ''] = String(hash || '')
      .replace(/^#/, '')
      .split('::');
    return { tab: tab || 'dashboard', location, branch: branch || tab || 'dashboard' };
  }

  function defaultLocation() {
    return panorama ? '' : boot.vsysList?.[0] || 'vsys1';
  }

  function hashFor(branch, location) {
    const tab = branch.split('/')[0];
    const where = tab === 'dashboard' ? '' : (location ?? defaultLocation());
    return `#${tab}::${where}::${branch}`;
  }

  function frameHtml() {
    const locations = panorama ? ['', ...(boot.deviceGroups || [])] : boot.vsysList || ['vsys1'];
    const locationOptions = locations
      .map((l) => `<option value="${encode(l)}">${encode(l || (panorama ? 'All' : l))}</option>`)
      .join('');
    const languageOptions = Pan.i18n.languages
      .map((l) => `<option value="${l}">${encode(Pan.i18n.languageNames[l])}</option>`)
      .join('');
    const tabs = TABS.map(
      ([tab, label, branch]) => `<a class="pan-tab" data-tab="${tab}" href="${hashFor(branch)}">${label}</a>`,
    ).join('');
    return (
      '<div class="pan-header"><span class="pan-logo">paloalto<b>NETWORKS</b></span>' +
      `<span class="pan-product">${panorama ? 'Panorama' : 'PA-VM'}</span><nav class="pan-tabs">${tabs}</nav>` +
      `<span class="pan-header-right"><label>${panorama ? 'Device Group' : 'Virtual System'} ` +
      `<select id="pan-location" name="location">${locationOptions}</select></label>` +
      `<label>Language <select id="pan-language" name="language">${languageOptions}</select></label>` +
      `<span class="pan-user">${encode(boot.user || '')}</span>` +
      '<a class="pan-logout" href="/php/logout.php">Logout</a></span></div>' +
      '<div class="pan-main"><div class="pan-nav x-tree" id="pan-nav"></div>' +
      '<div class="pan-content" id="pan-content"></div></div>'
    );
  }

  function renderNav(route) {
    const nav = window.document.getElementById('pan-nav');
    const items = NAV[route.tab] || [];
    nav.innerHTML = items
      .map(([branch, label]) => {
        const selected = branch === route.branch ? ' x-tree-selected' : '';
        return `<a class="x-tree-node pan-nav-link${selected}" href="${hashFor(branch, route.location)}">${label}</a>`;
      })
      .join('');
    for (const tab of window.document.querySelectorAll('.pan-tab')) {
      tab.classList.toggle('pan-tab-active', tab.dataset.tab === route.tab);
    }
    window.document.getElementById('pan-location').value = route.location;
  }

  function createPage(route, container) {
    const logView = LOG_VIEWS[route.branch];
    const common = { renderTo: container, location: route.location, product: boot.product };
    // A release whose log pages the extension has never seen: no ExtJS grid at all.
    if (logView && boot.logUi === 'unrecognised') {
      const page = new pages.LogTablePage({ logtype: logView.logtype, location: route.location });
      page.render(container);
      return page;
    }
    if (logView)
      return new logNs.Viewer(Ext.apply(Ext.apply(common, logView), { query: state.pendingQuery || '' }));
    let page;
    if (route.branch === 'dashboard') page = new pages.DashboardPage({ itemId: 'Dashboard' });
    else if (route.branch === 'policies/security-rulebase')
      page = new pages.SecurityRulesPage({ itemId: 'Policies' });
    else page = new pages.NotFoundPage({ branch: route.branch });
    page.render(container);
    return page;
  }

  function route() {
    const next = parseHash(window.location.hash);
    const previous = state.route;
    if (previous && previous.branch === next.branch && previous.location === next.location) return;
    if (state.page) state.page.destroy();
    logNs.DetailView?.close();
    if (previous?.tab === 'monitor' && next.tab !== 'monitor') {
      rpcClient().run('MonitorDirect.clearQueryAllBySession', [], () => {});
    }
    state.route = next;
    renderNav(next);
    state.page = createPage(next, window.document.getElementById('pan-content'));
    state.pendingQuery = null;
  }

  Pan.appframework.PanAppInterface = {
    /** jumpToBranch('monitor/logs/threat', 'vsys1', {query}) opens that view with the filter applied. */
    jumpToBranch(branch, vsys, params) {
      const query = params?.query;
      const target = hashFor(String(branch), vsys);
      const current = state.route && hashFor(state.route.branch, state.route.location);
      if (target === current && state.page?.setQuery) {
        if (query !== undefined) state.page.setQuery(query);
        return;
      }
      state.pendingQuery = query ?? null;
      window.location.hash = target;
    },
    getCurrentBranch: () => state.route?.branch,
    getCurrentPage: () => state.page,
  };

  Ext.onReady(() => {
    const root = window.document.getElementById('pan-app');
    if (!root) return;
    window.document.documentElement.lang = Pan.i18n.getLanguage();
    root.innerHTML = frameHtml();
    const language = window.document.getElementById('pan-language');
    language.value = Pan.i18n.getLanguage();
    language.addEventListener('change', () => Pan.i18n.setLanguage(language.value));
    window.document.getElementById('pan-location').addEventListener('change', (event) => {
      const current = state.route || parseHash('');
      window.location.hash = hashFor(current.branch, event.target.value);
    });
    window.addEventListener('hashchange', route);
    route();
  });
})(window);
