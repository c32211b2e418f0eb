"""Form fields with validation rules, rendered to JS and mirrored in Python.

Each rule has a JS condition (true when the value is invalid), a Python twin of the
same check, a message, and a way to make a value that breaks it while passing the
rules before it. The Python twin is what lets the generator know, without a
browser, which message the screen shows for a value.

Version 5 synthesizes every field per sample (:func:`make_field`): the label, the
limits, the pattern, the messages and the valid values are fresh, drawn from the
sample's lexicon, so that no label or message is a closed-vocabulary string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .core import camel
from .domains import Noun
from .lexicon import Lex, cap, low


def _number(value: str) -> float:
    """JS ``Number(value)``: blank is 0, text is NaN (and NaN compares false)."""
    if not value.strip():
        return 0.0
    try:
        return float(value)
    except ValueError:
        return float("nan")


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
            return _number(value) < self.arg
        if k == "max":
            return _number(value) > self.arg
        if k == "pattern":
            return re.fullmatch(self.py_re, value) is None
        raise ValueError(k)

    def message(self, rng, label: str, example: str = "") -> str:
        """One of many phrasings; the label (fresh per sample) keeps messages fresh too."""
        lo = low(label)
        the = "" if re.match(r"(?i)(your|the|a|an|my|our) ", lo) else "the "
        k = self.kind
        n = self.arg
        if k == "required":
            opts = [f"{label} is required", f"Please enter {the}{lo}", f"{label} cannot be empty", f"Enter {the}{lo} to continue",
                    f"{label} is missing", f"Add {the}{lo} before saving", f"{label} is a required field", f"Fill in {the}{lo}",
                    f"{label} can't be blank", f"We need {the}{lo}"]
        elif k == "minlen":
            opts = [f"{label} must be at least {n} characters", f"{label} is too short (minimum {n} characters)",
                    f"Use at least {n} characters for {the}{lo}", f"{label} needs {n} or more characters",
                    f"Enter at least {n} characters in {lo}"]
        elif k == "maxlen":
            opts = [f"{label} must be {n} characters or fewer", f"{label} is too long (maximum {n} characters)",
                    f"Keep {the}{lo} to {n} characters", f"{label} can have at most {n} characters"]
        elif k == "email":
            opts = [f"{label} must be a valid email address", f"Enter a valid {lo}", f"{label} doesn't look like an email address",
                    f"Check the format of {the}{lo}", f"{label}: use an address like {example}" if example else f"Enter a valid {lo}",
                    f"That {lo} is not valid"]
        elif k == "min":
            opts = [f"{label} must be at least {n}", f"{label} cannot be less than {n}", f"Minimum {lo} is {n}",
                    f"Enter {n} or more for {lo}", f"{label} is below the minimum of {n}"]
        elif k == "max":
            opts = [f"{label} must be {n} or less", f"{label} cannot be more than {n}", f"Maximum {lo} is {n}",
                    f"{label} is above the limit of {n}", f"Enter at most {n} for {lo}"]
        elif (" " in self.hint and not self.hint[:1].isdigit()) or "digits" in self.hint or "letters" in self.hint:
            # a description ("10 digits", "lowercase letters, digits or _"), not an example
            opts = [f"{label} must be {self.hint}", f"{label} should contain {self.hint} only", f"Enter {self.hint} for {the}{lo}",
                    f"{label} can only contain {self.hint}", f"The {lo} needs {self.hint}"]
        else:
            opts = [f"{label} must look like {self.hint}", f"Enter a valid {lo} (e.g. {self.hint})", f"{label} should match {self.hint}",
                    f"Use the format {self.hint} for {the}{lo}", f"That {lo} is not valid. Example: {self.hint}"]
        return rng.choice(opts)

    def breaking_value(self, rng, valid: str) -> str:
        k = self.kind
        if k == "required":
            return rng.choice(["", "", "   "])
        if k == "minlen":
            # a too-short piece of a valid value, from anywhere in it ("Sil", "ndra"), as people type
            v = valid.strip()
            i = rng.randrange(max(1, len(v) - self.arg + 2))
            piece = v[i:i + self.arg - 1].strip()
            return piece or v[: self.arg - 1]
        if k == "maxlen":
            return ((valid + " ") * 20)[: self.arg + 3]
        if k == "email":
            base = valid.split("@")[0]
            host = valid.split("@")[1] if "@" in valid else "mail.example"
            return rng.choice([base + "@", base + "." + host, base + "@" + host.split(".")[0], base + " @" + host])
        if k == "min":
            return str(self.arg - rng.choice([1, 1, 2, 5]))
        if k == "max":
            return str(self.arg + rng.choice([1, 1, 10, 100]))
        return rng.choice(self.bad)


@dataclass(frozen=True)
class Field:
    key: str  # the kind of field (name, email, code, ...)
    label: str
    name: str  # camelCase identifier and id
    type: str  # text | email | number | tel | date | password
    rules: tuple[Rule, ...]
    valid: tuple[str, ...]
    placeholder: str = ""


REQ = Rule("required")


def _ident(label: str, taken: set[str]) -> str:
    base = camel(label) or "field"
    if base[0].isdigit():
        base = "f" + base
    name, n = base, 2
    while name in taken:
        name = f"{base}{n}"
        n += 1
    taken.add(name)
    return name


def make_field(lex: Lex, kind: str, ent: Noun, taken: set[str], *, brand: str = "", optional: bool = False) -> Field:
    """A fresh field of ``kind`` for a form about ``ent`` (identifiers unique within ``taken``)."""
    return ensure_valid(_make_field(lex, kind, ent, taken, brand=brand, optional=optional))


def _make_field(lex: Lex, kind: str, ent: Noun, taken: set[str], *, brand: str = "", optional: bool = False) -> Field:
    r = lex.rng
    # two-part qualifiers ("Shipment supplier", "Supplier shipment") keep labels fresh across thousands of forms
    q1 = lex.qualifier()
    q = r.choice([q1, f"{ent.One} {low(q1)}", f"{q1} {ent.one}"])
    if kind == "name":
        label = r.choice([f"{q} contact name", f"{q} name", f"Name of the {low(q)}", f"{cap(lex.role())} {low(q)} name",
                          f"{q} full name"])
        people = [lex.person() for _ in range(3)]
        rules = (REQ, Rule("minlen", r.choice([2, 2, 3, 4])))
        return Field(kind, label, _ident(label, taken), "text", rules, tuple(people))
    if kind == "email":
        label = r.choice([f"{q} email", f"{q} email address", f"Email for {low(q1)} {ent.many}", f"{brand or lex.brand()} account email",
                          f"{q} contact email"])
        vals = tuple(lex.email() for _ in range(3))
        return Field(kind, label, _ident(label, taken), "email", (REQ, Rule("email")), vals,
                     r.choice(["", vals[0], "name@example.com"]))
    if kind == "phone":
        digits = r.choice([9, 10, 10, 11])
        label = r.choice([f"{q} phone", f"{q} phone number", f"Mobile for {low(q1)} {ent.one} updates", f"{q} mobile"])
        hint = f"{digits} digits"
        bad = (lex.phone(digits - r.randint(2, 4)), lex.phone(3) + "-" + lex.phone(3) + "-" + lex.phone(4), "phone " + lex.phone(4))
        rule = Rule("pattern", js_re=rf"^\d{{{digits}}}$", py_re=rf"\d{{{digits}}}", hint=hint, bad=bad)
        return Field(kind, label, _ident(label, taken), "tel", (REQ, rule), tuple(lex.phone(digits) for _ in range(3)),
                     r.choice(["", hint]))
    if kind == "postcode":
        style = r.choice(["5", "4", "4AA"])
        label = r.choice([f"{q} postcode", f"{q} ZIP code", f"Postcode of the {low(q)} address", f"{q} postal code"])
        if style == "5":
            js_re, py_re, hint = r"^\d{5}$", r"\d{5}", "5 digits"
            vals = tuple(f"{r.randint(10000, 99999)}" for _ in range(3))
            bad = (f"{r.randint(100, 999)}", f"{r.randint(100000, 999999)}", lex.abbrev(lex.brand()) + "12")
        elif style == "4":
            js_re, py_re, hint = r"^\d{4}$", r"\d{4}", "4 digits"
            vals = tuple(f"{r.randint(1000, 9999)}" for _ in range(3))
            bad = (f"{r.randint(10, 99)}", f"{r.randint(10000, 99999)}", lex.abbrev(lex.brand()) + "1")
        else:
            js_re, py_re, hint = r"^\d{4} ?[A-Z]{2}$", r"\d{4} ?[A-Z]{2}", "1234 AB"
            vals = tuple(f"{r.randint(1000, 9999)} {lex.abbrev(lex.brand())[:2]}" for _ in range(3))
            bad = (f"{r.randint(1000, 9999)} ab", f"{r.randint(100, 999)} AB", "AB " + str(r.randint(1000, 9999)))
        return Field(kind, label, _ident(label, taken), "text", (REQ, Rule("pattern", js_re=js_re, py_re=py_re, hint=hint, bad=bad)),
                     vals, r.choice(["", hint]))
    if kind == "code":
        pfx = lex.abbrev(r.choice([brand or lex.brand(), ent.one]))
        digits = r.randint(3, 6)
        label = r.choice([f"{ent.One} number", f"{ent.One} reference", f"{brand or lex.brand()} {ent.one} ID", f"{q} reference",
                          f"{q} {ent.one} code"])
        hint = f"{pfx}-" + "".join(str((i + 1) % 10) for i in range(digits))
        vals = tuple(lex.code(pfx, digits) for _ in range(3))
        bad = (vals[0].lower(), vals[0].replace("-", ""), vals[0][:-1], pfx + "-" + "x" * digits)
        rule = Rule("pattern", js_re=rf"^{pfx}-\d{{{digits}}}$", py_re=rf"{pfx}-\d{{{digits}}}", hint=hint, bad=bad)
        return Field(kind, label, _ident(label, taken), "text", (REQ, rule), vals, r.choice(["", hint]))
    if kind in ("quantity", "amount"):
        if kind == "quantity":
            unit = lex.unit()
            lo_, hi_ = r.choice([0, 1, 1, 2]), r.choice([4, 5, 6, 8, 9, 10, 12, 15, 20, 30, 40])
            label = r.choice([f"Number of {low(q1)} {unit}", f"{q} {unit}", f"{cap(unit)} per {low(q1)} {ent.one}"])
        else:
            lo_ = r.choice([1, 5, 10, 20, 25, 50, 100])
            hi_ = lo_ * r.choice([20, 40, 50, 100, 200])
            label = r.choice([f"{q} amount", f"{q} budget", f"{q} limit", f"Amount for the {low(q)}", f"{q} value"])
        vals = tuple(str(r.randint(lo_ + (1 if lo_ == 0 else 0), hi_)) for _ in range(3))
        return Field(kind, label, _ident(label, taken), "number", (REQ, Rule("min", lo_), Rule("max", hi_)), vals)
    if kind == "date":
        label = r.choice([f"{q} date", f"Preferred {low(q)} date", f"{q} start date", f"{cap(lex.topic())} date for the {ent.one}"])
        return Field(kind, label, _ident(label, taken), "date", (REQ,), tuple(lex.date() for _ in range(3)))
    if kind == "text":
        label = r.choice([f"{q} title", f"Notes for the {low(q)}", f"{q} note", f"Reason for the {low(q)}",
                          f"{ent.One} summary", f"{cap(lex.topic())} details"])
        vals = tuple(r.choice([f"Call {lex.first()} about {lex.topic()}", f"{lex.item()}", f"Check {lex.topic()} with {lex.first()}",
                               f"Send {lex.topic()} to {lex.person()}"]) for _ in range(3))
        lo_ = r.choice([3, 4, 5, 6, 8, 10])
        lo_ = min(lo_, min(len(v) for v in vals) - 1)
        rules = (REQ, Rule("minlen", lo_)) if r.random() < 0.6 else (REQ, Rule("minlen", lo_), Rule("maxlen", max(len(v) for v in vals) + r.randint(2, 30)))
        if optional:
            rules = (Rule("maxlen", max(len(v) for v in vals) + r.randint(2, 12)),)
        return Field(kind, label, _ident(label, taken), "text", rules, vals)
    if kind == "password":
        n = r.choice([8, 8, 9, 10, 12, 14])
        b = brand or lex.brand()
        label = r.choice([f"{b} password", f"Password for {b}", f"{q} portal password", f"{b} account password"])
        vals = tuple((f"{lex.brand()}-{r.randint(1000, 99999)}{r.choice('!?#*')}" * 2)[:max(n + r.randint(0, 4), 8)] for _ in range(3))
        return Field(kind, label, _ident(label, taken), "password", (REQ, Rule("minlen", n)), vals)
    if kind == "username":
        label = r.choice([f"{brand or lex.brand()} username", f"{q} username", f"{brand or lex.brand()} user ID"])
        vals = tuple(f"{lex.first()}_{lex.last()}".lower() for _ in range(3))
        bad = (lex.person(), vals[0].replace("_", "-"), vals[0].upper())
        rules = (REQ, Rule("minlen", 3), Rule("pattern", js_re=r"^[a-z0-9_]+$", py_re=r"[a-z0-9_]+",
                                             hint="lowercase letters, digits or _", bad=bad))
        return Field(kind, label, _ident(label, taken), "text", rules, vals)
    raise ValueError(kind)


def ensure_valid(f: Field) -> Field:
    """Keep only the valid values that pass every rule (a draw with none left is a family bug: redrawn)."""
    optional = REQ not in f.rules
    ok = tuple(v for v in f.valid if (optional and not v.strip()) or not any(r.fails(v) for r in f.rules))
    if f.valid and not ok:
        raise ValueError(f"no valid value for {f.label!r}")
    return Field(f.key, f.label, f.name, f.type, f.rules, ok, f.placeholder)


def messages(lex: Lex, f: Field, example: str = "") -> list[str]:
    return [rule.message(lex.rng, f.label, example or (f.valid[0] if f.type == "email" and f.valid else "")) for rule in f.rules]
