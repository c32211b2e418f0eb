export const LOANS = [
  { tool: "SDS hammer drill", member: "Priya N.", due: "3 Jun", overdue: false },
  { tool: "Orbital sander", member: "Tom W.", due: "29 May", overdue: true },
  { tool: "Wallpaper stripper", member: "Ana G.", due: "5 Jun", overdue: false },
  { tool: "Ladder 3.5 m", member: "Kwame A.", due: "1 Jun", overdue: false },
  { tool: "Pressure washer", member: "Lise M.", due: "27 May", overdue: true },
  { tool: "Jigsaw", member: "Ben O.", due: "4 Jun", overdue: false },
  { tool: "Hedge trimmer", member: "Sara K.", due: "2 Jun", overdue: false },
  { tool: "Carpet cleaner", member: "Dev P.", due: "30 May", overdue: true },
  { tool: "Mitre saw", member: "Iona F.", due: "6 Jun", overdue: false },
  { tool: "Stud finder", member: "Tom W.", due: "3 Jun", overdue: false },
  { tool: "Router", member: "Maya L.", due: "7 Jun", overdue: false },
  { tool: "Laser level", member: "Priya N.", due: "5 Jun", overdue: false },
  { tool: "Lawn aerator", member: "Greg H.", due: "28 May", overdue: true },
  { tool: "Tile cutter", member: "Ana G.", due: "8 Jun", overdue: false },
  { tool: "Workbench", member: "Ben O.", due: "9 Jun", overdue: false },
  { tool: "Plate compactor", member: "Kwame A.", due: "4 Jun", overdue: false },
  { tool: "Wallpaper steamer", member: "Lise M.", due: "10 Jun", overdue: false },
];

export const PAGE_SIZES = [5, 10, 20];
