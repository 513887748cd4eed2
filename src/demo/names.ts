// Made-up people and places for the demo network. Names are common across the UK's communities
// (English, Scottish, Welsh, Irish, South Asian, African, Caribbean, Eastern European, Chinese,
// Middle Eastern); every combination is fictional.

export const FEMALE_GIVEN = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Ivy', 'Freya', 'Lily', 'Florence', 'Mia', 'Willow', 'Rosie', 'Sophia', 'Isabella', 'Grace', 'Evie',
  'Poppy', 'Ella', 'Emily', 'Charlotte', 'Sienna', 'Margaret', 'Susan', 'Linda', 'Patricia', 'Jean', 'Christine', 'Janet', 'Carol', 'Elaine',
  'Helen', 'Sarah', 'Claire', 'Rachel', 'Emma', 'Joanne', 'Nicola', 'Kerry', 'Gemma', 'Lauren', 'Chloe', 'Bethan', 'Cerys', 'Niamh', 'Siobhan',
  'Aoife', 'Fatima', 'Aisha', 'Maryam', 'Zainab', 'Amira', 'Noor', 'Priya', 'Anjali', 'Harpreet', 'Simran', 'Nusrat', 'Shabana', 'Ruksana',
  'Chidinma', 'Ngozi', 'Amara', 'Folake', 'Abena', 'Yetunde', 'Keisha', 'Marcia', 'Beverley', 'Agnieszka', 'Katarzyna', 'Oksana', 'Ioana',
  'Elena', 'Mei', 'Xin', 'Hui Min', 'Leila', 'Yasmin', 'Hodan', 'Ayan', 'Sofia', 'Ana', 'Dorothy', 'Joan', 'Edna', 'Brenda',
] as const;

export const MALE_GIVEN = [
  'Oliver', 'George', 'Noah', 'Arthur', 'Leo', 'Harry', 'Oscar', 'Archie', 'Henry', 'Theo', 'Jack', 'Charlie', 'Freddie', 'Alfie', 'Thomas',
  'James', 'William', 'Jacob', 'Joshua', 'Samuel', 'David', 'John', 'Michael', 'Peter', 'Robert', 'Stephen', 'Paul', 'Mark', 'Andrew', 'Gary',
  'Darren', 'Craig', 'Lee', 'Dean', 'Ryan', 'Liam', 'Connor', 'Callum', 'Rhys', 'Dylan', 'Gareth', 'Sean', 'Ciaran', 'Declan', 'Muhammad',
  'Ahmed', 'Ali', 'Omar', 'Yusuf', 'Ibrahim', 'Hassan', 'Bilal', 'Imran', 'Arjun', 'Rohan', 'Rajesh', 'Sanjay', 'Gurpreet', 'Jaspal', 'Abdul',
  'Shahid', 'Chinedu', 'Emeka', 'Kwame', 'Kofi', 'Tunde', 'Olumide', 'Delroy', 'Winston', 'Tyrone', 'Piotr', 'Tomasz', 'Mateusz', 'Andrei',
  'Bogdan', 'Wei', 'Jun', 'Kai', 'Mustafa', 'Abdi', 'Mohamed', 'Tiago', 'Luca', 'Kenneth', 'Derek', 'Bernard', 'Albert', 'Ronald',
] as const;

export const FAMILY_NAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker',
  'White', 'Roberts', 'Green', 'Hall', 'Thomas', 'Clarke', 'Jackson', 'Wood', 'Harris', 'Edwards', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward',
  'Hughes', 'Moore', 'Clark', 'King', 'Harrison', 'Lewis', 'Baker', 'Lee', 'Allen', 'Morris', 'Khan', 'Scott', 'Watson', 'Davis', 'Parker',
  'James', 'Bennett', 'Young', 'Phillips', 'Richardson', 'Mitchell', 'Bailey', 'Carter', 'Cook', 'Singh', 'Shaw', 'Bell', 'Collins', 'Morgan',
  'Kelly', 'Begum', 'Campbell', 'Hussain', 'Ali', 'Ahmed', 'Shah', 'Akhtar', 'Mahmood', 'Iqbal', 'Rahman', 'Miah', 'Uddin', 'Chowdhury',
  'Sharma', 'Kaur', 'Gill', 'Sandhu', 'Mistry', 'Okafor', 'Adeyemi', 'Mensah', 'Osei', 'Okonkwo', 'Adebayo', 'Campbell-Brown', 'Francis',
  'Nowak', 'Kowalski', 'Wisniewska', 'Popescu', 'Chen', 'Wang', 'Li', 'Nguyen', 'Murphy', "O'Brien", 'McDonald', 'MacLeod', 'Fraser',
  'Llewellyn', 'Pritchard', 'Haddad', 'Farah', 'Warsame', 'Silva', 'Costa', 'Rossi', 'Byrne', 'Doyle', 'Gallagher', 'Ferreira', 'Abdi',
] as const;

export const STREETS = [
  'Mill Lane', 'Church Street', 'Station Road', 'Victoria Road', 'Park Avenue', 'Moor Lane', 'Canal Side', 'High Street', 'Water Lane',
  'Beck Road', 'Chapel Street', 'Quarry Hill', 'Weavers Row', 'Foundry Way', 'Brook Street', 'Albion Terrace', 'Heather Close', 'Meadow View',
  'Oak Grove', 'Elm Crescent', 'Cliff Road', 'Castle Gate', 'Kirkgate', 'Market Place', 'Bridge End', 'Rose Court', 'Hawthorn Drive',
  'Laburnum Street', 'Granville Road', 'Spring Bank', 'Ash Tree Walk', 'Orchard Way', 'Lime Street', 'Fell View', 'Dale Road',
] as const;

/** The made-up town of the default network. Postcodes use the LS format with made-up inward codes. */
export const TOWN = 'Calderbridge';

export const INTERPRETER_LANGUAGES: readonly (readonly [string, number])[] = [
  ['Polish', 14], ['Urdu', 12], ['Punjabi', 8], ['Bengali', 8], ['Arabic', 8], ['Romanian', 7], ['Portuguese', 5], ['Somali', 5],
  ['Lithuanian', 4], ['Tigrinya', 3], ['Kurdish (Sorani)', 3], ['Mandarin', 3], ['Farsi', 3], ['Ukrainian', 5], ['Gujarati', 4],
  ['British Sign Language', 5], ['Pashto', 2], ['Czech', 2], ['Slovak', 2],
];

export const REASONABLE_ADJUSTMENTS = [
  'Learning disability: longer appointment and first or last slot of the session, please.',
  'Autistic: a quiet room and a clear plan of what will happen; avoid waiting in a busy reception.',
  'Deaf: book a BSL interpreter; text, never phone.',
  'Uses a wheelchair: ground-floor room with space to transfer.',
  'Partially sighted: large print letters and guide to the room on arrival.',
  'Dementia: please call her daughter (carer) before the appointment.',
  'Anxious about phone calls: prefers to be contacted by text or email.',
  'Cannot read English well: explain in person, no written instructions only.',
  'Carer for a disabled partner: needs appointments between 10:00 and 14:00.',
  'Mental health: prefers the same clinician where possible.',
] as const;

export const ACCESSIBILITY_NEEDS = ['wheelchair-user', 'step-free-access', 'hearing-loop', 'large-print', 'easy-read', 'assistance-dog', 'bsl-interpreter'] as const;
