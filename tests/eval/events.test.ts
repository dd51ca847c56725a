/**
 * The event scorer (GUIDELINES.md "Scoring") on hand-made gold/prediction pairs: matching by kind, attacker and a
 * shared weapon line or target, best overlap first, each gold event once; date accuracy over gold dates; weapon lines
 * by reading or head noun; numbers both right; targets by alias; lines of unmatched events; micro-averaging.
 */
import { describe as group, expect, it } from 'vitest';
import type { DocumentExtraction, ExtractedEntity, ExtractedEvent, WeaponLine } from '../../src/extract/types.ts';
import { type GoldEvent, type GoldFile, accuracy, prf, scoreEvents, sumEventScores } from '../../src/eval/index.ts';

function entity(id: string, label: string, type: ExtractedEntity['type'], aliases: string[] = [], generic = false): ExtractedEntity {
  return { id, label, type, aliases: [label, ...aliases], generic, wikidata: null };
}

const ENTITIES = [
  entity('ruritania', 'Ruritania', 'Country', ['Ruritanian']),
  entity('borduria', 'Borduria', 'Country'),
  entity('strelsau', 'Strelsau', 'City'),
  entity('zenda', 'Zenda', 'City'),
  entity('lance', 'Storm Lance', 'WeaponSystem', ['Storm Lances']),
  entity('missile', 'missile', 'WeaponSystem', [], true),
  entity('drone', 'drone', 'WeaponSystem', ['drones'], true),
  entity('decoy-drone', 'decoy drone', 'WeaponSystem', ['decoy drones'], true),
  entity('air-force', 'Bordurian Air Force', 'Organisation'),
];

const GOLD_ENTITIES: GoldFile['entities'] = [
  { name: 'Ruritania', type: 'Country', aliases: ['Ruritanian'] },
  { name: 'Borduria', type: 'Country' },
  { name: 'Strelsau', type: 'City', aliases: ['Strelzau'] },
  { name: 'Zenda', type: 'City' },
  { name: 'Storm Lance', type: 'WeaponSystem' },
  { name: 'cruise missile', type: 'WeaponSystem', generic: true },
  { name: 'drone', type: 'WeaponSystem', generic: true },
];

function line(weapon: string, launched: number | null = null, intercepted: number | null = null): WeaponLine {
  return { weapon, launched, intercepted };
}

function event(fields: Partial<ExtractedEvent>): ExtractedEvent {
  return { id: 'a#e1', kind: 'attack', date: '2024-05-02', attacker: 'ruritania', claimedBy: [], weapons: [], targets: [], evidence: [], claims: [], ...fields };
}

function goldEvent(fields: Partial<GoldEvent>): GoldEvent {
  return { kind: 'attack', date: '2024-05-02', attacker: ['Ruritania'], claimedBy: [], weapons: [], targets: [], evidence: 'e', ...fields };
}

function score(gold: GoldEvent[], predicted: ExtractedEvent[]) {
  const goldFile: GoldFile = { document: 'a.txt', entities: GOLD_ENTITIES, relations: [], events: gold };
  const prediction: DocumentExtraction = { document: { id: 'a', title: null, published: null, source: null, byline: null }, entities: ENTITIES, relations: [], events: predicted };
  return scoreEvents(goldFile, prediction);
}

const LANCE = { weapon: ['Storm Lance'], launched: 4, intercepted: 3 };

group('event matching', () => {
  const cases: { name: string; gold: GoldEvent[]; predicted: ExtractedEvent[]; events: [number, number, number] }[] = [
    { name: 'same kind, attacker and weapon', gold: [goldEvent({ weapons: [LANCE] })], predicted: [event({ weapons: [line('lance', 4, 3)] })], events: [1, 0, 0] },
    { name: 'a shared target is enough', gold: [goldEvent({ targets: ['Strelsau'] })], predicted: [event({ targets: ['strelsau'] })], events: [1, 0, 0] },
    { name: 'the kind must agree', gold: [goldEvent({ weapons: [LANCE] })], predicted: [event({ kind: 'interception', weapons: [line('lance')] })], events: [0, 1, 1] },
    { name: 'the attacker must match a reading', gold: [goldEvent({ weapons: [LANCE] })], predicted: [event({ attacker: 'borduria', weapons: [line('lance')] })], events: [0, 1, 1] },
    { name: 'any gold reading of the attacker', gold: [goldEvent({ attacker: ['Bordurian Air Force', 'Borduria'], weapons: [LANCE] })], predicted: [event({ attacker: 'borduria', weapons: [line('lance')] })], events: [1, 0, 0] },
    { name: 'no shared line or target: no match', gold: [goldEvent({ weapons: [LANCE], targets: ['Zenda'] })], predicted: [event({ weapons: [line('drone')], targets: ['strelsau'] })], events: [0, 1, 1] },
    { name: 'each gold event is matched once', gold: [goldEvent({ weapons: [LANCE] })], predicted: [event({ weapons: [line('lance')] }), event({ id: 'a#e2', weapons: [line('lance')] })], events: [1, 1, 0] },
    { name: 'the date plays no part in matching', gold: [goldEvent({ weapons: [LANCE] })], predicted: [event({ date: null, weapons: [line('lance')] })], events: [1, 0, 0] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = score(c.gold, c.predicted);
      expect([s.events.tp, s.events.fp, s.events.fn]).toEqual(c.events);
    });
  }

  it('matches the best overlap first, not the first candidate', () => {
    // The first predicted event shares one target with gold 1; the second shares a line and a target: it takes gold 1,
    // and the first is then free for gold 2, with which it shares Zenda.
    const gold = [goldEvent({ weapons: [LANCE], targets: ['Strelsau'] }), goldEvent({ date: '2024-05-09', targets: ['Zenda', 'Strelsau'] })];
    const predicted = [event({ date: '2024-05-09', targets: ['strelsau', 'zenda'] }), event({ id: 'a#e2', weapons: [line('lance', 4, 3)], targets: ['strelsau'] })];
    const s = score(gold, predicted);
    expect(s.events).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.dates).toEqual({ correct: 2, total: 2 });
  });
});

