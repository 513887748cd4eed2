/**
 * General alarm features: whatever the complaint, these raise the result to at least their
 * floor. A routine floor means "never self-care"; an urgent floor means "seen today". They
 * never lower anything (the engine takes the higher of the winning rule and the floor).
 * A self-care feature may name an alarm it is exempt from where its own guideline already
 * covers that group (morning sickness in pregnancy, teething in a baby).
 */
import type { Alarm } from './rule.ts';

const V = '2026.12.1';

export const ALARMS: readonly Alarm[] = [
  { id: 'AL-SUDDEN-AND-SEVERE', since: V, floor: 'urgent', source: 'commons-alarms', label: 'sudden and severe',
    when: { all: ['sudden', 'severe'] }, why: 'Symptoms that came on suddenly and are severe need a same-day assessment.' },
  { id: 'AL-RAPIDLY-WORSENING', since: V, floor: 'urgent', source: 'commons-alarms', label: 'getting worse quickly',
    when: { all: ['rapidly_worsening'] }, why: 'Symptoms that are getting worse quickly need a same-day assessment.' },
  { id: 'AL-FAINTING', since: V, floor: 'urgent', source: 'nice-cg109', label: 'fainting or nearly fainting',
    when: { anyOf: [['faint', 'near_faint']] }, why: 'Fainting or nearly fainting with another symptom needs a same-day assessment.' },
  { id: 'AL-CONFUSION', since: V, floor: 'urgent', source: 'nice-cg103', label: 'new confusion',
    when: { all: ['confusion'] }, why: 'New confusion needs a same-day assessment.' },
  { id: 'AL-DROWSY', since: '2026.12.3', floor: 'urgent', source: 'nice-ng143', label: 'unusually drowsy or floppy',
    when: { anyOf: [['drowsy', 'floppy']] }, why: 'Being unusually drowsy, hard to wake or floppy is a warning sign (NICE NG143, NG51) and needs a same-day assessment.' },
  { id: 'AL-CANT-KEEP-FLUIDS', since: V, floor: 'urgent', source: 'nice-cks-gastro', label: 'cannot keep fluids down',
    when: { all: ['cant_keep_fluids'] }, why: 'Being unable to keep fluids down risks dehydration.' },
  { id: 'AL-NO-URINE', since: V, floor: 'urgent', source: 'nice-ng51', label: 'not passing urine',
    when: { all: ['no_urine'] }, why: 'Not passing urine can mean dehydration or a kidney problem.' },
  { id: 'AL-IMMUNOSUPPRESSED', since: V, floor: 'urgent', source: 'nice-ng151', label: 'weakened immune system',
    when: { all: ['immunosuppressed'] }, why: 'Chemotherapy or other treatment that weakens the immune system makes any new illness more dangerous.' },
  { id: 'AL-VERY-YOUNG', since: V, floor: 'routine', source: 'nice-ng143', label: 'a baby under 3 months',
    when: { ageMonths: { max: 2 } }, why: 'A baby under 3 months should be checked by a clinician rather than managed at home.' },
  { id: 'AL-VERY-OLD', since: V, floor: 'routine', source: 'commons-alarms', label: 'aged 80 or over',
    when: { age: { min: 80 } }, why: 'At 80 or over, a clinician should look at a new problem rather than leave it to self-care.' },
  { id: 'AL-PREGNANCY', since: V, floor: 'routine', source: 'commons-alarms', label: 'pregnancy',
    when: { pregnancy: 'pregnant' }, why: 'In pregnancy a clinician should look at a new problem rather than leave it to self-care.' },
  { id: 'AL-SEVERE', since: V, floor: 'routine', source: 'commons-alarms', label: 'severe',
    when: { all: ['severe'] }, why: 'Severe symptoms should be seen by a clinician rather than managed at home.' },
  { id: 'AL-SUDDEN', since: V, floor: 'routine', source: 'commons-alarms', label: 'sudden onset',
    when: { all: ['sudden'] }, why: 'Symptoms that came on suddenly should be seen by a clinician.' },
  { id: 'AL-WORSENING', since: V, floor: 'routine', source: 'commons-alarms', label: 'getting worse',
    when: { all: ['worsening'] }, why: 'Symptoms that are getting worse should be seen by a clinician rather than managed at home.' },
  { id: 'AL-SPREADING', since: V, floor: 'routine', source: 'commons-alarms', label: 'spreading',
    when: { all: ['spreading'] }, why: 'Redness, swelling or a rash that is spreading should be seen by a clinician.' },
  { id: 'AL-HIGH-FEVER', since: V, floor: 'routine', source: 'nice-ng143', label: 'a high temperature (39°C or more)',
    when: { all: ['high_fever'] }, why: 'A temperature of 39°C or more should be seen by a clinician rather than managed at home.' },
  { id: 'AL-KEEPS-COMING-BACK', since: '2026.12.8', floor: 'routine', source: 'commons-alarms', label: 'keeps coming back',
    when: { all: ['keeps_coming_back'] }, why: 'A problem that keeps coming back should be looked into by a clinician rather than treated again at home.' },
  { id: 'AL-PARTLY-RECOGNISED', since: V, floor: 'routine', source: 'commons-alarms', label: 'words the engine did not recognise',
    when: { all: ['partly_recognised'] }, why: 'Part of the description was not recognised, so a clinician will read it rather than advise self-care.' },
];
