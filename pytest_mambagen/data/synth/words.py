"""Word pools of the lexicon: plain data, no logic.

Single words wherever a pool is partitioned between splits (see :mod:`.lexicon`):
a multi-word entry is usable in a split only when all of its words belong to it.
Entries separated by ``|`` may hold spaces.
"""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.split()))


def _p(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x.strip() for x in text.split("|") if x.strip()))


FIRST = _w("""
Ana Ben Chloe David Elena Farah George Hana Ivan Julia Kofi Laura Maya Noah Olivia Pedro Quinn Rosa Sam Tara
Umar Vera Will Zoe Aaliyah Abdul Ada Adele Adrian Aiko Aisha Alba Alejandro Alexei Alice Amara Amir Anders
Andrea Anika Anton Arjun Astrid Aurelio Ayesha Beatriz Bianca Bilal Bjorn Bruno Caleb Camila Carmen Cecile
Chidi Clara Dalia Dami Daniela Darius Dev Diego Dimitri Dina Eamon Edith Efua Eitan Elif Elin Eliza Emeka
Emil Emma Enzo Erik Esme Esther Ewan Fatima Felix Femi Fern Finn Freya Gabriel Gemma Gita Greta Hamza Hannah
Hector Helena Hiro Ibrahim Ida Ilse Imani Ines Ingrid Iris Isaac Isla Jamal Jana Javier Jin Joao Jonas Jorge
Kai Karim Kasia Keiko Kenji Khalid Kiara Kira Lars Leila Lena Leon Liam Lina Lior Lucia Luis Luka Lwazi
Magnus Malik Mara Marco Mariam Mateo Mei Mia Mikael Milan Mina Mira Nadia Naledi Nia Nico Nils Nina Noor
Oksana Omar Oscar Owen Paloma Pavel Petra Pia Priya Rafael Rahul Rania Ravi Rhea Rina Rohan Ruben Ruth Saanvi
Sadia Salma Samir Sana Santiago Sara Sebastian Selin Shira Silvia Simon Sofia Soren Stella Sunil Tamar Tariq
Teo Thandi Theo Tomas Uma Valentina Victor Wanjiru Xavier Yara Yasmin Yusuf Zain Zara Zeynep Aditi Bao Cyrus
Dara Emre Gideon Haruto Ilya Jude Kaveh Lorenzo Mehmet Nour Ola Pablo Rui Sina Tobias Ugo Vikram Wen Yuki
Zofia Agnes Boris Carla Dorothea Elsa Flora Gustav Hugo Ivo Kurt Lotte Moritz Nell Otto Penny Rosalind Silas
Thea Ursula Vince Wilma Yves Zelda Amelie Bartek Cormac Delphine Eero Fiona Goran Henrik Ilona Jakob Kalani
Leandro Marisol Nkechi Orla Pilar Radek Sigrid Tomasz Ulla Vivian Wendell Ximena Yosef Zuri Aroha Bongani
Cosima Dilnoza Einar Fabiola Grigor Hedda Ingo Jurgen Kemal Ludmila Matteo Nasrin Osvaldo Parisa Quentin
Renata Stellan Tuulikki Ulrich Vesna Wiebke Yannick Zdenek
""")

LAST = _w("""
Silva Carter Martin Okafor Rossi Khan Lee Sato Petrov Novak Mensah Brown Patel Fischer Dubois Alves Taylor
Garcia Wilson Nguyen Haddad Ivanova Turner Clarke Abbott Adeyemi Aguilar Ahmed Akhtar Almeida Andersen Arslan
Asante Bach Baker Banerjee Barros Bauer Becker Bello Bergstrom Bianchi Blanco Bose Brandt Byrne Campbell
Cardoso Castillo Chandra Chavez Cho Costa Cruz Dahl Das Delgado Diallo Dias Eriksen Esposito Evans Farouk
Ferrari Fernandes Fleming Flores Fontaine Fujita Gallo Ghosh Gomez Gruber Gupta Haas Hansen Hartmann Herrera
Hoffmann Holm Horvat Hughes Iyer Jansen Jensen Jimenez Johansson Joshi Kaur Keller Kim Klein Kowalski Kruger
Kumar Lambert Larsen Laurent Lindqvist Lopez Lund Maddox Mahmoud Marino Mendes Meyer Moreau Moreno Muller
Murphy Nakamura Navarro Nielsen Nkosi Novotny Nowak Obi Oliveira Olsen Ortega Osei Owusu Park Pereira Perez
Pham Popescu Rahman Ramos Rao Reyes Richter Rivera Romano Rowe Russo Saito Santos Schmidt Schneider Shah
Sharma Singh Sokolov Suzuki Svensson Tanaka Tran Unal Vargas Vasquez Vogel Wagner Walsh Weber Wolff Yamamoto
Yildiz Zhang Ziegler Adler Barnes Castro Doyle Forde Grant Hale Ito Jovanovic Kaplan Lowe Marsh Nolan Ortiz
Reid Thorne Vance Webb Zamora Andrade Bakker Coelho Dimitrov Eze Falk Gallagher Hosseini Ikeda Juarez Kovacs
Lindgren Mbeki Nair Oyelaran Pires Quispe Rocha Sadeghi Takahashi Uddin Vidal Xu Yilmaz Zulu Amato Brennan
Cohen Duarte Engel Gatti Holloway Ishikawa Lorenz Mancini Nyberg Otieno Pacheco Rinaldi Soto Toivonen Ueda
Varga Yoon Zeller Achebe Bergman Cabrera Dossou Esteves Fagerlund Grimaldi Halvorsen Ilic Janssens Karlsson
Lemaire Mwangi Nordin Okonkwo Pellegrini Quaresma Rautio Sandoval Tamura Urquhart Valdez Wozniak Yeboah
Zielinski Abara Bertrand Ceylan Drummond Ekwueme Ferreira Gunawardena Hakimi Ivarsson Jaramillo Kuznetsov
Lindahl Moyo Ngata Oduya Prakash Radulescu Serrano Thorsen Umarov Villanueva Whitfield Yamada Zapata
""")

