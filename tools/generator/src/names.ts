// Word lists for believable names. Plain ASCII so e-mail addresses need no transliteration.

export const FIRST_NAMES = [
  'Aisha',
  'Alex',
  'Amara',
  'Ana',
  'Andrei',
  'Ari',
  'Ben',
  'Bianca',
  'Carlos',
  'Chen',
  'Chloe',
  'Dan',
  'Daria',
  'David',
  'Deepa',
  'Elena',
  'Elif',
  'Emma',
  'Erik',
  'Fatima',
  'Felix',
  'Grace',
  'Hana',
  'Hugo',
  'Ibrahim',
  'Ines',
  'Ivan',
  'Jade',
  'James',
  'Jonas',
  'Julia',
  'Kai',
  'Karin',
  'Kenji',
  'Lara',
  'Leo',
  'Lina',
  'Lucas',
  'Maya',
  'Mateo',
  'Mei',
  'Mia',
  'Nadia',
  'Nina',
  'Noah',
  'Olga',
  'Omar',
  'Oscar',
  'Paula',
  'Pedro',
  'Priya',
  'Rafael',
  'Rania',
  'Ravi',
  'Rosa',
  'Sam',
  'Sara',
  'Sofia',
  'Tariq',
  'Tess',
  'Theo',
  'Uma',
  'Victor',
  'Vera',
  'Wei',
  'Yara',
  'Yusuf',
  'Zoe',
] as const;

export const LAST_NAMES = [
  'Abbott',
  'Adeyemi',
  'Alvarez',
  'Andersen',
  'Bauer',
  'Becker',
  'Bianchi',
  'Brennan',
  'Castro',
  'Chowdhury',
  'Costa',
  'Dubois',
  'Eriksson',
  'Fischer',
  'Fontaine',
  'Garcia',
  'Goldberg',
  'Gupta',
  'Haddad',
  'Hansen',
  'Ito',
  'Jansen',
  'Kaur',
  'Kim',
  'Kowalski',
  'Larsen',
  'Lopez',
  'Mahmoud',
  'Martin',
  'Meyer',
  'Moreau',
  'Murphy',
  'Nakamura',
  'Nguyen',
  'Novak',
  'Okafor',
  'Olsen',
  'Patel',
  'Petrov',
  'Quinn',
  'Rahman',
  'Rossi',
  'Sato',
  'Schmidt',
  'Silva',
  'Singh',
  'Sorensen',
  'Tanaka',
  'Torres',
  'Ueda',
  'Varga',
  'Vogel',
  'Walsh',
  'Weber',
  'Yilmaz',
  'Zhang',
  'Zielinski',
] as const;

export interface NamedUnit {
  code: string;
  name: string;
}

export const DIVISIONS: readonly NamedUnit[] = [
  { code: 'CORP', name: 'Corporate Services' },
  { code: 'TECH', name: 'Technology' },
  { code: 'COMM', name: 'Commercial' },
  { code: 'OPS', name: 'Operations' },
  { code: 'GRP', name: 'Group Functions' },
];

export const FUNCTIONS: readonly NamedUnit[] = [
  { code: 'FIN', name: 'Finance' },
  { code: 'HR', name: 'Human Resources' },
  { code: 'IT', name: 'Information Technology' },
  { code: 'DIG', name: 'Digital Channels' },
  { code: 'DATA', name: 'Data & Analytics' },
  { code: 'SALES', name: 'Sales' },
  { code: 'MKT', name: 'Marketing' },
  { code: 'SCM', name: 'Supply Chain' },
  { code: 'LEG', name: 'Legal' },
  { code: 'SEC', name: 'Security' },
  { code: 'MFG', name: 'Manufacturing' },
  { code: 'LOG', name: 'Logistics' },
  { code: 'CS', name: 'Customer Service' },
  { code: 'RND', name: 'Research & Development' },
  { code: 'FAC', name: 'Facilities' },
  { code: 'PROC', name: 'Procurement' },
  { code: 'RISK', name: 'Risk & Compliance' },
  { code: 'ENG', name: 'Engineering' },
  { code: 'PRD', name: 'Product' },
  { code: 'QA', name: 'Quality Assurance' },
  { code: 'STRAT', name: 'Strategy' },
  { code: 'ESG', name: 'Sustainability' },
];

