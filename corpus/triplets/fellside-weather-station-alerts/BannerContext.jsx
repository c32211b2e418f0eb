import { createContext, useContext, useMemo, useState } from "react";

const BannerContext = createContext(null);

export function BannerProvider({ banners, children }) {
  const [dismissed, setDismissed] = useState([]);

  const value = useMemo(() => {
    const active = banners.filter((b) => !dismissed.includes(b.id));
    return {
      all: banners,
      active,
      dismiss: (id) => setDismissed((list) => [...list, id]),
      dismissLevel: (level) =>
        setDismissed((list) => [...list, ...banners.filter((b) => b.level === level).map((b) => b.id)]),
    };
  }, [banners, dismissed]);

  return <BannerContext.Provider value={value}>{children}</BannerContext.Provider>;
}

export function useBanners() {
  return useContext(BannerContext);
}