#: Brand and place words: birds, trees, stones, landforms, stars.
BRAND = _w("""
Kestrel Heron Osprey Finch Wren Plover Merlin Tern Egret Avocet Curlew Dunlin Lapwing Siskin Linnet Pipit
Starling Sparrow Robin Falcon Harrier Buzzard Raven Rook Jackdaw Magpie Oriole Tanager Warbler Thrush
Nightjar Puffin Gannet Petrel Albatross Condor Ibis Crane Stork Pelican Cormorant Grebe Loon Wigeon Pintail
Mallard Eider Goshawk Peregrine Kingfisher Hoopoe Juniper Alder Aspen Birch Cedar Rowan Hazel Linden Larch
Spruce Willow Maple Hawthorn Holly Laurel Magnolia Sequoia Cypress Hemlock Sycamore Chestnut Walnut Poplar
Beech Hornbeam Acacia Banyan Baobab Tamarind Olive Myrtle Tupelo Catalpa Ginkgo Redwood Cobalt Basalt
Granite Quartz Onyx Garnet Beryl Topaz Agate Flint Slate Marble Obsidian Feldspar Pyrite Malachite Azurite
Jade Opal Amber Pearl Copper Bronze Pewter Nickel Graphite Cinnabar Ochre Umber Sienna Summit Ridge Harbor
Delta Mesa Canyon Fjord Glacier Lagoon Meadow Prairie Tundra Highland Cove Bluff Cairn Moor Heath Dune Atoll
Reef Strand Inlet Estuary Bayou Savanna Steppe Butte Knoll Gorge Ravine Vale Glen Crest Spire Headland Orion
Vega Lyra Altair Sirius Rigel Castor Pollux Atlas Juno Vesta Ceres Aurora Nova Polaris Cygnus Draco Perseus
Andromeda Cassini Kepler Indigo Crimson Saffron Cerulean Vermilion Magenta Scarlet Azure Russet Sable Ebony
Mauve Lilac Zephyr Monsoon Mistral Sirocco Tempest Lantern Beacon Compass Anchor Keystone Northstar
Bellwether Quill Ember Cinder Tinder Pinnacle Meridian Solstice Equinox Zenith Horizon Tidewater Riverbend
Longbow Foxglove Bluebell Heather Thistle Clover Marigold Primrose Yarrow Sorrel Fennel Tansy Lupin
Larkspur Bramble Fernbrook Mosswood Pebble Boulder Drumlin Esker Moraine Scree Talus Caldera Geyser Mangrove
Cypher Quasar Pulsar Nebula Comet Meteor Halcyon Sterling Argent Gilded Cardinal Bishop Marquis Regent
Sentinel Vanguard Voyager Pioneer Ranger Nomad Drifter Corsair Galleon Schooner Clipper Frigate Caravel
Ketch Dinghy Keel Rudder Mast Spinnaker Tiller Bowline Halyard Lanyard
""")

#: Parts of compound brand names ("Oakridge", "Brightwell"); every compound is an entry of its own.
BRAND_HEAD = _w("""
Oak Ash Stone Brook Fair Green Silver Gold Red Black White North South East West High Mill River Lake Hill
Wood Field Bright Clear Hart King Elder Sun Moon Star Iron Pine Elm Rose Thorn Wild Blue Deep Long Broad
Cross Glen Marsh Lark Swan
""")
BRAND_TAIL = _w("""
wood field ridge brook stone vale haven ford worth well mere gate wick stead dale crest point side view line
works bridge hurst combe holm ley moor water fall light
""")

