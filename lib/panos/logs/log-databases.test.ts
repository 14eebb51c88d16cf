import { describe, expect, it } from 'vitest';
import {
  DATABASE_KEY,
  databaseOfRecord,
  databaseOfSubtype,
  inferDatabase,
  isLogDatabase,
  withDatabase,
} from './log-databases';

describe('log databases', () => {
  it.each([
    ['vulnerability', 'threat'],
    ['spyware', 'threat'],
    ['virus', 'threat'],
    ['wildfire-virus', 'threat'],
    ['ml-virus', 'threat'],
    ['flood', 'threat'],
    ['url', 'url'],
    [' URL ', 'url'],
    ['file', 'data'],
    ['data', 'data'],
    ['wildfire', 'wildfire'],
    ['', 'threat'],
  ])('subtype %j lives in the %s log', (subtype, database) => {
    expect(databaseOfSubtype(subtype)).toBe(database);
  });

  it('the database read from wins over type and subtype', () => {
    expect(databaseOfRecord(withDatabase({ type: 'THREAT', subtype: 'url' }, 'threat'))).toBe('threat');
    expect(databaseOfRecord({ [DATABASE_KEY]: 'bogus', subtype: 'file' })).toBe('data');
  });

  it.each([
    [{ type: 'url', subtype: 'url' }, 'url'],
    [{ type: 'WILDFIRE', subtype: 'wildfire' }, 'wildfire'],
    [{ type: 'THREAT', subtype: 'url' }, 'url'],
    [{ type: 'THREAT', subtype: 'wildfire-virus' }, 'threat'],
    [{ logtype: 'data', subtype: 'file' }, 'data'],
    [{ subtype: 'data' }, 'data'],
    [{}, 'threat'],
  ])('without a tag, %j is in the %s log', (record, database) => {
    expect(inferDatabase(record)).toBe(database);
  });

  it('knows exactly four databases', () => {
    expect(['threat', 'url', 'data', 'wildfire'].every(isLogDatabase)).toBe(true);
    expect(['traffic', 'system', 'THREAT', '', null].some(isLogDatabase)).toBe(false);
  });
});
