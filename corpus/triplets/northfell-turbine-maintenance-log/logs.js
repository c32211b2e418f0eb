// Work orders closed on the Northfell site, newest last.
export const WORK_ORDERS = [
  { wo: "WO-3101", date: "2024-05-02", turbine: "T03", task: "Blade inspection (drone)", tech: "I. Baird" },
  { wo: "WO-3102", date: "2024-05-02", turbine: "T11", task: "Yaw brake pads", tech: "K. Mensah" },
  { wo: "WO-3103", date: "2024-05-06", turbine: "T07", task: "Gearbox oil sample", tech: "I. Baird" },
  { wo: "WO-3104", date: "2024-05-07", turbine: "T01", task: "Pitch battery test", tech: "S. Lund" },
  { wo: "WO-3105", date: "2024-05-09", turbine: "T09", task: "Converter fan swap", tech: "K. Mensah" },
  { wo: "WO-3106", date: "2024-05-13", turbine: "T04", task: "Tower bolt torque", tech: "S. Lund" },
  { wo: "WO-3107", date: "2024-05-14", turbine: "T12", task: "Anemometer replaced", tech: "I. Baird" },
  { wo: "WO-3108", date: "2024-05-16", turbine: "T02", task: "Gearbox oil sample", tech: "K. Mensah" },
  { wo: "WO-3109", date: "2024-05-20", turbine: "T06", task: "Leading edge repair", tech: "R. Okoro" },
  { wo: "WO-3110", date: "2024-05-21", turbine: "T08", task: "Slip ring clean", tech: "S. Lund" },
  { wo: "WO-3111", date: "2024-05-23", turbine: "T05", task: "Lift service", tech: "R. Okoro" },
  { wo: "WO-3112", date: "2024-05-27", turbine: "T10", task: "Blade inspection (drone)", tech: "I. Baird" },
  { wo: "WO-3113", date: "2024-05-28", turbine: "T03", task: "Main bearing grease", tech: "K. Mensah" },
  { wo: "WO-3114", date: "2024-05-30", turbine: "T11", task: "Aviation light fault", tech: "S. Lund" },
  { wo: "WO-3115", date: "2024-06-03", turbine: "T07", task: "Pitch battery test", tech: "R. Okoro" },
  { wo: "WO-3116", date: "2024-06-04", turbine: "T01", task: "Hydraulic hose leak", tech: "K. Mensah" },
  { wo: "WO-3117", date: "2024-06-06", turbine: "T09", task: "Tower bolt torque", tech: "I. Baird" },
  { wo: "WO-3118", date: "2024-06-10", turbine: "T04", task: "Generator brushes", tech: "S. Lund" },
  { wo: "WO-3119", date: "2024-06-11", turbine: "T12", task: "Gearbox oil sample", tech: "R. Okoro" },
  { wo: "WO-3120", date: "2024-06-13", turbine: "T02", task: "Converter fan swap", tech: "I. Baird" },
  { wo: "WO-3121", date: "2024-06-17", turbine: "T06", task: "Yaw brake pads", tech: "K. Mensah" },
  { wo: "WO-3122", date: "2024-06-18", turbine: "T08", task: "Lift service", tech: "R. Okoro" },
  { wo: "WO-3123", date: "2024-06-20", turbine: "T05", task: "Blade inspection (drone)", tech: "S. Lund" },
];

export const PAGE_SIZE = 5;
