import { describe, expect, it } from 'vitest';
import { errorFor, fieldErrors } from './field-errors.ts';

describe('fieldErrors', () => {
  it('maps a rule error to its field', () => {
    expect(fieldErrors(new Error('startsAt: 2027-03-14T02:30 does not exist in America/New_York (the clocks jump forward).'))).toEqual({
      startsAt: '2027-03-14T02:30 does not exist in America/New_York (the clocks jump forward).',
    });
  });

  it('maps every schema error, without the body prefix, and finds nested ones under their parent', () => {
    const errors = fieldErrors(new Error('Invalid request: body.candidateEmail: must be an email address; body.panel.0.email: must be an email address'));
    expect(errors).toEqual({ candidateEmail: 'must be an email address', 'panel.0.email': 'must be an email address' });
    expect(errorFor(errors, 'panel')).toBe('panel.0.email: must be an email address');
    expect(errorFor(errors, 'timeZone')).toBeUndefined();
  });

  it('maps nothing from a message that names no field', () => {
    expect(fieldErrors(new Error('Something went wrong on our side.'))).toEqual({});
  });
});
