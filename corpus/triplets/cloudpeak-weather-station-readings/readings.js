export function summary(readings) {
  const temps = readings.map((r) => r.tempC);
  return {
    max: Math.max(...temps),
    min: Math.min(...temps),
    rain: readings.reduce((sum, r) => sum + r.rainMm, 0),
  };
}

export function showTemp(celsius, unit) {
  if (unit === "F") return (celsius * 9 / 5 + 32).toFixed(1) + "°F";
  return celsius.toFixed(1) + "°C";
}
