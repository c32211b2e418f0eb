"""Form fields with validation rules, rendered to JS and mirrored in Python.

Each rule has a JS condition (true when the value is invalid), a Python twin of the
same check, a message, and a way to make a value that breaks it while passing the
rules before it. The Python twin is what lets the generator know, without a
browser, which message the screen shows for a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    kind: str  # required | minlen | maxlen | email | min | max | pattern
    arg: object = None
    js_re: str = ""
    py_re: str = ""
    hint: str = ""
    bad: tuple[str, ...] = ()

    def js_cond(self, v: str) -> str:
        k = self.kind
        if k == "required":
            return f"!{v}.trim()"
        if k == "minlen":
            return f"{v}.trim().length < {self.arg}"
        if k == "maxlen":
            return f"{v}.trim().length > {self.arg}"
        if k == "email":
            return f"!/^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test({v})"
        if k == "min":
            return f"Number({v}) < {self.arg}"
        if k == "max":
            return f"Number({v}) > {self.arg}"
        if k == "pattern":
            return f"!/{self.js_re}/.test({v})"
        raise ValueError(k)

    def fails(self, value: str) -> bool:
        k = self.kind
        if k == "required":
            return value.strip() == ""
        if k == "minlen":
            return len(value.strip()) < self.arg
        if k == "maxlen":
            return len(value.strip()) > self.arg
        if k == "email":
            return re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value) is None
        if k == "min":
            return float(value) < self.arg
        if k == "max":
            return float(value) > self.arg
        if k == "pattern":
            return re.fullmatch(self.py_re, value) is None
        raise ValueError(k)

    def message(self, rng, label: str) -> str:
        low = label[0].lower() + label[1:]
        k = self.kind
        if k == "required":
            opts = [f"{label} is required", f"Please enter {low}", f"{label} cannot be empty", f"Enter {low}",
                    f"{label} is required."]
        elif k == "minlen":
            opts = [f"{label} must be at least {self.arg} characters", f"{label} is too short",
                    f"Use at least {self.arg} characters for {low}"]
        elif k == "maxlen":
            opts = [f"{label} must be {self.arg} characters or fewer", f"{label} is too long"]
        elif k == "email":
            opts = ["Enter a valid email address", "Email address is not valid", "Please enter a valid email",
                    "That email doesn't look right"]
        elif k == "min":
            opts = [f"{label} must be at least {self.arg}", f"{label} cannot be less than {self.arg}",
                    f"Minimum {low} is {self.arg}"]
        elif k == "max":
            opts = [f"{label} must be {self.arg} or less", f"{label} cannot be more than {self.arg}",
                    f"Maximum {low} is {self.arg}"]
        else:
            opts = [f"{label} must look like {self.hint}", f"Enter a valid {low}", f"Invalid {low} (e.g. {self.hint})"]
        return rng.choice(opts)

    def breaking_value(self, rng, valid: str) -> str:
        k = self.kind
        if k == "required":
            return rng.choice(["", "", "   "])
        if k == "minlen":
            return valid.strip()[: self.arg - 1]
        if k == "maxlen":
            return ((valid + " ") * 20)[: self.arg + 3]
        if k == "email":
            base = valid.split("@")[0]
            return rng.choice([base + "@", base + ".example.com", base + "@mail", base + " @mail.com"])
        if k == "min":
            return str(self.arg - rng.choice([1, 1, 2, 5]))
        if k == "max":
            return str(self.arg + rng.choice([1, 1, 10, 100]))
        return rng.choice(self.bad)


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    name: str  # camelCase identifier and id
    type: str  # text | email | number | tel | date | password
    rules: tuple[Rule, ...]
    valid: tuple[str, ...]
    placeholder: str = ""


R = Rule
REQ = R("required")
EMAIL = R("email")


def _f(key, label, type_, rules, valid, placeholder=""):
    parts = key.split("_")
    name = parts[0] + "".join(p.title() for p in parts[1:])
    return Field(key, label, name, type_, tuple(rules), tuple(valid), placeholder)


_NAMES = ("Ana Silva", "Ben Carter", "Maya Patel", "Noah Fischer", "Rosa Garcia", "Kofi Mensah")
_EMAILS = ("ana@example.com", "ben.carter@mail.com", "maya@work.io", "noah.f@example.org", "rosa@shop.net")
_DATES = ("2025-03-14", "2025-06-01", "2025-09-22", "2025-11-05", "2026-01-19")

FIELDS: dict[str, Field] = {f.key: f for f in (
    _f("product_name", "Product name", "text", [REQ, R("minlen", 3)], ["Wool Scarf", "Desk Lamp", "Tote Bag"], "e.g. Wool Scarf"),
    _f("sku", "SKU", "text", [REQ, R("pattern", js_re=r"^[A-Z]{3}-\d{3}$", py_re=r"[A-Z]{3}-\d{3}", hint="ABC-123",
                                     bad=("abc-123", "AB-1234", "ABC123"))], ["WSC-104", "LMP-220", "BAG-031"], "ABC-123"),
    _f("price", "Price", "number", [REQ, R("min", 1), R("max", 5000)], ["24", "199", "75"]),
    _f("stock", "Stock", "number", [REQ, R("min", 0), R("max", 999)], ["12", "0", "250"]),
    _f("email", "Email", "email", [REQ, EMAIL], _EMAILS, "name@example.com"),
    _f("full_name", "Full name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("employee_id", "Employee ID", "text", [REQ, R("pattern", js_re=r"^E-\d{4}$", py_re=r"E-\d{4}", hint="E-1234",
                                                     bad=("1234", "E1234", "E-12"))], ["E-1042", "E-2210", "E-0007"], "E-1234"),
    _f("work_email", "Work email", "email", [REQ, EMAIL], _EMAILS, "you@company.com"),
    _f("salary", "Annual salary", "number", [REQ, R("min", 15000), R("max", 500000)], ["52000", "48000", "61000"]),
    _f("start_date", "Start date", "date", [REQ], _DATES),
    _f("payee", "Payee name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("iban", "IBAN", "text", [REQ, R("pattern", js_re=r"^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$", py_re=r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}",
                                        hint="DE89370400440532013000", bad=("12345", "de89370400440532013000", "DE89"))],
       ["DE89370400440532013000", "PT50000201231234567890154", "FR1420041010050500013"], "DE89 3704 ..."),
    _f("amount", "Amount", "number", [REQ, R("min", 1), R("max", 10000)], ["250", "40", "1200"]),
    _f("reference", "Reference", "text", [R("maxlen", 18)], ["Rent March", "Invoice 2231", "Gift"]),
    _f("patient_name", "Patient name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("age", "Age", "number", [REQ, R("min", 0), R("max", 120)], ["34", "7", "81"]),
    _f("phone", "Phone number", "tel", [REQ, R("pattern", js_re=r"^\d{10}$", py_re=r"\d{10}", hint="10 digits",
                                                bad=("12345", "555-123-4567", "phone"))], ["5551234567", "2025550143", "4155550199"], "10 digits"),
    _f("visit_date", "Visit date", "date", [REQ], _DATES),
    _f("student_name", "Student name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("student_id", "Student ID", "text", [REQ, R("pattern", js_re=r"^S\d{6}$", py_re=r"S\d{6}", hint="S123456",
                                                   bad=("123456", "S12", "s123456"))], ["S204518", "S993120", "S100200"], "S123456"),
    _f("grade_level", "Grade level", "number", [REQ, R("min", 1), R("max", 12)], ["9", "11", "3"]),
    _f("enroll_date", "Enrollment date", "date", [REQ], _DATES),
    _f("traveller_name", "Traveller name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("passport", "Passport number", "text", [REQ, R("pattern", js_re=r"^[A-Z0-9]{9}$", py_re=r"[A-Z0-9]{9}", hint="9 letters or digits",
                                                      bad=("12345", "ab1234567", "X12345678901"))], ["X12345678", "PA9920311", "L00022141"]),
    _f("travellers", "Travellers", "number", [REQ, R("min", 1), R("max", 9)], ["2", "4", "1"]),
    _f("departure_date", "Departure date", "date", [REQ], _DATES),
    _f("guest_name", "Guest name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("party_size", "Party size", "number", [REQ, R("min", 1), R("max", 12)], ["2", "6", "4"]),
    _f("booking_date", "Booking date", "date", [REQ], _DATES),
    _f("title", "Title", "text", [REQ, R("minlen", 2), R("maxlen", 60)], ["The Silent Sea", "Deep Space", "Roman Roads"]),
    _f("isbn", "ISBN", "text", [REQ, R("pattern", js_re=r"^\d{13}$", py_re=r"\d{13}", hint="13 digits",
                                        bad=("12345", "978-0-14-044", "ISBN978014044"))], ["9780140449136", "9781250301697"]),
    _f("author", "Author", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("copies", "Copies", "number", [REQ, R("min", 1), R("max", 20)], ["3", "1", "10"]),
    _f("due_date", "Due date", "date", [REQ], _DATES),
    _f("member_name", "Member name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("member_id", "Member ID", "text", [REQ, R("pattern", js_re=r"^M\d{5}$", py_re=r"M\d{5}", hint="M12345",
                                                 bad=("12345", "M12", "m12345"))], ["M20451", "M99310"], "M12345"),
    _f("weight", "Weight (kg)", "number", [REQ, R("min", 30), R("max", 250)], ["72", "64", "90"]),
    _f("contact_name", "Your name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("bedrooms", "Bedrooms", "number", [REQ, R("min", 1), R("max", 8)], ["2", "3", "1"]),
    _f("viewing_date", "Viewing date", "date", [REQ], _DATES),
    _f("attendee_name", "Attendee name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("tickets", "Number of tickets", "number", [REQ, R("min", 1), R("max", 8)], ["2", "4", "1"]),
    _f("event_date", "Event date", "date", [REQ], _DATES),
    _f("recipient", "Recipient", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("tracking_number", "Tracking number", "text", [REQ, R("pattern", js_re=r"^TRK\d{8}$", py_re=r"TRK\d{8}", hint="TRK12345678",
                                                             bad=("12345678", "TRK123", "trk12345678"))], ["TRK20250114", "TRK99887766"], "TRK12345678"),
    _f("weight_kg", "Weight in kg", "number", [REQ, R("min", 1), R("max", 70)], ["12", "3", "40"]),
    _f("postcode", "Postcode", "text", [REQ, R("pattern", js_re=r"^\d{5}$", py_re=r"\d{5}", hint="5 digits",
                                                 bad=("123", "ABCDE", "123456"))], ["10115", "75001", "28013"], "5 digits"),
    _f("ship_date", "Ship date", "date", [REQ], _DATES),
    _f("policy_holder", "Policy holder", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("policy_number", "Policy number", "text", [REQ, R("pattern", js_re=r"^POL-\d{6}$", py_re=r"POL-\d{6}", hint="POL-123456",
                                                         bad=("123456", "POL123456", "pol-123456"))], ["POL-204411", "POL-100293"], "POL-123456"),
    _f("claim_amount", "Claim amount", "number", [REQ, R("min", 50), R("max", 20000)], ["1200", "480", "75"]),
    _f("incident_date", "Incident date", "date", [REQ], _DATES),
    _f("guests", "Guests", "number", [REQ, R("min", 1), R("max", 6)], ["2", "3", "1"]),
    _f("check_in", "Check-in date", "date", [REQ], _DATES),
    _f("owner_name", "Owner name", "text", [REQ, R("minlen", 2)], _NAMES),
    _f("pet_name", "Pet name", "text", [REQ], ["Bella", "Milo", "Luna", "Oscar"]),
    _f("pet_age", "Pet age", "number", [REQ, R("min", 0), R("max", 30)], ["3", "11", "1"]),
    _f("appointment_date", "Appointment date", "date", [REQ], _DATES),
    _f("password", "Password", "password", [REQ, R("minlen", 8)], ["s3cure-pass", "Tr1cky!word", "longenough1"]),
    _f("username", "Username", "text", [REQ, R("minlen", 3), R("pattern", js_re=r"^[a-z0-9_]+$", py_re=r"[a-z0-9_]+",
                                                                   hint="lowercase letters, digits or _", bad=("Ana Silva", "ana-silva", "ANA"))],
       ["ana_silva", "bcarter", "maya42"]),
)}
