// The simulator names things as a person writes them: seats, processes, counts and moments, never
// internal keys such as `role:00000000000000000010000chatrooms/role-0` or "1 daemons".
import { expect, test } from "vitest";
import { clock, duration, plural, processLabel, recordLabel } from "../sim/labels";

test("records read as machines and roles in named chatrooms", () => {
  expect(recordLabel("machine:machine-7", {})).toBe("machine-7");
  expect(recordLabel("role:00000000000000000010000chatrooms/role-0", { "00000000000000000010000chatrooms": "room-3" })).toBe("role-0 in room-3");
});

test("processes read as their seat, with what they are: a restart, a duplicate, a twin", () => {
  expect(processLabel("agent-12.g0")).toBe("agent-12");
  expect(processLabel("agent-12.g7")).toBe("agent-12 (restart 7)");
  expect(processLabel("agent-12.dup3")).toBe("agent-12's duplicate");
  expect(processLabel("daemon-3.twin9")).toBe("daemon-3's twin");
});

test("counts carry the right noun, and times read as m:ss or in minutes", () => {
  expect(plural(1, "daemon")).toBe("1 daemon");
  expect(plural(2, "daemon")).toBe("2 daemons");
  expect(plural(1_500, "call")).toBe("1,500 calls");
  expect(plural(3, "process", "processes")).toBe("3 processes");
  expect(clock(125_400)).toBe("2:05");
  expect(duration(150_000)).toBe("2 min 30 s");
  expect(duration(180_000)).toBe("3 min");
  expect(duration(1_500)).toBe("1.5 s");
});
