// The Seven Deadly Sins of personalization (TCS, "Personalization Boundaries", Figure 4): the
// mistakes that make personalization feel intrusive. Names are the source's; every description and
// question is our own wording (the source comes with no licence to reuse its text; the unit test
// checks that no run of six words is shared with it). The question is what a team asks of a
// campaign or practice to see whether it commits the sin.

export type Sin = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly question: string;
};

export const sevenSins = [
  {
    id: "breaking-bonds",
    name: "Breaking Bonds",
    description:
      "Passing on or selling customers' personal data when they have not clearly understood and agreed to it. Few industries are obliged by law to tell customers how their data is used, but being allowed to do something does not make it right.",
    question: "Would our customers be surprised to learn who else sees their data, or what we do with it?",
  },
  {
    id: "digging-too-deep",
    name: "Digging Too Deep",
    description:
      "Personalizing with personal or behavioral data gathered outside the company's own dealings with the customer, such as their e-mail or their browsing on other websites. People feel watched, as when a search for a car elsewhere follows them as car advertising onto a clothing shop's site.",
    question: "Does this use anything the customer did not do with us directly?",
  },
  {
    id: "helicoptering",
    name: "Helicoptering",
    description:
      "Reacting in real time to where a customer is and what they bought before can tip from helpful into hovering. A shop assistant who greets you by name as you walk up leaves you feeling observed rather than served, and less free to browse and leave.",
    question: "Would the customer be comfortable knowing that we recognise them at this moment, in this place?",
  },
  {
    id: "overcrowding",
    name: "Overcrowding",
    description:
      "Many teams in one company each sending their own personalized marketing, until the customer feels swamped or even pestered. One toaster bought, and the inbox fills with offers for appliances and new kitchens.",
    question: "Who else in the company is contacting this customer, and how often in total?",
  },
  {
    id: "category-jumping",
    name: "Category Jumping",
    description:
      "Connecting purchases or interests that have little to do with each other, which unsettles customers: a car dealer suggesting a bike rack because it knows about a bicycle bought elsewhere, or weight-loss advertising after someone buys diet soda.",
    question: "Could the customer see for themselves why this offer follows from what they did with us?",
  },
  {
    id: "boudoir-topics",
    name: "Boudoir Topics",
    description:
      "Targeting personal discounts at sensitive moments, such as offering baby products after someone buys a pregnancy test, which can drive customers away. Such offers work better inside a wider mix of products, so that nobody feels singled out.",
    question: "Does this offer show that we know something the customer would consider private?",
  },
  {
    id: "moral-hazards",
    name: "Moral Hazards",
    description:
      "Tactics that are within the law but would embarrass the company if they came to light. A useful test is to picture your mother's reaction, and to drop anything she would frown on.",
    question: "Would we be at ease explaining this practice to our own family, or reading about it in the news?",
  },
] as const satisfies readonly Sin[];

export type SinId = (typeof sevenSins)[number]["id"];

export const sinIds = sevenSins.map((sin) => sin.id) as [SinId, ...SinId[]];
