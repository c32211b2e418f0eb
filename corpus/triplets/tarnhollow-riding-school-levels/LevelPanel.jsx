import { useEnrolment } from "./EnrolmentContext.jsx";

function spacesText(n) {
  if (n === 0) return "Full";
  return n === 1 ? "1 space" : `${n} spaces`;
}

export default function LevelPanel({ level, open, onToggle }) {
  const { slots, enrolled, waiting, enrol, joinWaitingList } = useEnrolment();
  const mine = slots.filter((s) => s.level === level.id);

  return (
    <div className="level">
      <button type="button" className="level-head" aria-expanded={open} onClick={onToggle}>
        {level.name}
      </button>
      {open && (
        <div className="level-body" role="region" aria-label={level.name}>
          <p className="level-note">{level.note}</p>
          <ul>
            {mine.map((s) => {
              const isMine = enrolled.includes(s.id);
              const isWaiting = waiting.includes(s.id);
              return (
                <li key={s.id}>
                  {s.when} with {s.coach} - <span className="spaces">{spacesText(s.spaces)}</span>{" "}
                  {isMine && <span className="enrolled">Enrolled</span>}
                  {!isMine && s.spaces > 0 && (
                    <button type="button" onClick={() => enrol(s.id)}>
                      Enrol
                    </button>
                  )}
                  {!isMine && s.spaces === 0 && !isWaiting && (
                    <button type="button" onClick={() => joinWaitingList(s.id)}>
                      Join waiting list
                    </button>
                  )}
                  {isWaiting && <span className="waiting">On waiting list</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
