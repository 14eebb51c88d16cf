import { describe, expect, it } from 'vitest';
import { recordField } from './log-record';

describe('recordField', () => {
  it.each([
    [{ receive_time: 'x' }, ['receive_time'], 'x'],
    [{ 'Receive-Time': 'x' }, ['receive_time'], 'x'],
    [{ receiveTime: 'x' }, ['receive_time'], 'x'],
    [{ RECEIVE_TIME: 'x' }, ['receive_time'], 'x'],
    [{ logid: 'b', '@logid': 'a' }, ['@logid', 'logid'], 'a'],
    [{ LOGID: 'b' }, ['@logid', 'logid'], 'b'],
    [{ other: 'x' }, ['receive_time'], ''],
  ])('%j %j', (record, names, expected) => {
    expect(recordField(record, ...names)).toBe(expected);
  });
});
