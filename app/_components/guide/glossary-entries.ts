/**
 * The one place the method's figures are explained in plain words: the
 * glossary page lists these entries and every "?" tip reads its sentences
 * from here, so a tip and the glossary can never say different things.
 * The formal term (as docs/scoring.md writes it) is kept beside each entry.
 */

export type GlossaryEntry = {
  /** The anchor on the glossary page (#id). */
  id: string;
  /** The figure's name as a person reads it on screen. */
  term: string;
  /** The formal term, for those who know the method or read the exports. */
  formal?: string;
  /** What it means: one or two sentences. */
  meaning: string;
  /** How it is computed, in plain words. */
  computed: string;
};

export const GLOSSARY = [
  {
    id: "value",
    term: "Value",
    formal: "value score",
    meaning:
      "How much an initiative is worth to customers and to the business, from −100 to +100. It adds the three crowns (experience, cost, revenue) by the weights of the scoring model.",
    computed:
      "Each crown's score (−10 to +10) is multiplied by its weight; the weighted sum is multiplied by 10 and by the confidence in the estimates.",
  },
  {
    id: "priority",
    term: "Priority",
    formal: "priority = value ÷ effort",
    meaning:
      "Value for the effort it takes: the scorecard ranks open work by it, so a small initiative of good value comes before a large one of the same value.",
    computed: "The value divided by the effort (in the capacity units of your periods, for example person-weeks).",
  },
  {
    id: "robustness",
    term: "Robustness",
    formal: "rank spread under weight sensitivity; plan robustness",
    meaning:
      "Whether a ranking or a plan still holds when the assumptions move. A robust initiative keeps nearly the same place when the crown weights shift; a robust plan keeps it whatever the cost and revenue turn out to be within their ranges.",
    computed:
      "For the ranking, each crown's weight is moved 10 points up and down and the work re-ranked; an initiative is robust when its rank moves by 2 places or fewer. For the plan, many plans are made from sampled estimates: in almost every plan (90 % or more) is “robust in”, in almost none (10 % or fewer) “robust out”, anything between is borderline.",
  },
  {
    id: "hot-spot-score",
    term: "Hot-spot score",
    formal: "hotSpotScore = 100 × gap",
    meaning:
      "How much a moment of truth needs fixing, from 4 to 100: high when it matters a lot to customers and goes badly today. A moment that matters a lot (4 or 5) and goes badly (1 or 2) is a hot spot.",
    computed: "The gap between importance and performance (see “Gap”) times 100, rounded.",
  },
  {
    id: "gap",
    term: "Gap",
    formal: "gap = importance × (6 − performance) ÷ 25",
    meaning:
      "How far a moment of truth falls short of what customers need, from 0.04 (unimportant and going well) to 1 (vital and going badly). It decides how much improving the moment counts.",
    computed: "Importance (1–5) times how badly it goes (6 minus performance, 1–5), divided by 25.",
  },
  {
    id: "category-factor",
    term: "Category weight share",
    formal: "category factor",
    meaning:
      "How much a customer category counts next to the workspace's most important one, from just above 0 to 1. Improving a moment of a category that counts less adds less to the experience crown.",
    computed: "The category's weight divided by the largest weight of any category in the workspace.",
  },
  {
    id: "moment-weight",
    term: "Moment's share",
    formal: "moment weight (wₖ)",
    meaning:
      "How much one moment of truth counts in an initiative's experience crown. Improving a moment counts by its gap; harming a moment counts by its importance alone, so harm to an important moment is never cheap.",
    computed:
      "When the initiative improves the moment (or leaves it as is), the moment's gap; when it harms it, importance ÷ 5. The effect (−3 to +3) ÷ 3 times this share times the category weight share is the moment's contribution.",
  },
  {
    id: "crowns",
    term: "Crowns",
    formal: "crowns, triple crown",
    meaning:
      "The three things an initiative can improve at once: the customer's experience, the cost of serving, and revenue. An initiative earns a crown for each one it improves by more than the crown threshold; three crowns make a triple crown.",
    computed:
      "Experience scores −10 to +10 from the moments it affects; cost and revenue score 10 points for a yearly amount equal to the reference amount of the scoring model. A crown counts when its score is above the threshold.",
  },
  {
    id: "crown-threshold",
    term: "Crown threshold",
    formal: "crownThreshold",
    meaning:
      "The points a crown's score must exceed before it counts as a crown, so a trivial gain (a few euros a year) does not earn one. It changes no score, value or priority, only the count of crowns.",
    computed: "Set in the scoring model, 0 to 10 points; 0.5 unless you change it.",
  },
  {
    id: "material-amount",
    term: "Reference amount",
    formal: "material amount",
    meaning:
      "The yearly cost saving (or revenue growth) your organisation would call significant: that amount earns the full 10 points of the cost (or revenue) crown.",
    computed:
      "A crown's score is 10 × the likely yearly amount ÷ the reference amount, kept within −10 to +10. Set per crown in the scoring model.",
  },
  {
    id: "npv",
    term: "NPV",
    formal: "net present value",
    meaning:
      "What an initiative is worth in money today: the yearly benefit over the horizon, discounted because money later is worth less, minus the one-off investment.",
    computed:
      "The yearly benefit (cost reduction plus the profit share of revenue growth) discounted at the model's rate for each year of the horizon, added up, minus the investment.",
  },
  {
    id: "payback",
    term: "Payback",
    formal: "payback years",
    meaning: "How many years the yearly benefit takes to earn back the one-off investment. None when the initiative brings no net benefit.",
    computed: "The investment divided by the yearly benefit (cost reduction plus the profit share of revenue growth).",
  },
  {
    id: "p10-p90",
    term: "Likely range (P10–P90)",
    formal: "P10, P50, P90 percentiles",
    meaning:
      "The range the value lands in 8 times out of 10 when the cost and revenue estimates vary between their low and high. Experience estimates are single points, so they do not widen the range.",
    computed:
      "Thousands of simulated runs draw each cost and revenue estimate between its low and high; P10 is the value that 10 % of the runs fall below, P90 the one 90 % fall below.",
  },
  {
    id: "chance-top-10",
    term: "Chance of top 10",
    formal: "pTop10",
    meaning:
      "How often an open initiative makes the top 10 of the ranking when the cost and revenue estimates vary. The ranking is by priority, as on the scorecard.",
    computed: "The share of the simulated runs in which the initiative ranks 10th or better.",
  },
  {
    id: "realisation-ratio",
    term: "Realisation ratio",
    formal: "realisation ratio",
    meaning:
      "How much of what was planned finished work actually delivered: 62 % means the results were about six tenths of the estimates. Reported per department and for the whole workspace.",
    computed:
      "For done initiatives with recorded results, what they realised divided by what they planned for the same periods, larger plans counting more.",
  },
  {
    id: "calibrated-value",
    term: "Calibrated value",
    formal: "calibrated value",
    meaning:
      "The value an open initiative would have if its estimates turned out as well (or as badly) as its department's past work. It is shown beside the estimated value, never instead of it.",
    computed:
      "The estimates are multiplied by the department's realisation ratio (or the workspace's, when the department has fewer than 3 finished initiatives with results) and the value is worked out again.",
  },
  {
    id: "verdicts",
    term: "Verdicts",
    formal: "measure verdict",
    meaning:
      "Whether a finished initiative moved the customer measures it promised: delivered, partly, not yet, or not measured when there are no readings before and after.",
    computed:
      "The change between the last reading before the finish period and the last one after it, divided by the change expected: 90 % or more is delivered, 25 % or more partly, less not yet.",
  },
  {
    id: "evidence-confidence",
    term: "Evidence confidence",
    formal: "evidence-weighted confidence",
    meaning:
      "A confidence in the estimates worked out from how well their assumptions and risks are backed, instead of picked by hand. Untested assumptions give low confidence; ones proven by a launch give high.",
    computed:
      "Each assumption counts 0.5 untested, more when validated and less when disproved, by how strong the evidence is (opinion, data, test, launch); critical ones count twice; the average is the confidence, never below 0.1.",
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof GLOSSARY)[number]["id"];

const BY_ID = new Map<string, GlossaryEntry>(GLOSSARY.map((e) => [e.id, e]));

export function glossaryEntry(id: GlossaryId): GlossaryEntry {
  return BY_ID.get(id)!;
}
