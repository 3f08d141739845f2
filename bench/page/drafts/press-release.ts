/**
 * A press release as a team rewrites it during an incident, version by version, deterministically: the
 * first version is about 2,400 characters; every next one changes a little, as people do between saves
 * (a figure or a time updated, a sentence reworded, added or cut), staying within about 2,000–4,000
 * characters. Pure: no DOM, no randomness beyond a fixed seed.
 */
import { random } from '../random';

const OPENING = [
  'Rotterdam, 24 November. At {time} a fire broke out in hall {hall} of the Vondel Chemicals plant in the Botlek area.',
  'The fire brigade was on site within {minutes} minutes and has the fire under control; it is not yet out.',
  'Nobody was seriously injured. {injured} employees were checked by ambulance staff as a precaution and {home} of them have gone home.',
];

/** Sentences people add, reword and cut while the facts come in; {…} are filled per version. */
const POOL = [
  'The smoke drifts {direction} over the port area; residents of {district} are asked to keep windows and doors closed and to switch off ventilation.',
  'Measurements by the environmental service at {points} points have so far shown no harmful concentrations in residential areas.',
  'The A15 between the Botlek bridge and junction Vaanplein was closed for {closure} minutes and has since reopened in both directions.',
  'All {staff} employees and {contractors} contractors who were on site have been accounted for.',
  'The hall stores packaging material and {tonnes} tonnes of non-hazardous raw materials; no chemicals were involved in the fire.',
  'The plant’s own emergency response team started the evacuation within {minutes} minutes of the first alarm.',
  'Production at the site has been stopped until the fire brigade and the safety region have inspected the halls.',
  'Neighbours with questions can call the information line on 0800 123 45 67, open until {until}.',
  'A meeting for residents will be held at {until} in the community centre De Brug, Botlekweg 12.',
  'Vondel Chemicals is working with the fire brigade, the police and the safety region DCMR on the cause of the fire.',
  'The cause is not yet known. An investigation will start as soon as the hall is safe to enter.',
  'Ships in the Botlek harbour have been asked to keep a distance of {metres} metres from the quay.',
  '“Our first thoughts are with our colleagues and the neighbours who are worried,” says CEO Marieke de Wit. “We will keep everyone informed as soon as we know more.”',
  'Employees’ families have been informed personally by the HR team.',
  'Drinking water is safe; Evides has confirmed that no extinguishing water has reached the water supply.',
  'Extinguishing water is collected in the plant’s basins, which hold {basin} cubic metres, and will be removed by a certified company.',
  'Trains between Rotterdam Centraal and Spijkenisse run normally; bus line {bus} takes a detour.',
  'NL-Alert was sent at {time} to phones in {district} and the surrounding area.',
  'Schools in {district} keep pupils indoors until further notice.',
  'Firefighters will stay on site through the night to prevent the fire from flaring up again.',
  'The police have closed the Theemsweg between the Botlekweg and the Welplaatweg; local traffic can pass via the Oude Maasweg.',
  'Two ambulances and a mobile medical post remain on standby at the gate of the plant.',
  'Around {staff} people living nearest to the plant have been offered a place to stay at the sports hall in {district}.',
  'The Labour Inspectorate has been informed, as the law requires after an incident of this kind.',
  'Customers will be contacted by their account managers about deliveries in the coming days.',
  'The next update follows at {until} on vondelchemicals.nl/news and on the company’s social media channels.',
];

const CLOSING = [
  'About Vondel Chemicals: Vondel Chemicals makes coatings and adhesives for the construction industry and employs 640 people in Rotterdam and Geleen.',
  'For the press: press office Vondel Chemicals, +31 10 555 01 23, press@vondelchemicals.nl. Photographs of the site are available on request.',
];

const DISTRICTS = ['Hoogvliet', 'Rozenburg', 'Pernis', 'Spijkenisse', 'Vlaardingen'];
const DIRECTIONS = ['north-east', 'east', 'south-east', 'north'];

/** A sentence with the template it was filled from, so that it can be reworded. */
interface Sentence {
  template: string;
  text: string;
}

interface Doc {
  paragraphs: Sentence[][];
  /** Which POOL sentences are in the text, so that an added sentence is a new one. */
  used: Set<string>;
}

