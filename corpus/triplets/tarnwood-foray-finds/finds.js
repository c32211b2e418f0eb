// Finds logged at the October foray, Tarnwood Forest.
export const FINDS = [
  { common: "Cep", latin: "Boletus edulis", edibility: "Edible", habitat: "Beech wood" },
  { common: "Chanterelle", latin: "Cantharellus cibarius", edibility: "Edible", habitat: "Beech wood" },
  { common: "Death cap", latin: "Amanita phalloides", edibility: "Deadly", habitat: "Beech wood" },
  { common: "Fly agaric", latin: "Amanita muscaria", edibility: "Poisonous", habitat: "Conifer" },
  { common: "Deceiver", latin: "Laccaria laccata", edibility: "Edible", habitat: "Conifer" },
  { common: "Sulphur tuft", latin: "Hypholoma fasciculare", edibility: "Poisonous", habitat: "Conifer" },
  { common: "Parasol", latin: "Macrolepiota procera", edibility: "Edible", habitat: "Grassland" },
  { common: "Snowy waxcap", latin: "Cuphophyllus virgineus", edibility: "Edible", habitat: "Grassland" },
  { common: "Yellow stainer", latin: "Agaricus xanthodermus", edibility: "Poisonous", habitat: "Grassland" },
  { common: "Dung roundhead", latin: "Protostropharia semiglobata", edibility: "Inedible", habitat: "Dung" },
  { common: "Destroying angel", latin: "Amanita virosa", edibility: "Deadly", habitat: "Conifer" },
  { common: "Common ink cap", latin: "Coprinopsis atramentaria", edibility: "Poisonous", habitat: "Dung" },
];

export const HABITATS = ["Beech wood", "Conifer", "Grassland", "Dung"];
export const EDIBILITY = ["All", "Edible", "Inedible", "Poisonous", "Deadly"];