CITY = _w("""
Lisbon Porto Leeds Oslo Bergen Graz Lyon Turin Krakow Utrecht Ghent Bruges Seville Valencia Bilbao Malaga
Nantes Bordeaux Marseille Toulouse Geneva Basel Zurich Bern Munich Hamburg Leipzig Dresden Cologne Bremen
Aarhus Malmo Uppsala Tampere Turku Tallinn Riga Vilnius Gdansk Poznan Brno Bratislava Ljubljana Zagreb Split
Dubrovnik Sarajevo Belgrade Sofia Plovdiv Bucharest Cluj Athens Thessaloniki Izmir Antalya Bologna Verona
Naples Palermo Florence Genoa Trieste Galway Cork Belfast Cardiff Bristol Glasgow Aberdeen Inverness York
Brighton Norwich Exeter Halifax Quebec Montreal Calgary Victoria Seattle Portland Denver Austin Boston
Chicago Savannah Charleston Nashville Memphis Tucson Santiago Valparaiso Cusco Lima Quito Bogota Medellin
Cartagena Oaxaca Merida Havana Recife Salvador Fortaleza Montevideo Mendoza Cordoba Rosario Durban Windhoek
Nairobi Mombasa Kigali Accra Dakar Tunis Marrakesh Fez Muscat Doha Amman Tbilisi Yerevan Baku Almaty
Tashkent Bukhara Samarkand Kyoto Osaka Sapporo Fukuoka Busan Incheon Taipei Hanoi Hue Penang Cebu Bali
Darwin Perth Adelaide Hobart Brisbane Auckland Wellington Dunedin Nelson Queenstown Reykjavik Akureyri
Tromso Narvik Kiruna Lulea Hanko Porvoo Kotor Ohrid Trondheim Stavanger Odense Esbjerg Aalborg
""")

PET = _w("""
Bella Milo Luna Oscar Coco Rocky Kiwi Nala Pepper Sunny Biscuit Maple Waffles Pickle Noodle Mochi Tofu
Pretzel Nugget Ziggy Bramble Clementine Juniper Pumpkin Olive Ginger Hazel Basil Cosmo Dottie Rufus Gus
Winnie Toffee Marble Pippin Scout Bear Rusty Socks Smudge Patch Clover Daisy Poppy Willow Bonnie Frankie
Archie Teddy Loki Thor Zeus Apollo Athena Minnie Mabel Otis Ollie Percy Rosie Sadie Tilly Walter Wilbur Yoda
Ziggy Benji Bingo Buster Chester Domino Flash Gizmo Harley Jasper Koda Louie Murphy Nacho Peanut Rascal
Shadow Sparky Tucker Whiskers Blossom Button Cinnamon Cookie Fudge Honey Jelly Muffin Nutmeg Pebbles
Sprout Sugar Truffle Velvet
""")

#: Qualifiers of form fields ("Billing postcode", "Warehouse phone").
QUAL = _w("""
Billing Shipping Backup Secondary Emergency Home Office Site Warehouse Delivery Invoice Support Recovery
Alternate Primary Personal Work Guardian Partner Manager Owner Tenant Landlord Vendor Supplier Client Customer
Member Parent Driver Courier Host Agent Broker Referee Sponsor Dispatch Accounts Payroll Finance Procurement
Reception Studio Branch Depot Venue Campus Ward Pharmacy Registrar Treasurer Steward Caretaker Coordinator
Organiser Trustee Guarantor Beneficiary Lender Buyer Seller Reseller Distributor Contractor Installer
Surveyor Auditor Inspector Assessor Adjuster Mentor Tutor Coach Trainer Chaperone Escort Foreman Porter
""")

#: Words for toggle and notification names ("Weekly stock digest").
FREQ = _w("Daily Weekly Monthly Quarterly Nightly Hourly Instant Morning Evening Weekend Fortnightly")
NOTICE = _w("alerts reminders digest emails notifications summaries updates reports texts nudges")

#: Adjectives for book titles and headings.
TITLE_ADJ = _w("""
Silent Hidden Golden Broken Distant Quiet Burning Frozen Wandering Forgotten Endless Shining Bitter Gentle
Restless Crooked Hollow Narrow Scarlet Patient Velvet Copper Paper Glass Salt Iron Lonely Secret Borrowed
Sleeping Drowned Painted Tender Unquiet Luminous Hungry Careful Sudden Lucky Crimson Midnight Northern
Southern Eastern Western Last First Second Long Small Wild Little Dark Bright Open Lost
""")
TITLE_NOUN = _w("""
Sea River Garden Orchard Harbour Lighthouse Mountain Island Forest Window Mirror Lantern Letter Promise Road
Bridge Kingdom Valley Winter Summer Tide Storm Feather Compass Map Atlas Archive Library Clockmaker
Cartographer Gardener Daughter Stranger Orchestra Museum Observatory Tower Station Meadow Shore Hours Years
Wolves Swallows Bees Foxes Ravens Stars Embers Roots Rivers Orchards Lanterns Echoes Shadows Letters
""")

#: Weekday and month names for dates written out.
MONTHS = _w("January February March April May June July August September October November December")
WEEKDAYS = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

#: Email and web domains.
TLD = _w(".com .io .co .net .org .app .dev .example .studio .health")

#: Verbs for menu actions and buttons (shared phrasing, not partitioned).
ACTION_VERB = _w("Edit Duplicate Archive Share Export Print Rename Pin Flag Assign Move Copy Restore Merge Lock Unlock")
