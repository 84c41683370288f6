/**
 * Shares the machine between judgings: any number run `shared`ly at once, while an `exclusive` one waits for those in
 * flight to finish and holds new ones back until it is done. Verification re-judges a time-limit verdict exclusively,
 * so the second attempt does not compete with the rest of the batch for the cores.
 */
export interface JudgeGate {
  shared<T>(run: () => Promise<T>): Promise<T>;
  exclusive<T>(run: () => Promise<T>): Promise<T>;
}

/** Creates a gate; pass the same one to every `verifyProblemFolder` call of a batch. */
export function createJudgeGate(): JudgeGate {
  let active = 0;
  let writing = false;
  // Exclusive runs queue in order; shared runs that arrive while one waits queue behind it.
  const waiting: { exclusive: boolean; wake: () => void }[] = [];

  const pump = (): void => {
    while (waiting.length > 0 && !writing) {
      const head = waiting[0]!;
      if (head.exclusive) {
        if (active > 0) return;
        writing = true;
      } else {
        active++;
      }
      waiting.shift();
      head.wake();
    }
  };
  const enter = (exclusive: boolean): Promise<void> =>
    new Promise((wake) => {
      waiting.push({ exclusive, wake });
      pump();
    });
  const leave = (exclusive: boolean): void => {
    if (exclusive) writing = false;
    else active--;
    pump();
  };
  const gated =
    (exclusive: boolean) =>
    async <T>(run: () => Promise<T>): Promise<T> => {
      await enter(exclusive);
      try {
        return await run();
      } finally {
        leave(exclusive);
      }
    };
  return { shared: gated(false), exclusive: gated(true) };
}
