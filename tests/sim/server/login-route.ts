// /php/login.php (form and POST) and /php/logout.php.

import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { SimContext } from './context';
import { cookies, htmlReply, type Reply, redirect } from './http-util';
import { checkPassword } from './sessions';
import { escapeXml } from './xml';

export const LOGIN_PATH = '/php/login.php';
export const SESSION_COOKIE = 'PHPSESSID';

/** `csrf`: the form's `_csrf` value on releases that post one (10.1.6 and later). */
export function loginPage(error?: string, csrf?: string): string {
  const message = error ? `\n    <div id="login_error" class="login-error">${escapeXml(error)}</div>` : '';
  const csrfField = csrf ? `\n    <input type="hidden" name="_csrf" value="${escapeXml(csrf)}">` : '';
  return `<!DOCTYPE html>
<html>
<!-- __LOGIN_PAGE__ -->
<head><meta charset="utf-8"><title>Login</title></head>
<body>
<div class="login-box">
  <form id="login_form" name="login" method="post" action="${LOGIN_PATH}">${message}${csrfField}
    <label for="user">Username</label><input type="text" name="user" id="user" autocomplete="off">
    <label for="passwd">Password</label><input type="password" name="passwd" id="passwd">
    <input type="submit" name="ok" id="submit" value="Log In">
  </form>
</div>
</body>
</html>
`;
}

export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly`;
}

export function handleLogin(
  req: IncomingMessage,
  ctx: SimContext,
  path: string,
  params: Record<string, string>,
): Reply {
  if (path === '/php/logout.php') {
    ctx.sessions.end(cookies(req)[SESSION_COOKIE]);
    return redirect(LOGIN_PATH, { 'Set-Cookie': `${SESSION_COOKIE}=deleted; Path=/; HttpOnly; Max-Age=0` });
  }
  // Each form served carries a one-time _csrf value that its POST must send back.
  const form = (error?: string) => {
    if (!ctx.release.loginCsrf) return htmlReply(loginPage(error));
    const csrf = randomBytes(16).toString('hex');
    ctx.loginCsrf.add(csrf);
    return htmlReply(loginPage(error, csrf));
  };
  if (req.method !== 'POST') return form();
  if (ctx.release.loginCsrf && !ctx.loginCsrf.delete(params._csrf ?? '')) {
    return form('The login form expired; please log in again');
  }
  const user = params.user ?? '';
  if (!checkPassword(user, params.passwd ?? '')) return form('Invalid username or password');
  const session = ctx.sessions.create(user);
  return redirect('/', { 'Set-Cookie': sessionCookie(session.id) });
}
