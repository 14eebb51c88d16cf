import { describe, expect, it } from 'vitest';
import { withDatabase } from '../panos/logs/log-databases';
import { emptyTally, readTally, tallyRecords } from './database-tally';

describe('database tally', () => {
  it('counts each record under the database it was read from, else the one its subtype names', () => {
    const tally = emptyTally();
    tallyRecords(tally, [
      withDatabase({ subtype: 'vulnerability' }, 'threat'),
      withDatabase({ subtype: 'url' }, 'url'),
      { subtype: 'file' }, // related logs: no database noted, the subtype decides
      { subtype: 'wildfire' },
      { subtype: 'spyware' },
    ]);
    expect(tally).toEqual({ threat: 2, url: 1, data: 1, wildfire: 1 });
  });

  it('reads a tally from a message: known databases and whole counts only', () => {
    expect(readTally({ threat: 3, url: -1, data: 1.5, wildfire: 'x', extra: 9 })).toEqual({
      threat: 3,
      url: 0,
      data: 0,
      wildfire: 0,
    });
    expect(readTally(Object.create({ threat: 5 }))).toEqual(emptyTally());
    expect(readTally('threat')).toBeNull();
  });
});
