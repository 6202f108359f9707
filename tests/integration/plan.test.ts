import { beforeAll, describe, expect, inject, it } from "vitest";

import { frameworkScale } from "@/domain/framework/framework-queries";
import { mpem } from "@/domain/frameworks/mpem";
import { tcsDataMaturity } from "@/domain/frameworks/tcs-data-maturity";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { loadPlan } from "@/server/plan/plan-data";
import { addAction, addKpi, deleteAction, recordKpiValue, setOutcomeWeights, setPriorityOrder, updateAction } from "@/server/plan/plan-writes";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { everyDimension, storeAnswers } from "../factories/responses";
import { createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

const db = createDbClient(inject("databaseUrl"));
const dimensionIds = mpem.dimensions.map((dimension) => dimension.id);

let slug: string;
let organizationId: string;
let firstRoundId: string;
let consultant: TestActor;
let viewer: TestActor;
let outsider: TestActor;

const action = { title: "Customer data platform", dimensionId: "technology", targetLevel: "4", owner: "CIO", dueQuarter: "2027-Q2", status: "NOT_STARTED", phase: "NOW" };

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "plan-ws" });
  const other = await createWorkspace(db, { slug: "plan-other" });
  slug = workspace.slug;
  organizationId = (await createOrganization(db, workspace.id, { name: "Planned Co" })).id;
  [consultant, viewer, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, outsider.userId, "OWNER");
  const round = await createRound(db, organizationId, { name: "H1 2026", status: "CLOSED" });
  firstRoundId = round.id;
  // Gap 1 everywhere except culture and security (gap 2), technology at 2 → 4 with a wide split.
  const levels = everyDimension(dimensionIds, [2, 3], { culture: [1, 3], "security-and-privacy": [1, 3], technology: [2, 4] });
  for (let person = 0; person < 3; person++) await storeAnswers(db, round.id, levels);
  await storeAnswers(db, round.id, { ...levels, technology: [5, 4] });
});

const order = async (actor: TestActor = viewer) => (await loadPlan(actor, slug, organizationId)).view.prioritization.rows.map((row) => row.dimensionId);

