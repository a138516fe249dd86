/**
 * The clock of `refresh`: calls `tick` every `interval` ms while the page is visible. A hidden tab
 * makes no requests; when it is shown again, a tick that fell due meanwhile runs at once.
 */
export class RefreshSchedule {
  private timer?: ReturnType<typeof setTimeout>;
  private interval = 0;
  private due = 0;
  private readonly onVisibility = () => this.arm();

  constructor(private readonly tick: () => void) {}

  /** Starts (or keeps going at a new interval). Calling it again with the same interval changes nothing. */
  start(interval: number): void {
    if (interval === this.interval && this.due) return;
    this.interval = interval;
    this.due = Date.now() + interval;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.arm();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.interval = this.due = 0;
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.interval || document.visibilityState === 'hidden') return;
    this.timer = setTimeout(
      () => {
        this.due = Date.now() + this.interval;
        this.arm();
        this.tick();
      },
      Math.max(0, this.due - Date.now()),
    );
  }
}
