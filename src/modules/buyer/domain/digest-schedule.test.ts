import { describe, expect, it } from "vitest";
import { digestDay, parisDateAndHour } from "./digest-schedule.js";

describe("digest schedule", () => {
  it("reads the date and hour in Paris, summer and winter time alike", () => {
    expect(parisDateAndHour(new Date("2026-01-15T05:30:00Z"))).toEqual({ date: "2026-01-15", hour: 6 });
    expect(parisDateAndHour(new Date("2026-07-15T05:30:00Z"))).toEqual({ date: "2026-07-15", hour: 7 });
    expect(parisDateAndHour(new Date("2026-03-02T23:30:00Z"))).toEqual({ date: "2026-03-03", hour: 0 });
  });

  it("has no digest before 07:00 in Paris, the day's from then on", () => {
    expect(digestDay(new Date("2026-01-15T05:59:00Z"))).toBeNull();
    expect(digestDay(new Date("2026-01-15T06:00:00Z"))).toBe("2026-01-15");
    expect(digestDay(new Date("2026-01-15T22:59:00Z"))).toBe("2026-01-15");
    expect(digestDay(new Date("2026-01-15T23:00:00Z"))).toBeNull();
  });
});
