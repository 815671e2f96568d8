/**
 * Work that must not hold up an answer (the delivery log, a round-robin turn, a Facebook fetch)
 * but must finish before the core stops, so that stopping never cuts a write in half.
 */
export function createBackgroundTasks() {
  const running = new Set<Promise<unknown>>()
  return {
    track<T>(task: Promise<T>): Promise<T> {
      running.add(task)
      void task.finally(() => running.delete(task)).catch(() => {})
      return task
    },
    async drain() {
      while (running.size) await Promise.allSettled([...running])
    },
  }
}

export type BackgroundTasks = ReturnType<typeof createBackgroundTasks>
