// PanDirect: the UI's Ext.Direct client. One POST per call to /php/utils/router.php, with the
// CSRF pair ___tid/___token where ___token = hex SHA-256 (or MD5 on older releases) of the
// seed in Pan.st.st plus the tid. A login page or an 'unauthorized' message sends the user
// to the login page, as the real UI does. The release decides its names: 8.1 publishes it as
// window.PanDirect and Pan.direct, newer ones as Pan.direct or Panos.direct only.
((window) => {
  const Pan = window.Pan;
  const ROUTER_URL = '/php/utils/router.php';
  let lastTid = 0;

  function tokenSeed() {
    const holder = Pan.st?.st || {};
    const key = Object.keys(holder).find((k) => /^st\d+$/.test(k));
    return key ? String(holder[key]) : '';
  }

  async function sha256Hex(text) {
    const digest = await window.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }

  function makeToken(tid) {
    const input = tokenSeed() + String(tid);
    const algo = Pan.bootConfig?.tokenAlgo || 'sha256';
    return algo === 'md5' ? Promise.resolve(Pan.util.md5Hex(input)) : sha256Hex(input);
  }

  function goToLogin() {
    window.location.href = '/php/login.php';
  }

  /** The response of one rpc, whether the router answered an array or a single object. */
  function pickResponse(parsed, tid) {
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.find((r) => r && String(r.tid) === String(tid)) || list[0];
  }

  async function send(methodName, args, tid) {
    const token = await makeToken(tid);
    const message = {
      action: 'PanDirect',
      method: 'run',
      data: [methodName, args],
      type: 'rpc',
      tid,
      ___tid: tid,
      ___token: token,
    };
    const response = await window.fetch(ROUTER_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify(message),
    });
    const text = await response.text();
    if (text.includes('__LOGIN_PAGE__')) return { login: true };
    if (!response.ok) return { type: 'exception', message: `HTTP ${response.status}` };
    try {
      return pickResponse(JSON.parse(text), tid) || { type: 'exception', message: 'empty response' };
    } catch {
      return { type: 'exception', message: 'malformed response' };
    }
  }

  const client = {
    url: ROUTER_URL,
    /** run(method, args, callback(result, event), scope): the callback gets Ext.Direct's event shape. */
    run(methodName, args, callback, scope) {
      lastTid += 1;
      const tid = lastTid;
      const done = (result, event) => {
        if (typeof callback === 'function') callback.call(scope || window, result, event);
      };
      send(String(methodName), Array.isArray(args) ? args : [args], tid).then(
        (response) => {
          // The caller hears about the end of the session before the page leaves for the login page.
          if (response.login) {
            done(null, { status: false, type: 'exception', tid, message: 'unauthorized (login page)' });
            goToLogin();
            return;
          }
          if (response.type === 'exception') {
            const message = String(response.message ?? 'exception');
            done(null, { status: false, type: 'exception', tid, message });
            if (message.startsWith('unauthorized')) goToLogin();
            return;
          }
          done(response.result, { status: true, type: 'rpc', tid, result: response.result });
        },
        (error) =>
          done(null, { status: false, type: 'exception', tid, message: String(error?.message || error) }),
      );
      return tid;
    },
  };

  const names = Pan.bootConfig?.rpcGlobals || ['PanDirect', 'Pan.direct'];
  if (names.includes('PanDirect')) window.PanDirect = client;
  if (names.includes('Pan.direct')) Pan.direct = client;
  if (names.includes('Panos.direct')) {
    window.Panos = window.Panos || {};
    window.Panos.direct = client;
  }
})(window);
