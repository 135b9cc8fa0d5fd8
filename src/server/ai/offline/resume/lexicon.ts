/** Word lists that tell a job title from an employer, a degree from a school, a place from a name. */

const titleWordList = `engineer developer programmer manager analyst nurse teacher accountant chef cook electrician designer specialist
coordinator director lead head officer assistant associate consultant administrator representative executive supervisor technician
pharmacist architect hygienist worker paralegal lawyer attorney counsel solicitor barrister researcher scientist intern apprentice
journeyman advisor adviser agent clerk auditor senior junior principal staff president vp founder co-founder owner instructor professor
lecturer tutor therapist physician doctor surgeon dentist operator driver mechanic plumber carpenter welder cashier server bartender
receptionist secretary editor writer journalist photographer artist producer strategist planner buyer recruiter generalist controller
bookkeeper underwriter actuary economist statistician tester sre devops caregiver aide paramedic midwife veterinarian psychologist
counselor counsellor trainer coach educator volunteer fellow resident student estimator surveyor inspector foreman superintendent
dispatcher merchandiser stylist hairdresser barista baker butcher housekeeper attendant steward stewardess pilot captain officer
sergeant chief cto ceo cfo coo cmo cio partner marketer copywriter illustrator animator translator interpreter librarian chemist
biologist physicist mathematician technologist therapist radiographer sonographer phlebotomist optometrist pharmacologist hygienist
principal headteacher scrum product owner handler porter guard machinist fitter installer lineman rigger electrician assembler
commis sous`;

/** French, German and Spanish titles as they appear on resumes from those countries (accents kept and dropped). */
const foreignTitleWordList = `développeur developpeur développeuse ingénieur ingenieur ingénieure chef responsable directeur directrice comptable
consultante chargé chargée charge gestionnaire technicien technicienne assistante stagiaire commercial commerciale infirmier infirmière
auditeur auditrice analyste juriste vendeur vendeuse entwickler entwicklerin ingenieurin leiter leiterin berater beraterin referent
referentin sachbearbeiter sachbearbeiterin buchhalter buchhalterin kaufmann kauffrau assistentin techniker technikerin werkstudent
praktikant praktikantin geschäftsführer geschaftsfuhrer desarrollador desarrolladora ingeniero ingeniera jefe jefa gerente
contador contadora analista asesor asesora técnico tecnico auxiliar becario becaria`;

export const titleWords = new Set(`${titleWordList} ${foreignTitleWordList}`.split(/\s+/).filter(Boolean));

/** German titles are compounds ("Personalreferentin", "Softwareentwickler"): the head noun at the end says it. */
const germanTitleHead = /(?:referent|leiter|ingenieur|entwickler|berater|sachbearbeiter|buchhalter|techniker|assistent|kaufmann|kauffrau|manager|spezialist|analyst|administrator|architekt|pfleger)(?:in)?$/;

/** The words of a text as the lexicons read them: lower case, letters of any script, hyphens, dots and ampersands kept. */
export function lexiconWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}&.-]+/u)
    .filter(Boolean);
}

export function isTitleWord(word: string): boolean {
  const bare = word.replace(/^[.-]+|[.-]+$/g, '');
  return titleWords.has(bare) || (bare.length > 8 && germanTitleHead.test(bare));
}

const orgWordList = `inc inc. ltd ltd. llc llp plc gmbh ag sa s.a. sas spa s.p.a. bv nv corp corp. corporation company co co. group bank hospital clinic
school schools university college institute academy district isd center centre restaurant hotel agency partners solutions technologies
technology systems services foundation council department ministry authority studio studios labs lab consulting logistics health
healthcare medical dental pharmacy law firm store stores international global industries holdings ventures enterprises network media
airlines bureau office county city government trust charity association society federation union church museum library nhs
club cafe café bistro brasserie kitchen bakery maison workshop architetti architects engineering construction contractors electric
insurance capital financial securities investments energy motors automotive pharmaceuticals foods retail limited pvt private staffing`;

export const orgWords = new Set(orgWordList.split(/\s+/).filter(Boolean));

export const institutionPattern =
  /\b(?:universit(?:y|ies|é|ät|à|ad|e)|college|school|institut(?:e|o)?|academy|polytechnic|politecnico|conservatoire|conservatory|seminary|hochschule|école|escuela|cordon bleu|faculty|campus|tu\s|isd\b)/i;

