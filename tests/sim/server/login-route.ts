// /php/login.php (form and POST) and /php/logout.php.

import type { IncomingMessage } from 'node:http';
import type { SimContext } from './context';
import { cookies, htmlReply, type Reply, redirect } from './http-util';
import { checkPassword } from './sessions';
import { escapeXml } from './xml';

export const LOGIN_PATH = '/php/login.php';
export const SESSION_COOKIE = 'PHPSESSID';

export function loginPage(error?: string): string {
  const message = error ? `\n    <div id="login_error" class="login-error">${escapeXml(error)}</div>` : '';
  return `<!DOCTYPE html>
<html>
<!-- __LOGIN_PAGE__ -->
<head><meta charset="utf-8"><title>Login</title></head>
<body>
<div class="login-box">
  <form id="login_form" name="login" method="post" action="${LOGIN_PATH}">${message}
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
  if (req.method !== 'POST') return htmlReply(loginPage());
  const user = params.user ?? '';
  if (!checkPassword(user, params.passwd ?? '')) return htmlReply(loginPage('Invalid username or password'));
  const session = ctx.sessions.create(user);
  return redirect('/', { 'Set-Cookie': sessionCookie(session.id) });
}