describe("plan", () => {
  it("ranks the round's gaps, and choosing outcomes changes the ranking", async () => {
    expect((await order()).slice(0, 3)).toEqual(["technology", "security-and-privacy", "culture"]);
    await setOutcomeWeights(consultant, slug, organizationId, firstRoundId, { "sell-more": "5", "convert-faster": "3" });
    const plan = await loadPlan(viewer, slug, organizationId);
    expect(plan.view.prioritization.rows.slice(0, 2).map((row) => row.dimensionId)).toEqual(["technology", "channel-reach"]);
    expect(plan.view.prioritization.rows[1]!.reason).toBe("gap of 1 level; drives Sell more and Convert faster");
    expect(plan.view.outcomes.find((outcome) => outcome.outcomeId === "sell-more")!.weight).toBe(5);
    const audit = await db.auditEvent.findFirst({ where: { action: "plan.outcomes-changed" }, orderBy: { id: "desc" } });
    expect(audit?.details).toMatchObject({ outcomes: "sell-more 5, convert-faster 3" });
  });

  it("refuses outcomes outside the model or weights outside 1–5, and changes nothing", async () => {
    await expect(setOutcomeWeights(consultant, slug, organizationId, firstRoundId, { "sell-more": "9" })).rejects.toMatchObject({ fieldErrors: { "weight-sell-more": ["Choose a weight from 1 to 5."] } });
    await expect(setOutcomeWeights(consultant, slug, organizationId, firstRoundId, { "world-peace": "3" })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.planOutcome.count({ where: { organizationId } })).toBe(2);
  });

  it("keeps a manual order until it is reset", async () => {
    const computed = await order();
    const moved = [computed[2]!, ...computed.filter((_, index) => index !== 2)];
    await setPriorityOrder(consultant, slug, organizationId, firstRoundId, moved);
    const plan = await loadPlan(viewer, slug, organizationId);
    expect(plan.view.prioritization.rows.map((row) => row.dimensionId)).toEqual(moved);
    expect(plan.view.prioritization.manualOrder).toBe(true);
    await expect(setPriorityOrder(consultant, slug, organizationId, firstRoundId, ["technology", "technology"])).rejects.toBeInstanceOf(ValidationError);
    await setPriorityOrder(consultant, slug, organizationId, firstRoundId, []);
    expect(await order()).toEqual(computed);
  });

  it("lets only members with plan rights change it; outsiders get a 404", async () => {
    await expect(setOutcomeWeights(viewer, slug, organizationId, firstRoundId, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addAction(viewer, slug, organizationId, firstRoundId, action)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadPlan(outsider, slug, organizationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addAction(outsider, "plan-other", organizationId, firstRoundId, action)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("adds, edits and deletes roadmap actions, refusing bad ones with field messages", async () => {
    await expect(addAction(consultant, slug, organizationId, firstRoundId, { ...action, targetLevel: "6", owner: "" })).rejects.toMatchObject({
      fieldErrors: { targetLevel: ["Choose a level from 1 to 5."], owner: ["Owner is required."] },
    });
    const { id } = await addAction(consultant, slug, organizationId, firstRoundId, action);
    await updateAction(consultant, slug, organizationId, id, { ...action, status: "IN_PROGRESS", phase: "NEXT" });
    const extra = await addAction(consultant, slug, organizationId, firstRoundId, { ...action, title: "Throwaway" });
    await deleteAction(consultant, slug, organizationId, extra.id);
    const plan = await loadPlan(viewer, slug, organizationId);
    expect(plan.view.actions).toHaveLength(1);
    expect(plan.view.actions[0]).toMatchObject({ title: "Customer data platform", status: "IN_PROGRESS", phase: "NEXT", dimensionName: "Technology", targetLevelName: "Mature", movement: { state: "no-later-round" } });
    expect(plan.view.timeline.quarters).toEqual(["2027-Q2"]);
  });

  it("records KPIs with a baseline, and the value at the next round is the after", async () => {
    await expect(addKpi(consultant, slug, organizationId, firstRoundId, { name: "Bounce rate", unit: "%", direction: "LOWER_IS_BETTER", catalogKey: "bounce-rate" }, "abc")).rejects.toMatchObject({
      fieldErrors: { baseline: ["Enter a number, such as 2.5."] },
    });
    expect(await db.kpi.count({ where: { organizationId } })).toBe(0);
    const kpi = await addKpi(consultant, slug, organizationId, firstRoundId, { name: "Bounce rate", unit: "%", direction: "LOWER_IS_BETTER", catalogKey: "bounce-rate" }, "48,2");
    await expect(addKpi(consultant, slug, organizationId, firstRoundId, { name: "Bounce rate", unit: "%", direction: "LOWER_IS_BETTER", catalogKey: null }, "")).rejects.toMatchObject({
      fieldErrors: { name: ["This organization already tracks a KPI with this name."] },
    });

    // Six months later: the next round, where technology moved from 2 to 3.
    const next = await createRound(db, organizationId, { name: "H2 2026", status: "CLOSED" });
    for (let person = 0; person < 3; person++) await storeAnswers(db, next.id, everyDimension(dimensionIds, [3, 4]));
    await recordKpiValue(consultant, slug, organizationId, kpi.id, next.id, "41.1");

    const plan = await loadPlan(viewer, slug, organizationId, { roundId: firstRoundId });
    expect(plan.view.kpis[0]).toMatchObject({ baseline: 48.2, comparisons: [{ before: 48.2, after: 41.1, change: -7.1, improved: true }] });
    expect(plan.view.actions[0]!.movement).toEqual({ state: "up", from: 2, to: 3, roundName: "H2 2026", reachedTarget: false });
    // Without a round asked for, the plan follows the latest closed round.
    expect((await loadPlan(viewer, slug, organizationId)).view.baseRound?.name).toBe("H2 2026");
  });

  it("a framework without an outcome map ranks without outcomes and refuses to store any", async () => {
    const tcsOrganization = (await createOrganization(db, (await db.workspace.findUniqueOrThrow({ where: { slug } })).id, { name: "Data Co" })).id;
    const round = await db.round.create({ data: { organizationId: tcsOrganization, name: "TCS 2026", frameworkId: "tcs-data-maturity", frameworkVersion: "1.0", ...frameworkScale(tcsDataMaturity), status: "CLOSED" } });
    const levels = { "contact-frequency": [1, 2], "personal-data-usage": [1, 3], "offer-positioning": [2, 3], "offer-messaging": [2, 2] } as const;
    for (let person = 0; person < 3; person++) await storeAnswers(db, round.id, levels);
    const plan = await loadPlan(viewer, slug, tcsOrganization);
    expect(plan.view.prioritization.hasOutcomeMap).toBe(false);
    expect(plan.view.prioritization.rows.map((row) => row.dimensionId)).toEqual(["personal-data-usage", "contact-frequency", "offer-positioning"]);
    await expect(setOutcomeWeights(consultant, slug, tcsOrganization, round.id, { "sell-more": "3" })).rejects.toThrow("has no business outcome map");
  });
});
