// The demo directory's made-up community offers in Calderbridge: names, words and times a link worker
// would recognise. Every organisation, phone number and web address is invented (phones in Ofcom's
// drama range, web addresses under example.org).

export type DemoProviderKey =
  | 'council' | 'advice' | 'carers' | 'food' | 'minds' | 'recovery' | 'talking' | 'youth' | 'green' | 'agewell' | 'housing' | 'works' | 'bereavement'
  | 'champions0' | 'champions1' | 'champions2' | 'champions3';

export const DEMO_PROVIDERS: Record<Exclude<DemoProviderKey, `champions${number}`>, { name: string; kind: 'voluntary' | 'council' | 'nhs'; description: string }> = {
  council: { name: 'Calderbridge Council Adult Learning and Wellbeing', kind: 'council', description: 'Courses, leisure and wellbeing activities run by the council.' },
  advice: { name: 'Calderbridge Advice Centre', kind: 'voluntary', description: 'Free, confidential advice on benefits, debt, work and housing.' },
  carers: { name: 'Calderbridge Carers Centre', kind: 'voluntary', description: 'Support for people who look after a relative, partner or friend.' },
  food: { name: 'Calderbridge Food Partnership', kind: 'voluntary', description: 'Food pantries, community meals and cooking on a budget.' },
  minds: { name: 'Minds Matter Calderbridge', kind: 'voluntary', description: 'Peer support and wellbeing groups for adults.' },
  recovery: { name: 'Forward Steps Recovery', kind: 'voluntary', description: 'Support with alcohol, drugs and gambling.' },
  talking: { name: 'NHS Calderbridge Talking Therapies', kind: 'nhs', description: 'NHS psychological therapies for anxiety and depression; you can refer yourself.' },
  youth: { name: 'Calderbridge Youth Hub', kind: 'council', description: 'Clubs, advice and support for 11 to 25 year olds.' },
  green: { name: 'Calder Green Spaces Trust', kind: 'voluntary', description: 'Gardening, conservation and nature activities.' },
  agewell: { name: 'Age Well Calderbridge', kind: 'voluntary', description: 'Friendship, activities and practical help for people over 50.' },
  housing: { name: 'Riverside Housing Advice', kind: 'voluntary', description: 'Help to keep or find a home.' },
  works: { name: 'Calder Works', kind: 'council', description: 'Help into work, training and volunteering.' },
  bereavement: { name: 'Calderbridge Bereavement Support', kind: 'voluntary', description: 'Support after the death of someone close.' },
};

export interface DemoOfferTemplate {
  categories: string[];
  name: string;
  description: string;
  provider: DemoProviderKey;
  /** "tue 10:00-12:00", "mon,thu 09:30-11:00", "every2 fri 13:00-15:00", "1st wed 18:30-20:00", "last sat 10:00-13:00"; null: contact them for times. */
  times: string | null;
  /** false: by phone or online, no place. */
  place?: boolean;
  access?: 'self-refer' | 'referral-needed' | 'self-refer-or-referral';
  ages?: [number | null, number | null];
  conditions?: string[];
  cost?: string;
  capacity?: number;
}

