import { defineFramework } from "../framework/framework-schema";

// The Mindtree Personalization Effectiveness Model (MPEM) v1.0, © Mindtree, licensed under Creative
// Commons Attribution-ShareAlike. This data is an adaptation: the text was extracted from the
// published document and only extraction artefacts were repaired (words hyphenated across line
// breaks, list markers, OCR misspellings such as "Al" for "AI", a paragraph split by a page break,
// a missing full stop in Strategy level 5). Nothing is paraphrased or shortened.
//
// `includes` is Table 3's "What's included in dimension" column; `summary` is Table 1's shorter
// wording (Table 3's where the Table 1 cell is truncated). Outcomes follow Table 2 as cleaned in
// shared/seeds/mpem-outcomes.md; the extraction's "/" pairs there ("seasonal/ periodic") were
// written out with "or"/"and" in that cleaned version, which is kept as it is.

export const mpem = defineFramework({
  id: "mpem",
  version: "1.0",
  name: "Mindtree Personalization Effectiveness Model",
  shortName: "MPEM",
  purpose: "how effective your organization is at personalization",
  source: {
    title: "Mindtree Personalization Effectiveness Model",
    author: "Mindtree",
    version: "1.0",
    license: "Creative Commons Attribution-ShareAlike (CC BY-SA)",
    licenseUrl: "https://creativecommons.org/licenses/by-sa/4.0/",
    licenseNote: "The source says \"Creative Commons - Attribution Share Alike\" without a version; this adaptation applies version 4.0.",
    notice:
      "This is an adaptation of the original: the model text was extracted from the published document, extraction artefacts (hyphenation, list markers, misspellings) were repaired and the text was structured as data. The business outcome \"Understand customers\" is our name for a row the source leaves unlabelled. The adaptation is shared under the same licence, CC BY-SA 4.0.",
  },
  // Section 6's example is Technology at Level 5 while processes are at Level 1; a gap of one and a
  // half levels from the overall level is where a reader of the results should look twice.
  scoring: {
    imbalanceThreshold: 1.5,
    imbalanceNote:
      "Even though the organization is at Level 5 in terms of technology, its processes may still be at Level 1. That would explain why the organization is unable to reap the benefits of spending millions on cutting edge technologies.",
  },
  levels: [
    {
      id: "basic",
      rank: 1,
      name: "Basic",
      summary: [
        "At Level 1, organizations implement very basic personalization such as personalized greetings in e-mail delivery. Channels are limited - mostly to emails. There is neither a personalization strategy in place, nor a well-defined set of metrics to measure effectiveness. Hence, no specific investment is made in necessary infrastructure, technology and skills to realize personalization. Security and privacy policies are driven by organizational information security guidelines; Personalized engagement or information delivery is not a key priority. There is little organizational alignment or leadership commitment, and personalization initiatives largely remain individual-driven.",
      ],
    },
    {
      id: "foundational",
      rank: 2,
      name: "Foundational",
      summary: [
        "At this level of personalization, organizations implement explicit role-based customization to target content to users, delivered mostly via websites and emails. Personalization logic is pre-defined and manually coded or configured. There are no well-defined metrics at this stage, outcome is adjusted based on feedback and basic usage reporting. Recommendations are manual and largely depend on individual understanding and effectiveness. While there is a good appreciation of the need for personalization vision and strategy, they are not developed and operationalized. Leadership understands the importance of personalization as a tool to drive customer centricity, however organization-wide awareness continues to lag. Initiatives are driven in a few departments such as marketing and customer services with disjointed efforts led by a handful of star employees.",
      ],
    },
    {
      id: "intermediate",
      rank: 3,
      name: "Intermediate",
      summary: [
        "Organizations at the Intermediate level are those that have made efforts to understand customers, with defined segments based on demographics and historical data. Rule-based personalization with pre-defined segments and experience optimization based on feedback loop or A/B testing are common. Personalization covers most digital channels such as email, web, mobile and social. Sufficient metrics to measure A/B test outcomes are defined and used to optimize experience. At this level, personalization is applied to offers and product recommendations in addition to content promotions. Some level of transactional experience personalization, such as personalized catalogs, is also common.",
        "With management commitment and sponsorship, the organization is driving towards clear strategy and a long-term vision. This results in investments in infrastructure, enterprise software stacks and skills. Expenditures are evaluated at a granular level with respect to ROI. Essentially, organizations have a better understanding of build vs buy, wisely managing and optimizing capex and opex. In addition to analytics and usage reports, each department develops the capability to measure impact of personalization and maps it to business objectives. Clarity in personalization strategy encourages them to revisit privacy norms in the light of personalization. Organizations at this level understand the value of being customer-centric and start planning around the behavioral, system and process changes required for effective personalization.",
      ],
    },
    {
      id: "mature",
      rank: 4,
      name: "Mature",
      summary: [
        // The source splits this paragraph at a page break after "well-defined"; it is one paragraph.
        "Organizations at Level 4 have achieved a firm grip on the different aspects of personalization. Complexity of scenarios as well as governance of personalization is at a mature stage. Organizations have a well-defined approach to define personas and have invested in systems to drive dynamic segmentations, realizing insights-driven personalization. Systems are integrated to build complete 360-degree profiles of customers, thus, improving reach across online and offline channels. Advanced analytics and reporting provide a mechanism to identify personalization issues and resolve them based on insights.",
        "Customer-centricity is ingrained in the organizational culture. It is intrinsic in employees' approach to customer engagements and interactions. Organizations invest in infrastructure, tools and skills to bring scale to drive personalization initiatives. Dedicated personalization engine, investment in advanced personalization of products, analytics and reporting engines are commonly seen in such organizations. Compliance with legal and ethical aspects are explored and included in organizational policies.",
      ],
    },
    {
      id: "leader",
      rank: 5,
      name: "Leader",
      summary: [
        "Artificial Intelligence (AI) driven contextual and individualized engagements characterize Level 5 of personalization. Dynamic personas, pattern matching algorithms for segmentation, retrospection and self-healing algorithms, and predictive analytics are some of the key aspects visible at this level. Omni-channel support is not limited to supporting multiple traditional channels. It includes several newer channels such as IoT or conversational channels like voice assistants, offering a seamless and unified experience across channels. It also includes a feedback loop across channels and devices that further optimizes personalization outcomes. The scope of personalization covers overall engagement and all interactions are context-aware. Personalization strategy is well defined and aligned with stakeholders at various levels. It includes feature roadmap, implementation roadmap, metrics for measurement and optimization strategies. Progress is tracked closely; course correction is implemented at checkpoints as defined in personalization governance. Innovation and future state optimizations are an integral part of the process.",
        "Measurement criteria are standardized and adopted organization-wide, and systems are established to capture and publish KPI reporting. Security policies are well-defined to address nuances of personalization scenarios. Processes, audits and shared services are established to proactively address new threats. Financial effectiveness is measured objectively. Models are devised to simulate and predict outcomes for potential investments. Systems and processes to implement charge back model, budget allocations and performance optimization are clearly established.",
        "Adequate investments in infrastructure and systems enable accurate and automated personalization at scale. Business and IT are equipped with the right skills to handle rising customer expectations and newer engagement channels. Innovation is a focus area and draws appropriate investments by the organization. Customer delight is core to the organizational DNA. It is no longer a stand-alone initiative but a foundation for all other initiatives in the organization.",
      ],
    },
  ],
  categories: [
    { id: "functional", name: "Functional effectiveness", shortName: "Functional" },
    { id: "organizational", name: "Organizational effectiveness", shortName: "Organizational" },
    { id: "people", name: "People effectiveness", shortName: "People" },
  ],
  dimensions: [
    {
      id: "extent",
      categoryId: "functional",
      name: "Extent",
      shortName: "Extent",
      usesPersonalData: true,
      includes: "Extent and complexity of personalization capabilities and degree of automation",
      summary: "Extent and complexity of personalization capabilities. Also included is the degree of automation.",
      descriptors: {
        basic:
          "Really basic personalization such as replacing generic terms such as \"dear user\" with specifics such as \"Dear Ms Username\". No automation for personalization realization. Automated dispatch of mail delivery.",
        foundational: "Role-based customization; targeting content based on user's role. Mostly explicit personalization.",
        intermediate:
          "Rules-based personalization; some (mostly static) segmentation. Personalization with experience optimization (A/B testing, experience optimization based on feedback loop).",
        mature: "Personas & dynamic segmentation, insights driven /predictive.",
        leader:
          "Contextual & individual engagement mostly driven by AI and ML techniques that replace rules-based personalization with those based on machine learning algorithms. Mostly implicit personalization.",
      },
    },
    {
      id: "channel-reach",
      categoryId: "functional",
      name: "Channel reach",
      shortName: "Channel reach",
      includes: "Channels targeted by personalization initiatives",
      summary: "Channels targeted by personalization initiatives",
      descriptors: {
        basic: "Personalization limited to emails, mostly via basic techniques such as addressing recipients by their name.",
        foundational: "Can personalize content and websites in addition to email.",
        intermediate: "Personalization covers most digital channels - email, web, social.",
        mature: "Multi-channel - includes mobile as well as physical channels such as store or point of sale.",
        leader:
          "Level 4 capabilities plus cognitive capabilities. Omni-channel personalization strategies that go beyond multi-channel and provide a truly personalized experience across channels and devices.",
      },
    },
    {
      id: "accuracy-and-learnability",
      categoryId: "functional",
      name: "Accuracy and learnability",
      shortName: "Accuracy",
      usesPersonalData: true,
      includes:
        "Ability to change personalization strategy based on feedback, i.e., the extent to which the personalization campaign is self-correcting and adaptable.",
      summary:
        "Ability to change personalization strategy based on feedback, i.e., the extent to which the personalization campaign is self-correcting and adaptable",
      descriptors: {
        basic: "No mechanism to measure accuracy and make course corrections.",
        foundational: "Manual intervention and some course correction possible.",
        intermediate: "Test results (e.g., A/B or multivariate testing) provide a strong basis to change personalization outcomes",
        mature: "Analytics and reports provide capabilities to identify personalization issues and resolve them based on insights.",
        // "Al algorithms" in the extraction is an OCR reading of "AI algorithms".
        leader: "Retrospection & self-healing (or corrections) considered in AI algorithms to minimize adverse effects due to echoed affirmations / choices.",
      },
    },
    {
      id: "scope",
      categoryId: "functional",
      name: "Scope",
      shortName: "Scope",
      usesPersonalData: true,
      includes: "Scope of personalization in terms of support for varied use cases or target audience.",
      summary: "Scope of personalization in terms of support for varied use cases or target audience.",
      descriptors: {
        basic: "Scope limited to personalization of text messages.",
        foundational: "Can personalize content recommendations.",
        intermediate: "Personalized offers and product recommendations. Also, some level of shopping experience personalization",
        mature: "Product as well as service personalization.",
        leader: "Covers the overall experience and engagement optimization. All messaging contextual in nature.",
      },
    },
    {
      id: "strategy",
      categoryId: "organizational",
      name: "Strategy",
      shortName: "Strategy",
      includes: "Strategy as well as a roadmap for personalization for meeting specific objectives, including:",
      includesItems: ["Mission", "Leadership", "Top management commitment"],
      // Table 1 lists the same three items as bullets after "including:"; they are in `includesItems`
      // rather than joined into this string with punctuation the source does not have.
      summary: "Strategy as well as a roadmap for personalization for meeting specific objectives including:",
      descriptors: {
        basic: "No real strategy for personalization.",
        foundational: "Good understanding of the need to have a strategy and vision in place for personalization and related initiatives.",
        intermediate:
          "Actively working on a strategy and a long-term vision for using personalization; Management commitment and sponsorship in place.",
        mature:
          "Roadmap for personalization features and integration with external channels or applications is defined and plans to achieve the same and measure KPI are in place.",
        // The extraction lost the full stop between "strategy plan" and "Progress".
        leader:
          "Roadmap of custom features and integration with enterprise applications is well defined and all stakeholders are aligned with high level strategy plan. Progress on this roadmap and KPI is published at regular intervals and course correction process is defined. Identifying possibilities of future state personalization is an ongoing process.",
      },
    },
    {
      id: "technology",
      categoryId: "organizational",
      name: "Technology",
      shortName: "Technology",
      includes:
        "Includes capability to satisfy non-functional requirements such as scalability and reliability. Also encompasses cloud and infrastructure readiness, data management, big data, etc.",
      // Table 1's cell is cut off in the extraction ("...data management, big data e"), so rather
      // than splice two wordings together the summary is Table 3's complete text.
      summary:
        "Includes capability to satisfy non-functional requirements such as scalability and reliability. Also encompasses cloud and infrastructure readiness, data management, big data, etc.",
      descriptors: {
        basic: "There is no separate infrastructure for personalization initiatives.",
        foundational: "Some additional infrastructure has been procured to support personalization initiatives.",
        intermediate: "Personalization is part of some of the enterprise software such as WCM or email marketing.",
        mature: "Dedicated personalization engine and investment in advanced personalization products such as CDPs",
        leader: "Ability to measure and extract benefits of cloud models, accurately predict and model performance characteristics",
      },
    },
    {
      id: "measurement",
      categoryId: "organizational",
      name: "Measurement",
      shortName: "Measurement",
      includes: "Extent of reporting and analytics capabilities to measure impact of personalization.",
      summary: "Extent of reporting and analytics capabilities to measure impact of personalization.",
      descriptors: {
        basic: "There is no measurement other than basic user and content metrics.",
        foundational: "Understand the importance of measuring and are planning to implement basic reporting.",
        intermediate:
          "Each department or group has its own measurement criteria as well as its own reporting and analytics. There is some capability to do data modeling based on business objectives and measure engagement metrics for users and content.",
        mature:
          "Planning to implement organization wide measurement capabilities. Ability to measure domain specific metrics, such as customer lifetime value (LTV) and monitor them for specific objectives.",
        leader: "Organization wide analytics and measurement defined along with key performance indicators (KPIs)",
      },
    },
    {
      id: "security-and-privacy",
      categoryId: "organizational",
      name: "Security and privacy",
      shortName: "Security",
      includes:
        "Extent to which security implications are understood and appropriate procedures are in place. Also includes legal, ethical and moral aspects.",
      summary:
        "Extent to which security implications are understood and appropriate procedures put in place. Also includes legal, ethical and moral considerations.",
      descriptors: {
        basic:
          "Capability to create roles, assigning privilege, support for secure protocol, IP whitelisting and enforcing demographic restrictions.",
        foundational:
          "Assigning multiple roles to single user, capability to encrypt assets in repository and integration with single sign-on systems.",
        intermediate:
          "Growing understanding of privacy and legal issues related to personalization. Some efforts in place to define privacy norms.",
        mature: "Compliance with legal and ethical aspects such as privacy norms and GDPR.",
        leader: "Security is an organization-level shared service with processes to address new threats in a timely manner.",
      },
    },
    {
      id: "financial-effectiveness",
      categoryId: "organizational",
      name: "Financial effectiveness",
      shortName: "Financial",
      includes:
        "Organization's ability to understand aspects related to costing, budgeting as well as revenues. These include upfront costs, revenue generation, billing mechanisms, maintenance costs, upgrade costs, licensing costs and any other similar factors.",
      summary:
        "Financial readiness refers to an organization's ability to understand aspects related to costing, budgeting as well as revenues. These include understanding of upfront costs, revenue generation, billing mechanisms, maintenance costs, upgrade costs, licensing costs and any other such aspects.",
      descriptors: {
        basic: "Not much appreciation for overall costs or financial implications of implementing a personalization system.",
        foundational: "Budgeting and a good understanding of total costs and estimates is in place. Corporate level initiative",
        intermediate:
          "Good understanding of all types of costs as well as processes for managing costs, ability to make between build vs buy decisions and so on.",
        mature: "Good understanding of revenue side - including charge-back mechanisms backed by appropriate charge-back models.",
        // "cloud/ SaaS-based" keeps the source's space after the slash: it may be a line break in
        // the original, but nothing shows that for certain.
        leader: "Non-traditional costing and revenue models such as cloud/ SaaS-based pricing models are regularly used for optimization",
      },
    },
    {
      id: "expertise",
      categoryId: "people",
      name: "Expertise",
      shortName: "Expertise",
      includes:
        "IT and business expertise. IT expertise includes knowledge of core IT areas as well as personalization specific expertise. Business expertise refers to knowledge of domains that need personalization.",
      summary:
        "IT and business expertise: IT expertise includes knowledge of core IT areas as well as personalization specific expertise. Business expertise refers to a deep understanding of domains that require personalization.",
      descriptors: {
        basic: "Low domain and tool knowledge; no alignment between IT and business.",
        foundational: "Some exposure to personalization tools; mostly driven by 'star' employees in business and IT.",
        intermediate: "Both IT and business understand the importance of personalization and collaborate for success.",
        mature: "Managing personalization systems is a core IT skill for the organization.",
        leader:
          "Business and IT expertise in domain and technology. Both IT and business are well equipped in handling personalization needs for future business requirements",
      },
    },
    {
      id: "culture",
      categoryId: "people",
      name: "Culture",
      shortName: "Culture",
      includes:
        "Extent to which personalization is part of an organization's culture. Does the organization's culture encourage use of personalization? Includes values, beliefs, behavior and ability to adapt.",
      summary:
        "Extent to which personalization is part of an organization's culture. Does the organization's culture encourage use of personalization? Includes values, beliefs, behavior and ability to adapt.",
      descriptors: {
        basic: "No organizational culture when it comes to personalization. Most implementations are based on individual efforts.",
        foundational:
          "Top management wants personalization as a way to improve customer centricity. But employees are still not familiar with benefits of customer centricity.",
        intermediate: "Leaders and top management actively encourage personalization as a way to improve customer satisfaction.",
        mature:
          "Customer centricity is engrained in the organization's culture and every employee understands the importance of personalization to ensure customer success.",
        leader:
          "Personalization is such an integral part of organization's culture that it no longer exists as a separate initiative. It is an important part of all initiatives.",
      },
    },
  ],
  outcomes: [
    {
      id: "widen-reach",
      name: "Widen reach",
      nameSource: "source",
      scenarios: ["Search engines", "Targeted ads", "Channel investments"],
      dimensionIds: ["channel-reach", "extent", "scope", "strategy"],
    },
    {
      id: "sell-more",
      name: "Sell more",
      nameSource: "source",
      scenarios: ["Upsell and cross-sell based on related items", "Personalized bundling", "Propensity-based upsell and cross-sell"],
      dimensionIds: ["extent", "channel-reach", "scope", "strategy"],
      note: "The source names the strategy dimension \"Strategy and vision\" here.",
    },
    {
      id: "repeat-sell",
      name: "Repeat sell",
      nameSource: "source",
      scenarios: [
        "Targeting based on seasonal or periodic events",
        "Targeting based on life events",
        "Targeting based on product or service characteristics such as consumption pattern, frequency, desired life time",
        "Targeting at peak experience",
      ],
      dimensionIds: ["extent", "scope", "channel-reach", "technology"],
    },
    {
      id: "convert-faster",
      name: "Convert faster",
      nameSource: "source",
      scenarios: ["Content personalization", "Personalized shortcuts to actions and content", "Contextual interaction across online and offline channels"],
      dimensionIds: ["scope", "channel-reach", "technology", "strategy"],
      note: "The source names the channel reach dimension \"Reach\" here.",
    },
    {
      id: "increase-satisfaction",
      name: "Increase satisfaction",
      nameSource: "source",
      scenarios: [
        "Capturing customer preferences",
        "Personalized interactions based on declared preferences",
        "Inferring undeclared preferences based on interaction history",
        "Unexpected rewards",
      ],
      dimensionIds: ["extent", "scope", "accuracy-and-learnability", "expertise", "strategy"],
    },
    {
      id: "create-differentiated-experiences",
      name: "Create differentiated experiences",
      nameSource: "source",
      scenarios: ["Learning from online and offline interactions to deliver delightful experiences"],
      dimensionIds: ["expertise", "technology", "accuracy-and-learnability"],
      note: "The source names the accuracy and learnability dimension \"Accuracy\" here.",
    },
    {
      id: "understand-customers",
      name: "Understand customers",
      nameSource: "editorial",
      scenarios: [
        "Analyzing declared profile",
        "Analyzing third-party data",
        "Analyzing data from systems of transactions",
        "Analyzing customer engagement patterns and history",
      ],
      dimensionIds: ["scope", "technology", "expertise", "accuracy-and-learnability"],
      note: "The source leaves this row without an outcome name; \"Understand customers\" is ours.",
    },
  ],
} as const);

export type MpemDimensionId = (typeof mpem.dimensions)[number]["id"];
export type MpemLevelId = (typeof mpem.levels)[number]["id"];
export type MpemCategoryId = (typeof mpem.categories)[number]["id"];
