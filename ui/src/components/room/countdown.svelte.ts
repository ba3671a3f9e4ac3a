// The room's countdown: set in whole minutes, started and paused with one key, and ending
// gently (a soft two-note chime and a slow pulse, nothing that makes the room jump).

const DEFAULT_SECONDS = 5 * 60;

export class Countdown {
  /** The length set, in seconds; 0 when no timer is set. */
  total = $state(0);
  /** Seconds left. */
  left = $state(0);
  running = $state(false);
  ended = $state(false);
  private endsAt = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  get display(): string {
    const seconds = Math.max(0, Math.ceil(this.left));
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  }

  /** Starts (five minutes when none is set, or again after it ended) or pauses. */
  toggle(): void {
    if (this.running) return this.pause();
    if (this.total === 0 || this.ended) {
      this.total = this.total || DEFAULT_SECONDS;
      this.left = this.total;
      this.ended = false;
    }
    this.endsAt = this.now() + this.left * 1000;
    this.running = true;
    this.ticker = setInterval(() => this.tick(), 250);
  }

  /** Adds (or with a negative number takes off) seconds, never below a minute. */
  add(seconds: number): void {
    if (this.total === 0) {
      this.total = DEFAULT_SECONDS;
      this.left = DEFAULT_SECONDS;
    }
    this.total = Math.max(60, this.total + seconds);
    this.left = Math.max(0, this.left + seconds);
    this.ended = false;
    if (this.running) this.endsAt += seconds * 1000;
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    this.running = false;
  }

  private pause(): void {
    this.tick();
    this.stop();
  }

  /** Brings `left` up to date; exposed for tests that move the clock. */
  tick(): void {
    if (!this.running) return;
    this.left = Math.max(0, (this.endsAt - this.now()) / 1000);
    if (this.left === 0) {
      this.stop();
      this.ended = true;
      chime();
    }
  }
}

/** Two soft notes. A machine without sound simply stays quiet. */
function chime(): void {
  try {
    const audio = new AudioContext();
    [523.25, 659.25].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      const start = audio.currentTime + i * 0.35;
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0, start);
      volume.gain.linearRampToValueAtTime(0.08, start + 0.05);
      volume.gain.exponentialRampToValueAtTime(0.0001, start + 1.2);
      tone.connect(volume).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 1.3);
    });
  } catch {
    // No audio device: the pulse on the screen is the signal.
  }
}
