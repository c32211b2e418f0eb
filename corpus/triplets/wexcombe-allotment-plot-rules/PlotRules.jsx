import { Accordion, AccordionItem } from "./Accordion.jsx";

const RULES = [
  {
    id: "rent",
    title: "Plot sizes and rent",
    lines: ["A full plot is 250 m² and costs £48 a year; half plots cost £26.", "Rent is due on 25 March."],
  },
  {
    id: "sheds",
    title: "Sheds and greenhouses",
    lines: ["Sheds up to 2.4 m x 1.8 m need no permission.", "Glass greenhouses must be at least 1 m from paths."],
  },
  {
    id: "bonfires",
    title: "Bonfires",
    lines: ["Bonfires are allowed only from 1 November to 28 February, before 10:00.", "Never burn plastic."],
  },
  {
    id: "water",
    title: "Water troughs",
    lines: ["Troughs are for dipping cans only. No hoses.", "Taps are turned off from November to March."],
  },
  {
    id: "hens",
    title: "Keeping hens",
    lines: ["Up to 6 hens per full plot; no cockerels.", "Tell the committee before the hens arrive."],
  },
];

export default function PlotRules({ rules = RULES, society = "Wexcombe Allotment Society" }) {
  return (
    <main className="plot-rules">
      <h1>{society}</h1>
      <p className="intro">
        Rules for plot holders, agreed at the AGM. Tip: use the up and down arrow keys to move between
        the headings.
      </p>
      <Accordion label="Plot rules">
        {rules.map((r) => (
          <AccordionItem key={r.id} id={r.id} title={r.title}>
            {r.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </AccordionItem>
        ))}
      </Accordion>
      <section className="dates">
        <h2>Important dates</h2>
        <dl>
          <dt>Rent due</dt>
          <dd>25 March</dd>
          <dt>Plot inspection</dt>
          <dd>First Saturday in July</dd>
          <dt>AGM</dt>
          <dd>Second Thursday in October, village hall</dd>
        </dl>
      </section>
      <footer>
        <p>Questions? Ask the plot secretary, Mrs. Joan Pettifer, at the Saturday trading hut.</p>
        <p className="small">Last revised at the 2024 AGM.</p>
      </footer>
    </main>
  );
}