function fill(sentence: string, rng: () => number, version: number): string {
  const minute = (13 * 60 + 52 + version) % (24 * 60);
  const clock = (m: number) =>
    `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const values: Record<string, string> = {
    time: clock(minute - Math.floor(rng() * 30)),
    until: clock(minute + 60 + Math.floor(rng() * 6) * 15),
    hall: String(1 + Math.floor(rng() * 6)),
    minutes: String(4 + Math.floor(rng() * 12)),
    injured: String(2 + Math.floor(rng() * 9)),
    home: String(1 + Math.floor(rng() * 2)),
    direction: DIRECTIONS[Math.floor(rng() * DIRECTIONS.length)]!,
    district: DISTRICTS[Math.floor(rng() * DISTRICTS.length)]!,
    points: String(6 + Math.floor(rng() * 20)),
    closure: String(20 + Math.floor(rng() * 70)),
    staff: String(80 + Math.floor(rng() * 60)),
    contractors: String(5 + Math.floor(rng() * 30)),
    tonnes: String(10 + Math.floor(rng() * 200)),
    metres: String(100 + Math.floor(rng() * 5) * 50),
    basin: String(500 + Math.floor(rng() * 20) * 100),
    bus: String(70 + Math.floor(rng() * 30)),
  };
  return sentence.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
}

function text(doc: Doc): string {
  return doc.paragraphs.map((p) => p.map((sentence) => sentence.text).join(' ')).join('\n\n');
}

function sentence(template: string, rng: () => number, version: number): Sentence {
  return { template, text: fill(template, rng, version) };
}

/** One person's edit between two saves. */
function edit(doc: Doc, rng: () => number, version: number): void {
  const length = text(doc).length;
  // The title, the opening paragraph and the closing one are reworded at most, never cut or added to.
  const body = doc.paragraphs.slice(2, -1);
  const p = body[Math.floor(rng() * body.length)]!;
  const roll = rng();
  const unused = POOL.filter((t) => !doc.used.has(t));
  if ((roll < 0.3 || length < 2_400) && length < 3_600 && unused.length > 0) {
    // A new fact: a sentence added to a paragraph.
    const template = unused[Math.floor(rng() * unused.length)]!;
    doc.used.add(template);
    p.splice(Math.floor(rng() * (p.length + 1)), 0, sentence(template, rng, version));
  } else if (
    (roll < 0.45 || length > 3_800 || (unused.length === 0 && roll < 0.6)) &&
    length > 2_400 &&
    p.length > 1
  ) {
    // Cut a sentence: outdated or too long.
    const [cut] = p.splice(Math.floor(rng() * p.length), 1);
    doc.used.delete(cut!.template);
  } else {
    // Reword: a figure or a time updated, or a sentence written anew from its template.
    const q = rng() < 0.2 ? doc.paragraphs[1]! : p;
    const at = Math.floor(rng() * q.length);
    q[at] = sentence(q[at]!.template, rng, version);
  }
}

/** `count` bodies: version 1 first, each later one a small edit of the one before (never identical). */
export function pressReleaseVersions(count: number, seed = 4): string[] {
  const rng = random(seed);
  const fixed = (t: string) => ({ template: t, text: t });
  const doc: Doc = { paragraphs: [], used: new Set() };
  doc.paragraphs.push([fixed('Fire at Vondel Chemicals in the Botlek under control')]);
  doc.paragraphs.push(OPENING.map((t) => sentence(t, rng, 0)));
  for (let i = 0; i < 4; i++) {
    const paragraph: Sentence[] = [];
    for (let j = 0; j < 3; j++) {
      const free = POOL.filter((t) => !doc.used.has(t));
      const template = free[Math.floor(rng() * free.length)]!;
      doc.used.add(template);
      paragraph.push(sentence(template, rng, 0));
    }
    doc.paragraphs.push(paragraph);
  }
  doc.paragraphs.push(CLOSING.map(fixed));
  const bodies = [text(doc)];
  while (bodies.length < count) {
    const before = bodies.at(-1)!;
    edit(doc, rng, bodies.length);
    // An edit that happens to change nothing is no version: the writer edits again.
    const after = text(doc);
    if (after !== before) bodies.push(after);
  }
  return bodies;
}
