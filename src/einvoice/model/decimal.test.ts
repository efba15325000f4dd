import { describe, expect, it } from "vitest";
import { add, compare, decimalPlaces, isDecimal, mul, percentOf, round, sub, sum } from "./decimal.js";

describe("decimal", () => {
  it("adds, subtracts and multiplies exactly where floats would not", () => {
    expect(add("0.1", "0.2")).toBe("0.3");
    expect(sub("1.00", "1.005")).toBe("-0.005");
    expect(mul("1.15", "3")).toBe("3.45");
    expect(mul("-0.5", "0.5")).toBe("-0.25");
    expect(sum(["19.99", "0.01", "80"])).toBe("100.00");
    expect(add("99999999999999999.99", "0.01")).toBe("100000000000000000.00");
  });

  it("compares numerically whatever the scale", () => {
    expect(compare("1.0", "1")).toBe(0);
    expect(compare("-2", "1.5")).toBe(-1);
    expect(compare(".5", "0.49")).toBe(1);
  });

  it("rounds half away from zero to two decimals", () => {
    expect(round("2.345")).toBe("2.35");
    expect(round("-2.345")).toBe("-2.35");
    expect(round("2.344999")).toBe("2.34");
    expect(round("7")).toBe("7.00");
    expect(round("0.005")).toBe("0.01");
    expect(round("1.2345", 3)).toBe("1.235");
    expect(percentOf("1234.56", "19")).toBe("234.57");
  });

  it("refuses what is not a plain decimal", () => {
    expect(isDecimal("1e3")).toBe(false);
    expect(isDecimal("1,5")).toBe(false);
    expect(isDecimal(" -12.50 ")).toBe(true);
    expect(() => add("abc", "1")).toThrow(RangeError);
    expect(decimalPlaces("1.500")).toBe(3);
  });
});
