import { useCallback, useState } from "react";

export default function useDisclosure(initial = null) {
  const [openId, setOpenId] = useState(initial);
  const open = useCallback((id) => setOpenId(id), []);
  const close = useCallback(() => setOpenId(null), []);
  return { openId, isOpen: openId !== null, open, close };
}