group('figures inside matched events', () => {
  it('counts dates over matched events whose gold date is not null', () => {
    const gold = [goldEvent({ weapons: [LANCE] }), goldEvent({ date: null, targets: ['Zenda'] }), goldEvent({ date: '2024-05-07', targets: ['Strelsau'] })];
    const predicted = [event({ weapons: [line('lance')] }), event({ date: '2024-05-01', targets: ['zenda'] }), event({ date: '2024-05-06', targets: ['strelsau'] })];
    expect(score(gold, predicted).dates).toEqual({ correct: 1, total: 2 });
  });

  it('matches weapon lines by reading, generic classes by head noun, exact readings first', () => {
    const gold = [goldEvent({ weapons: [LANCE, { weapon: ['cruise missile'], launched: 10, intercepted: null }, { weapon: ['drone'], launched: 5, intercepted: 5 }] })];
    const predicted = [event({ weapons: [line('drone', 5, 5), line('missile', 10, null), line('lance', 4, null)] })];
    const s = score(gold, predicted);
    expect(s.lines).toEqual({ tp: 3, fp: 0, fn: 0 });
    // Storm Lance: launched right, intercepted missing: the line counts as wrong.
    expect(s.numbers).toEqual({ correct: 2, total: 3 });
  });

  it('keeps an exact reading when a line of another kind of the same head comes first', () => {
    // "decoy drone" matches gold "drone" by its head only; the predicted "drone" line names it: it takes the gold line.
    const gold = [goldEvent({ weapons: [{ weapon: ['drone'], launched: 30, intercepted: 21 }] })];
    const predicted = [event({ weapons: [line('decoy-drone'), line('drone', 30, 21)] })];
    const s = score(gold, predicted);
    expect(s.lines).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.numbers).toEqual({ correct: 1, total: 1 });
  });

  it('still matches by head noun a line that no exact reading takes', () => {
    const gold = [goldEvent({ weapons: [{ weapon: ['drone'], launched: 30, intercepted: 21 }, { weapon: ['cruise missile'], launched: 6, intercepted: null }] })];
    const predicted = [event({ weapons: [line('missile', 6, null), line('drone', 30, 21)] })];
    const s = score(gold, predicted);
    expect(s.lines).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.numbers).toEqual({ correct: 2, total: 2 });
  });

  it('counts an extra line as a false positive and a missing one as a miss', () => {
    const gold = [goldEvent({ weapons: [LANCE, { weapon: ['drone'], launched: null, intercepted: null }] })];
    const predicted = [event({ weapons: [line('lance', 4, 3), line('missile', 1, null)] })];
    const s = score(gold, predicted);
    expect(s.lines).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.numbers).toEqual({ correct: 1, total: 1 });
  });

  it('matches targets by name or alias, one to one', () => {
    const gold = [goldEvent({ targets: ['Strelsau', 'Zenda'] })];
    const predicted = [event({ targets: ['strelsau', 'borduria'] })];
    expect(score(gold, predicted).targets).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('counts the lines and targets of unmatched events as errors', () => {
    const gold = [goldEvent({ kind: 'interception', weapons: [LANCE], targets: ['Zenda'] })];
    const predicted = [event({ weapons: [line('lance'), line('drone')], targets: ['zenda'] })];
    const s = score(gold, predicted);
    expect(s.events).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.lines).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(s.targets).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('micro-averages over articles and treats nothing to judge as 1', () => {
    const one = score([goldEvent({ weapons: [LANCE] })], [event({ weapons: [line('lance', 4, 3)] })]);
    const two = score([goldEvent({ targets: ['Zenda'] })], []);
    const total = sumEventScores([one, two]);
    expect(prf(total.events)).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(accuracy(total.numbers)).toBe(1);
    expect(accuracy({ correct: 0, total: 0 })).toBe(1);
    expect(total.notes.map((n) => n.kind)).toContain('event-miss');
  });
});
