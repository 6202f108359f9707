// The four tiers that govern personalization (TCS, "Personalization Boundaries", Figure 5 and the
// sections after it), each as a checklist of what "in place" means. Tier names are the source's;
// descriptions and items are our own wording of its responsibilities, tools and prose (the source
// comes with no licence to reuse its text; the unit test checks that no run of six words is shared
// with it). Item ids are unique across tiers, so a review stores one yes/no per id.

export type GovernanceItem = { readonly id: string; readonly text: string };

export type GovernanceTier = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly items: readonly GovernanceItem[];
};

export const governanceTiers = [
  {
    id: "values",
    name: "Values",
    description:
      "Before any investment in technology or any choice of strategy, the company decides how far along the personalization spectrum it wants to go, guided by its culture and by the kind of relationship it has with customers. Firms that live on trust, such as banks and healthcare providers, will hold back more than a retailer might.",
    items: [
      { id: "values-relationship", text: "The relationship we want with customers is named (for example, a service they can trust)." },
      { id: "values-direction", text: "The direction is set (for example, make things easy for customers and do better than they expect)." },
      { id: "values-risk-tolerance", text: "Our tolerance for risk is stated (for example, we ask customers for data rather than simply collecting it)." },
      {
        id: "values-limits",
        text: "What our customers would find too private, or would take as a betrayal of their trust, is written down and known throughout the company.",
      },
    ],
  },
  {
    id: "strategy",
    name: "Strategy",
    description:
      "The values become goals for personalization and practical direction for marketing, sales and service, shared and enforced in every business unit, so that no team slips into hovering over customers or flooding them.",
    items: [
      {
        id: "strategy-goals",
        text: "Goals for personalization are agreed (for example, better service after a sale, more conversions, or lower marketing costs through sharper targeting).",
      },
      { id: "strategy-channels", text: "We have chosen which channels to personalize and which not, keeping anything sensitive to private channels." },
      { id: "strategy-targeting", text: "The markets and customers we aim at are defined." },
      { id: "strategy-journey", text: "The customer experience and journey we intend are described." },
      { id: "strategy-coordination", text: "Actions are coordinated across functions and business units, so the same rules hold everywhere." },
    ],
  },
  {
    id: "execution",
    name: "Execution",
    description:
      "Delivery is overseen and its top priorities governed. Marketing may try new technology and new ways to personalize, within guidelines for experiments that weigh better marketing results against customers' privacy.",
    items: [
      { id: "execution-insights", text: "Customer insight is developed within the limits our values set." },
      { id: "execution-content", text: "Marketing content is created to our messaging standards." },
      { id: "execution-media", text: "Media buying is governed by the same plan and limits." },
      { id: "execution-automation", text: "Processes and tools are automated (for example, a decision engine) with our limits built into their rules." },
      { id: "execution-experiments", text: "Guidelines for experiments balance marketing gains against respect for customers' privacy." },
    ],
  },
  {
    id: "infrastructure",
    name: "Infrastructure",
    description:
      "The customer data a company gathers, and how it analyses and applies that data, is an advantage that turns into a risk when nobody governs it. Controlling who can reach the data behind personalization, and giving customer data named owners, keeps the company inside its own limits.",
    items: [
      { id: "infrastructure-data-owners", text: "Customer data, both our own (CRM) and from third parties, has named owners." },
      { id: "infrastructure-access", text: "Access to the data used for personalization is controlled." },
      { id: "infrastructure-oversight", text: "Data oversight and governance are in place." },
      {
        id: "infrastructure-platforms",
        text: "Content management, attribute modelling and marketing automation or campaign management systems are in place and under that governance.",
      },
    ],
  },
] as const satisfies readonly GovernanceTier[];

export type GovernanceTierId = (typeof governanceTiers)[number]["id"];
export type GovernanceItemId = (typeof governanceTiers)[number]["items"][number]["id"];

export const governanceItemIds = governanceTiers.flatMap((tier) => tier.items.map((item) => item.id)) as [GovernanceItemId, ...GovernanceItemId[]];
