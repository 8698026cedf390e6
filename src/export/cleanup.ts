// Closing what an export opened (browser, server, temporary file) on every path: success,
// error, and interruption, where it runs while the export is still awaiting something.

export class Cleanup {
  private readonly tasks: (() => unknown)[] = [];

  /** Registers a task; tasks run last-registered first. */
  defer(task: () => unknown): void {
    this.tasks.push(task);
  }

  /** Runs every task registered so far, once each; errors are ignored (the first cause wins). */
  async run(): Promise<void> {
    while (this.tasks.length > 0) {
      const task = this.tasks.pop()!;
      try {
        await task();
      } catch {
        // Already closed or gone: nothing left to do.
      }
    }
  }
}
