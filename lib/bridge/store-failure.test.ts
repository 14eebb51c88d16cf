import { describe, expect, it } from 'vitest';
import { storeFailure } from './store-failure';

const ROLE_403 =
  "<response status = 'error' code = '403'><result><msg>Type [log] not authorized for user role</msg></result></response>";

describe('storeFailure: what a failed LogStore load says', () => {
  it.each([
    [
      'the login page',
      [{}, { status: 200, responseText: '<html><!-- __LOGIN_PAGE__ -->' }],
      'session-expired',
      'the PAN-OS session is over',
    ],
    ['an "unauthorized" message', ['unauthorized: session'], 'session-expired', 'the PAN-OS session is over'],
    [
      'HTTP 403 with the role refusal',
      [{ status: 403, responseText: ROLE_403 }],
      'refused',
      'Type [log] not authorized for user role',
    ],
    ['HTTP 403 with no body', [{ status: 403, responseText: '' }], 'refused', 'HTTP 403'],
    ['HTTP 401', [{ status: 401 }], 'refused', 'HTTP 401'],
    [
      'an error answer (HTTP 200)',
      [
        {
          status: 200,
          responseText: '<response status="error"><msg><line>Access denied</line></msg></response>',
        },
      ],
      'refused',
      'Access denied',
    ],
    ['HTTP 500', [{ status: 500, responseText: '<html>500</html>' }], 'error-answer', '<html>500</html>'],
    ['a message string only', ['HTTP 403'], 'error-answer', 'HTTP 403'],
    ['nothing', [], 'error-answer', 'log query failed'],
  ])('%s', (_, args, error, message) => {
    expect(storeFailure(args)).toEqual({ error, message });
  });

  it('keeps a long answer short', () => {
    const said = 'x'.repeat(500);
    const { message } = storeFailure([
      { status: 200, responseText: `<response status="error"><msg>${said}</msg></response>` },
    ]);
    expect(message).toHaveLength(200);
  });
});
