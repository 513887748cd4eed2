/** Shared by the overdose wording in mental-health.ts and lay-words.ts. */

/** Medicines people overdose on, by their everyday names (NICE NG225; TOXBASE's commonest agents). */
export const MEDICINE = '(?:pills|tablets|tabs|meds|medication|medicines|capsules|painkillers|antidepressants|sleeping (?:pills|tablets)|paracetamol|ibuprofen|aspirin|co ?codamol|codeine|tramadol|morphine|oramorph|sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|venlafaxine|diazepam|zopiclone|quetiapine|olanzapine|lithium|propranolol|insulin|iron tablets)';
