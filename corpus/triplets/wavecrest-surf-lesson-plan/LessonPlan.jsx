import { useState } from "react";
import { startTimes } from "./clock.js";

const DRILLS = [
  { id: "warm", testId: "drill-warm", name: "Warm-up jog", minutes: 10, where: "beach", locked: true },
  { id: "popup", testId: "drill-popup", name: "Pop-up practice", minutes: 15, where: "sand" },
  { id: "safety", testId: "drill-safety", name: "Rip current talk", minutes: 10, where: "sand" },
  { id: "paddle", testId: "drill-paddle", name: "Paddle technique", minutes: 15, where: "water" },
  { id: "white", testId: "drill-white", name: "Whitewater rides", minutes: 30, where: "water" },
  { id: "cool", testId: "drill-cool", name: "Cool-down & stretch", minutes: 10, where: "beach", locked: true },
];

export default function LessonPlan({ group = "Beginners B (8 students)", first = "09:00", instructor = "Nalu K." }) {
  const [drills, setDrills] = useState(DRILLS);
  const times = startTimes(drills, first);
  const firstWater = drills.findIndex((d) => d.where === "water");

  function swap(i, j) {
    setDrills((list) => {
      const next = list.slice();
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  }

  return (
    <section className="lesson-plan">
      <h1>Lesson plan</h1>
      <p>
        {group} · instructor {instructor} · starts {first}
      </p>
      <table>
        <thead>
          <tr>
            <th>Time</th>
            <th>Drill</th>
            <th>Where</th>
            <th>Order</th>
          </tr>
        </thead>
        <tbody>
          {drills.map((d, i) => {
            const upBlocked = d.locked || drills[i - 1]?.locked;
            const downBlocked = d.locked || drills[i + 1]?.locked;
            return (
              <tr key={d.id} data-testid={d.testId}>
                <td className="time">{times[i]}</td>
                <td>
                  {d.name} <small>({d.minutes} min)</small>
                </td>
                <td>{d.where}</td>
                <td>
                  {d.locked ? (
                    <span className="fixed">fixed</span>
                  ) : (
                    <>
                      <button type="button" aria-label={"Move " + d.name + " earlier"} disabled={upBlocked} onClick={() => swap(i, i - 1)}>
                        ↑
                      </button>
                      <button type="button" aria-label={"Move " + d.name + " later"} disabled={downBlocked} onClick={() => swap(i, i + 1)}>
                        ↓
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p data-testid="water-time">In the water from {times[firstWater]}</p>
      <button type="button" onClick={() => setDrills(DRILLS)}>
        Back to standard plan
      </button>
    </section>
  );
}
