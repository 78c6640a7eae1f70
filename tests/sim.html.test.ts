// @vitest-environment node
// The HTML timeline in Debian's chromium (via playwright-core): verdict, events, and a hover that shows a
// moment's counts and events. Skipped, saying why, where /usr/bin/chromium is not installed.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { defaultConfig, NO_FAULTS } from "../sim/config";
import { timelineHtml } from "../sim/picture/html";
import { timelinePicture } from "../sim/picture/svg";
import { runSimulation } from "../sim/run";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`tests/sim.html.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium, as .ci/run does)`);

/** A small fleet with one partition from 1:00 to 2:30. */
const CONFIG = defaultConfig({ daemons: 3, agents: 6, agentsPerRoom: 3, durationMs: 300_000, faults: { ...NO_FAULTS, partitions: [{ atMs: 60_000, durationMs: 90_000, fraction: 0.5 }] } });

describe.skipIf(!HAVE_CHROMIUM)("the HTML timeline in headless chromium", () => {
  let context: BrowserContext;
  let page: string;

  beforeAll(async () => {
    const run = await runSimulation(CONFIG);
    const picture = timelinePicture(CONFIG, run.timeline, run.measures, "browser check");
    const dir = mkdtempSync(join(tmpdir(), "timeline-"));
    page = join(dir, "timeline.html");
    writeFileSync(page, timelineHtml(CONFIG, run.timeline, run.measures, picture, "browser check"));
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-profile-")), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  test("shows the verdict and the partition's start among the events, and hovering its moment shows the counts and that event", async () => {
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (error) => errors.push(error.message));
    tab.on("request", (request) => {
      if (!request.url().startsWith("file:")) errors.push(`network request: ${request.url()}`);
    });
    await tab.goto(`file://${page}`);
    expect(await tab.getByText("VERDICT: the self-healing invariant HOLDS").isVisible()).toBe(true);
    const event = tab.locator("#events li", { hasText: "partition starts:" });
    expect(await event.innerText()).toMatch(/^1:00 partition starts: \d\/3 daemons and \d\/6 agents cut off for 1 min 30 s$/);

    const plot = await tab.locator("#timeline-plot").boundingBox();
    if (plot === null) throw new Error("the plot has no box");
    await tab.mouse.move(plot.x + plot.width * (60_000 / CONFIG.durationMs), plot.y + plot.height / 2);
    const hover = await tab.locator("#hover").innerText();
    expect(hover).toMatch(/^at 1:00: daemons connected 3\/3 \(100%\), roles held 6\/6 \(100%\)/);
    expect(hover).toContain("partition starts:");
    expect(errors).toEqual([]);
  });
});
