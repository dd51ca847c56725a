/**
 * The relation rules on the real pipeline: the 12 dev articles (ours) and the 5 seed articles (read from
 * ../shared, never copied) scored together against their gold files, with the thresholds of issue 2.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, sumScores, summarise } from '../../src/eval/index.ts';
import { PREDICATES } from '../../src/domain/index.ts';

const SEEDS = ['../shared/gold/seeds', '../shared/corpus/seeds'] as const;
const REAL = ['../shared/gold/real', '../shared/corpus/real'] as const;

describe('relations on the dev and seed articles', () => {
  // A small margin below what the sets score (issue 10): dev + seeds 0.970, every predicate >= 0.958, counts 1.0.
  it('reach relation F1 >= 0.96, every predicate >= 0.95 and count accuracy >= 0.98', () => {
    const sets = [evaluate('gold', 'corpus')];
    if (existsSync(SEEDS[0])) sets.push(evaluate(SEEDS[0], SEEDS[1]));
    const articles = sets.flatMap((s) => s.articles);
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.96);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.95);
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(0.98);
  });

  // The real outlet articles of ../shared (read, never copied): 0.976 now (0.864 before the error classes of
  // quality2, with main's entity work; 0.964 in session 10), condemned the weakest at 0.929, launched 0.959.
  it.skipIf(!existsSync(REAL[0]))('reach relation F1 >= 0.965 on the real articles, every predicate >= 0.92', () => {
    const { articles } = evaluate(REAL[0], REAL[1]);
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.965);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.92);
    // 0.971 since a count stated twice is chosen body first and own verb first (0.857 before).
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  // The first check set, spent by the recall work of issue 10 (its misses were looked at and their classes fixed):
  // now a regression set like tests/fixtures/heldout. 0.872 after that work (0.751 before), intercepted the weakest
  // at 0.756.
  it('reach relation F1 >= 0.86 on the spent check set (tests/fixtures/checkset), every predicate >= 0.74', () => {
    const { articles } = evaluate('tests/fixtures/checkset/gold', 'tests/fixtures/checkset/corpus');
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.86);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.74);
  });

  // The spent check sets are regression sets: their misses were grouped into classes and fixed (tables in
  // tests/extract/relations.recall.test.ts), so each threshold sits just below what the set scores now.
  // - check set 2 (spent in session 5): 0.917 after that work (0.801 before), intercepted the weakest at 0.849; counts 0.955.
  // - check set 3 (spent in session 6): 0.922 (0.825 before), intercepted 0.853 (0.716 before); counts 0.950 (0.793 before).
  // - check set 4 (spent in session 6 after its first look, 0.548, and a score after check set 3's classes, 0.545):
  //   four of its classes fixed, 0.654 now; its recall is still low (0.52): the threshold guards what was fixed, it
  //   does not say the set is solved.
  // - check set 4 moved to 0.704 after session 7's classes (rel5b's targeted and requested classes reached it).
  // - check set 5 (spent in session 7 after its first look, 0.703): launched and intercepted classes (branch rel5a),
  //   requested, condemned, targeted and entity classes (rel5b) and event classes (events5) fixed: 0.920 (intercepted
  //   the weakest at 0.881); counts 0.892 (0.755 before).
  // - check set 6 (written in session 7: first look 0.796 on main 20596db, 0.811 after session 7's merges) was spent in
  //   session 8 for events (branch events6 read its articles; its main-attacker fix also moved relations) and scored
  //   in aggregate by the other branches: 0.858 after session 8's merges (intercepted the weakest at 0.769); counts 0.926.
  // - Session 9 (the lead, its helpers stalled): check set 6's relation misses read for classes (whole anaphors,
  //   "destroyed" a building as a strike, list-item requests, tally shapes, a condemnation a paragraph after the other
  //   side's attack): 0.915 (intercepted the weakest at 0.871), counts 0.955; check set 4's breakdown notations,
  //   labelled lists and "took the brunt": 0.795 (P 0.914).
  // - Session 11: check set 9 (unseen until then; first look 0.846) was read for classes after a last unseen score
  //   and spent: 0.971 (condemned the weakest at 0.941), counts 0.974; check set 4 0.843 (P 0.926 / R 0.774) after
  //   its "accounted for", "aimed chiefly at", apposition and quotation-speaker classes.
  // - Session 12: check set 10 (4 articles; first look 0.773 at the end of session 11) was read for classes and spent:
  //   0.969 at the session's end (P 0.979 / R 0.959; condemned the weakest at 0.857), counts 1.000.
  // - Session 13: check set 11 (first look 0.704, see below) was read for classes and spent: 0.741 (condemned the
  //   weakest at 0.444: its gold lists the ministry and not also the state), counts 0.833. Check set 12 (8 articles,
  //   written this session by a writer who read no rule code; first look 0.789 at the session's start 27a2e26, P
  //   0.833 / R 0.750, outlet half 0.750, 0.741, 0.696, 0.833, varied half 0.900, 0.875, 0.556, 1.000; requested the
  //   weakest at 0.588, counts 0.839) was read for classes and spent: 0.827 after the first classes.
  //   At the session's end: check set 11 0.838 (requested the weakest at 0.545), counts 0.864; check set 12 0.844
  //   (requested 0.667), counts 0.844.
  const spent: { set: string; f1: number; predicates?: number; counts?: number; precision?: number }[] = [
    { set: 'checkset2', f1: 0.95, predicates: 0.87, counts: 0.96 },
    { set: 'checkset3', f1: 0.96, predicates: 0.93, counts: 0.96 },
    { set: 'checkset4', f1: 0.9, precision: 0.95 },
    { set: 'checkset5', f1: 0.93, predicates: 0.91, counts: 0.94 },
    { set: 'checkset6', f1: 0.94, predicates: 0.88, counts: 0.97 },
    { set: 'checkset8', f1: 0.93, predicates: 0.81, counts: 0.95 },
    { set: 'checkset9', f1: 0.96, predicates: 0.93, counts: 0.96 },
    { set: 'checkset10', f1: 0.95, predicates: 0.84, counts: 0.99 },
    { set: 'checkset11', f1: 0.89, predicates: 0.65, counts: 0.94 },
    { set: 'checkset12', f1: 0.9, predicates: 0.72, counts: 0.93 },
    // Session 14: check set 13 (unseen since session 13, 0.742 at the session's start) and check set 14 (first look
    // 0.782 at the session's start 4a2ac31) were read for classes: 0.833 and 0.877.
    { set: 'checkset13', f1: 0.9, predicates: 0.84, counts: 0.91 },
    { set: 'checkset14', f1: 0.92, predicates: 0.8, counts: 0.89 },
    // Session 15: check set 15 (unseen since session 14, 0.814) and check set 16 (first look 0.741 at bb5fde1) were read
    // for classes: 0.850 and 0.812.
    { set: 'checkset15', f1: 0.87, predicates: 0.81, counts: 0.95 },
    { set: 'checkset16', f1: 0.89, predicates: 0.83, counts: 0.85 },
    // Session 16 (branch requested16: the requested and condemned classes of issue 10 on new text): check set 17 (unseen
    // since session 15, 0.722 with requested 0.444 and condemned 0.571) was read for those two predicates' classes:
    // 0.785 (P 0.853 / R 0.727), requested 0.783, condemned 0.762, intercepted the weakest at 0.700; counts 0.889. Check
    // set 7's requested misses were listed with the other sets' (the brief allowed it) and one of them shaped a class
    // (a short quotation opening the sentence after a framed one), so it is no longer unread: 0.936 (P 0.982 / R
    // 0.893), targeted the weakest at 0.889; counts 1.000. The same session raised check sets 4 (0.874, P 0.944), 12
    // (0.862), 13 (0.839), 14 (0.899) and 16 (0.858, requested 0.769, condemned 0.947).
    // After the lead's classes of session 16 and both merges: check set 17 0.802 (targeted the weakest at 0.741), check
    // set 16 0.869. Check set 18 (written in session 16 by a writer who read no rule code; first look 0.759 at b6dfe21
    // and at the lead's first rule commit) was read by the lead for classes and spent: 0.830 after them, 0.857 with
    // branch requested16 merged (that branch never saw it: requested 0.621 -> 0.788), condemned the weakest at 0.769;
    // counts 0.792.
    { set: 'checkset7', f1: 0.94, predicates: 0.92, counts: 0.99 },
    // Session 17 (branch requested17, issue 10's requested and condemned classes on new text): check set 19 (unseen
    // since session 16) was scored first, at 3f997ed: 0.794 (P 0.856 / R 0.741), requested 0.609, condemned 0.583,
    // counts 0.792. Then its misses, with check sets 17 and 18's, were read for those two predicates' classes: check
    // set 19 0.826 (P 0.871 / R 0.786), requested 0.720, condemned 0.769, intercepted 0.800; check set 18 0.893 (P
    // 0.952 / R 0.840), requested 0.919, condemned 0.897, intercepted the weakest at 0.846; check set 17 unchanged.
    // Session 18 (classes read on check set 21 only): check set 17 0.802 -> 0.834 (targeted 0.741 -> 0.800, condemned
    // 0.762 -> 0.857).
    { set: 'checkset17', f1: 0.88, predicates: 0.83, counts: 0.99 },
    // The lead's relation classes of session 17 (read on check sets 19 and 20) and all of the session's merges: check
    // set 19 0.892 (P 0.941 / R 0.848; requested the weakest at 0.720), counts 0.885; check set 18 0.904 (targeted the
    // weakest at 0.880), counts 0.885. Check set 20 (written in session 17 by a writer who read no rule code; first look
    // 0.776 at d617e03, before any miss was read: P 0.874 / R 0.697, condemned 0.471, requested 0.667) was read by the
    // lead for launched, intercepted and targeted classes and spent: 0.836 (P 0.913 / R 0.771), condemned the weakest
    // at 0.556 (+0.085 from branch requested17, which never saw it), counts 0.906.
    { set: 'checkset18', f1: 0.93, predicates: 0.91, counts: 0.95 },
    // Session 19 (branch requested19): check set 19 0.917 (requested 0.815 the weakest), check set 20 0.875 (condemned
    // 0.762 the weakest), check set 21 0.913 (requested 0.833).
    // Session 21 (branch requested21): check set 19 0.917 -> 0.921 (a rumour the sentence denies gives no interception).
    { set: 'checkset19', f1: 0.93, predicates: 0.83, counts: 0.95 },
    // (Session 20, branch requested20: check set 20 0.894 -> 0.904, condemned 0.762 -> 0.857.)
    { set: 'checkset20', f1: 0.91, predicates: 0.89, counts: 0.93 },
    // Session 18 (branch requested18, issue 10's requested and condemned classes on new text): check set 21 (unseen
    // since session 17) was scored first, at 1b04060: 0.822 (P 0.880 / R 0.771), requested 0.727, condemned 0.783,
    // counts 0.880. Then its misses, with check sets 19 and 20's, were read for those two predicates' classes: check
    // set 21 0.844 (P 0.894 / R 0.800), requested 0.783 (the weakest), condemned 0.917, counts 0.885; check set 19
    // 0.897 (condemned 0.846 -> 0.889).
    // With the lead's launched / intercepted / targeted classes of the session merged: 0.899 (P 0.912 / R 0.886),
    // requested 0.783 the weakest, condemned 0.917, targeted 0.919, counts 0.857 (more matched relations with a gold
    // count: "52 strike drones of the Shahed type, mixed with decoys" now gives the decoy line, with no count of its own).
    { set: 'checkset21', f1: 0.94, predicates: 0.87, counts: 0.95 },
    // Session 19 (branch requested19, issue 10's requested and condemned classes on new text): check set 22 (unseen
    // since session 18, 0.736 with requested 0.522 and condemned 0.783) was read for those two predicates' classes,
    // with check sets 19-21's: 0.800 (P 0.909 / R 0.714), requested 0.857, condemned 0.960, intercepted the weakest at
    // 0.606 (left to the lead); counts 0.733.
    // Session 20 (branch events20): 0.891, counts 0.868: "Four such missiles ... were fired at Dnipro; none was brought
    // down" now gives a missile line (its 0 read after the semicolon), so the gold's launch of four ballistic missiles
    // is matched (launched 0.889 -> 0.926) but with no count of its own.
    { set: 'checkset22', f1: 0.88, predicates: 0.83, counts: 0.88 },
    // Session 20 (branch requested20, issue 10's requested and condemned classes on new text): check sets 23 (first
    // look 0.828, 0.824 at the session's start) and 24 (first look 0.843, requested 0.500) were read for those two
    // predicates' classes, with check sets 19-22's: check set 23 0.859 (P 0.901 / R 0.820; requested 0.870 -> 0.960,
    // condemned 0.833 -> 1.000, targeted the weakest at 0.741, left to the lead), counts 0.929; check set 24 0.880
    // (P 0.898 / R 0.863; requested 0.500 -> 0.870, targeted the weakest at 0.838), counts 0.909.
    // With the lead's launched / intercepted / targeted classes and branch events20 merged: check set 23 0.883 (P 0.943 /
    // R 0.830; targeted 0.741 -> 0.778 the weakest), counts 0.966; check set 24 0.916 (P 0.921 / R 0.912; intercepted
    // 0.867 -> 1.000, targeted 0.838 -> 0.880; requested 0.870 the weakest), counts 0.960.
    // Session 21 (branch relations21, launched / intercepted / targeted classes read on check set 25 and counted in the
    // spent sets): check sets 13 0.857, 14 counts 0.871, 18 0.918, 19 0.927 (counts 0.923), 21 0.933, 23 0.895
    // (targeted 0.800 the weakest), 24 0.922. Check set 25 (unseen since session 19; 0.816 at the session's start) was
    // read for those three predicates and spent: 0.882 (P 0.918 / R 0.849; launched 0.857 -> 0.920, intercepted 0.667 ->
    // 0.914, targeted 0.919 -> 0.947; requested 0.727 and condemned 0.667 left to branch requested21), counts 0.960.
    { set: 'checkset23', f1: 0.9, predicates: 0.83, counts: 0.99 },
    { set: 'checkset24', f1: 0.93, predicates: 0.89, counts: 0.99 },
    // After all of session 21's merges (requested21, events21, dates21): 0.948 (P 0.944 / R 0.953; launched 0.920 the
    // weakest), counts 0.962.
    { set: 'checkset25', f1: 0.94, predicates: 0.92, counts: 0.95 },
    // Session 22: check set 26 (an unseen guard since session 20, weakened in session 21 when a branch used its
    // threshold test as a signal) was read by every branch and spent: 0.840 -> 0.845 (P 0.900 / R 0.796; intercepted
    // 0.778 the weakest), counts 0.968.
    // Session 24 (recall24): a weapon reaching a place finds one more launched relation whose gold count stands in a
    // sentence no rule reads (a count of weapons that "made it into" the city's airspace): counts 0.968 -> 0.938 while
    // relation F1 rose 0.862 -> 0.868.
    // Session 26 (recall26): "; of the Kalibrs, four" after "the air defence forces destroyed" is now a downing given
    // to Ukraine, which this set's gold leaves to the Ukrainian Air Force alone (other sets' gold and GUIDELINES accept
    // the state of the armed force): intercepted 0.778 -> 0.757, relation F1 0.873 -> 0.869.
    { set: 'checkset26', f1: 0.88, predicates: 0.75, counts: 0.95 },
    // Session 23: check sets 27, 28 and 29 (unseen guards since sessions 20 and 21; first looks 0.833, 0.747 and 0.782)
    // were released as read sets, the varied-wording material the branches lacked, and read by every branch:
    // 0.834 -> 0.869, 0.766 -> 0.802 and 0.782 -> 0.827 after the session's merges.
    { set: 'checkset27', f1: 0.89, predicates: 0.82, counts: 0.81 },
    { set: 'checkset28', f1: 0.84, predicates: 0.77, counts: 0.79 },
    { set: 'checkset29', f1: 0.85, predicates: 0.8, counts: 0.86 },
    { set: 'checkset30', f1: 0.93, predicates: 0.9, counts: 0.89 },
    { set: 'checkset31', f1: 0.82, predicates: 0.76, counts: 0.8 },
    { set: 'checkset32', f1: 0.9, predicates: 0.79, counts: 0.84 },
    { set: 'checkset33', f1: 0.79, predicates: 0.75, counts: 0.72 },
    { set: 'checkset34', f1: 0.95, predicates: 0.89, counts: 0.94 },
    { set: 'checkset35', f1: 0.89, predicates: 0.77, counts: 0.92 },
    { set: 'checkset36', f1: 0.9, predicates: 0.85, counts: 0.88 },
    { set: 'checkset37', f1: 0.89, predicates: 0.81, counts: 0.69 },
    // Session 26: check sets 39 and 42 (unseen guards of sessions 24-25; first looks 0.871 and 0.898) were released as
    // read sets: a few of their lines had been printed by a session 25 helper's search, so they no longer guard.
    { set: 'checkset39', f1: 0.89, predicates: 0.87, counts: 0.9 },
    { set: 'checkset42', f1: 0.89, predicates: 0.83, counts: 0.85 },
    // Session 27: check sets 38, 40, 41 and 43 (unseen guards of sessions 24-26; first looks 0.843, 0.779, 0.829 and
    // 0.855, in their READMEs) were released as read sets, so that the session's branches read fresh outlet and varied
    // material; four new sets (50-53) take their place as guards.
    { set: 'checkset38', f1: 0.89, predicates: 0.79, counts: 0.95 },
    { set: 'checkset40', f1: 0.85, predicates: 0.83, counts: 0.83 },
    { set: 'checkset41', f1: 0.85, predicates: 0.6, counts: 0.88 },
    { set: 'checkset43', f1: 0.87, predicates: 0.74, counts: 0.92 },
    // Session 28: check sets 44 to 49 (unseen guards of sessions 25-27; first looks 0.867, 0.829, 0.854, 0.913, 0.878
    // and 0.789, in their READMEs) were released as read sets, so that the session's branches read fresh outlet and
    // varied material; check sets 50-53 stay unseen and four new sets (54-57) join them as guards.
    { set: 'checkset44', f1: 0.88, predicates: 0.83, counts: 0.78 },
    { set: 'checkset45', f1: 0.87, predicates: 0.77, counts: 0.95 },
    { set: 'checkset46', f1: 0.87, predicates: 0.84, counts: 0.88 },
    { set: 'checkset47', f1: 0.92, predicates: 0.75, counts: 0.85 },
    { set: 'checkset48', f1: 0.91, predicates: 0.86, counts: 0.89 },
    { set: 'checkset49', f1: 0.82, predicates: 0.73, counts: 0.92 },
    // Session 29: check sets 50 to 53 (unseen guards of sessions 27 and 28; first looks 0.890, 0.851, 0.821 and 0.750,
    // in their READMEs) were released as read sets, so that the session's branches read fresh outlet and varied
    // material; check sets 54-57 stay unseen and four new sets (58-61) join them as guards.
    { set: 'checkset50', f1: 0.88, predicates: 0.8, counts: 0.8 },
    { set: 'checkset51', f1: 0.88, predicates: 0.79, counts: 0.9 },
    { set: 'checkset52', f1: 0.87, predicates: 0.81, counts: 0.89 },
    { set: 'checkset53', f1: 0.81, predicates: 0.47, counts: 0.99 },
  ];
  it.each(spent)('reach relation F1 >= $f1 on the spent $set (tests/fixtures/$set)', ({ set, f1, predicates, counts, precision }) => {
    const { articles } = evaluate(`tests/fixtures/${set}/gold`, `tests/fixtures/${set}/corpus`);
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(f1);
    if (predicates !== undefined) for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(predicates);
    if (counts !== undefined) expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(counts);
    if (precision !== undefined) expect(summary.relations.precision).toBeGreaterThanOrEqual(precision);
  });

  // The unseen check sets: no one looked at their misses; each threshold only catches a regression, and the day a
  // set's misses are read it joins the spent table above.
  // - Check set 7 (6 articles: cs7_01-03 outlet-style, cs7_04-06 varied wording), written in session 8. Its first look,
  //   on main after session 8's merges, was 0.902 (P 0.938 / R 0.869; outlet-style half 0.926, varied half 0.877),
  //   intercepted 0.889 and targeted the weakest at 0.861; counts 0.864 (0.906 and 0.949 after session 9).
  // - Check set 8 (6 outlet-style articles; its varied half was not written), written in session 9. Its first look, on
  //   main after most of session 9's work, was 0.865 (P 0.847 / R 0.883; 0.848 at the session's start, 0fe5660),
  //   requested the weakest at 0.750, targeted 0.807; counts 0.841; 0.860 after the session's last class. Its varied
  //   half (cs8_07-12, written late in session 9) was scored once in session 10 (0.605, P 0.767 / R 0.500) and then
  //   read for classes, so the whole set moved to the spent table above.
  // - Check set 9 (8 articles: cs9_01-04 outlet-style, cs9_05-08 varied forms), written in session 10 by a writer who
  //   read no rule code. Its first look, on main after session 10's classes, was 0.846 (P 0.867 / R 0.825; outlet
  //   half 0.876, varied half 0.800), requested the weakest at 0.737; counts 0.882. Spent in session 11 (table above).
  // - Check set 7 reads 0.931 after session 11's classes (P 0.982 / R 0.885), counts 1.000; still unread.
  // - Check set 10 (4 articles: cs10_01-02 outlet-style, cs10_05-06 varied forms; the other four were not written),
  //   written in session 11 by a writer who read no rule code. Its first look, on main at the end of session 11
  //   (d844c26), was 0.773 (P 0.872 / R 0.694; outlet half 0.857, varied half 0.696), condemned the weakest at 0.667,
  //   requested 0.727; counts 0.824. Session 11's start (a8ae403) scores it exactly the same. Spent in session 12 (table above).
  // - Check set 11 (4 articles: cs10_03-04 outlet-style, cs10_07-08 varied forms: a structured abstract, association
  //   minutes with a chronology of four nights), written in session 12 by a second writer who read no rule code to
  //   finish check set 10. Its first look, at the session's start (3f3e503) and again after its first commits, was
  //   0.704 (P 0.745 / R 0.667; cs10_03 0.788, cs10_04 0.875, cs10_07 0.182, cs10_08 0.625), condemned the weakest at
  //   0.286, requested 0.545; counts 0.765. 0.716 after session 12 (condemned 0.500, biased: see the README's
  //   "Session 12" caveat). Spent in session 13 (table above).
  // - Check set 13 (8 articles: cs13_01-04 outlet-style, cs13_05-08 varied forms: an outage notice, a correspondent's
  //   diary, a press agency's fact box, a translated call readout), written in session 13 by a writer who read no rule
  //   code. Its first look at the session's start (27a2e26) was 0.731 (P 0.878 / R 0.626), targeted the weakest at
  //   0.623, requested 0.625; counts 0.868. After the session's first two class commits (d667a94): 0.738 (P 0.900 /
  //   R 0.626; per article 0.714, 0.833, 0.889, 0.741 | 0.538, 0.667, 0.900, 0.632).
  // - Check set 13 was read in session 14 and joined the spent table.
  // - Check set 15 (8 articles: cs15_01-04 outlet-style, cs15_05-08 varied forms), written in session 14 by a writer
  //   who read no rule code. Its first look, on main after the session's relation classes (d3b7277), was 0.814 (P
  //   0.856 / R 0.776), requested the weakest at 0.444 (P 0.571 / R 0.364), condemned 0.750; counts 0.926. At the
  //   session's start (4a2ac31) it scores 0.804 (P 0.845 / R 0.766). It was read in session 15 and joined the spent table.
  // - Check set 17 (8 articles: cs17_01-04 outlet-style, cs17_05-08 varied forms), written in session 15 by a writer
  //   who read no rule code. First look at bb5fde1: 0.722 (P 0.814 / R 0.648), requested the weakest at 0.444,
  //   condemned 0.571; counts 0.889. At the session's start (f934d35) it scores 0.709; after the session's classes 0.722.
  // - Check sets 7 and 17 were read in session 16 and joined the spent table.
  // - Check set 19 (8 articles, written in session 16 by a writer who read no rule code): first look 0.794 (P 0.856 /
  //   R 0.741; condemned the weakest at 0.583, requested 0.609), counts 0.792, at b6dfe21 and at the lead's first rule
  //   commit; after all of session 16's classes and merges still 0.794, to the third decimal: none of the session's
  //   classes reached it. Kept unseen: the guard of session 16. Read in session 17 and joined the spent table.
  // - Check set 21 (8 articles, written in session 17 by a writer who read no rule code): first look 0.792 (P 0.874 /
  //   R 0.724; requested 0.727, condemned 0.727, targeted 0.788), counts 0.840, at d617e03; after all of session 17's
  //   classes and merges 0.804 (P 0.876 / R 0.743; requested the weakest at 0.727), counts 0.840. Kept unseen: the
  //   guard of session 17. Read in session 18 and joined the spent table.
  // - Check sets 22 and 23 (8 articles each, written in session 18 by writers who read no rule code): first looks at
  //   8f0cc3c (the lead's four rule commits of the session), before any miss was read: 0.736 (P 0.877 / R 0.634;
  //   requested 0.522, intercepted 0.606), counts 0.733; and 0.828 (P 0.895 / R 0.770; targeted 0.741), counts 0.929.
  //   After all of session 18's merges: unchanged to the third decimal. Kept unseen: the guards of session 18.
  // - Check set 22 was read in session 19 and joined the spent table: 0.736 -> 0.882 (lead's launched / intercepted /
  //   targeted classes 0.824, branch requested19's requested 0.857 and condemned 0.960). Session 19 also raised check
  //   sets 3 (0.968), 4 (0.896, P 0.964), 12 (0.888), 17 (0.874), 20 (0.894) and 21 (0.923), all read in earlier
  //   sessions; para did not move (0.936). Check set 23 after session 19's merges: 0.824 (condemned 0.870 -> 0.833, from branch
  //   requested19; not read).
  // - Check sets 24 and 25 (8 articles each, written in session 19 by writers who read no rule code): first looks at
  //   829b6c4 (main at the end of session 18), before any miss was read: 0.843 (P 0.874 / R 0.814; requested 0.500),
  //   counts 0.909; and 0.827 (P 0.900 / R 0.764; intercepted 0.667), counts 0.944. After all of session 19's classes
  //   and merges: unchanged to the third decimal. Kept unseen: the guards of session 19. Check
  //   set 22 was read in session 19 and joined the spent table.
  // - Check sets 23 and 24 were read in session 20 (the lead, branches requested20 and events20) and joined the spent
  //   table. Check set 25 after all of session 20's merges: 0.816 (condemned 0.762 -> 0.667; not read).
  // - Check sets 26 and 27 (8 articles each, written in session 20 by writers who read no rule code): first looks at
  //   6432792 (main at the end of session 19), before any miss was read: 0.836 (P 0.890 / R 0.788; intercepted 0.778),
  //   counts 0.935; and 0.833 (P 0.935 / R 0.750; condemned 0.759), counts 0.800. After all of session 20's classes and
  //   merges: 0.840 (intercepted 0.778 the weakest) and 0.834 (intercepted and condemned 0.800). Kept unseen: the
  //   guards of session 20.
  // - Check set 25 was read in session 21 (branch relations21) and joined the spent table.
  // - Check sets 28 and 29 (8 articles each, written in session 21 by writers who read no rule code): first looks at
  //   80929ef (main at the end of session 20), before any miss was read: 0.747 (P 0.851 / R 0.667; condemned 0.522),
  //   counts 0.769; and 0.782 (P 0.868 / R 0.712; requested 0.720, targeted 0.738), counts 0.850. Kept unseen.
  //   After all of session 22's merges: 0.766 (counts 0.750) and 0.782.
  // - Check sets 30 to 33 (8 articles each, written in session 22 by writers who read no rule code; 30 and 32 ordinary
  //   outlet reporting, 31 and 33 varied wording): first looks at d1ab472 (main at the end of session 21), before any
  //   miss was read: 0.888 (P 0.853 / R 0.925; condemned 0.842), counts 0.848; 0.776 (P 0.857 / R 0.709; requested
  //   0.710, targeted 0.709), counts 0.778; 0.832 (P 0.802 / R 0.865; launched 0.791), counts 0.800; 0.741 (P 0.840 /
  //   R 0.663; requested 0.667), counts 0.625. After all of session 22's merges: 0.892, 0.781, 0.832, 0.741.
  // - Check sets 27, 28 and 29 were read in session 23 and joined the spent table.
  // - Check sets 30, 31, 32 and 33 were read in session 24 and joined the spent table.
  // - Check sets 34, 35, 36 and 37 were read in session 25 and joined the spent table (their first looks below).
  // - Check sets 34 to 37 (8 articles each, written in session 23 by writers who read no rule code; 34 and 36 outlet
  //   reporting, 34's eight articles all on one night; 35 and 37 varied wording): first looks at eb6cf01 (main at the
  //   end of session 22), before any miss was read: 0.904 (P 0.931 / R 0.879; condemned 0.833), counts 0.957; 0.837
  //   (P 0.861 / R 0.813; targeted 0.710), counts 0.786; 0.848 (P 0.803 / R 0.899; requested 0.800), counts 0.893;
  //   0.866 (P 0.850 / R 0.883; targeted 0.810), counts 0.667.
  // - Check sets 38 to 41 (8 articles each, written in session 24 by writers who read no rule code; 38 and 40 outlet
  //   reporting, 39 and 41 varied wording): first looks at 3882870 (main at the end of session 23), before any miss
  //   was read: 0.843 (P 0.783 / R 0.912; requested 0.700), counts 0.871; 0.871 (P 0.818 / R 0.931; requested
  //   0.769), counts 0.853; 0.779 (P 0.720 / R 0.848; targeted 0.627), counts 0.808; 0.829 (P 0.892 / R 0.773;
  //   condemned 0.364), counts 0.862.
  const unseen: { set: string; f1: number; predicates: number; counts: number }[] = [
    // Check sets 54 to 57 (written in session 28 by writers who read no rule code; 54 and 56 outlet reporting, 55 and
    // 57 varied wording): first looks at 558ba1c (main at the end of session 27) in each set's README.
    { set: 'checkset57', f1: 0.86, predicates: 0.79, counts: 0.96 },
    { set: 'checkset56', f1: 0.85, predicates: 0.76, counts: 0.84 },
    { set: 'checkset55', f1: 0.87, predicates: 0.74, counts: 0.83 },
    { set: 'checkset54', f1: 0.9, predicates: 0.86, counts: 0.77 },
    // Check sets 58 to 61 (written in session 29 by writers who read no rule code; 58 and 60 outlet reporting, 59 and
    // 61 varied wording): first looks at 9b6f4b3 (main at the end of session 28) in each set's README.
    { set: 'checkset58', f1: 0.85, predicates: 0.78, counts: 0.82 },
    { set: 'checkset59', f1: 0.87, predicates: 0.79, counts: 0.87 },
    { set: 'checkset60', f1: 0.85, predicates: 0.82, counts: 0.95 },
    { set: 'checkset61', f1: 0.81, predicates: 0.73, counts: 0.72 },
  ];
  it.each(unseen)('keep relation F1 on the unseen $set (tests/fixtures/$set) at its current level', ({ set, f1, predicates, counts }) => {
    const { articles } = evaluate(`tests/fixtures/${set}/gold`, `tests/fixtures/${set}/corpus`);
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(f1);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(predicates);
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(counts);
  });

  // The paraphrase bank (tests/fixtures/paraphrase, 56 short articles of varied wording, spent by branch lexicon6:
  // not a held-out figure): 0.845 on main 11aa939, 0.923 after the multi-word classes and the separable matcher;
  // launched the weakest at 0.791 (interception sentences imply a launch the bank's gold does not annotate); 0.930
  // in session 11 ("accounted for" as a downing); 0.936 in session 16 (a sentence-opening "Its" takes the subject of
  // the sentence before: condemned 1.000); 0.993 in session 26 (an implied launch whose firing side the article never
  // refers to is no relation: launched 0.773 -> 0.971).
  it('reach relation F1 >= 0.98 on the paraphrase bank, every predicate >= 0.95', () => {
    const { articles } = evaluate('tests/fixtures/paraphrase/gold', 'tests/fixtures/paraphrase/corpus');
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.98);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.95);
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('give every relation a sentence of the document as evidence', () => {
    const { articles } = evaluate('gold', 'corpus');
    for (const article of articles) {
      for (const relation of article.prediction.relations) {
        expect(relation.evidence.text.length).toBeGreaterThan(0);
        expect(relation.evidence.end).toBeGreaterThan(relation.evidence.start);
      }
    }
  });
});
