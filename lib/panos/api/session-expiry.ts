// How PAN-OS tells that the web-UI session is over: the login page instead of data (an expired
// session is redirected there, so fetch sees it with status 200), or a Direct message that
// starts with "unauthorized" (reference section 2).

/** Marker comment the login page carries; the UI itself checks responseText for it. */
const LOGIN_PAGE_MARKER = '__LOGIN_PAGE__';
const LOGIN_FORM = /<form\b[^>]*\bid\s*=\s*["']?login_form\b/i;
const PASSWORD_FIELD = /<input\b[^>]*\b(?:name|id)\s*=\s*["']?passwd\b/i;
const LOGIN_URL = /\/php\/login\.php\b/i;

export function isLoginPageText(text: string): boolean {
  if (text.includes(LOGIN_PAGE_MARKER)) return true;
  if (LOGIN_FORM.test(text)) return true;
  // A login page without its marker: a password field posting to login.php.
  return PASSWORD_FIELD.test(text) && LOGIN_URL.test(text);
}

export function isUnauthorizedDirectMessage(message: unknown): boolean {
  return typeof message === 'string' && message.trimStart().toLowerCase().startsWith('unauthorized');
}
