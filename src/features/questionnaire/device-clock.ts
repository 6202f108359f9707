// Each browser names itself with a random device id and numbers its own edits. The server keeps,
// per answer, the newest number it applied from each device, so a phone and a laptop never
// collide, and a late retry from one device never overwrites that device's newer edit.

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type DeviceClock = {
  deviceId: string;
  /** A number higher than any this device handed out before: max(now, last + 1), persisted. */
  nextRevision: () => number;
};

const DEVICE_KEY = "mpem:device";

type DeviceState = { id: string; lastRevision: number };

/** crypto.getRandomValues works on plain http too, where crypto.randomUUID does not exist. */
function randomDeviceId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function isDeviceState(value: unknown): value is DeviceState {
  const state = value as DeviceState | null;
  return typeof state?.id === "string" && /^[A-Za-z0-9_-]{16,64}$/.test(state.id) && Number.isSafeInteger(state.lastRevision);
}

function read(storage: KeyValueStorage | null): DeviceState | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(DEVICE_KEY) ?? "null");
    return isDeviceState(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage | null, state: DeviceState) {
  try {
    storage?.setItem(DEVICE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled: this page keeps counting in memory; a reload is then a new device.
  }
}

/**
 * Reads the state from storage on every call, so tabs of one browser share one device and one
 * sequence. The time is only a starting point that survives lost storage: ordering between
 * devices is the server's, never the clocks'.
 */
export function createDeviceClock(storage: KeyValueStorage | null, now: () => number = Date.now): DeviceClock {
  let memory: DeviceState = read(storage) ?? { id: randomDeviceId(), lastRevision: 0 };
  write(storage, memory);
  return {
    deviceId: memory.id,
    nextRevision() {
      const stored = read(storage);
      const last = Math.max(memory.lastRevision, stored?.id === memory.id ? stored.lastRevision : 0);
      memory = { id: memory.id, lastRevision: Math.max(now(), last + 1) };
      write(storage, memory);
      return memory.lastRevision;
    },
  };
}
