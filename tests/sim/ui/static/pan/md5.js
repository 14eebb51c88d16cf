// MD5 of a string's UTF-8 bytes, lowercase hex. Pre-10.2 releases derive the Direct CSRF
// token with MD5, and crypto.subtle has no MD5: written here from RFC 1321.
((window) => {
  const util = window.Ext.ns('Pan.util');

  const SHIFTS = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5,
    9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6,
    10, 15, 21, 6, 10, 15, 21,
  ];
  // K[i] = floor(abs(sin(i + 1)) * 2^32), as RFC 1321 defines the table.
  const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

  function paddedWords(bytes) {
    const bitLength = bytes.length * 8;
    const total = (((bytes.length + 8) >> 6) + 1) * 64;
    const buffer = new Uint8Array(total);
    buffer.set(bytes);
    buffer[bytes.length] = 0x80;
    const view = new DataView(buffer.buffer);
    view.setUint32(total - 8, bitLength >>> 0, true);
    view.setUint32(total - 4, Math.floor(bitLength / 2 ** 32), true);
    const words = new Uint32Array(total / 4);
    for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4, true);
    return words;
  }

  function md5Hex(text) {
    const words = paddedWords(new TextEncoder().encode(String(text)));
    const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
    for (let block = 0; block < words.length; block += 16) {
      let [a, b, c, d] = state;
      for (let i = 0; i < 64; i++) {
        let f;
        let g;
        if (i < 16) {
          f = (b & c) | (~b & d);
          g = i;
        } else if (i < 32) {
          f = (d & b) | (~d & c);
          g = (5 * i + 1) % 16;
        } else if (i < 48) {
          f = b ^ c ^ d;
          g = (3 * i + 5) % 16;
        } else {
          f = c ^ (b | ~d);
          g = (7 * i) % 16;
        }
        const sum = (a + f + K[i] + words[block + g]) >>> 0;
        a = d;
        d = c;
        c = b;
        b = (b + ((sum << SHIFTS[i]) | (sum >>> (32 - SHIFTS[i])))) >>> 0;
      }
      state[0] = (state[0] + a) >>> 0;
      state[1] = (state[1] + b) >>> 0;
      state[2] = (state[2] + c) >>> 0;
      state[3] = (state[3] + d) >>> 0;
    }
    const out = new DataView(new ArrayBuffer(16));
    for (let i = 0; i < 4; i++) out.setUint32(i * 4, state[i], true);
    return Array.from(new Uint8Array(out.buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }

  util.md5Hex = md5Hex;
})(window);
