import { describe, expect, it } from "vitest";

import { describeReminderDays, endOfClosingDay, parseReminderDays, planReminder, reminderMoment } from "./reminder-schedule";

const closesOn = new Date("2027-03-10T00:00:00Z");

describe("reminderMoment", () => {
  it("is 08:00 UTC the given number of days before the closing date", () => {
    expect(reminderMoment(closesOn, 3).toISOString()).toBe("2027-03-07T08:00:00.000Z");
    expect(reminderMoment(closesOn, 1).toISOString()).toBe("2027-03-09T08:00:00.000Z");
    expect(endOfClosingDay(closesOn).toISOString()).toBe("2027-03-11T00:00:00.000Z");
  });
});

describe("planReminder", () => {
  const days = [3, 1];
  it("sends nothing before the first reminder is due", () => {
    expect(planReminder({ closesOn, reminderDays: days, done: [], now: new Date("2027-03-07T07:59:00Z") })).toEqual({ send: null, skip: [] });
  });
  it("sends the 3-day reminder once it is due, then the 1-day one", () => {
    expect(planReminder({ closesOn, reminderDays: days, done: [], now: new Date("2027-03-07T08:00:00Z") })).toEqual({ send: 3, skip: [] });
    expect(planReminder({ closesOn, reminderDays: days, done: [3], now: new Date("2027-03-08T12:00:00Z") })).toEqual({ send: null, skip: [] });
    expect(planReminder({ closesOn, reminderDays: days, done: [3], now: new Date("2027-03-09T08:00:00Z") })).toEqual({ send: 1, skip: [] });
  });
  it("sends only the latest when several are due at once, and skips the earlier", () => {
    expect(planReminder({ closesOn, reminderDays: days, done: [], now: new Date("2027-03-09T09:00:00Z") })).toEqual({ send: 1, skip: [3] });
  });
  it("sends nothing after the closing day, nor when reminders are off", () => {
    expect(planReminder({ closesOn, reminderDays: days, done: [], now: new Date("2027-03-11T00:00:00Z") })).toEqual({ send: null, skip: [] });
    expect(planReminder({ closesOn, reminderDays: [], done: [], now: new Date("2027-03-09T09:00:00Z") })).toEqual({ send: null, skip: [] });
  });
});

describe("parseReminderDays", () => {
  it("reads a list of days, largest first, without repeats", () => {
    expect(parseReminderDays("1, 3, 3")).toEqual({ ok: true, days: [3, 1] });
    expect(parseReminderDays("7 2")).toEqual({ ok: true, days: [7, 2] });
  });
  it("reads empty or off as no reminders", () => {
    expect(parseReminderDays("")).toEqual({ ok: true, days: [] });
    expect(parseReminderDays("Off")).toEqual({ ok: true, days: [] });
  });
  it("names the value that is wrong", () => {
    expect(parseReminderDays("3, two")).toEqual({ ok: false, problem: '"two" is not a whole number of days. Write days such as 3, 1.' });
    expect(parseReminderDays("45")).toMatchObject({ ok: false, problem: expect.stringContaining("45") });
    expect(parseReminderDays("1,2,3,4,5,6")).toMatchObject({ ok: false });
  });
});

describe("describeReminderDays", () => {
  it("says it in words", () => {
    expect(describeReminderDays([3, 1])).toBe("3 days and 1 day before the closing date");
    expect(describeReminderDays([])).toBe("off");
  });
});
