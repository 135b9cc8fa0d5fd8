import { describe, expect, it } from 'vitest';
import { findDateRanges, findSingleDates } from './find-dates.ts';

const range = (text: string) => {
  const [found] = findDateRanges(text);
  return found ? [found.start?.value, found.end?.value ?? (found.current ? 'current' : undefined)] : null;
};

describe('findDateRanges', () => {
  it.each([
    ['Jan 2020 – Present', ['2020-01', 'current']],
    ['January 2019 - March 2021', ['2019-01', '2021-03']],
    ['Sept. 2017 — Jun. 2019', ['2017-09', '2019-06']],
    ['2019-2021', ['2019', '2021']],
    ['2015 to 2017', ['2015', '2017']],
    ['2015 to present', ['2015', 'current']],
    ['03/2018 - 06/2020', ['2018-03', '2020-06']],
    ['2018-03 – 2020-06', ['2018-03', '2020-06']],
    ['Summer 2019 - Fall 2020', ['2019', '2020']],
    ['May 2016 – Current', ['2016-05', 'current']],
    ['Nurse, Mercy (2012 - 2014)', ['2012', '2014']],
    ['06.2014 until 09.2016', ['2014-06', '2016-09']],
  ])('reads %s', (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it('ignores phone numbers, counts and backwards ranges', () => {
    expect(findDateRanges('+1 (415) 555-2019')).toEqual([]);
    expect(findDateRanges('served 1200-1500 customers')).toEqual([]);
    expect(findDateRanges('2021 - 2019')).toEqual([]);
  });

  it('gives offsets of each date inside the line', () => {
    const [found] = findDateRanges('Analyst   Mar 2021 – Present');
    expect(found?.index).toBe(10);
    expect(found?.start?.text).toBe('Mar 2021');
  });
});

describe('findDateRanges on real-world spellings', () => {
  it.each([
    ["Process Engineer, '14 – Present", '2014', undefined],
    ["Associate Engineer, '10 – '14", '2010', '2014'],
    ['March 2016 to Till date', '2016-03', undefined],
    ["sept. 2018 – aujourd'hui", '2018-09', undefined],
    ['janv. 2015 – août 2018', '2015-01', '2018-08'],
    ['03/2017 – heute', '2017-03', undefined],
    ['marzo 2012 - diciembre 2015', '2012-03', '2015-12'],
  ])('%s', (line, start, end) => {
    const [found] = findDateRanges(line);
    expect(found?.start?.value).toBe(start);
    expect(found?.end?.value).toBe(end);
    expect(found?.current).toBe(end === undefined);
  });
});

describe('findSingleDates', () => {
  it('finds graduation and certification dates', () => {
    expect(findSingleDates('BSc Nursing, 2015').map((d) => d.value)).toEqual(['2015']);
    expect(findSingleDates('PMP, Project Management Institute, Aug 2015').map((d) => d.value)).toEqual(['2015-08']);
  });
});
