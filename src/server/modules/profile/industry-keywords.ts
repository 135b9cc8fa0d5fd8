/**
 * Industries a CV's employers and work suggest, by keyword: a best-effort prefill the user confirms or edits, so a short
 * list of clear words beats a model here. First match wins ties, so more specific industries come first.
 */
export const industryKeywords: readonly { industry: string; pattern: RegExp }[] = [
  { industry: 'Healthcare', pattern: /\b(hospitals?|clinics?|clinical|health ?care|medical|patients?|nurs(e|es|ing)|pharmac(y|ies|ist)|dental|care homes?)\b/gi },
  { industry: 'Financial services', pattern: /\b(banks?|banking|financ(e|ial)|insurance|investments?|asset management|fintech|payments?|audit(s|ing)?|accounting|tax)\b/gi },
  { industry: 'Education', pattern: /\b(schools?|universit(y|ies)|colleges?|academ(y|ies)|education(al)?|teach(er|ers|ing)|classrooms?|pupils|students)\b/gi },
  { industry: 'Legal', pattern: /\b(law firms?|legal|litigation|paralegal|attorneys?|solicitors?|courts?|contracts? law)\b/gi },
  { industry: 'Social care and non-profit', pattern: /\b(social work(er)?|charit(y|ies)|non-?profits?|ngos?|community services|foster care|safeguarding)\b/gi },
  { industry: 'Hospitality and food', pattern: /\b(restaurants?|hotels?|hospitality|kitchens?|catering|chefs?|culinary|menus?)\b/gi },
  { industry: 'Retail', pattern: /\b(retail(er)?|stores|e-?commerce|merchandis(e|ing)|shoppers?|consumer goods)\b/gi },
  { industry: 'Logistics and transport', pattern: /\b(logistics|supply chain|warehouses?|warehousing|freight|shipping|transport(ation)?|fleet|distribution centres?|distribution centers?)\b/gi },
  { industry: 'Construction and engineering', pattern: /\b(construction|civil engineering|infrastructure|building sites?|contractors?|structural|architect(s|ure|ural)?)\b/gi },
  { industry: 'Manufacturing', pattern: /\b(manufactur(er|ers|ing)|factory|factories|production lines?|assembly|machining|plants?)\b/gi },
  { industry: 'Energy and utilities', pattern: /\b(energy|utilit(y|ies)|oil|gas|renewables?|solar|wind farms?|power stations?|electrical installations?)\b/gi },
  { industry: 'Marketing and media', pattern: /\b(marketing|advertising|agenc(y|ies)|media|brands?|campaigns?|publishing)\b/gi },
  { industry: 'Software and technology', pattern: /\b(software|saas|cloud|tech(nology)?|startups?|platforms?|apis?|developers?)\b/gi },
  { industry: 'Public sector', pattern: /\b(government|council|public sector|federal|ministry|municipal|nhs)\b/gi },
];
