import { useState } from "react";

export const DEFAULTS = { largeText: false, highContrast: false, reduceMotion: true, announceStops: false };

export function previewSize(settings) {
  return settings.largeText ? 18 : 14;
}

// Keeps the passenger's display options and the actions the screen needs.
export function useAccessibility(initial = DEFAULTS) {
  const [settings, setSettings] = useState(initial);
  const toggle = (key) => setSettings((s) => ({ ...s, [key]: !s[key] }));
  const restore = () => setSettings({ ...DEFAULTS });
  const activeCount = Object.values(settings).filter(Boolean).length;
  return { settings, toggle, restore, activeCount };
}
