"""Business themes: the pools a sample's domain is synthesized from.

Version 5 draws every content string fresh per sample (see :mod:`.lexicon`);
a theme only says what kind of business the screen belongs to, which words
fit it and how its items are named. The 15 theme keys stay the unit of the
(family, domain) split plan. Plain tuples only (ordered, deterministic).
"""

from __future__ import annotations

from dataclasses import dataclass

from .words import TITLE_ADJ, TITLE_NOUN, _p, _w


@dataclass(frozen=True)
class Theme:
    key: str
    titles: tuple[str, ...]  # product nouns for app names ("Kestrel Health")
    entities: tuple[str, ...]  # "singular/plural" (lower case)
    mods: tuple[str, ...]  # item modifiers
    nouns: tuple[str, ...]  # item nouns
    item: str  # how items are named (see lexicon.Lex.item)
    cats: tuple[str, ...]  # category words
    topics: tuple[str, ...]  # lower-case topics for tabs, toggles, questions
    units: tuple[str, ...]  # counted things, plural lower case
    price: tuple[int, int]  # item prices, cents
    fields: tuple[str, ...]  # field kinds an entity form of this theme uses
    roles: tuple[str, ...]  # people in this business (singular, lower case)


THEMES: tuple[Theme, ...] = (
    Theme(
        "shop", _w("Store Outfitters Supply Goods Market Emporium"),
        _p("product/products|order/orders|return/returns|bundle/bundles|supplier/suppliers|review/reviews|"
           "variant/variants|collection/collections|voucher/vouchers|wishlist/wishlists|restock/restocks|parcel/parcels"),
        _w("""Merino Canvas Leather Linen Bamboo Trail Alpine Waxed Quilted Insulated Packable Reversible Ribbed
              Cropped Tailored Oversized Vintage Everyday Ultralight Organic Recycled Cashmere Corduroy Suede Woven
              Knitted Thermal Waterproof Heritage Rugged Washed Brushed Padded"""),
        _w("""Beanie Scarf Backpack Tote Duffel Parka Anorak Fleece Hoodie Cardigan Sneakers Loafers Boots Sandals
              Thermos Lamp Mug Notebook Planner Wallet Belt Gloves Mittens Socks Jacket Vest Chinos Blanket Cushion
              Apron Satchel Pouch Umbrella Poncho Overshirt"""),
        "brand_mod_noun",
        _w("""Outerwear Footwear Accessories Bags Knitwear Homeware Stationery Kitchenware Activewear Loungewear
              Rainwear Gifts Essentials Outdoor Shirts Trousers Lighting Bedding Hats Eyewear Hosiery"""),
        _p("sizing|delivery|returns|warranty|materials|care|stock|gift wrapping|loyalty points|exchanges|pre-orders|"
           "restocks|price drops|back orders|store pickup"),
        _w("items bags parcels pairs units"), (600, 32000),
        ("text", "code", "amount", "quantity", "email", "date"), _w("customer buyer merchant"),
    ),
    Theme(
        "hr", _w("People Workforce Talent Staffing Teams"),
        _p("employee/employees|contractor/contractors|candidate/candidates|timesheet/timesheets|leave request/leave requests|"
           "payslip/payslips|shift/shifts|department/departments|interview/interviews|offer/offers|onboarding task/onboarding tasks|"
           "expense claim/expense claims"),
        _w("Senior Junior Lead Principal Staff Associate Interim Regional Graduate Acting"),
        _w("Engineer Designer Analyst Recruiter Accountant Planner Chemist Editor Producer Strategist"),
        "person",
        _w("""Engineering Finance Design Support Marketing Legal Operations Research Facilities Procurement Sales
              Security Training Logistics Compliance Product Analytics"""),
        _p("payroll|leave|benefits|pensions|appraisals|overtime|expenses|training|onboarding|rotas|timesheets|"
           "parental leave|probation|references|equipment"),
        _w("shifts days hours seats interviews"), (1800000, 9800000),
        ("name", "email", "code", "amount", "date", "phone"), _w("employee manager recruiter"),
    ),
    Theme(
        "bank", _w("Bank Finance Money Pay Wallet Credit"),
        _p("payment/payments|payee/payees|transfer/transfers|card/cards|statement/statements|standing order/standing orders|"
           "direct debit/direct debits|savings pot/savings pots|loan/loans|invoice/invoices|refund/refunds|account/accounts"),
        _w("Grocers Pharmacy Cafe Energy Water Transit Cinema Books Fitness Telecom Bakery Garage Dental Florist Hardware"),
        _w("Grocers Pharmacy Cafe Energy Water Transit Cinema Books Fitness Telecom Bakery Garage Dental Florist Hardware"),
        "brand_noun",
        _w("Groceries Utilities Transport Leisure Income Housing Health Dining Subscriptions Savings Travel Education Charity"),
        _p("overdrafts|cashback|interest|spending limits|statements|savings goals|card controls|roundups|salary|"
           "fraud checks|direct debits|budgets|exchange rates|account fees"),
        _w("payments transfers cards payees pots"), (250, 450000),
        ("name", "code", "amount", "email", "date", "text"), _w("customer payee saver"),
    ),
    Theme(
        "clinic", _w("Health Clinic Care Medical Wellness"),
        _p("patient/patients|appointment/appointments|referral/referrals|prescription/prescriptions|lab order/lab orders|"
           "visit/visits|vaccination/vaccinations|consultation/consultations|claim/claims|test result/test results|"
           "care plan/care plans|clinician/clinicians"),
        _w("Annual Routine Paediatric Extended Express Fasting Full Basic Advanced Preventive Specialist Urgent"),
        _p("Checkup|Blood Panel|Eye Exam|Hearing Test|Physio Session|Ultrasound|Skin Check|Dental Cleaning|"
           "Allergy Test|Flu Shot|Cholesterol Screen|Sleep Study|Nutrition Review|Travel Vaccine|Posture Assessment"),
        "service_dr",
        _w("Cardiology Dermatology Radiology Paediatrics Physiotherapy Dental Optometry Nutrition Audiology Orthopaedics Pathology"),
        _p("allergies|lab results|referrals|vaccinations|insurance|billing|prescriptions|visits|test results|"
           "repeat prescriptions|care plans|telehealth|waiting times|parking|interpreters"),
        _w("patients refills visits doses sessions"), (1500, 65000),
        ("name", "date", "phone", "email", "code", "quantity"), _w("patient doctor nurse"),
    ),
    Theme(
        "school", _w("Academy School Learning Campus College"),
        _p("course/courses|student/students|assignment/assignments|class/classes|module/modules|enrolment/enrolments|"
           "exam/exams|grade/grades|tutor/tutors|timetable/timetables|lesson/lessons|project/projects"),
        _w("Intro Advanced Applied Foundations Topics Honours Practical Modern Classical Computational"),
        _w("""Biology Chemistry Physics Statistics Geometry Algebra Calculus History Geography Economics Philosophy
              Sociology Psychology Astronomy Ecology Linguistics Literature Drama Sculpture Photography Robotics
              Genetics Botany Zoology Archaeology"""),
        "course",
        _w("Sciences Humanities Mathematics Languages Arts Technology Music Sport Business"),
        _p("attendance|homework|exams|timetables|reading lists|field trips|lab safety|tutoring|grades|"
           "library access|enrolment|uniforms|lunch menus|school trips|report cards"),
        _w("students seats credits lessons modules"), (4000, 60000),
        ("name", "code", "email", "quantity", "date", "text"), _w("student teacher parent"),
    ),
    Theme(
        "travel", _w("Travel Journeys Trips Escapes Voyages"),
        _p("trip/trips|booking/bookings|itinerary/itineraries|flight/flights|traveller/travellers|excursion/excursions|"
           "transfer/transfers|tour/tours|visa/visas|insurance plan/insurance plans|stopover/stopovers|voucher/vouchers"),
        _w("Autumn Spring Summer Winter Weekend Midweek Coastal Mountain Gourmet Cultural Family Solo"),
        _p("Getaway|Explorer|Food Tour|Hiking Week|City Break|Rail Journey|Cycling Tour|Island Hop|Wine Trail|"
           "Photo Safari|Sailing Trip|Spa Retreat"),
        "city_trip",
        _w("Beach Adventure Culture Wellness Wildlife Cruise Rail Gastronomy Skiing Camping"),
        _p("baggage|visas|seat selection|check-in|transfers|travel insurance|cancellations|meal options|"
           "lounge access|car hire|passports|itineraries|delays|refunds|upgrades"),
        _w("travellers nights bags rooms seats"), (9000, 390000),
        ("name", "code", "email", "date", "quantity", "phone"), _w("traveller guide agent"),
    ),
    Theme(
        "restaurant", _w("Kitchen Bistro Dining Eatery Canteen Table"),
        _p("dish/dishes|order/orders|reservation/reservations|table/tables|menu item/menu items|special/specials|"
           "delivery/deliveries|supplier/suppliers|allergen note/allergen notes|shift/shifts|tab/tabs|catering order/catering orders"),
        _w("Grilled Smoked Roasted Charred Crispy Spiced Braised Pickled Seared Glazed Stuffed Toasted"),
        _w("""Salmon Aubergine Halloumi Chicken Tofu Lamb Squash Mushroom Prawn Beetroot Cauliflower Duck Trout
              Chickpea Fennel Leek Pork Tuna Lentil Artichoke"""),
        "dish",
        _w("Starters Mains Desserts Drinks Sides Salads Brunch Breakfast Bakery Specials Cocktails"),
        _p("allergens|opening hours|bookings|deposits|takeaway|dietary needs|corkage|private dining|"
           "gift cards|tips|kids menus|seasonal menus|wine pairings|parking|deliveries"),
        _w("guests covers plates portions tables"), (350, 4800),
        ("name", "quantity", "phone", "email", "date", "text"), _w("guest chef server"),
    ),
    Theme(
        "library", _w("Library Books Reading Archive Stacks"),
        _p("book/books|loan/loans|hold/holds|member/members|title/titles|reading list/reading lists|fine/fines|"
           "branch/branches|periodical/periodicals|audiobook/audiobooks|reservation/reservations|donation/donations"),
        TITLE_ADJ,
        TITLE_NOUN,
        "book",
        _w("Fiction Poetry History Science Travel Cooking Biography Mystery Fantasy Philosophy Drama Comics"),
        _p("renewals|holds|late fees|opening hours|study rooms|printing|ebooks|interlibrary loans|"
           "membership|donations|reading groups|archives|book clubs|audiobooks|returns"),
        _w("books copies holds renewals loans"), (400, 6500),
        ("name", "code", "email", "date", "quantity", "text"), _w("member librarian reader"),
    ),
    Theme(
        "gym", _w("Fitness Gym Studio Athletics Movement"),
        _p("class/classes|member/members|membership/memberships|trainer/trainers|session/sessions|locker/lockers|"
           "workout/workouts|booking/bookings|plan/plans|challenge/challenges|pass/passes|assessment/assessments"),
        _w("Morning Lunchtime Evening Weekend Sunrise Twilight Express Beginner Advanced Open"),
        _w("Yoga Spin Pilates Boxing Rowing Barre Kettlebell Circuits Stretch Mobility Zumba Climbing Swimming Crossfit"),
        "gym_class",
        _w("Cardio Strength Mind Flexibility Combat Aquatics Dance Endurance Recovery"),
        _p("lockers|towels|guest passes|freezing memberships|personal training|showers|class bookings|"
           "waitlists|parking|induction|opening hours|sauna|family plans|referrals|cancellations"),
        _w("sessions classes passes visits lockers"), (600, 9000),
        ("name", "code", "email", "quantity", "date", "phone"), _w("member trainer coach"),
    ),
    Theme(
        "realestate", _w("Homes Property Estates Lettings Realty"),
        _p("listing/listings|viewing/viewings|offer/offers|tenant/tenants|lease/leases|property/properties|"
           "valuation/valuations|agent/agents|inspection/inspections|repair request/repair requests|landlord/landlords|deposit/deposits"),
        _w("Sunny Bright Quiet Spacious Renovated Modern Period Leafy Airy Cosy Elegant Compact"),
        _w("Loft Flat Cottage Townhouse Bungalow Studio Duplex Penthouse Maisonette Farmhouse Villa Terrace"),
        "listing",
        _w("Apartment House Commercial Land Garage Office Retail Warehouse"),
        _p("viewings|deposits|council tax|parking|pets|gardens|service charges|floor plans|energy ratings|"
           "mortgages|references|inventories|maintenance|utilities|break clauses"),
        _w("bedrooms viewings tenants keys parking spaces"), (8500000, 95000000),
        ("name", "email", "phone", "postcode", "date", "amount"), _w("tenant agent buyer"),
    ),
    Theme(
        "events", _w("Events Live Tickets Stage Festival"),
        _p("event/events|ticket/tickets|attendee/attendees|session/sessions|speaker/speakers|venue/venues|"
           "sponsor/sponsors|workshop/workshops|guest list/guest lists|booth/booths|pass/passes|performance/performances"),
        _w("Jazz Folk Indie Comedy Poetry Film Design Theatre Opera Dance Science Food"),
        _w("Night Festival Showcase Summit Evening Marathon Weekender Matinee Gala Fair Jam Sessions"),
        "brand_mod_noun",
        _w("Music Comedy Theatre Conference Workshop Film Family Sport Literature Art"),
        _p("accessibility|seating|refunds|transfers|parking|cloakroom|age limits|lineups|door times|"
           "wristbands|food stalls|press passes|volunteers|photography|merchandise"),
        _w("tickets seats passes guests tables"), (900, 45000),
        ("name", "email", "quantity", "phone", "date", "code"), _w("attendee organiser speaker"),
    ),
    Theme(
        "logistics", _w("Freight Logistics Cargo Shipping Fleet"),
        _p("shipment/shipments|parcel/parcels|delivery/deliveries|pallet/pallets|route/routes|driver/drivers|"
           "warehouse/warehouses|manifest/manifests|pickup/pickups|consignment/consignments|container/containers|dock slot/dock slots"),
        _w("Pallet Crate Box Drum Roll Carton Case Bundle Sack Tote"),
        _p("Ceramic Tiles|Office Chairs|Laptops|Paper Rolls|Kitchen Units|Monitors|Printer Ink|Steel Beams|"
           "Desk Phones|Storage Boxes|Solar Panels|Garden Tools|Bicycle Frames|Coffee Beans|Wool Yarn|Glass Jars"),
        "container",
        _w("Freight Furniture Electronics Supplies Fragile Perishable Bulk Hazardous Express"),
        _p("tracking|customs|proof of delivery|delays|dock booking|returns|insurance|weights|"
           "dimensions|hazardous goods|collections|signatures|cut-off times|fuel surcharges|labels"),
        _w("parcels pallets crates boxes drops"), (1200, 180000),
        ("name", "code", "quantity", "postcode", "date", "phone"), _w("driver dispatcher recipient"),
    ),
    Theme(
        "insurance", _w("Insurance Cover Assurance Mutual Protect"),
        _p("policy/policies|claim/claims|quote/quotes|renewal/renewals|policyholder/policyholders|premium/premiums|"
           "broker/brokers|endorsement/endorsements|incident/incidents|beneficiary/beneficiaries|excess/excesses|document/documents"),
        _w("Home Car Travel Pet Gadget Life Dental Boat Bike Landlord Business Caravan"),
        _w("Basic Plus Premier Essential Complete Select Flex Gold Standard Elite"),
        "policy",
        _w("Home Car Travel Pet Life Health Business Gadget"),
        _p("excess|no-claims bonus|renewals|cover limits|exclusions|named drivers|windscreen|legal cover|"
           "breakdown|payments|cancellations|documents|claims history|courtesy cars|valuables"),
        _w("drivers claims policies vehicles devices"), (4500, 180000),
        ("name", "code", "email", "amount", "date", "phone"), _w("policyholder broker adjuster"),
    ),
    Theme(
        "hotel", _w("Hotels Stays Resorts Inns Lodges"),
        _p("room/rooms|reservation/reservations|guest/guests|stay/stays|suite/suites|booking/bookings|"
           "housekeeping task/housekeeping tasks|invoice/invoices|rate plan/rate plans|amenity/amenities|package/packages|review/reviews"),
        _w("Deluxe Superior Classic Executive Premier Signature Comfort Grand"),
        _w("Double Twin King Queen Suite Studio Loft Family Single Cabin"),
        "room",
        _w("Standard Deluxe Suite Accessible Family Budget Premium"),
        _p("check-in|late checkout|breakfast|parking|spa access|room service|pets|cots|airport transfers|"
           "minibar|early arrival|deposits|cancellations|luggage storage|wifi"),
        _w("guests nights rooms cots keys"), (5500, 85000),
        ("name", "email", "quantity", "phone", "date", "code"), _w("guest receptionist manager"),
    ),
    Theme(
        "pets", _w("Pets Vets Paws Animal Companions"),
        _p("pet/pets|appointment/appointments|vaccination/vaccinations|adoption/adoptions|owner/owners|"
           "grooming slot/grooming slots|kennel/kennels|treatment/treatments|microchip/microchips|boarding stay/boarding stays|"
           "prescription/prescriptions|walk/walks"),
        _w("Beagle Collie Spaniel Terrier Poodle Labrador Greyhound Dachshund Husky Boxer Whippet Tabby Siamese Persian Bengal"),
        _w("Beagle Collie Spaniel Terrier Poodle Labrador Greyhound Dachshund Husky Boxer Whippet Tabby Siamese Persian Bengal"),
        "pet",
        _w("Dogs Cats Rabbits Birds Reptiles Fish Ferrets Horses"),
        _p("vaccinations|grooming|boarding|microchipping|diet|flea treatment|dental care|insurance|"
           "adoption fees|walking|training|neutering|check-ups|medication|pet passports"),
        _w("pets walks visits bowls kennels"), (1200, 28000),
        ("name", "date", "phone", "email", "quantity", "code"), _w("owner vet groomer"),
    ),
)

DOMAIN_KEYS: tuple[str, ...] = tuple(t.key for t in THEMES)
BY_KEY: dict[str, Theme] = {t.key: t for t in THEMES}


@dataclass(frozen=True)
class Noun:
    """An entity noun with its plural ("lab order", "lab orders")."""

    one: str
    many: str

    @property
    def One(self) -> str:
        return self.one[:1].upper() + self.one[1:]

    @property
    def Many(self) -> str:
        return self.many[:1].upper() + self.many[1:]


@dataclass
class Domain:
    """The synthesized domain of one sample: everything a family needs, drawn fresh."""

    key: str
    title: str  # app name ("Kestrel Health")
    brand: str
    entity: Noun  # the screen's main entity
    currency: object  # lexicon.Currency
    theme: Theme
