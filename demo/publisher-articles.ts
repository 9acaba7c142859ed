/** The two stories of "The Daily Example", each with its own Parley thread (keyed by `key`). */
export type DemoArticle = { slug: string; key: string; title: string; standfirst: string; body: string[] };

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: "harbour-reopens",
    key: "daily-example-harbour-reopens",
    title: "Harbour reopens a week after the storm",
    standfirst: "Fishing boats were back at the quay by dawn, though the north pier stays closed.",
    body: [
      "The harbour master lifted the closure order on Monday morning after divers found the channel clear of debris. The first trawlers left at 5 a.m.",
      "Repairs to the north pier, where two sections of decking were torn away, are expected to take until the end of the month. The ferry will use the south berth until then.",
    ],
  },
  {
    slug: "summer-festival",
    key: "daily-example-summer-festival",
    title: "Summer festival moves to the riverside park",
    standfirst: "Organisers say the new site doubles the space and ends the queues at the old gate.",
    body: [
      "After ten years in the market square, the summer festival will take over the riverside park in July. Three stages instead of two, and a quiet zone for families.",
      "Residents near the park have asked for the music to stop at 11 p.m.; the council will decide next week.",
    ],
  },
];
