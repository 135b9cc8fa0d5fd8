/**
 * Whether a short text names a place rather than a job: a template's "City, State" placeholders, a US state or its postal
 * code, or "Remote". A CV parser that splits "Company Name – City, State" at the comma reads "State" where the job title
 * should be; a title that is a place is no title.
 */

const stateNames = new Set(
  `alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,georgia,hawaii,idaho,illinois,indiana,iowa,kansas,
kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,
new mexico,new york,north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina,south dakota,tennessee,texas,
utah,vermont,virginia,washington,west virginia,wisconsin,wyoming,district of columbia`
    .split(',')
    .map((name) => name.trim()),
);

const postalCodes = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '),
);

const placeholders = new Set(['city', 'state', 'country', 'province', 'region', 'location', 'remote', 'city state', 'city , state']);

function isPlacePart(part: string): boolean {
  const trimmed = part.trim();
  const lower = trimmed.toLowerCase().replace(/\s+/g, ' ');
  return placeholders.has(lower) || stateNames.has(lower) || postalCodes.has(trimmed);
}

export function isPlaceName(text: string | null | undefined): boolean {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return false;
  const parts = trimmed.split(',');
  if (parts.length > 3) return false;
  // "City, State", "Columbus, OH": every part after the first is a place; the first may be any city.
  if (parts.length > 1) return parts.slice(1).every(isPlacePart) && (isPlacePart(parts[0] ?? '') || /^\s*\p{Lu}[\p{L} .'-]{1,30}$/u.test(parts[0] ?? ''));
  return isPlacePart(trimmed);
}