export const DEMO_OFFERS: DemoOfferTemplate[] = [
  // Loneliness and social connection
  { categories: ['loneliness'], name: 'Tea and Natter', description: 'A friendly drop-in with tea, cake and conversation. Come on your own or bring a friend.', provider: 'agewell', times: 'wed 14:00-16:00', ages: [50, null], cost: 'Free' },
  { categories: ['loneliness'], name: 'Telephone befriending', description: 'A volunteer rings you for a chat at the same time each week.', provider: 'agewell', times: null, place: false, access: 'self-refer-or-referral', ages: [60, null], capacity: 40 },
  { categories: ['loneliness', 'food'], name: 'Friday lunch club', description: 'A hot two-course lunch and good company in the church hall.', provider: 'agewell', times: 'fri 12:00-14:00', ages: [60, null], cost: '£4 a meal', capacity: 30 },
  { categories: ['loneliness', 'learning'], name: 'Men in Sheds', description: 'Woodwork, repairs and a brew in a shared workshop. No experience needed.', provider: 'agewell', times: 'tue,thu 10:00-13:00', ages: [18, null], cost: '£2 a session' },
  { categories: ['loneliness', 'arts-nature'], name: 'Knit and Knatter', description: 'Bring your knitting or crochet, or learn from scratch.', provider: 'champions1', times: 'mon 13:30-15:30', cost: 'Free' },
  { categories: ['loneliness'], name: 'Community café conversation table', description: 'A table at the community café where anyone can join a conversation.', provider: 'champions2', times: 'sat 10:00-12:00' },
  // Physical activity
  { categories: ['physical-activity', 'loneliness'], name: 'Moorside walking group', description: 'A gentle hour-long walk on flat paths round the park, led by practice health champions, then tea. Wear comfortable shoes.', provider: 'champions0', times: 'tue 10:00-11:30', cost: 'Free', capacity: 20 },
  { categories: ['physical-activity'], name: 'Chair-based exercise', description: 'Seated exercise to music to improve strength and balance.', provider: 'council', times: 'thu 11:00-12:00', ages: [55, null], cost: '£3 a session', capacity: 16 },
  { categories: ['physical-activity'], name: 'Couch to 5k beginners', description: 'A nine-week running programme for complete beginners.', provider: 'council', times: 'mon 18:30-19:30', ages: [16, null], cost: 'Free' },
  { categories: ['physical-activity', 'mental-wellbeing'], name: 'Falls prevention strength and balance', description: 'A 12-week course for people who have fallen or are afraid of falling.', provider: 'council', times: 'wed 10:00-11:00', access: 'referral-needed', ages: [65, null], capacity: 12 },
  { categories: ['physical-activity'], name: 'Walking football', description: 'Football at walking pace for all abilities.', provider: 'champions3', times: 'fri 10:00-11:00', ages: [50, null], cost: '£2' },
  { categories: ['physical-activity'], name: 'Swim for health', description: 'Quiet lane swimming with an instructor on hand.', provider: 'council', times: 'sun 08:00-09:00', cost: '£2.50' },
  // Mental wellbeing
  { categories: ['mental-wellbeing'], name: 'Talking therapies self-referral', description: 'NHS talking therapies for anxiety, low mood and stress. Refer yourself online or by phone.', provider: 'talking', times: null, place: false, ages: [16, null] },
  { categories: ['mental-wellbeing', 'loneliness'], name: 'Peer support group', description: 'A safe space to share and listen, run by people with lived experience.', provider: 'minds', times: 'thu 18:00-19:30', ages: [18, null] },
  { categories: ['mental-wellbeing'], name: 'Wellbeing café', description: 'A relaxed evening drop-in for anyone finding things hard.', provider: 'minds', times: 'mon 17:00-19:00', ages: [18, null] },
  { categories: ['mental-wellbeing', 'arts-nature'], name: 'Mindful walking', description: 'Slow walks noticing the world around you.', provider: 'minds', times: 'every2 sat 10:00-11:30' },
  { categories: ['mental-wellbeing'], name: 'Stress control course', description: 'A six-week class teaching ways to manage stress.', provider: 'talking', times: 'tue 18:00-19:30', ages: [16, null], capacity: 40 },
  // Debt and benefits
  { categories: ['debt-benefits'], name: 'Benefits advice drop-in', description: 'Help to check what you are entitled to and to fill in forms.', provider: 'advice', times: 'mon,wed 09:30-12:30' },
  { categories: ['debt-benefits'], name: 'Debt advice line', description: 'Free, confidential debt advice by phone.', provider: 'advice', times: null, place: false },
  { categories: ['debt-benefits', 'housing'], name: 'Energy bills advice', description: 'Help with energy debts, meters and grants.', provider: 'advice', times: 'thu 13:00-16:00' },
  { categories: ['debt-benefits', 'learning'], name: 'Money skills course', description: 'Budgeting and money management in four short sessions.', provider: 'advice', times: '1st tue 10:00-12:00' },
  { categories: ['debt-benefits'], name: 'Welfare rights at the practice', description: 'An adviser at the surgery once a month: appointments through reception.', provider: 'advice', times: 'last fri 09:00-12:00', access: 'referral-needed' },
  // Housing
  { categories: ['housing'], name: 'Housing options advice', description: 'Advice if you are at risk of losing your home.', provider: 'housing', times: 'tue,fri 10:00-13:00' },
  { categories: ['housing', 'mental-wellbeing'], name: 'Tenancy sustainment support', description: 'A support worker helps you keep your tenancy.', provider: 'housing', times: null, access: 'referral-needed', ages: [18, null] },
  { categories: ['housing'], name: 'Damp and repairs helpline', description: 'Help to get repairs done and deal with damp and mould.', provider: 'housing', times: null, place: false },
  { categories: ['housing', 'young-people'], name: 'Young people\'s housing advice', description: 'Housing advice for 16 to 25 year olds.', provider: 'youth', times: 'wed 15:00-18:00', ages: [16, 25] },
  { categories: ['housing'], name: 'Home from hospital', description: 'Practical help settling back home after a hospital stay.', provider: 'agewell', times: null, place: false, access: 'referral-needed', ages: [50, null] },
  // Carers
  { categories: ['carers'], name: 'Carers support group', description: 'Meet other carers, share tips and have a break.', provider: 'carers', times: '1st mon 13:00-15:00' },
  { categories: ['carers'], name: 'Carers assessment and advice', description: 'Advice on carers\' rights, benefits and a carer\'s assessment.', provider: 'carers', times: 'tue 10:00-16:00' },
  { categories: ['carers', 'mental-wellbeing'], name: 'Carers wellbeing sessions', description: 'Relaxation and wellbeing sessions just for carers.', provider: 'carers', times: 'thu 10:00-11:30' },
  { categories: ['carers', 'young-people'], name: 'Young carers club', description: 'Fun activities and support for young carers aged 8 to 18.', provider: 'carers', times: 'wed 16:00-18:00', ages: [8, 18] },
  { categories: ['carers', 'loneliness'], name: 'Dementia carers café', description: 'For people living with dementia and those who care for them.', provider: 'champions2', times: '2nd thu 14:00-16:00', conditions: ['people living with dementia and their carers'] },
  // Food
  { categories: ['food'], name: 'Community pantry', description: 'Choose a week\'s shopping for a small membership fee.', provider: 'food', times: 'tue,fri 11:00-14:00', cost: '£3.50 a visit', capacity: 60 },
  { categories: ['food'], name: 'Emergency food parcels', description: 'Food parcels for people in crisis: a voucher is needed from an adviser or the practice.', provider: 'food', times: 'mon,wed,fri 12:00-14:00', access: 'referral-needed' },
  { categories: ['food', 'learning'], name: 'Cook and eat on a budget', description: 'Learn to cook simple, healthy meals, then eat together.', provider: 'food', times: 'thu 17:30-19:30', capacity: 10 },
  { categories: ['food', 'loneliness'], name: 'Sunday community dinner', description: 'A free Sunday dinner, everyone welcome.', provider: 'food', times: 'last sun 13:00-15:00', cost: 'Free' },
  { categories: ['food', 'young-people'], name: 'Holiday activities and food', description: 'Activities and a hot meal in the school holidays for children on free school meals.', provider: 'youth', times: 'mon,tue,wed,thu 10:00-14:00', ages: [5, 16] },
  // Employment
  { categories: ['employment'], name: 'Job club', description: 'Help with CVs, applications and interviews.', provider: 'works', times: 'wed 10:00-12:00', ages: [16, null] },
  { categories: ['employment', 'mental-wellbeing'], name: 'Employment support for people with health conditions', description: 'One-to-one help to find or stay in work.', provider: 'works', times: null, access: 'self-refer-or-referral', ages: [18, 66] },
  { categories: ['employment', 'learning'], name: 'Volunteering taster days', description: 'Try volunteering in a shop, garden or café.', provider: 'works', times: '1st fri 10:00-15:00' },
  { categories: ['employment', 'young-people'], name: 'Youth employment programme', description: 'Work experience and training for 16 to 24 year olds.', provider: 'youth', times: 'tue,thu 09:30-15:30', ages: [16, 24] },
  { categories: ['employment'], name: 'Self-employment workshop', description: 'Thinking of working for yourself? Start here.', provider: 'works', times: 'last mon 18:00-20:00' },
  // Learning
  { categories: ['learning'], name: 'English for speakers of other languages (ESOL)', description: 'English classes from beginner to advanced.', provider: 'council', times: 'mon,wed 09:30-11:30', ages: [16, null] },
  { categories: ['learning'], name: 'Computer skills drop-in', description: 'Help with email, video calls, online forms and the NHS App.', provider: 'council', times: 'fri 10:00-12:00' },
  { categories: ['learning', 'loneliness'], name: 'Reading group', description: 'A monthly book group at the library.', provider: 'council', times: '3rd tue 18:30-20:00' },
  { categories: ['learning'], name: 'Adult maths and English', description: 'Free courses to brush up on maths and English.', provider: 'council', times: 'thu 13:00-15:00', ages: [19, null], cost: 'Free' },
  { categories: ['learning', 'mental-wellbeing'], name: 'Wellbeing college courses', description: 'Short courses on sleep, confidence and managing worry.', provider: 'minds', times: 'tue 13:00-15:00', ages: [18, null] },
  // Arts and nature
  { categories: ['arts-nature'], name: 'Community allotment', description: 'Grow fruit and vegetables with others; tools and seeds provided.', provider: 'green', times: 'wed,sat 10:00-13:00' },
  { categories: ['arts-nature', 'physical-activity'], name: 'Green gym', description: 'Outdoor conservation work that keeps you fit.', provider: 'green', times: 'thu 09:30-12:30' },
  { categories: ['arts-nature', 'loneliness'], name: 'Community choir', description: 'A choir for everyone: no auditions, no need to read music.', provider: 'champions1', times: 'mon 19:00-20:30' },
  { categories: ['arts-nature', 'mental-wellbeing'], name: 'Arts on prescription', description: 'A ten-week creative course for people with low mood or anxiety.', provider: 'minds', times: 'fri 13:30-15:30', access: 'referral-needed', ages: [18, null], capacity: 12 },
  { categories: ['arts-nature'], name: 'Nature photography walks', description: 'Short walks with a camera or phone, learning to take better pictures.', provider: 'green', times: 'every2 sun 10:00-12:00' },
  // Bereavement
  { categories: ['bereavement'], name: 'Bereavement support group', description: 'A group for anyone who has lost someone close.', provider: 'bereavement', times: '2nd wed 18:00-20:00', ages: [18, null] },
  { categories: ['bereavement'], name: 'Bereavement counselling', description: 'Up to eight one-to-one sessions with a trained volunteer.', provider: 'bereavement', times: null, access: 'self-refer-or-referral', ages: [18, null] },
  { categories: ['bereavement', 'loneliness'], name: 'Widowed and young', description: 'Social meet-ups for people widowed under 50.', provider: 'bereavement', times: 'last thu 19:00-21:00', ages: [18, 50] },
  { categories: ['bereavement', 'young-people'], name: 'Children\'s grief support', description: 'Support for children and young people after a death.', provider: 'bereavement', times: null, place: false, access: 'referral-needed', ages: [5, 18] },
  { categories: ['bereavement'], name: 'Bereavement helpline', description: 'Someone to talk to on the phone.', provider: 'bereavement', times: null, place: false },
  // Addiction
  { categories: ['addiction'], name: 'Alcohol and drug support drop-in', description: 'Confidential advice and support, no appointment needed.', provider: 'recovery', times: 'mon,thu 10:00-16:00', ages: [18, null] },
  { categories: ['addiction', 'loneliness'], name: 'Recovery café', description: 'A welcoming café run by people in recovery.', provider: 'recovery', times: 'sat 11:00-15:00' },
  { categories: ['addiction'], name: 'Stop smoking service', description: 'Free support and stop smoking aids.', provider: 'council', times: 'tue 09:00-17:00', ages: [12, null], cost: 'Free' },
  { categories: ['addiction'], name: 'Gambling support', description: 'Help for people affected by gambling, and their families.', provider: 'recovery', times: null, place: false },
  { categories: ['addiction', 'young-people'], name: 'Young people\'s substance support', description: 'Confidential support for under-18s.', provider: 'youth', times: 'wed 16:00-19:00', ages: [11, 18] },
  // Young people
  { categories: ['young-people'], name: 'Youth club', description: 'Games, sport, music and a safe place to hang out.', provider: 'youth', times: 'tue,thu 18:00-20:30', ages: [11, 18] },
  { categories: ['young-people', 'mental-wellbeing'], name: 'Youth counselling', description: 'Free, confidential counselling for 11 to 25 year olds.', provider: 'youth', times: null, access: 'self-refer-or-referral', ages: [11, 25] },
  { categories: ['young-people', 'physical-activity'], name: 'Girls\' football', description: 'Football sessions for girls, all abilities.', provider: 'youth', times: 'sat 10:00-11:30', ages: [8, 16] },
  { categories: ['young-people', 'learning'], name: 'Homework club', description: 'Quiet space and help with homework.', provider: 'youth', times: 'mon,wed 15:30-17:30', ages: [8, 16] },
];
