// Shared endpoints of the default scenario's hand-written sessions.

export const web = {
  src: '10.1.1.25',
  dst: '203.0.113.80',
  dport: 80,
  app: 'web-browsing',
  rule: 'allow-web',
};
export const tls = { src: '10.1.1.31', dst: '198.51.100.7', dport: 443, app: 'ssl', rule: 'allow-web' };
export const dns = {
  src: '10.1.1.40',
  dst: '192.0.2.53',
  dport: 53,
  proto: 'udp' as const,
  app: 'dns',
  rule: 'allow-dns',
};
export const legacy = { src: '10.9.0.5', dst: '10.1.2.10', dport: 23, app: 'telnet', rule: 'allow-legacy' };
export const saas = {
  src: '10.1.1.60',
  dst: '203.0.113.200',
  dport: 443,
  app: 'ssl',
  rule: 'pano-allow-saas',
};
export const threatEnd = { action: 'allow', endReason: 'threat' };
