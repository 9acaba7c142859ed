export const MAIN_ARTICLE = {
  slug: "ukraine-russia-hold-second-round-of-direct-talks-in-istanbul",
  title: "Ukraine, Russia hold second round of direct talks in Istanbul",
};

export const RELATED_TITLES = [
  "Russian rocket attack on Ukraine's Sumy causing casualties, people to flee",
  "Report: Russia's security chief Shoigu in North Korea for talks with Kim Jong Un",
  "The Europeans are facing an existential choice",
];
