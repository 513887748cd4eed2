/**
 * Self-help and safety-netting text shown to the patient at once. Our own plain-English
 * summaries of the cited pages; every entry ends with when to get help.
 */
import type { Advice } from './types.ts';

const GET_HELP = 'Call 111 if it gets worse or you are worried, or 999 in an emergency.';

export const ADVICE = {
  cold: {
    title: 'Looking after a cold or cough',
    body: `Rest, drink plenty and take paracetamol or ibuprofen if you need to. A pharmacist can suggest decongestants or cough remedies. Most colds get better in 1 to 2 weeks; a cough can last 3 weeks. Contact us if it lasts longer than 3 weeks. ${GET_HELP}`,
    source: 'https://www.nhs.uk/conditions/common-cold/',
  },
  'sore-throat': {
    title: 'Looking after a sore throat',
    body: `Drink plenty, eat soft cool foods, gargle with warm salty water (adults) and take paracetamol or ibuprofen. A pharmacist can help and may check if you need treatment. Contact us if it lasts more than a week. Call 999 if you cannot swallow your saliva or are struggling to breathe.`,
    source: 'https://www.nhs.uk/conditions/sore-throat/',
  },
  'hay-fever': {
    title: 'Hay fever',
    body: `A pharmacist can advise on antihistamine tablets, eye drops and steroid nasal sprays. Keep windows closed when the pollen count is high and shower after being outdoors. ${GET_HELP}`,
    source: 'https://www.nhs.uk/conditions/hay-fever/',
  },
  'diarrhoea-vomiting': {
    title: 'Diarrhoea and vomiting',
    body: `Drink small sips of fluid often; oral rehydration sachets from a pharmacy help. Stay off work or school until 48 hours after the last episode and wash your hands often. Contact us if it lasts more than a week, there is blood, or you cannot keep fluids down. ${GET_HELP}`,
    source: 'https://www.nhs.uk/conditions/diarrhoea-and-vomiting/',
  },
  'fever-child': {
    title: 'Looking after a fever',
    body: 'Give plenty to drink and paracetamol or ibuprofen if they seem distressed. Check on them during the night. Call 999 if they have a rash that does not fade under a glass, are floppy, hard to wake, have blue lips or are struggling to breathe. Call 111 if they are not drinking, have fewer wet nappies, or the fever lasts 5 days.',
    source: 'https://www.nhs.uk/conditions/fever-in-children/',
  },
  heartburn: {
    title: 'Heartburn and indigestion',
    body: `Smaller meals, less alcohol and caffeine, and raising the head of the bed help. A pharmacist can recommend an antacid. Contact us if it lasts 3 weeks, you are losing weight or find it hard to swallow. Call 999 if you have chest pain spreading to your arm, jaw or back.`,
    source: 'https://www.nhs.uk/conditions/heartburn-and-acid-reflux/',
  },
  constipation: {
    title: 'Constipation',
    body: `Drink more water, eat more fibre and keep active. A pharmacist can recommend a laxative. Contact us if it lasts more than 2 weeks or there is blood. ${GET_HELP}`,
    source: 'https://www.nhs.uk/conditions/constipation/',
  },
  'minor-pharmacy': {
    title: 'Ask a pharmacist',
    body: `A community pharmacist can advise and recommend treatment for this without an appointment. ${GET_HELP}`,
    source: 'https://www.nhs.uk/nhs-services/pharmacies/how-pharmacies-can-help/',
  },
  chickenpox: {
    title: 'Chickenpox',
    body: 'Give fluids, paracetamol (not ibuprofen) and calamine or cooling gels. Keep them off nursery or school until the spots have crusted over. Call 111 if the skin around the blisters becomes hot, red and painful, or they seem very unwell. Call 999 if they are struggling to breathe.',
    source: 'https://www.nhs.uk/conditions/chickenpox/',
  },
  earache: {
    title: 'Earache',
    body: `Paracetamol or ibuprofen usually help, and most earaches settle in 3 days. A pharmacist can assess children aged 1 to 17 under Pharmacy First. Contact us if there is discharge, swelling behind the ear or it lasts more than 3 days. ${GET_HELP}`,
    source: 'https://www.nhs.uk/conditions/earache/',
  },
  'head-injury': {
    title: 'After a bump to the head',
    body: 'Rest, use an ice pack and take paracetamol for the pain. Have an adult stay with them for 24 hours. Go to A&E if they are sick, drowsy, confused, have a headache that gets worse, a fit, problems with vision or speech, or clear fluid from the nose or ears. Call 999 if they were knocked out and have not woken.',
    source: 'https://www.nhs.uk/conditions/head-injury-and-concussion/',
  },
  uti: {
    title: 'Urine infection',
    body: `A community pharmacist can assess you and supply treatment under Pharmacy First. Drink plenty and take paracetamol for the pain. Call 111 if you have a high temperature, pain in your side or back, or are being sick.`,
    source: 'https://www.nhs.uk/conditions/urinary-tract-infections-utis/',
  },
  'back-and-joint-pain': {
    title: 'Back, joint and muscle pain',
    body: 'Keep moving gently and carry on with daily activities as far as you can; paracetamol or ibuprofen gel can help. Call 999 or go to A&E if you have numbness around your bottom or genitals, cannot pee or have wet yourself, or weakness in both legs.',
    source: 'https://www.nhs.uk/conditions/back-pain/',
  },
  'low-mood': {
    title: 'Support for low mood and anxiety',
    body: 'You can also refer yourself to NHS Talking Therapies. If you have thoughts of harming yourself, call 111 and choose the mental health option, or call Samaritans on 116 123 at any time.',
    source: 'https://www.nhs.uk/mental-health/talking-therapies-medicine-treatments/talking-therapies-and-counselling/nhs-talking-therapies/',
  },
  'mental-health-crisis': {
    title: 'If you feel unsafe',
    body: 'If you feel you might act on thoughts of suicide, call 999 or go to A&E now. For urgent help call 111 and choose the mental health option. Samaritans are available any time on 116 123, or text SHOUT to 85258.',
    source: 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
  },
  'social-prescribing': {
    title: 'Your social prescribing link worker',
    body: 'A link worker will contact you to talk about what matters to you and connect you with local groups and services, including help with money, housing and feeling lonely.',
    source: 'https://www.england.nhs.uk/personalisedcare/social-prescribing/',
  },
  'emergency-contraception': {
    title: 'Emergency contraception',
    body: 'Go to a community pharmacy today: the emergency pill is free and works best the sooner you take it (within 3 to 5 days depending on the type). A copper coil fitted within 5 days is the most effective option.',
    source: 'https://www.nhs.uk/contraception/emergency-contraception/',
  },
} as const satisfies Record<string, Advice>;

export type AdviceId = keyof typeof ADVICE;