export const degreePattern =
  /\b(?:bachelor'?s?|master'?s?|doctor(?:ate)?|ph\.?\s?d\.?|d\.?phil|associate(?:'s)?\s+(?:of|degree|in)|dipl[oô]ma?e?|degree|certificate\s+(?:in|of)|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?\s?a\.?(?=\s|,|$)|m\.?\s?a\.?(?=\s|,|$)|b\.?\s?s\.?(?=\s|,|$)|m\.?\s?s\.?(?=\s|,|$)|b\.?\s?eng\.?|m\.?\s?eng\.?|b\.?\s?ed\.?|m\.?\s?ed\.?|b\.?\s?com|m\.?\s?com|bba|mba|msw|bsn|msn|llb|llm|ll\.b|ll\.m|j\.?d\.?(?=\s|,|$)|m\.?d\.?(?=\s|,|$)|pharm\.?\s?d|dds|dmd|mphil|hnd|hnc|a-levels?|gcse|high\s+school\s+diploma|ged|m\.?arch|b\.?arch|bfa|mfa|aas|a\.a\.s\.?|abitur|licence|licenciatura|baccalaur[ée]at|b\.?\s?e\.?(?=\s+in\b|\s*[,(]|$)|b\.?\s?tech|m\.?\s?tech|mca|bca|b\.?\s?pharm|m\.?\s?pharm|pgd(?:m|ba|ca)?|post[-\s]graduate\s+diploma|(?:10|12)th(?:\s+(?:standard|std|class|grade))?|s\.?s\.?c\.?(?=\s|,|$)|h\.?s\.?c\.?(?=\s|,|$)|intermediate|matriculation|chartered\s+accountant|grado\s+en|licenciad[oa]\s+en|ingénieur|diplom-\p{L}+|magister)/iu;

export const languageNames = new Set(
  `english spanish french german italian portuguese dutch flemish swedish norwegian danish finnish icelandic polish czech slovak
hungarian romanian bulgarian serbian croatian bosnian slovenian macedonian albanian greek turkish russian ukrainian belarusian
lithuanian latvian estonian arabic hebrew persian farsi urdu hindi bengali bangla punjabi gujarati marathi tamil telugu kannada malayalam
sinhala nepali mandarin cantonese chinese japanese korean vietnamese thai lao khmer burmese malay indonesian tagalog filipino swahili
amharic somali yoruba igbo hausa twi zulu xhosa afrikaans catalan basque galician welsh irish gaelic maltese luxembourgish armenian
georgian azerbaijani kazakh uzbek mongolian tibetan latin esperanto asl haitian creole`.split(/\s+/).filter(Boolean),
);

export const usStates = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC`.split(' '),
);

/** Country names as written → ISO 3166-1 alpha-2, used only when the country itself is in the text. */
export const countryCodes: Record<string, string> = {
  'united states': 'US', usa: 'US', 'u.s.a.': 'US', 'united kingdom': 'GB', uk: 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  ireland: 'IE', canada: 'CA', australia: 'AU', 'new zealand': 'NZ', germany: 'DE', france: 'FR', spain: 'ES', italy: 'IT',
  portugal: 'PT', netherlands: 'NL', belgium: 'BE', switzerland: 'CH', austria: 'AT', sweden: 'SE', norway: 'NO', denmark: 'DK',
  finland: 'FI', poland: 'PL', 'czech republic': 'CZ', czechia: 'CZ', hungary: 'HU', romania: 'RO', greece: 'GR', turkey: 'TR',
  india: 'IN', pakistan: 'PK', bangladesh: 'BD', china: 'CN', japan: 'JP', 'south korea': 'KR', korea: 'KR', singapore: 'SG',
  malaysia: 'MY', indonesia: 'ID', philippines: 'PH', vietnam: 'VN', thailand: 'TH', 'united arab emirates': 'AE', uae: 'AE',
  'saudi arabia': 'SA', qatar: 'QA', egypt: 'EG', israel: 'IL', nigeria: 'NG', ghana: 'GH', kenya: 'KE', 'south africa': 'ZA',
  brazil: 'BR', mexico: 'MX', argentina: 'AR', chile: 'CL', colombia: 'CO', peru: 'PE', ukraine: 'UA', russia: 'RU',
};

export function hasTitleWord(text: string): boolean {
  return lexiconWords(text).some(isTitleWord);
}

export function hasOrgWord(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[\s,()]+/)
    .some((word) => orgWords.has(word));
}
