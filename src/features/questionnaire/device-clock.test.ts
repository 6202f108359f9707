import { describe, expect, it } from "vitest";

import { createDeviceClock, type KeyValueStorage } from "./device-clock";

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

describe("the device clock", () => {
  it("keeps one random device id per browser, shared by its tabs", () => {
    const storage = memoryStorage();
    const first = createDeviceClock(storage);
    const second = createDeviceClock(storage);
    expect(first.deviceId).toMatch(/^[0-9a-f]{32}$/);
    expect(second.deviceId).toBe(first.deviceId);
    expect(createDeviceClock(memoryStorage()).deviceId).not.toBe(first.deviceId);
  });

  it("hands out ever higher revisions, even when the clock goes back or stands still", () => {
    let time = 5_000;
    const clock = createDeviceClock(memoryStorage(), () => time);
    const first = clock.nextRevision();
    time = 1_000;
    const second = clock.nextRevision();
    const third = clock.nextRevision();
    expect(first).toBe(5_000);
    expect(second).toBe(5_001);
    expect(third).toBe(5_002);
  });

  it("continues the sequence another tab advanced", () => {
    const storage = memoryStorage();
    const tabA = createDeviceClock(storage, () => 10);
    const tabB = createDeviceClock(storage, () => 10);
    expect([tabA.nextRevision(), tabB.nextRevision(), tabA.nextRevision()]).toEqual([10, 11, 12]);
  });

  it("still counts in memory when storage refuses to work", () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {},
    };
    const clock = createDeviceClock(broken, () => 7);
    expect([clock.nextRevision(), clock.nextRevision()]).toEqual([7, 8]);
  });
});
