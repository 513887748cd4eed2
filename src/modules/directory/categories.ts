// The directory's taxonomy: the needs a link worker or care navigator signposts for. Exported to
// Open Referral UK as taxonomy terms of the vocabulary "commons-directory".

export const CATEGORIES = [
  'loneliness', 'physical-activity', 'mental-wellbeing', 'debt-benefits', 'housing', 'carers', 'food',
  'employment', 'learning', 'arts-nature', 'bereavement', 'addiction', 'young-people',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  loneliness: 'Loneliness and social connection',
  'physical-activity': 'Physical activity',
  'mental-wellbeing': 'Mental wellbeing',
  'debt-benefits': 'Debt and benefits',
  housing: 'Housing',
  carers: 'Carers',
  food: 'Food',
  employment: 'Employment',
  learning: 'Learning',
  'arts-nature': 'Arts and nature',
  bereavement: 'Bereavement',
  addiction: 'Addiction',
  'young-people': 'Young people',
};

export const TAXONOMY_VOCABULARY = 'commons-directory';

/**
 * Words a person uses for a need, by category: a free-text search for "lonely" or "money worries"
 * also finds offers filed under the category even when their description uses other words.
 */
const NEED_WORDS: Record<Category, readonly string[]> = {
  loneliness: ['lonely', 'loneliness', 'isolated', 'isolation', 'friends', 'company', 'social', 'befriending', 'chat'],
  'physical-activity': ['exercise', 'walk', 'walking', 'fitness', 'active', 'activity', 'swim', 'dance', 'yoga', 'weight', 'football', 'cycling'],
  'mental-wellbeing': ['anxiety', 'anxious', 'stress', 'low', 'depression', 'mood', 'wellbeing', 'mental', 'talking'],
  'debt-benefits': ['debt', 'money', 'benefits', 'bills', 'universal', 'credit', 'pip', 'budget', 'finance'],
  housing: ['housing', 'home', 'homeless', 'rent', 'landlord', 'eviction', 'damp', 'tenancy'],
  carers: ['carer', 'carers', 'caring', 'respite'],
  food: ['food', 'hungry', 'meal', 'meals', 'pantry', 'foodbank', 'cooking', 'lunch'],
  employment: ['job', 'jobs', 'work', 'employment', 'cv', 'unemployed', 'volunteering'],
  learning: ['learn', 'learning', 'course', 'class', 'english', 'esol', 'computer', 'digital', 'reading'],
  'arts-nature': ['art', 'arts', 'craft', 'music', 'singing', 'choir', 'garden', 'gardening', 'nature', 'allotment', 'painting'],
  bereavement: ['bereaved', 'bereavement', 'grief', 'loss', 'widow', 'widowed'],
  addiction: ['alcohol', 'drink', 'drinking', 'drugs', 'gambling', 'addiction', 'smoking', 'recovery'],
  'young-people': ['young', 'youth', 'teen', 'teenager', 'children', 'kids', 'student'],
};

/** The categories a need word points to ("lonely" → loneliness). */
export function categoriesForWord(word: string): Category[] {
  const w = word.toLowerCase();
  return CATEGORIES.filter((c) => NEED_WORDS[c].includes(w));
}
