import { defineFramework } from "../framework/framework-schema";

// The TCS personalized data maturity model, from "Personalization Boundaries: Tuning In to Customers
// Without Turning Them Off" (Tata Consultancy Services; Figure 6 and the table after it). The source
// comes with no licence to reuse its text, so every sentence here is our own wording of its meaning,
// and tcs-data-maturity.test.ts checks that no run of six words is shared with the source.
//
// Each descriptor is the source's three statements for that cell, one sentence each, in the source's
// order. The level summaries follow the prose around Figure 6; the source's prose describes only the
// two ends, so the Practicing summary is drawn from that level's row of the table. The source has no
// categories: the one category takes its name from the model's subtitle ("for sales and service
// operations"). `includes` and `summary` of each aspect are ours: the source gives only its name.
//
// `usesPersonalData`: Personal data usage is about nothing else. Offer positioning is marked too: its
// upper levels choose offers for one person from their situation, interests and interactions, in real
// time, which is where the source's sins of digging too deep, helicoptering, category jumping and
// boudoir topics happen. Contact frequency (how much and how coherently the company contacts people)
// and Offer messaging (the limits and tone the company sets, and the say customers have) are not:
// higher levels there add coordination and boundaries rather than more use of personal data.

export const tcsDataMaturity = defineFramework({
  id: "tcs-data-maturity",
  // Our version of this data; the source carries no version number.
  version: "1.0",
  name: "TCS Personalized Data Maturity Model",
  shortName: "TCS data maturity",
  purpose: "how maturely your organization uses customer data to personalize its sales and service contacts with customers",
  source: {
    title: "Personalization Boundaries: Tuning In to Customers Without Turning Them Off",
    author: "Tata Consultancy Services (Dave Anderson and Keith Wheeler)",
    notice:
      "The source comes with no licence to reuse its text. The statements, level summaries and descriptions here are our own wording of the maturity model in its Figure 6 and the table that follows it; the descriptions of each aspect and the category name (taken from the model's subtitle) are ours.",
  },
  // On a three-level scale one whole level is half the range: an aspect at Leading while the others
  // average Practicing (or the reverse) is a stage apart, which is the mismatch worth a second look.
  // A higher threshold would almost never fire with four aspects, because the overall level is their
  // mean and includes the outlier itself.
  scoring: { imbalanceThreshold: 1 },
  levels: [
    {
      id: "emerging",
      rank: 1,
      name: "Emerging",
      summary: [
        "The company has only a rudimentary strategy for using customer data and personalizes from the basic records customers have given it. Few shared values steer how personalization is carried out, so what it achieves differs from one effort to the next.",
      ],
    },
    {
      id: "practicing",
      rank: 2,
      name: "Practicing",
      summary: [
        "Business units with linked goals plan their marketing together and work from personas and segments rather than from single people. Behavioral analysis starts to shape what customers are suggested and offered. Messaging standards exist, but the limits they set are broad and apply to groups of customers, not to each person.",
      ],
    },
    {
      id: "leading",
      rank: 3,
      name: "Leading",
      summary: [
        "The company has clear policies on how it uses data, coordinates personalization across the whole enterprise, and gives its people explicit direction on how data may shape each interaction with a customer.",
        "Every stage has to weigh what personalization can gain against what it risks, and the further a company has advanced, the more it matters that it keeps within the seven boundaries that the source calls the Seven Deadly Sins.",
      ],
    },
  ],
  categories: [{ id: "sales-and-service", name: "Sales and service operations", shortName: "Sales & service" }],
  dimensions: [
    {
      id: "contact-frequency",
      categoryId: "sales-and-service",
      name: "Contact frequency",
      shortName: "Frequency",
      includes: "How much marketing reaches each customer, how well it is coordinated across departments and channels, and how far its effect is tracked.",
      summary: "How often, and how coherently, the company contacts each customer.",
      descriptors: {
        emerging:
          "Each department decides how much marketing to send a customer according to its own targets. What a customer is told differs from one channel to another. The company can barely tell whether its contacts achieve what marketing set out to do.",
        practicing:
          "Business units whose goals are linked plan their marketing together, though not every unit takes part. Agreed messages are shared and used by several business units. Marketing results are measured, but only in a few channels.",
        leading:
          "Marketing is coordinated across the whole enterprise and paced by what each customer is worth over the whole relationship. Messages are aimed using the customer's profile and the channel in use. The company sees every contact it makes with a customer and how well its marketing works.",
      },
    },
    {
      id: "personal-data-usage",
      categoryId: "sales-and-service",
      name: "Personal data usage",
      shortName: "Personal data",
      usesPersonalData: true,
      includes:
        "The policies that govern personal data, and the kinds of customer data (given by customers, inferred from analysis, observed from behavior, bought from third parties) that personalization draws on.",
      summary: "Which customer data personalization uses, and under which policies.",
      descriptors: {
        emerging:
          "Rules for using personal data are minimal and exist mainly to satisfy law and regulation. Personalization relies on the basic records the company holds, such as application forms and contact details. Data inferred from analysis or from customers' behavior is hardly used, if at all.",
        practicing:
          "Personalization is meant to shape each customer's own experience. Customer and market data feed experiences tailored to segments rather than to single people. Analysis of behavior drives the suggestions and offers customers see.",
        leading:
          "Policies on personal data reflect what customers want as well as the marketing results sought. Personalization draws on a well-judged blend of the company's own customer data and data from third parties. Inferred and behavioral data are put to work for the intended marketing and sales results.",
      },
    },
    {
      id: "offer-positioning",
      categoryId: "sales-and-service",
      name: "Offer positioning",
      shortName: "Positioning",
      usesPersonalData: true,
      includes: "How offers are chosen for a customer: from generic models, for segments, or for one person's situation at the moment, and how well departments coordinate them.",
      summary: "How offers are matched to customers.",
      descriptors: {
        emerging:
          "Offers come from one-size-fits-all models of the customer. Offers vary widely and often have little to do with what the customer needs. Departments hardly coordinate, so customers receive offers that compete with one another.",
        practicing:
          "Marketing is organized around personas and segments. Large segments receive offers designed in advance. Offers reliably reach the right groups of customers.",
        leading:
          "Offers fit the customer's circumstances closely, often decided in real time or close to it. Several channels work together to put the right offer in front of the customer when it matters. Across the enterprise, each customer gets individual offers shaped by their interests, their interactions and the company's marketing goals.",
      },
    },
    {
      id: "offer-messaging",
      categoryId: "sales-and-service",
      name: "Offer messaging",
      shortName: "Messaging",
      includes:
        "The guidance on values, tone and familiarity that shapes messages to customers, including on sensitive subjects, and how much say customers have in how they are addressed.",
      summary: "How the company speaks to customers, and who sets the limits.",
      descriptors: {
        emerging:
          "Leadership gives unclear direction on which values should guide marketing to customers. There is hardly any guidance on how familiar a tone messages may take with a customer. The company knows little about how customers want to be approached on sensitive subjects.",
        practicing:
          "Standards for messages exist and set broad limits. How familiar a message may be is decided for groups, not modelled for each person. Customers can choose among messaging options that are the same for everyone in a segment.",
        leading:
          "Executive management sets clear limits and direction for every interaction with customers. Guidelines on familiarity follow each customer's own feedback, exposing them to no more than needed. Customers themselves choose the relationship they want with the company and how it speaks to them.",
      },
    },
  ],
  outcomes: [],
} as const);

export type TcsDimensionId = (typeof tcsDataMaturity.dimensions)[number]["id"];
export type TcsLevelId = (typeof tcsDataMaturity.levels)[number]["id"];
