import { useState } from "react";

const MAX_TIP = 30;

function euro(cents) {
  return "€" + (cents / 100).toFixed(2);
}

function Line({ label, cents, testId }) {
  return (
    <div className="line">
      <span>{label}</span>
      <span data-testid={testId}>{euro(cents)}</span>
    </div>
  );
}

export default function TipSlider({ fare = 4260, tolls = 650, driver = "Siobhán", plate = "191-D-40522" }) {
  const [percent, setPercent] = useState(15);
  const [roundUp, setRoundUp] = useState(false);
  const [paid, setPaid] = useState(false);

  const baseTip = Math.round((fare * percent) / 100);
  const before = fare + tolls + baseTip;
  const total = roundUp ? Math.ceil(before / 100) * 100 : before;
  const tip = total - fare - tolls;

  return (
    <div className="receipt">
      <h1>Yellowbird Cabs</h1>
      <p className="trip">
        Your trip with {driver} · {plate}
      </p>

      <Line label="Fare" cents={fare} testId="fare" />
      <Line label="Tolls (Port Tunnel)" cents={tolls} testId="tolls" />

      <div className="tip-picker">
        <label htmlFor="tip-range">Tip for {driver}</label>
        <input
          id="tip-range"
          type="range"
          min="0"
          max={MAX_TIP}
          step="1"
          value={percent}
          onChange={(e) => {
            setPercent(Number(e.target.value));
            setPaid(false);
          }}
        />
        <output data-testid="tip-percent">{percent === 0 ? "No tip" : percent + "%"}</output>
        <p className="help">Use the arrow keys to adjust, Home for no tip. Tolls are not tipped.</p>
      </div>

      <label>
        <input
          type="checkbox"
          checked={roundUp}
          onChange={(e) => {
            setRoundUp(e.target.checked);
            setPaid(false);
          }}
        />
        Round up to the next euro
      </label>

      <Line label="Tip" cents={tip} testId="tip" />
      <Line label="Total" cents={total} testId="total" />

      <button onClick={() => setPaid(true)}>Pay {euro(total)}</button>
      {paid && (
        <p role="status" className="paid">
          Paid {euro(total)}. Thanks – {driver} gets 100% of the tip.
        </p>
      )}
    </div>
  );
}
