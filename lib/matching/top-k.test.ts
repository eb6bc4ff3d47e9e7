import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { TopK } from "./top-k";

describe("TopK", () => {
  test("capacity zero keeps nothing", () => {
    const top = new TopK(0);
    top.offer(5, 1);
    expect(top.entriesDescending()).toEqual([]);
  });

  test("fewer items than capacity", () => {
    const top = new TopK(5);
    top.offer(1, 10);
    top.offer(3, 30);
    top.offer(2, 20);
    expect(top.entriesDescending().map((entry) => entry.item)).toEqual([30, 20, 10]);
  });

  test("equals sorted prefix", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (keys, capacity) => {
          const top = new TopK(capacity);
          keys.forEach((key, item) => top.offer(key, item));
          const expected = keys
            .map((key, item) => ({ key, item }))
            .sort((a, b) => b.key - a.key)
            .slice(0, capacity);
          expect(top.entriesDescending()).toEqual(expected);
        },
      ),
    );
  });
});
