/**
 * The project's own alternate titles for O*NET occupations: the words resumes and postings use for a job that O*NET's
 * title does not ("Staff Accountant", "HR Generalist", "Help Desk Technician"). O*NET's own title always counts too.
 * Keys are O*NET-SOC codes of assets/taxonomy/occupations.json (a unit test checks each exists).
 */
export const curatedOccupationTitles: Readonly<Record<string, readonly string[]>> = {
  // Accounting and finance
  '13-2011.00': [
    'accountant', 'staff accountant', 'senior accountant', 'junior accountant', 'general ledger accountant', 'cost accountant', 'tax accountant',
    'fixed asset accountant', 'revenue accountant', 'project accountant', 'property accountant', 'chartered accountant', 'certified public accountant',
    'cpa', 'auditor', 'internal auditor', 'external auditor', 'audit associate', 'audit senior', 'audit manager', 'accounts executive',
    'accounting manager', 'accounting supervisor', 'accounting analyst', 'reconciliation specialist', 'accounts officer', 'finance executive',
  ],
  '43-3031.00': [
    'bookkeeper', 'accounting clerk', 'accounting assistant', 'accounts payable clerk', 'accounts payable specialist', 'accounts receivable clerk',
    'accounts receivable specialist', 'billing specialist', 'accounting technician', 'accounts assistant', 'full charge bookkeeper',
  ],
  '11-3031.01': ['controller', 'financial controller', 'assistant controller', 'comptroller', 'treasurer'],
  '11-3031.00': ['finance manager', 'finance director', 'chief financial officer', 'cfo', 'head of finance', 'vp finance'],
  '13-2051.00': ['financial analyst', 'finance analyst', 'fp&a analyst', 'budget analyst', 'investment analyst'],
  '13-2082.00': ['tax preparer', 'tax associate', 'tax consultant', 'tax specialist'],
  '43-3051.00': ['payroll specialist', 'payroll clerk', 'payroll administrator', 'payroll coordinator', 'timekeeper'],
  // Human resources
  '13-1071.00': [
    'hr generalist', 'human resources generalist', 'hr specialist', 'hr executive', 'hr officer', 'hr coordinator', 'hr administrator',
    'hr associate', 'hr business partner', 'people partner', 'people operations specialist', 'recruiter', 'technical recruiter',
    'corporate recruiter', 'talent acquisition specialist', 'talent acquisition partner', 'recruiting coordinator', 'recruitment consultant',
    'staffing specialist', 'employee relations specialist', 'onboarding specialist', 'hr trainee', 'personalreferent', 'personalreferentin',
    'personalsachbearbeiter', 'personalsachbearbeiterin', 'chargé de recrutement', 'responsable rh',
  ],
  '11-3121.00': ['hr manager', 'human resources manager', 'hr director', 'human resources director', 'head of hr', 'head of people', 'people manager', 'assistant manager hr', 'vp human resources', 'chief people officer'],
  '43-4161.00': ['hr assistant', 'human resources assistant', 'personnel assistant', 'recruiting assistant', 'hr clerk', 'personnel clerk'],
  '13-1141.00': ['benefits specialist', 'benefits administrator', 'compensation analyst', 'compensation specialist', 'benefits analyst', 'benefits coordinator'],
  '13-1151.00': ['trainer', 'corporate trainer', 'learning and development specialist', 'training coordinator', 'training specialist'],
  // Engineering
  '17-2051.00': ['civil engineer', 'site engineer', 'structural engineer', 'project engineer', 'field engineer', 'geotechnical engineer', 'transportation engineer', 'engineer in training', 'graduate engineer trainee', 'construction engineer'],
  '17-2141.00': ['mechanical engineer', 'design engineer', 'mechanical design engineer', 'product design engineer', 'hvac engineer', 'maintenance engineer'],
  '17-2071.00': ['electrical engineer', 'controls engineer', 'power engineer', 'electrical design engineer', 'instrumentation engineer'],
  '17-2112.03': ['manufacturing engineer', 'production engineer'],
  '17-2112.00': ['industrial engineer', 'quality engineer', 'process improvement engineer'],
  '17-2041.00': ['chemical engineer', 'process engineer'],
  '17-3029.00': ['engineering technician', 'engineering assistant'],
  '11-9041.00': ['engineering manager', 'director of engineering', 'chief engineer'],
  // Information technology
  '15-1252.00': [
    'software engineer', 'software developer', 'senior software engineer', 'associate software engineer', 'programmer', 'programmer analyst',
    'application developer', 'application development associate', 'java developer', 'full stack developer', 'backend developer', 'front end developer',
    'technical lead', 'developer', 'ingeniero de software', 'desarrollador', 'développeur', 'développeur full stack', 'softwareentwickler',
  ],
  '15-1253.00': ['test engineer', 'qa engineer', 'quality assurance analyst', 'software tester', 'qa analyst', 'automation tester', 'test analyst'],
  '15-1244.00': ['system administrator', 'systems administrator', 'network administrator', 'sysadmin', 'it administrator', 'system engineer', 'systems engineer', 'devops engineer', 'site reliability engineer', 'cloud engineer'],
  '15-1241.00': ['network engineer', 'senior network engineer', 'network architect'],
  '15-1232.00': ['help desk technician', 'help desk analyst', 'desktop support technician', 'it support specialist', 'technical support specialist', 'service desk analyst', 'it technician', 'computer technician', 'computer lab assistant'],
  '11-3021.00': ['it manager', 'information technology manager', 'it director', 'cio', 'chief information officer', 'head of it', 'it project manager'],
  '15-1211.00': ['systems analyst', 'business systems analyst', 'it analyst', 'it consultant', 'sap consultant', 'erp consultant'],
  '15-2051.00': ['data scientist', 'data analyst', 'machine learning engineer'],
  '15-1242.00': ['database administrator', 'dba', 'sql dba'],
  '15-1254.00': ['web developer', 'web designer'],
  '15-1212.00': ['security analyst', 'cybersecurity analyst', 'information security analyst', 'soc analyst'],
};

/**
 * O*NET management occupations read as the family they manage: an HR Manager belongs with HR Specialists, a Financial
 * Manager with Accountants, though O*NET files every manager under major group 11.
 */
export const managedFamilies: Readonly<Record<string, string>> = {
  '11-3021': '15-12',
  '11-3031': '13-20',
  '11-3111': '13-10',
  '11-3121': '13-10',
  '11-3131': '13-10',
  '11-9041': '17-20',
  '43-4161': '13-10',
  '43-3031': '13-20',
  '17-30': '17-20',
};
