// The solver's time, shared by every solve of one plan (timeLimitMs covers them all).
export class Budget {
  private spent = 0;
  constructor(readonly total: number) {}
  get left(): number {
    return Math.max(0, this.total - this.spent);
  }
  get spentMs(): number {
    return this.spent * 1000;
  }
  spend(seconds: number): void {
    this.spent += seconds;
  }
}
