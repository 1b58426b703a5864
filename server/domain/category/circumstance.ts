/**
 * Outside-In groups customers by what they need, not by who they are. These
 * patterns spot names and needs that read like a segment by circumstance, so
 * the UI can warn (never refuse: the words may be used knowingly). Each
 * pattern is anchored on word boundaries and kept narrow: "Price seekers" or
 * "wants the car back the same day" must not trip it.
 */
type Rule = { dimension: string; pattern: RegExp };

const RULES: Rule[] = [
  // age
  // "over 60s", "under-25s", "over 60" — but not "over 30 minutes" or "under 20%".
  {
    dimension: "age",
    pattern:
      /\b(?:over|under)[- ]?\d{2}(?:s\b|\b(?!\s*(?:%|per ?cent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|km|kilomet(?:re|er)s?|pounds?|euros?|dollars?|calls?|times?|cars?|visits?|jobs?|years?(?![- ]old))))/i,
  },
  // "25 year olds", "70-year-old drivers" — but not "a 10-year-old car".
  { dimension: "age", pattern: /\b\d{1,3}[- ]?(?:years?|yrs?)[- ]olds\b/i },
  {
    dimension: "age",
    pattern: /\b\d{1,3}[- ]?(?:years?|yrs?)[- ]old (?:drivers|customers|people|motorists|owners|men|women)\b/i,
  },
  { dimension: "age", pattern: /\baged?\s+(?:\d{2}(?:\s*(?:-|–|to)\s*\d{2})?|over|under|between)\b/i },
  {
    dimension: "age",
    pattern: /\b(?:age (?:group|band|bracket)s?|in their (?:twenties|thirties|forties|fifties|sixties|seventies|eighties))\b/i,
  },
  {
    dimension: "age",
    pattern:
      /\b(?:millennials?|gen(?:eration)?[- ]?[xyz]|zoomers?|(?:baby[- ])?boomers?|seniors|senior (?:citizens|drivers|customers|motorists)|elderly|retirees?|pensioners?|teenagers?|teens)\b/i,
  },
  { dimension: "age", pattern: /\b(?:young|older|elderly) (?:people|drivers|adults|families|customers|motorists|professionals)\b/i },
  // income
  { dimension: "income", pattern: /\b(?:high|low|middle|top|higher|lower)[- ](?:income|earners?|earning|paid)\b/i },
  {
    dimension: "income",
    pattern: /\b(?:affluent|wealthy|well[- ]off|high[- ]net[- ]worth|income (?:band|bracket|group)s?|salary (?:band|bracket)s?)\b/i,
  },
  // postcode / zip
  { dimension: "postcode", pattern: /\b(?:post ?codes?|postal codes?|zip ?codes?)\b/i },
  // gender
  {
    dimension: "gender",
    pattern: /\b(?:women|men|males?|females?|ladies|gentlemen|mums|moms|mothers|dads|fathers|gender)\b/i,
  },
  // region
  {
    dimension: "region",
    pattern:
      /\b(?:urban|rural|suburban|city[- ]dwellers|countryside|regional|region|northerners|southerners|(?:north|south|east|west)(?:ern)? (?:region|customers|drivers))\b/i,
  },
  // occupation / life stage
  { dimension: "occupation", pattern: /\b(?:students?|unemployed|homeowners|renters)\b/i },
];

const EXAMPLE_NEED = "wants the car back the same day";
const MAX_WARNINGS = 5;

export function circumstanceWarnings(...texts: (string | undefined | null)[]): string[] {
  const seen = new Set<string>();
  const warnings: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const rule of RULES) {
      const match = rule.pattern.exec(text);
      if (!match) continue;
      const phrase = match[0];
      const key = phrase.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push(
        `“${phrase}” groups customers by circumstance (${rule.dimension}). Need-based categories group them by what they need, e.g. “${EXAMPLE_NEED}”.`,
      );
      if (warnings.length >= MAX_WARNINGS) return warnings;
    }
  }
  return warnings;
}
