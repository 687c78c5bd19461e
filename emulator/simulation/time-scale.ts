// A tenant clock that runs faster than real time (EmulatorOptions.timeScale): virtual = origin + (real - origin) ×
// factor, from the high-resolution clock so that a fast factor keeps sub-millisecond steps. Two processes given the
// same factor and origin share one virtual clock, up to the small drift between their clocks.

export function scaledNow(factor: number, origin: number): () => number {
  return () => origin + (performance.timeOrigin + performance.now() - origin) * factor;
}
