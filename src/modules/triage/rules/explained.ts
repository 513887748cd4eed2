/**
 * Named explanations that take a symptom word off a rule written for the unexplained symptom. One list
 * per symptom, used by every rule that reads that symptom, so a second rule cannot forget one (hazard
 * H33: an explanation in the message must never take a symptom off the 999 route, so these lists are
 * used only by routine rules).
 */

/**
 * A lump the message itself explains: a stye, piles, a bite, hives, a boil, a hernia, a wart or verruca,
 * an inflamed breast, a known cyst, a bump after a knock to the head, a spot (NICE NG12 asks about
 * unexplained lumps). Shared by RT-POSSIBLE-CANCER-SYMPTOM and the weight loss and night sweats complaint,
 * which until 2026.12.32 had no such list and sent a stye's "red little lump" to a GP.
 */
export const LUMP_EXPLAINED = ['eyelid_lump', 'piles', 'insect_bite', 'hives', 'boil', 'hernia', 'skin_minor', 'breast_red_hot', 'cyst_benign', 'head_injury', 'acne'];
