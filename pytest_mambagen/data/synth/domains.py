"""Business domains: the nouns, items, fields and texts that screens are made of.

Plain tuples only (ordered, hashable, deterministic). A family draws what it needs
from the domain of the sample it builds, so one family yields many different screens.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Domain:
    key: str
    title: str
    prefixes: tuple[str, ...]  # PascalCase words for screen names
    entity: tuple[str, str]  # singular, plural (lower case)
    items: tuple[tuple[str, int, str], ...]  # name, price in cents, category
    currency: str
    fields: tuple[str, ...]  # keys into FIELDS, in a sensible form order
    toggles: tuple[str, ...]
    tabs: tuple[tuple[str, str], ...]  # tab label, a sentence shown in its panel
    steps: tuple[str, str, str]  # wizard step titles
    statuses: tuple[str, ...]
    people: tuple[str, ...]
    codes: tuple[tuple[str, int], ...]  # promo/voucher code, percent off
    action: str  # verb for the main create action, e.g. "Add product"


PEOPLE_A = ("Ana Silva", "Ben Carter", "Chloe Martin", "David Okafor", "Elena Rossi", "Farah Khan",
            "George Lee", "Hana Sato", "Ivan Petrov", "Julia Novak", "Kofi Mensah", "Laura Brown")
PEOPLE_B = ("Maya Patel", "Noah Fischer", "Olivia Dubois", "Pedro Alves", "Quinn Taylor", "Rosa Garcia",
            "Sam Wilson", "Tara Nguyen", "Umar Haddad", "Vera Ivanova", "Will Turner", "Zoe Clarke")

DOMAINS: tuple[Domain, ...] = (
    Domain(
        "shop", "Shop", ("Product", "Store", "Shop", "Catalog"), ("product", "products"),
        (("Wool Scarf", 2400, "Accessories"), ("Leather Wallet", 3950, "Accessories"),
         ("Running Shoes", 8999, "Shoes"), ("Canvas Sneakers", 4500, "Shoes"),
         ("Denim Jacket", 7200, "Clothing"), ("Linen Shirt", 3100, "Clothing"),
         ("Ceramic Mug", 1250, "Home"), ("Desk Lamp", 2875, "Home"),
         ("Travel Backpack", 6400, "Bags"), ("Tote Bag", 1899, "Bags"), ("Sun Hat", 2200, "Accessories")),
        "$", ("product_name", "sku", "price", "stock", "email"),
        ("Order updates", "Newsletter", "Price drop alerts", "SMS notifications", "Save payment method"),
        (("Description", "Soft merino wool, hand wash only."), ("Reviews", "4.6 out of 5 from 128 reviews."),
         ("Shipping", "Free delivery on orders over $50."), ("Returns", "Return within 30 days for a full refund.")),
        ("Shipping address", "Payment", "Review order"),
        ("In stock", "Low stock", "Sold out"), PEOPLE_A, (("SAVE10", 10), ("WELCOME15", 15), ("SPRING20", 20)),
        "Add product",
    ),
    Domain(
        "hr", "HR", ("Employee", "Staff", "Team", "Leave"), ("employee", "employees"),
        (("Ana Silva", 5200000, "Engineering"), ("Ben Carter", 4800000, "Sales"),
         ("Chloe Martin", 6100000, "Engineering"), ("David Okafor", 4500000, "Support"),
         ("Elena Rossi", 5500000, "Marketing"), ("Farah Khan", 7000000, "Finance"),
         ("George Lee", 3900000, "Support"), ("Hana Sato", 6600000, "Design"),
         ("Ivan Petrov", 5000000, "Sales"), ("Julia Novak", 5800000, "Design")),
        "$", ("full_name", "employee_id", "work_email", "salary", "start_date"),
        ("Leave request alerts", "Weekly summary", "Birthday reminders", "Timesheet reminders", "Slack notifications"),
        (("Profile", "Hired in 2019, based in Lisbon."), ("Leave", "12 days of annual leave left."),
         ("Payroll", "Next payslip on the 28th."), ("Documents", "Contract and tax forms on file.")),
        ("Personal details", "Job details", "Confirm"),
        ("Active", "On leave", "Terminated"), PEOPLE_B, (("BONUS5", 5), ("RAISE10", 10)),
        "Add employee",
    ),
    Domain(
        "bank", "Bank", ("Account", "Transfer", "Payment", "Wallet"), ("transaction", "transactions"),
        (("Grocery Market", 5420, "Food"), ("City Power", 8900, "Utilities"), ("Metro Card", 3000, "Transport"),
         ("Coffee Corner", 450, "Food"), ("Water Board", 2750, "Utilities"), ("Cinema Plaza", 1800, "Leisure"),
         ("Book Nook", 2299, "Leisure"), ("Taxi Ride", 1575, "Transport"), ("Salary", 310000, "Income"),
         ("Gym Monthly", 3500, "Leisure")),
        "€", ("payee", "iban", "amount", "reference"),
        ("Low balance alerts", "Card payment alerts", "Monthly statements", "Login alerts", "Round-up savings"),
        (("Overview", "Current balance is updated every hour."), ("Cards", "1 debit card, 1 virtual card."),
         ("Statements", "Statements for the last 12 months."), ("Limits", "Daily transfer limit is €5,000.")),
        ("Recipient", "Amount", "Confirm transfer"),
        ("Completed", "Pending", "Failed"), PEOPLE_A, (("CASHBACK5", 5), ("FEE50", 50)),
        "Add payee",
    ),
    Domain(
        "clinic", "Clinic", ("Patient", "Appointment", "Clinic", "Doctor"), ("patient", "patients"),
        (("General Checkup", 6000, "Primary care"), ("Blood Test", 3500, "Lab"), ("X-Ray", 9000, "Imaging"),
         ("Vaccination", 2500, "Primary care"), ("Dental Cleaning", 7500, "Dental"), ("Eye Exam", 5500, "Optometry"),
         ("MRI Scan", 42000, "Imaging"), ("Allergy Test", 8000, "Lab"), ("Tooth Filling", 12000, "Dental"),
         ("Flu Shot", 2000, "Primary care")),
        "$", ("patient_name", "age", "phone", "email", "visit_date"),
        ("Appointment reminders", "Lab result alerts", "Email receipts", "SMS reminders", "Share records with GP"),
        (("Summary", "No known allergies."), ("Visits", "Last visit on 3 March."),
         ("Prescriptions", "2 active prescriptions."), ("Billing", "No outstanding balance.")),
        ("Patient details", "Choose a slot", "Confirm booking"),
        ("Scheduled", "Checked in", "Cancelled"), PEOPLE_B, (("CARE10", 10), ("SENIOR20", 20)),
        "Add patient",
    ),
    Domain(
        "school", "School", ("Student", "Course", "Class", "Grade"), ("course", "courses"),
        (("Algebra I", 12000, "Math"), ("World History", 9000, "Humanities"), ("Biology", 11000, "Science"),
         ("Creative Writing", 8000, "Humanities"), ("Chemistry", 11500, "Science"), ("Geometry", 10000, "Math"),
         ("Spanish", 9500, "Languages"), ("French", 9500, "Languages"), ("Physics", 12500, "Science"),
         ("Statistics", 10500, "Math")),
        "$", ("student_name", "student_id", "email", "grade_level", "enroll_date"),
        ("Grade alerts", "Attendance alerts", "Homework reminders", "Parent newsletter", "Exam timetable updates"),
        (("Overview", "Course runs from September to June."), ("Syllabus", "12 units with weekly quizzes."),
         ("Grades", "Current average is B+."), ("Attendance", "96% attendance this term.")),
        ("Student details", "Choose courses", "Review"),
        ("Enrolled", "Waitlisted", "Dropped"), PEOPLE_A, (("EARLY10", 10), ("SIBLING15", 15)),
        "Add course",
    ),
    Domain(
        "travel", "Travel", ("Trip", "Booking", "Flight", "Travel"), ("trip", "trips"),
        (("Lisbon Getaway", 45000, "City break"), ("Alps Ski Week", 129900, "Adventure"),
         ("Rome Weekend", 39900, "City break"), ("Safari Tour", 249000, "Adventure"),
         ("Bali Retreat", 159000, "Beach"), ("Greek Islands", 119000, "Beach"), ("Paris Express", 29900, "City break"),
         ("Iceland Trek", 189000, "Adventure"), ("Maldives Escape", 299000, "Beach"), ("Prague Stroll", 27500, "City break")),
        "€", ("traveller_name", "passport", "email", "travellers", "departure_date"),
        ("Price alerts", "Check-in reminders", "Gate change alerts", "Travel tips", "Share itinerary"),
        (("Itinerary", "Day 1: arrival and city walk."), ("Hotel", "4-star hotel near the old town."),
         ("Flights", "Direct flights, 2h 40m."), ("Extras", "Airport transfer included.")),
        ("Travellers", "Extras", "Payment"),
        ("Confirmed", "Awaiting payment", "Cancelled"), PEOPLE_B, (("TRAVEL10", 10), ("SUMMER25", 25)),
        "Add trip",
    ),
    Domain(
        "restaurant", "Restaurant", ("Menu", "Order", "Table", "Kitchen"), ("dish", "dishes"),
        (("Margherita Pizza", 1150, "Mains"), ("Caesar Salad", 890, "Starters"), ("Tomato Soup", 650, "Starters"),
         ("Beef Burger", 1390, "Mains"), ("Lemon Tart", 590, "Desserts"), ("Garlic Bread", 450, "Starters"),
         ("Grilled Salmon", 1890, "Mains"), ("Chocolate Cake", 620, "Desserts"), ("Iced Tea", 300, "Drinks"),
         ("Espresso", 250, "Drinks"), ("Mushroom Risotto", 1450, "Mains")),
        "$", ("guest_name", "party_size", "phone", "email", "booking_date"),
        ("Order ready alerts", "Table reminders", "Special offers", "Receipt by email", "Allergen warnings"),
        (("Starters", "Served until 10 pm."), ("Mains", "All mains come with a side."),
         ("Desserts", "Ask about today's specials."), ("Drinks", "Happy hour from 5 to 7 pm.")),
        ("Guests", "Time", "Confirm"),
        ("Preparing", "Ready", "Served"), PEOPLE_A, (("DINE10", 10), ("LUNCH15", 15)),
        "Add dish",
    ),
    Domain(
        "library", "Library", ("Book", "Loan", "Library", "Catalog"), ("book", "books"),
        (("The Silent Sea", 1599, "Fiction"), ("Atlas of Birds", 3200, "Science"), ("City of Glass", 1299, "Fiction"),
         ("Cooking Basics", 2450, "Cooking"), ("A Short History", 1899, "History"), ("Deep Space", 2799, "Science"),
         ("Winter Tales", 1150, "Fiction"), ("Roman Roads", 2150, "History"), ("Bread and Salt", 1999, "Cooking"),
         ("Ocean Life", 2999, "Science")),
        "£", ("title", "isbn", "author", "copies", "due_date"),
        ("Due date reminders", "Hold available alerts", "New arrivals", "Reading challenge", "Email receipts"),
        (("Details", "Published in 2021, 320 pages."), ("Availability", "3 copies on the shelf."),
         ("Reviews", "Rated 4.2 by readers."), ("Similar", "Readers also borrowed Winter Tales.")),
        ("Member details", "Choose books", "Confirm loan"),
        ("Available", "On loan", "Reserved"), PEOPLE_B, (("READ10", 10),),
        "Add book",
    ),
    Domain(
        "gym", "Gym", ("Workout", "Member", "Class", "Fitness"), ("class", "classes"),
        (("Morning Yoga", 1200, "Yoga"), ("Spin Blast", 1500, "Cycling"), ("Power Lifting", 1800, "Strength"),
         ("Evening Pilates", 1400, "Pilates"), ("HIIT Circuit", 1600, "Cardio"), ("Boxing Basics", 1700, "Cardio"),
         ("Core Strength", 1300, "Strength"), ("Hot Yoga", 1500, "Yoga"), ("Rowing Intervals", 1400, "Cardio"),
         ("Stretch and Relax", 1000, "Pilates")),
        "$", ("member_name", "member_id", "email", "weight", "start_date"),
        ("Class reminders", "Waitlist alerts", "Progress reports", "Trainer messages", "Promotions"),
        (("Schedule", "Classes run every day from 6 am."), ("Trainers", "8 certified trainers."),
         ("Membership", "Gold plan, renews in May."), ("Progress", "12 workouts this month.")),
        ("Member details", "Choose plan", "Payment"),
        ("Open", "Full", "Cancelled"), PEOPLE_A, (("FIT10", 10), ("NEWYEAR30", 30)),
        "Add class",
    ),
    Domain(
        "realestate", "Real estate", ("Property", "Listing", "Rental", "Home"), ("listing", "listings"),
        (("Sunny Loft", 185000, "Apartment"), ("Garden Cottage", 240000, "House"), ("City Studio", 99000, "Apartment"),
         ("Lake House", 420000, "House"), ("Corner Office", 310000, "Commercial"), ("Hilltop Villa", 560000, "House"),
         ("Riverside Flat", 205000, "Apartment"), ("Market Shop", 150000, "Commercial"), ("Brick Townhouse", 330000, "House"),
         ("Tiny Studio", 89000, "Apartment")),
        "$", ("contact_name", "email", "phone", "bedrooms", "viewing_date"),
        ("New listing alerts", "Price change alerts", "Viewing reminders", "Mortgage tips", "Saved search digest"),
        (("Overview", "2 bedrooms, 1 bathroom, 68 m²."), ("Photos", "14 photos of the property."),
         ("Location", "5 minutes from the metro."), ("Contact", "Call the agent on weekdays.")),
        ("Contact details", "Choose viewing", "Confirm"),
        ("For sale", "Under offer", "Sold"), PEOPLE_B, (("MOVE5", 5),),
        "Add listing",
    ),
    Domain(
        "events", "Events", ("Event", "Ticket", "Concert", "Venue"), ("ticket", "tickets"),
        (("Jazz Night", 3500, "Music"), ("Rock Festival", 8900, "Music"), ("Stand-up Comedy", 2500, "Comedy"),
         ("Opera Gala", 12000, "Theatre"), ("Tech Conference", 29900, "Conference"), ("Ballet Evening", 6500, "Theatre"),
         ("Poetry Slam", 1200, "Comedy"), ("Design Summit", 19900, "Conference"), ("Folk Concert", 3000, "Music"),
         ("Magic Show", 2800, "Comedy")),
        "$", ("attendee_name", "email", "tickets", "phone", "event_date"),
        ("Event reminders", "Presale alerts", "Venue updates", "Artist news", "Ticket transfer alerts"),
        (("Details", "Doors open at 7 pm."), ("Lineup", "Three acts, one encore."),
         ("Venue", "Riverside Hall, seating for 800."), ("FAQ", "No refunds after 48 hours.")),
        ("Tickets", "Attendee details", "Checkout"),
        ("On sale", "Few left", "Sold out"), PEOPLE_A, (("EARLYBIRD", 20), ("GROUP10", 10)),
        "Add event",
    ),
    Domain(
        "logistics", "Logistics", ("Shipment", "Parcel", "Delivery", "Warehouse"), ("shipment", "shipments"),
        (("Pallet of Tiles", 24000, "Freight"), ("Office Chairs", 8900, "Furniture"), ("Laptop Batch", 150000, "Electronics"),
         ("Paper Rolls", 3200, "Supplies"), ("Kitchen Units", 64000, "Furniture"), ("Monitors", 42000, "Electronics"),
         ("Printer Ink", 2600, "Supplies"), ("Steel Beams", 99000, "Freight"), ("Desk Phones", 12500, "Electronics"),
         ("Storage Boxes", 1800, "Supplies")),
        "$", ("recipient", "tracking_number", "weight_kg", "postcode", "ship_date"),
        ("Delivery updates", "Delay alerts", "Proof of delivery", "Weekly report", "Customs notices"),
        (("Tracking", "Last scan at Leeds hub."), ("Details", "3 parcels, 12 kg in total."),
         ("Customs", "No duties due."), ("History", "Created on 2 May.")),
        ("Sender", "Package", "Confirm shipment"),
        ("In transit", "Delivered", "Delayed"), PEOPLE_B, (("SHIP10", 10),),
        "Add shipment",
    ),
    Domain(
        "insurance", "Insurance", ("Policy", "Claim", "Quote", "Coverage"), ("policy", "policies"),
        (("Home Basic", 24000, "Home"), ("Home Plus", 36000, "Home"), ("Car Third Party", 41000, "Car"),
         ("Car Comprehensive", 69000, "Car"), ("Travel Annual", 9900, "Travel"), ("Travel Single Trip", 2900, "Travel"),
         ("Pet Cover", 15000, "Pet"), ("Life Term", 48000, "Life"), ("Gadget Cover", 7900, "Home"),
         ("Dental Plan", 18000, "Health")),
        "$", ("policy_holder", "policy_number", "email", "claim_amount", "incident_date"),
        ("Renewal reminders", "Claim status updates", "Paperless documents", "Payment reminders", "Safety tips"),
        (("Coverage", "Covers fire, theft and flood."), ("Claims", "No open claims."),
         ("Documents", "Policy schedule and terms."), ("Payments", "Paid monthly by card.")),
        ("Policy holder", "Incident", "Submit claim"),
        ("Open", "Approved", "Rejected"), PEOPLE_A, (("SAFE10", 10), ("MULTI15", 15)),
        "Add policy",
    ),
    Domain(
        "hotel", "Hotel", ("Room", "Reservation", "Guest", "Hotel"), ("room", "rooms"),
        (("Standard Double", 9900, "Standard"), ("Deluxe King", 15900, "Deluxe"), ("Family Suite", 24900, "Suite"),
         ("Single Room", 7500, "Standard"), ("Sea View Twin", 13900, "Deluxe"), ("Penthouse", 49900, "Suite"),
         ("Garden Room", 11900, "Standard"), ("Junior Suite", 19900, "Suite"), ("Budget Twin", 6900, "Standard"),
         ("Loft Room", 14900, "Deluxe")),
        "€", ("guest_name", "email", "guests", "phone", "check_in"),
        ("Booking confirmations", "Late checkout offers", "Spa offers", "Housekeeping alerts", "Loyalty points"),
        (("Room", "King bed, rain shower, 32 m²."), ("Amenities", "Free Wi-Fi and breakfast."),
         ("Policies", "Check-in from 3 pm."), ("Location", "10 minutes from the station.")),
        ("Dates", "Guests", "Confirm reservation"),
        ("Booked", "Checked in", "Checked out"), PEOPLE_B, (("STAY10", 10), ("WEEKEND15", 15)),
        "Add room",
    ),
    Domain(
        "pets", "Pet care", ("Pet", "Vet", "Grooming", "Adoption"), ("pet", "pets"),
        (("Bella", 4500, "Dog"), ("Milo", 3000, "Cat"), ("Luna", 5000, "Dog"), ("Oscar", 2500, "Rabbit"),
         ("Coco", 3500, "Cat"), ("Rocky", 6000, "Dog"), ("Kiwi", 1500, "Bird"), ("Nala", 4000, "Cat"),
         ("Pepper", 2000, "Rabbit"), ("Sunny", 1800, "Bird")),
        "$", ("owner_name", "pet_name", "email", "pet_age", "appointment_date"),
        ("Vaccination reminders", "Grooming reminders", "Adoption news", "Vet messages", "Food reorder alerts"),
        (("Profile", "3 years old, loves walks."), ("Health", "Vaccinations up to date."),
         ("Diet", "Dry food twice a day."), ("Visits", "Next checkup in June.")),
        ("Owner", "Pet", "Confirm"),
        ("Available", "Adopted", "In care"), PEOPLE_A, (("PAWS10", 10),),
        "Add pet",
    ),
)

DOMAIN_KEYS: tuple[str, ...] = tuple(d.key for d in DOMAINS)
BY_KEY = {d.key: d for d in DOMAINS}