export const REGIONS = [
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Atlantic',
  'Pacific',
  'Nordics',
  'Iberia',
  'Benelux',
  'Alps',
  'Baltics',
  'Balkans',
  'Gulf',
  'Levant',
  'Maghreb',
  'Andes',
  'Caribbean',
  'Prairies',
  'Highlands',
  'Midlands',
  'Riviera',
  'Danube',
  'Rhine',
  'Mekong',
  'Sahel',
  'Pampas',
  'Outback',
  'Tundra',
  'Delta',
  'Coast',
  'Valley',
  'Lakes',
  'Islands',
  'Metro',
  'Capital',
  'Frontier',
  'Harbour',
  'Plains',
  'Uplands',
] as const;

export const PROGRAMS = [
  'Atlas',
  'Beacon',
  'Compass',
  'Evergreen',
  'Falcon',
  'Granite',
  'Horizon',
  'Juniper',
  'Keystone',
  'Lighthouse',
  'Meridian',
  'Northstar',
  'Orion',
  'Pioneer',
  'Quartz',
  'Redwood',
  'Summit',
  'Tidal',
  'Unity',
  'Vanguard',
  'Willow',
  'Zenith',
] as const;

export const ENTERPRISE_OFFICES: readonly NamedUnit[] = [
  { code: 'EPMO', name: 'Enterprise PMO' },
  { code: 'TRANS', name: 'Transformation Office' },
  { code: 'SEO', name: 'Strategy Execution Office' },
];

export const ANALYST_TITLES = [
  'PMO Analyst, Reporting',
  'PMO Analyst, Portfolio Planning',
  'PMO Analyst, Methods & Tools',
  'PMO Analyst, Resource Management',
  'PMO Analyst, Benefits Tracking',
  'PMO Analyst, Risk & Governance',
] as const;

export const MANAGER_TITLES = [
  'PMO Manager',
  'Deputy PMO Lead',
  'PMO Manager, Delivery Assurance',
] as const;

/**
 * The k-th unit built from a base list: the first round uses the names as they are, later
 * rounds add a region ("Finance West", code FIN2), so codes and names stay unique at any size.
 */
export function nthUnit(base: readonly NamedUnit[], k: number): NamedUnit {
  const unit = base[k % base.length];
  const round = Math.floor(k / base.length);
  if (round === 0) return unit;
  const region = REGIONS[(round - 1) % REGIONS.length];
  const lap = Math.floor((round - 1) / REGIONS.length);
  return {
    code: `${unit.code}${round + 1}`,
    name: `${unit.name} ${region}${lap > 0 ? ` ${lap + 1}` : ''}`,
  };
}

/** The k-th program name, unique at any size ("Atlas", …, "Atlas II", …). */
export function nthProgram(k: number): string {
  const name = PROGRAMS[k % PROGRAMS.length];
  const round = Math.floor(k / PROGRAMS.length);
  return round === 0 ? name : `${name} ${round + 1}`;
}

export const OUTCOME_NOTES = [
  'Ran the quarterly portfolio review and rebuilt the status reporting pack.',
  'Led the stage-gate redesign; the new template is now the house standard.',
  'Covered the program manager role for two releases; strong stakeholder feedback.',
  'Built the resource-demand forecast that the steering committee now uses monthly.',
  'Introduced the benefits-tracking register and trained twelve project teams on it.',
  'Good exposure to the executive committee; less methodology work than planned.',
  'Consolidated three risk logs into one and set up the monthly risk review.',
  'Returned to delivery early to lead a critical project; goals partly met.',
] as const;

export const MOTIVATIONS = [
  'I want to see how the portfolio is steered and bring that back to my projects.',
  'After five years of delivery I would like program-level experience before my next step.',
  'Our department keeps reinventing templates; I want to help improve the house methodology.',
  'I would like to work closer to the leadership team and understand how priorities are set.',
  'A PMO rotation would round out my experience before I apply for a program manager role.',
  'I enjoy reporting and governance work and want to do it properly for a year.',
] as const;

export const DECLINE_NOTES = [
  'No suitable seat in the requested window; please apply again next quarter.',
  'Your department is at its away cap for that period.',
  'Needs more delivery experience first; let us revisit in a year.',
  'The preferred PMO is being restructured; no seats this year.',
] as const;

export const CANCEL_REASONS = [
  'Home project entered a critical phase; rotation postponed.',
  'The PMO was reorganised before the rotation began.',
  'Person accepted a new role in their home department.',
  'Parental leave planned over the rotation period.',
] as const;
