/** Eight quarters from 2026-01-01; capacity in person-weeks. */
export const DEMO_PERIODS: { label: string; startDate: string; capacity: number }[] = [
  { label: "Q1 2026", startDate: "2026-01-01", capacity: 45 },
  { label: "Q2 2026", startDate: "2026-04-01", capacity: 50 },
  { label: "Q3 2026", startDate: "2026-07-01", capacity: 55 },
  { label: "Q4 2026", startDate: "2026-10-01", capacity: 50 },
  { label: "Q1 2027", startDate: "2027-01-01", capacity: 60 },
  { label: "Q2 2027", startDate: "2027-04-01", capacity: 55 },
  { label: "Q3 2027", startDate: "2027-07-01", capacity: 50 },
  { label: "Q4 2027", startDate: "2027-10-01", capacity: 40 },
];
