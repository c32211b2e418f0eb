import { useState } from "react";

export default function usePlayer() {
  const [position, setPosition] = useState(null);

  function play(code, start) {
    setPosition({ code, start });
  }

  const label = position ? `Now playing ${position.code} from ${position.start}` : "Nothing playing";
  return { label, play };
}
