// Ids Auth0 generated in a cassette, mapped to the ids the emulator generated in the same places, so that later
// requests name the emulator's users and jobs, and later responses can be compared value by value.

/** Generated ids, learned where a recorded and an emulated response hold them at the same place. */
const ID_FORMATS = [/^[0-9a-f]{24}$/, /^job_[A-Za-z0-9]{16}$/];

export class IdMap {
  private readonly ids = new Map<string, string>();

  /** Walks both bodies side by side and maps each recorded id not seen before to the emulator's. */
  learn(recorded: unknown, emulated: unknown): void {
    if (typeof recorded === 'string' && typeof emulated === 'string') {
      const [recordedId, emulatedId] = [bareId(recorded), bareId(emulated)];
      const format = ID_FORMATS.find((f) => f.test(recordedId));
      if (format && format.test(emulatedId) && !this.ids.has(recordedId)) this.ids.set(recordedId, emulatedId);
      return;
    }
    if (Array.isArray(recorded) && Array.isArray(emulated)) {
      recorded.forEach((item, index) => this.learn(item, emulated[index]));
      return;
    }
    if (isObject(recorded) && isObject(emulated)) {
      for (const [key, value] of Object.entries(recorded)) if (Object.hasOwn(emulated, key)) this.learn(value, emulated[key]);
    }
  }

  /** Replaces every mapped id in text (a URL, a request body); ids inside `auth0%7C…` are replaced too. */
  applyToText(text: string): string {
    let out = text;
    for (const [recorded, emulated] of this.ids) out = out.split(recorded).join(emulated);
    return out;
  }

  /** The same for every string of a parsed body. */
  applyToValue(value: unknown): unknown {
    if (typeof value === 'string') return this.applyToText(value);
    if (Array.isArray(value)) return value.map((item) => this.applyToValue(item));
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.applyToValue(item)]));
    return value;
  }
}

/** `auth0|<hex>` → `<hex>`: the hex part is what identities and URLs share. */
function bareId(value: string): string {
  return value.startsWith('auth0|') ? value.slice('auth0|'.length) : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
