/**
 * One requirement met by any of several skills, as a job's requirements store and show it: "QuickBooks or NetSuite",
 * "Kafka, RabbitMQ or SQS", or a skill with the examples that also meet it, "ERP (NetSuite, Sage or SAP)". A recruiter
 * types the same to make a group (decision 035).
 */
export function formatRequirementGroup(name: string, alternatives: readonly string[]): string {
  if (alternatives.length === 0) return name;
  const list = (names: readonly string[]) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);
  return alternatives.length >= 2 ? `${name} (${list(alternatives)})` : `${name} or ${alternatives[0]}`;
}

const splitList = (list: string) =>
  list
    .split(/\s*,\s*(?:or\s+)?|\s+or\s+/i)
    .map((name) => name.trim())
    .filter(Boolean);

/** The skills of a requirement written as a group, the first one first; undefined when it names one skill. */
export function readRequirementGroup(requirement: string): string[] | undefined {
  if (!/\sor\s/i.test(requirement)) return undefined;
  const withExamples = /^(.+?)\s*\((.+)\)$/.exec(requirement.trim());
  const names = withExamples?.[1] && withExamples[2] ? [withExamples[1].trim(), ...splitList(withExamples[2])] : splitList(requirement);
  return names.length >= 2 ? names : undefined;
}
