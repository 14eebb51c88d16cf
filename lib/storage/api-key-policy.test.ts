import { describe, expect, it } from 'vitest';
import { apiKeyAllowed } from './api-key-policy';

describe('apiKeyAllowed', () => {
  it('https only in the store build', () => {
    expect(apiKeyAllowed('https://fw.example.com:4443', 'production')).toBe(true);
    expect(apiKeyAllowed('http://fw.example.com', 'production')).toBe(false);
    expect(apiKeyAllowed('http://127.0.0.1:8080', 'production')).toBe(false);
    expect(apiKeyAllowed('http://localhost:8080', 'production')).toBe(false);
    expect(apiKeyAllowed('not an origin', 'production')).toBe(false);
  });

  it('the e2e build also allows http on the loopback address, and nowhere else', () => {
    expect(apiKeyAllowed('http://127.0.0.1:8080', 'e2e')).toBe(true);
    expect(apiKeyAllowed('http://localhost:8080', 'e2e')).toBe(true);
    expect(apiKeyAllowed('http://10.0.0.1', 'e2e')).toBe(false);
    expect(apiKeyAllowed('http://127.0.0.1.example.com', 'e2e')).toBe(false);
  });

  it('unit tests run as neither: http is refused', () => {
    expect(apiKeyAllowed('http://127.0.0.1:8080')).toBe(false);
  });
});
