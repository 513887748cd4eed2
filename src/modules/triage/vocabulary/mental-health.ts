/** Mood, anxiety, self-harm and psychosis phrasings (NICE NG222, NG225, CG113, CG178). */
import type { Concept } from './concept.ts';
import { MEDICINE } from './medicines.ts';

export const MENTAL_HEALTH_CONCEPTS: Concept[] = [
  {
    id: 'suicidal',
    label: 'thoughts of suicide',
    patterns: ['(?:dont|do not|cant|cannot) see (?:the |any )?point (?:any ?more|in (?:anything|living|life|going on|carrying on|being here))', '(?:everyone|everybody|they|my family) (?:would be|will be|is|are) better off without me', '(?:want|wanting) to (?:disappear|not wake up|go to sleep and not wake up)', 
      '(?:which|the) bridge (?:im|i am) going to', '(?:wont|will not) be (?:here|around) (?:tomorrow|much longer|anymore|for long)', '(?:written|wrote|writing) (?:letters|notes|a letter|a note) (?:for|to) {det}(?:kids|children|family|husband|wife|partner|mum|dad|loved ones)', 'giving away {det}(?:things|stuff|belongings)',
      'suicid\\w*', 'kill my ?self', '(?:kill|hang) (?:herself|himself|themselves)', '(?:wants?|needs?|going|threatening|threatened) to jump(?! (?:in|into|on|onto) (?:the |a )?(?:pool|sea|lake|river|car|queue|bed|trampoline|bus|train))', 'ways to (?:kill|hang|end) (?:my|her|him|them)sel(?:f|ves)', '(?:easier|better) (?:for everyone )?if i (?:didnt|did not|never|just didnt) wake up', '(?:easier|better) if i (?:wasnt|was not|werent|were not) (?:here|around|alive)', '(?:thinking|thought|thoughts|think) (?:about|of) (?:jumping|ending it|ending my life|not being here|killing myself|throwing myself|stepping in front)', // 2026.12.24
      // "there's no point to anything anymore" (2026.12.17, NICE NG225: hopelessness).
      'no point (?:to|in) (?:anything|living|life|going on|carrying on|being here)',
      // "thinking about stepping in front of the next train" (2026.12.19, NICE NG225).
      '(?:step\\w*|jump\\w*|throw\\w* myself|walk\\w*) (?:out )?in front of {det}(?:next )?(?:train|bus|lorry|car|traffic)', '(?:thinking|thought|thoughts) (?:about|of) (?:jumping|throwing myself) (?:off|from|in front)', '(?:jump\\w*|throw\\w* myself) (?:off|from) {det}(?:bridge|building|car park|cliff|roof|balcony)',
      // 2026.12.15: another person's life, "better off if I wasn't here", "can't do this anymore", thinking of taking them all (NICE NG225).
      'end (?:his|her|their) (?:own )?life', 'take (?:his|her|their) (?:own )?life', 'kill (?:himself|herself|themselves)', 'better off if i (?:wasnt|was not|werent|were not) (?:here|around|alive)',
      '(?:cant|cannot|dont think i can) (?:do this|go on|carry on|keep going) (?:any ?more|anymore)', '(?:thinking|think|thought) (?:about|of) taking (?:them all|all of them|the lot|all (?:my|the) (?:pills|tablets))',
      // 2026.12.14: intent to take saved tablets (NICE NG225).
      '(?:going|gonna|about|planning|plan) to take (?:them|them all|all of them|the lot|all (?:my|the|of my|of the) (?:tablets|pills|meds))',
      // 2026.12.12: rehearsal at a place of danger (NICE NG225).
      '(?:standing|stood|been|went|go|going|sat|sitting) (?:up )?(?:on|at|to) {det}(?:bridge|edge of {det}(?:cliff|roof|platform)|cliff edge|railway line|train tracks)',
      // 2026.12.12: "he says he will kill me" is a threat from someone else (domestic abuse), not a wish to die.
      '(?<!\\b(?:he|she|they|hell|shell|theyll|hes|shes|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|brother|son|someone) (?:\\w+ ){0,3})kill me', 'end (?:my life|it all|my own life)', 'ending (?:my life|it all)', 'end it', 'take my (?:own )?life',
      '(?:want|wanting|wanted|wish|wishing) (?:to be|i was|i were) dead', 'better off (?:dead|without me)',
      '(?:dont|do not) want to (?:be here|live|be alive|wake up|go on)', 'no (?:point|reason) (?:in )?(?:living|going on|carrying on)',
      'life (?:isnt|is not|not) worth living', 'thoughts of (?:dying|death)', '(?:want|wanting|wanted|wish|wishing) to die', 'rather be dead',
    ],
  },
  {
    id: 'farewell_note',
    label: 'a goodbye note or messages',
    patterns: ['(?:left|leaving|wrote|written|writing) {ww}(?:letters?|notes?) for {det}(?:kids|children|family|wife|husband|partner|mum|dad|son|daughter|boys|girls)',
      // "sent me a message at 2am saying sorry for everything and that he loves us" (NICE NG225: a goodbye message) (2026.12.25).
      '(?:message|text|texts|messages|note|voicemail|post) {www}(?:sorry for everything|saying goodbye|says goodbye|goodbye to)', 'sorry for everything {www}(?:loves?|love you|phone (?:is )?off|not answering)',
      // "sent goodbye texts to his brothers" (2026.12.20); "has been saying goodbye to people" (2026.12.39).
      '(?:sent|sending|sends|texted|left) {w}(?:goodbye|good bye|farewell) (?:texts?|messages?|emails?|voice ?notes?|voicemails?)', 'note {www}(?:saying |says |that says )?(?:sorry|goodbye|good bye|i love you|its not your fault)', '(?:goodbye|good bye|farewell|sorry) (?:note|letter|message)s?', '(?:said|saying|texted|messaged) goodbye to (?:everyone|everybody|us|his|her|their|all|people|friends|family|the (?:kids|children|family))', '(?:phoned|called|rang|texted|messaged) (?:me|us|him|her) (?:up )?(?:to say |saying )goodbye'],
  },
  { id: 'withdrawn_person', label: 'withdrawn', patterns: ['(?:been|become|very|so|really|more) withdrawn', 'shut (?:himself|herself|themselves) away', 'locked (?:himself|herself|themselves) in'] },
  {
    id: 'self_harm',
    label: 'self-harm',
    patterns: ['self ?harm\\w*', 'cutting (?:myself|my arms|my legs|himself|herself|themselves)', '(?:cuts|scratches|burns|scars) on {det}{www}(?:arms?|legs?|wrists?|thighs?|tummy|stomach)', 'cut {det}(?:arms?|wrists?|legs?|thighs?) {www}(?:deeper|more deeply|worse) than (?:before|last time|usual|normal)', '(?:i|she|he|they) (?:cut|cuts|cutting) {det}(?:arms?|wrists?|legs?|thighs?)(?! (?:on|with|open) (?:a|the|some|glass|broken|knife))', '(?:she|he|they) (?:has been |have been |is |are |was |were )?cutting', 'burning myself', '(?:harm|harming) (?:my ?self|himself|herself)', 'hurt\\w* (?:my ?self|himself|herself) (?:on purpose|deliberately)',
      // "thoughts about hurting myself again, cutting mostly" (NICE NG225: thoughts of self-harm) (2026.12.40).
      '(?:thoughts?|thinking|urges?|wanting|want) (?:about|of|to) (?:hurting|harming|cutting|hurt|harm|cut) (?:my ?self|himself|herself|themselves)'],
  },
  {
    id: 'suicide_plan',
    label: 'a plan or intent to act on suicidal thoughts',
    patterns: [
      // A method looked up or made ready, told by a relative; a person on a balcony or roof saying they need to jump (2026.12.35).
      '(?:looking up|looked up|searching|searched|googling|googled|researching) {ww}(?:ways|how) to (?:kill|hang|end|hurt) (?:my|her|him|them)sel(?:f|ves)', '(?:hang|hanging) (?:herself|himself|themselves)', '(?:belt|rope|cord|ligature|noose) {www}(?:hidden|ready|tied|saved|under (?:her|his|the) bed)', '(?:says|said|saying) {ww}(?:she|he|they) (?:means|meant) it (?:this time)?',
      '(?:standing|stood|sitting|climbed|climbing) (?:on|onto|out on) {det}(?:balcony|roof|ledge|window ?sill|bridge|railings?) {near}jump', '(?:needs?|wants?|going|trying|threatening) to jump',
      // NICE NG225: someone who says they cannot keep themselves safe is in immediate danger (2026.12.24).
      '(?:cant|cannot|can not|dont think i can|not sure i can|unable to) keep (?:myself|herself|himself|themselves|me) safe',
      '(?:made|have|got|making|with) (?:a )?plan', '(?:have|got|picked|chosen|set) a (?:date|day|time)(?: in {det}(?:head|mind))?', 'planned', 'plan to', 'planning to (?:go|do it|end it)', '(?:know|decided|picked|chosen) (?:which|the|what) (?:bridge|method|way|place)', '(?:going|gonna|about) to (?:kill|end|hang|overdose|do it|take)',
      '(?:saved|saving|stockpil\\w*|collected|collecting|hoard\\w*) {ww}(?:pills|tablets|meds|medication|medicines)',
      // Tablets found saved up; "tonight" only as the time of the act, not "my flatmate is home tonight" (2026.12.17).
      '(?:pills|tablets|meds|medication|medicines) {ww}(?:saved|stockpiled|hoarded|collected|hidden|stashed)(?: up| away)?', '(?:do it|end it|doing it|ending it|it all|them all|myself|my life) tonight', 'tonight is the night',
      // Immediate danger said plainly (2026.12.19).
      '(?:dont|do not|no longer) feel safe', '(?:locked|locking|shut) (?:himself|herself|themselves|myself) in {det}(?:bathroom|bedroom|room|garage|car|shed)', '(?:im|i am) (?:at|on) (?:the )?(?:train station|station|platform|bridge|cliff|roof)',
      'goodbye (?:notes?|letters?|messages?)', '(?:said|saying|say) goodbye', '(?:wrote|written|writing) {ww}(?:note|letter)',
      'rope', 'bought {ww}(?:rope|pills|tablets|razor)',
      // NICE NG225: putting affairs in order (2026.12.10).
      '(?:rehomed|re homed|found (?:a )?(?:new )?homes? for|given away|gave away) {det}(?:dog|dogs|cat|cats|pets?)', '(?:made|done|wrote|written|sorted|updated) {det}will', 'will is (?:done|made|sorted|written)', '(?:affairs|everything|things) (?:in order|sorted out)', 'sorted everything out', '(?:pills|tablets|meds|rope) (?:are )?(?:ready|saved|lined up|hidden)', '(?:pills|tablets|meds) (?:are )?out in front of me', '(?:got|have|taken) {det}(?:pills|tablets|meds) out', '(?:giving|given|gave) {det}(?:things|stuff|belongings|possessions) away', '(?:top|roof|edge) of {det}(?:multi ?storey|car park|building|tower block|block of flats|cliff)', 'have {ww}(?:pills|tablets) ready', '(?:jump|jumping) (?:off|from|in front)', '(?:hang|hanging) myself', 'bridge',
    ],
  },
  {
    id: 'overdose',
    label: 'an overdose taken',
    patterns: [
      'overdos\\w*', `(?:taken|took|swallowed|had) {ww}(?:too many|lots of|loads of|a load of|a (?:whole )?lot of|a bunch of|a handful of|handfuls of|a (?:whole )?(?:box|packet|pack|bottle|strip) of|whole (?:box|packet|pack|bottle) of|all (?:of )?) {www}${MEDICINE}`,
      '(?:tablets|pills|meds|medication|paracetamol) {www}(?:the )?(?:whole|entire) (?:box|packet|pack|bottle|strip)',
      // 2026.12.9: an insulin overdose is injected, not swallowed (NHS "Low blood sugar").
      '(?:injected|injecting|jabbed|used) {ww}(?:too much|lots of|loads of|a lot of|all|the whole|a whole|extra) {www}insulin',
    ],
  },
  {
    id: 'psychosis',
    label: 'hearing voices or unusual beliefs',
    patterns: ['(?:saying|says|said|talking|talks) (?:really )?(?:strange|odd|weird|bizarre|crazy|muddled) things', '(?:thinks?|believes?|convinced|saying|says|said) {www}(?:swapped|replaced|isnt (?:ours|hers|his|mine|real)|(?:is|are) (?:watching|following|poisoning|spying on|after|out to get))', '(?:neighbours|people|they|someone|everyone|strangers) (?:are|is) (?:watching|following|poisoning|spying on|after|out to get) (?:the house|us|them|me|him|her|the family)',
      '(?:thinks?|believes?|convinced|sure) {www}(?:are|is) (?:filming|recording|bugging|tracking|photographing) (?:him|her|me|them|the house)', 'hear(?:s|ing)? voices', 'voices (?:that )?(?:tell|telling|told)', 
      'hearing voices', 'voices (?:telling|in {det}head|talking)', '(?:putting|put|puts) poison in', '(?:god|the devil|jesus|voices?|they) (?:wants?|told|tells|is telling|are telling|ordered|commanded) (?:her|him|me|them) to (?:jump|kill|die|hurt|harm|cleanse|punish)', '(?:reading|controlling|stealing|putting|inserting|broadcasting) {det}thoughts', 'cameras? in {det}head', 'microchip\\w*', '(?:poisoning|poisoned) (?:me|him|her|my food|his food|her food)', '(?:swapped|replaced) {ww}(?:at the hospital|by an impostor|imposter)', 'hallucinat\\w*', 'seeing things (?:that )?(?:arent|are not) there',
      '(?<!(?:a bit|bit|being|little|slightly|quite) )paranoi\\w*',
      // "can hear people talking about him through the walls", "his phone is being hacked by the government" (NICE CG178, 2026.12.33).
      'hear\\w* {ww}(?:people|voices|them|someone|neighbours) {www}through the walls?', '(?:phone|computer|laptop|tv|house|flat|car) {ww}(?:is |was |being |has been )*(?:hacked|bugged|tapped|monitored) by (?:the )?(?:government|police|mi5|neighbours|aliens|they|them)',
      // 2026.12.12: ideas of reference (NICE CG178 first-episode psychosis): strangers talking about them, messages meant for them from the radio or TV.
      '(?:people|strangers|everyone|they) {ww}(?:are |were |is )?(?:talking about|laughing at|looking at) (?:him|her|me|them) (?:on|in|at|when|behind)', '(?:messages|signals|signs|instructions) (?:meant for (?:him|her|me|them) )?(?:from|through|in|on) {det}(?:radio|tv|television|telly|computer|adverts?)', '(?:people|someone|they) (?:are )?(?:watching|following|after|spying on) (?:me|him|her)', 'psychosis', 'psychotic',
    ],
  },
  {
    id: 'harm_to_others',
    label: 'thoughts of harming someone else',
    patterns: ['(?:got|has|holding|waving|carrying|picked up|grabbed|armed with|threatening \\w+ with) (?:a |the )?(?:kitchen )?(?:knife|knives|weapon|gun|axe|machete)(?! (?:wound|cut|injur\\w*|mark|scar))', '(?:threaten\\w*|threats) (?:to )?(?:hurt|kill|harm|stab|attack)', '(?:want|wanting|going|feel like|urges? to) (?:to )?(?:hurt|kill|harm|attack) (?:someone|somebody|him|her|them|people|my (?:baby|child|partner))',
      // "Says he'll hurt anyone who comes in" (2026.12.28).
      '(?:hell|he will|shell|she will|theyll|they will|he would|she would|hed|shed) (?:hurt|kill|stab|attack|harm|go for) (?:anyone|anybody|someone|somebody|us|people|whoever|everyone|everybody)'],
  },
  {
    id: 'low_mood',
    label: 'low mood',
    patterns: [
      'depress\\w*', 'low mood', 'getting (?:me|him|her) down', '(?:feel|feeling|felt|been|am|im|so|very|really) (?:so |really |very )?(?:low|down(?! to)|flat|empty|hopeless|worthless|miserable)',
      'no motivation', 'cant stop crying', 'crying all the time', 'hopeless', 'worthless', 'mental health', 'struggling mentally', 'not coping',
      'cant cope', 'burn(?:t|ed)? ?out', 'getting me down', 'no interest in anything',
    ],
  },
  {
    id: 'anxiety',
    label: 'anxiety',
    patterns: [
      'anxi\\w*', 'anxeity', 'panic\\w*', 'worr(?:y|ies|ied|ying) (?:all the time|constantly|a lot|about everything)', 'worrying constantly',
      'constantly worr\\w*', 'nervous (?:wreck|all the time|breakdown)', '(?:always|constantly|so|really|very) nervous', 'on edge', 'stressed (?:out|all the time|constantly)', '(?:so|really|very|extremely) stressed', 'overwhelmed', 'ocd', 'phobia',
    ],
  },
];
