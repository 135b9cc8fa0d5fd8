import { describe, expect, it } from 'vitest';
import { formatRequirementGroup, readRequirementGroup } from './requirement-group.ts';

describe('a requirement any of several skills meets', () => {
  it.each([
    ['ERP', ['NetSuite', 'Sage', 'SAP'], 'ERP (NetSuite, Sage or SAP)'],
    ['QuickBooks', ['NetSuite'], 'QuickBooks or NetSuite'],
    ['GAAP', [], 'GAAP'],
  ])('writes %s with %j as %j and reads it back', (name, alternatives, written) => {
    expect(formatRequirementGroup(name, alternatives)).toBe(written);
    expect(readRequirementGroup(written)).toEqual(alternatives.length > 0 ? [name, ...alternatives] : undefined);
  });

  it('reads what a recruiter types', () => {
    expect(readRequirementGroup('Kafka, RabbitMQ or SQS')).toEqual(['Kafka', 'RabbitMQ', 'SQS']);
    expect(readRequirementGroup('Python or R')).toEqual(['Python', 'R']);
    expect(readRequirementGroup('CI/CD')).toBeUndefined();
    expect(readRequirementGroup('Microsoft Excel')).toBeUndefined();
  });
});
