import { useContext } from "react";
import { BookingContext } from "./bookingContext.js";
import { isFree } from "./shopData.js";

export default function SlotGrid({ times }) {
  const { barber, time, setTime } = useContext(BookingContext);
  return (
    <div className="slots">
      {times.map((t) => {
        const free = isFree(barber, t);
        return (
          <button key={t} className={t === time ? "slot chosen" : "slot"} disabled={!free} onClick={() => setTime(t)}>
            {t}
          </button>
        );
      })}
    </div>
  );
}
