"""JSX -> a compact inventory of what a user can see and touch on a screen.

The inventory serves three consumers that must agree:

* the prompt (a short list of roles, names, labels, test ids and texts, which
  helps a small model copy selectors exactly),
* validation (grounding: every locator string in a generated test must be
  spelled somewhere on the screen), and
* grounded decoding (while a locator string is being written, only
  continuations that spell an inventory string are allowed).

The screen is parsed with tree-sitter: its JavaScript grammar (which includes
JSX) for ``.jsx``/``.js``, its TSX grammar for a typed ``.tsx`` screen (the grammar
follows the file name, :func:`.imports.grammar_for`); type annotations add
nothing a user can see and are skipped. Only static facts are taken: string literals, JSX text, attribute values, and the
static parts of template literals and of JSX children that mix text and
expressions (kept as templates). Nothing is executed.

Size (~970 lines): it reads one thing, a screen, and has grown with the shapes real screens take
(rows rendered from data, templates, concatenations, default props, typed screens); most of it is the
walker, which the three consumers above must share so that they agree.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from . import imports
from .errors import InputError

# Elements whose implicit ARIA role Playwright's get_by_role understands.
_TAG_ROLES = {
    "button": "button", "a": "link", "textarea": "textbox", "select": "combobox", "option": "option",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "ul": "list", "ol": "list", "li": "listitem", "table": "table", "tr": "row", "th": "columnheader",
    "td": "cell", "nav": "navigation", "main": "main", "dialog": "dialog", "img": "img",
    "progress": "progressbar", "form": "form", "fieldset": "group", "article": "article",
    "aside": "complementary", "header": "banner", "footer": "contentinfo", "section": "region",
    "output": "status", "meter": "meter", "summary": "button",
}
_INPUT_ROLES = {
    "checkbox": "checkbox", "radio": "radio", "number": "spinbutton", "range": "slider",
    "search": "searchbox", "submit": "button", "button": "button", "reset": "button",
    "text": "textbox", "email": "textbox", "password": "textbox", "tel": "textbox", "url": "textbox",
    "": "textbox",
}
#: Inline elements: their text flows into the parent's accessible name.
_INLINE = {"span", "strong", "em", "b", "i", "small", "code", "abbr", "mark", "kbd", "sup", "sub", "u", "s",
           "option", "button", "a", "label", "input", "select", "textarea", "img", "br", "time", "data"}
#: Attributes whose value a user reads (or a locator matches).
_VISIBLE_ATTRS = ("aria-label", "title", "alt", "placeholder", "label", "value", "aria-description")
#: Roles whose accessible name comes from their content.
_NAME_FROM_CONTENT = {
    "button", "link", "heading", "option", "tab", "cell", "columnheader", "rowheader", "menuitem",
    "listitem", "row", "switch", "checkbox", "radio", "treeitem", "tooltip", "status", "alert",
}
ARIA_ROLES = frozenset(
    """alert alertdialog application article banner blockquote button caption cell checkbox code
    columnheader combobox complementary contentinfo definition deletion dialog directory document
    emphasis feed figure form generic grid gridcell group heading img insertion link list listbox
    listitem log main marquee math meter menu menubar menuitem menuitemcheckbox menuitemradio
    navigation none note option paragraph presentation progressbar radio radiogroup region row
    rowgroup rowheader scrollbar search searchbox separator slider spinbutton status strong
    subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar
    tooltip tree treegrid treeitem""".split()
)

#: Locator kinds and the inventory strings each may use.
LOCATOR_KINDS = ("role", "label", "text", "test_id", "placeholder", "title", "alt_text")


@dataclass
class Element:
    """One element of the screen, as far as static analysis can tell."""

    tag: str
    role: str | None = None
    names: list[str] = field(default_factory=list)  # possible accessible names (static alternatives)
    label: str | None = None
    test_id: str | None = None
    placeholder: str | None = None
    title: str | None = None
    alt: str | None = None
    input_type: str | None = None
    classes: list[str] = field(default_factory=list)  # static className words
    dom_id: str | None = None
    repeated: bool = False  # rendered inside a .map(...) callback: one element per data row
    dynamic: bool = False  # its content is only expressions ({value}), so it has no static name
    props: dict[str, str] = field(default_factory=dict)  # string props of a component (<Row label="Total"/>)
    name_template: str | None = None  # aria-label={"Remove " + item.name}: "Remove {}"

    def describe(self) -> str:
        if self.tag[:1].isupper() and not self.role:
            # A child component: its string props are what its markup will show or carry.
            props = " ".join(f"{k}={_quote(v)}" for k, v in list(self.props.items())[:5])
            return f"<{self.tag}{' ' + props if props else ''}/>"
        bits = [self.role or self.tag]
        if self.names:
            bits.append(" | ".join(_quote(n) for n in self.names[:4]))
        if self.label and self.label not in self.names:
            bits.append(f"label={_quote(self.label)}")
        if self.placeholder:
            bits.append(f"placeholder={_quote(self.placeholder)}")
        if self.test_id:
            bits.append(f"testid={_quote(self.test_id)}")
        if self.title:
            bits.append(f"title={_quote(self.title)}")
        if self.alt:
            bits.append(f"alt={_quote(self.alt)}")
        if self.dom_id:
            bits.append(f"#{self.dom_id}")
        if self.classes and not (self.names or self.label or self.test_id):
            bits.append("." + ".".join(self.classes[:2]))
        if self.name_template and not self.names:
            bits.append(f"name={_quote(self.name_template)}")
        if self.repeated:
            bits.append("(one per row of data)")
        elif self.dynamic and not self.names:
            bits.append("(text from data)")
        return " ".join(bits)


@dataclass(eq=False)  # compared by identity: two reads of one screen are two inventories
class Inventory:
    """What a screen shows, in document order, plus every static string it holds.

    The locator strings by kind are worked out on first use and kept on the instance, so they
    live exactly as long as the inventory (a process-wide cache kept every inventory alive).
    """

    elements: list[Element] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # visible texts and string literals, deduplicated
    templates: list[str] = field(default_factory=list)  # texts with {expr} holes, e.g. "{n} items left"
    component: str | None = None  # name of the default export, when statically known
    imports: list[str] = field(default_factory=list)  # relative module specifiers ("./money.js")
    codes: list[str] = field(default_factory=list)  # ids, action types, component props: test-id material
    data_values: list[str] = field(default_factory=list)  # values of the data arrays rows are rendered from
    _kinds: dict[str, tuple[str, ...]] | None = field(default=None, init=False, repr=False)

    # -- locator strings by kind -------------------------------------------------
    def strings_for(self, kind: str) -> list[str]:
        """Strings a locator of ``kind`` may use (``role`` means the ``name=`` argument)."""
        return list(self._by_kind().get(kind, ()))

    def labels(self) -> list[str]:
        return list(_dedupe([el.label for el in self.elements if el.label]))

    def class_names(self) -> list[str]:
        """Static CSS class names of the screen's elements (``page.locator(".name")`` may use them)."""
        return list(_dedupe([c for el in self.elements for c in el.classes]))

    def dom_ids(self) -> list[str]:
        """Static ``id`` attributes of the screen's elements (``page.locator("#id")``)."""
        return list(_dedupe([el.dom_id for el in self.elements if el.dom_id]))

    def names_for_role(self, role: str) -> list[str]:
        """Accessible names of the elements that have ``role``."""
        return list(_dedupe([n for el in self.elements if el.role == role for n in el.names]))

    def _by_kind(self) -> dict[str, tuple[str, ...]]:
        if self._kinds is None:
            self._kinds = self._strings_by_kind()
        return self._kinds

    def _strings_by_kind(self) -> dict[str, tuple[str, ...]]:
        labels, names, test_ids, placeholders, titles, alts = [], [], [], [], [], []
        for el in self.elements:
            names.extend(el.names)
            if el.label:
                labels.append(el.label)
                names.append(el.label)
            if el.test_id:
                test_ids.append(el.test_id)
            if el.placeholder:
                placeholders.append(el.placeholder)
            if el.title:
                titles.append(el.title)
            if el.alt:
                alts.append(el.alt)
        texts = list(self.texts) + [_static_head(t) for t in self.templates if _static_head(t)]
        everything = _dedupe(labels + names + texts + placeholders + titles + alts)
        literals = [t for t in self.texts if len(t) <= 60]
        expanded = []
        for template in self.templates:
            if template.count("{") == 1 and len(expanded) < 4000:
                expanded += [template.replace("{}", lit) for lit in literals]
        # Accessible names and labels are often computed from data or come from a
        # child component the static walk cannot tie to one element: any string of
        # the screen may be a name, a label or a text.
        return {
            "label": _dedupe(labels + names + texts + list(expanded)),
            "role": _dedupe(names + texts + list(expanded)),
            "text": _dedupe(texts + names + list(expanded)),
            "test_id": _dedupe(test_ids),
            "test_id_wide": _dedupe(test_ids + list(expanded) + literals + list(self.codes)
                                    + [t.replace("{}", c) for t in self.templates if t.count("{}") == 1
                                       for c in self.codes][:4000]),
            "placeholder": _dedupe(placeholders),
            "title": _dedupe(titles),
            "alt_text": _dedupe(alts),
            "all": everything,
            "expanded": _dedupe(expanded),
        }

    # -- grounding -----------------------------------------------------------------
    def all_strings(self) -> tuple[str, ...]:
        """Every static string of the screen (texts, names, labels, attribute values)."""
        return self._by_kind()["all"]

    def expansions(self) -> tuple[str, ...]:
        """Single-hole templates filled with each of the screen's literals.

        ``aria-label={`Remove ${item.name}`}`` over a list of item names gives
        "Remove Wool socks", ...: the strings a test may use for rows built from data.
        """
        return self._by_kind()["expanded"]

    def open_roles(self) -> set[str]:
        """Roles of elements repeated over data whose name is only data (``{n}`` in a grid of buttons).

        Static analysis cannot list their names, so any name is grounded for them.
        """
        return {el.role for el in self.elements if el.role and el.repeated and el.dynamic and not el.names}

    def grounded(self, kind: str, value: str, *, exact: bool = False, role: str | None = None) -> bool:
        """Whether a locator of ``kind`` with ``value`` can match something on the screen.

        Grounding asks whether the string exists in the screen's source, mirroring
        Playwright's matching: test ids match exactly; other strings match
        case-insensitively as substrings unless ``exact=True``. A test id or text
        computed from data counts when it fits one of the screen's templates; a role
        name (``role`` given) counts for elements repeated over data with no static name.
        """
        if not value.strip():
            return False
        if kind == "role" and role is not None and role in self.open_roles():
            return True
        by_kind = self._by_kind()
        if kind == "test_id":
            return (value in by_kind["test_id"] or value in by_kind["all"] or value in by_kind["test_id_wide"]
                    or any(_template_regex(t, True).search(value) for t in self.templates))
        pool = by_kind["all"]
        norm = _norm(value)
        if exact:
            if any(_norm(s) == norm for s in pool):
                return True
        elif any(norm in _norm(s) for s in pool):
            return True
        return any(_template_regex(t, exact).search(value) for t in self.templates)

    def merge(self, other: Inventory) -> Inventory:
        """This screen plus a module it imports (a child component, a data file)."""
        return Inventory(
            elements=self.elements + other.elements,
            texts=list(_dedupe(self.texts + other.texts)),
            templates=list(dict.fromkeys(self.templates + other.templates)),
            component=self.component,
            imports=self.imports,
            codes=list(dict.fromkeys(self.codes + other.codes)),
            data_values=list(dict.fromkeys(self.data_values + other.data_values)),
        )

    def render(self, limit: int = 80) -> str:
        """The compact listing used in prompts: one element a line, then other texts."""
        lines = []
        seen: set[str] = set()
        for el in self.elements:
            if not (el.role or el.test_id or el.label or el.placeholder or el.dom_id
                    or (el.classes and el.dynamic) or (el.tag[:1].isupper() and el.props)):
                continue
            if el.role in ("generic", "list", "row", "listitem", "cell", "table", "form", "main",
                           "region", "group", "banner", "contentinfo", "navigation", "article") \
                    and not (el.test_id or el.names or el.repeated or el.dom_id):
                continue
            if el.role is None and not (el.test_id or el.label or el.placeholder or el.names) \
                    and not el.dynamic and not (el.tag[:1].isupper() and el.props):
                continue  # a plain container: its id or classes alone tell a test nothing
            line = "- " + el.describe()
            if line not in seen:
                seen.add(line)
                lines.append(line)
            if len(lines) >= limit:
                break
        named = {n for el in self.elements for n in el.names} | {el.label for el in self.elements if el.label}
        other = [t for t in self.texts if t not in named and len(t) > 1]
        if other:
            lines.append("- texts: " + " | ".join(_quote(t) for t in other[:40]))
        if self.templates:
            lines.append("- dynamic texts: " + " | ".join(_quote(t) for t in self.templates[:20]))
        return "\n".join(lines)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _dedupe(items: list[str]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for item in items:
        item = re.sub(r"\s+", " ", item).strip()
        if item:
            out.setdefault(item, None)
    return tuple(out)


def _static_head(template: str) -> str:
    parts = [p.strip() for p in re.split(r"\{[^}]*\}", template) if p.strip()]
    return max(parts, key=len) if parts else ""


@functools.lru_cache(maxsize=4096)
def _template_regex(template: str, exact: bool) -> re.Pattern[str]:
    pieces = re.split(r"\{[^}]*\}", template)
    body = ".+?".join(re.escape(re.sub(r"\s+", " ", p)) for p in pieces)
    body = body.replace(r"\ ", r"\s+")
    return re.compile(("^" + body + "$") if exact else body, re.IGNORECASE)


# ---------------------------------------------------------------------------------
# Parsing


def _parser():
    """The JavaScript (JSX) parser; kept for callers that parse plain JavaScript (``data.augment``)."""
    return imports.parser("javascript")


#: TypeScript nodes that only describe types: nothing in them is on the screen.
_TYPE_ONLY = frozenset({"type_alias_declaration", "interface_declaration", "type_annotation", "type_arguments",
                        "type_parameters", "literal_type", "ambient_declaration", "implements_clause"})
_GRAMMAR_NAMES = {"tsx": "TSX", "typescript": "TypeScript", "javascript": "JSX"}


def screen_inventory(source: str, path: str = "<jsx>", siblings=(), *, check: bool = True) -> Inventory:
    """The inventory of a screen plus the local modules it imports (child components, data)."""
    modules = imports.code_modules(siblings.items() if isinstance(siblings, dict) else siblings)
    if check:
        parse_check(source, path)
    try:
        arrays = data_arrays([(path, source), *modules])
    except Exception:  # data we cannot read only means rows stay unnamed
        arrays = {}
    inventory = extract(source, path, check=False, arrays=arrays)
    for name, text in modules:
        try:
            inventory = inventory.merge(extract(text, name, check=False, arrays=arrays))
        except Exception:  # a sibling we cannot read adds nothing
            continue
    inventory.data_values = list(_dedupe([v for rows in arrays.values() for row in rows for v in row.values()]))
    return inventory


def parse_check(source: str, path: str = "<jsx>") -> None:
    """Raise :class:`InputError` naming the line when ``source`` does not parse (as JSX, or TSX for ``.tsx``)."""
    grammar = imports.grammar_for(path)
    tree = imports.parse(source, path)
    if tree.root_node.has_error:
        node = _first_error(tree.root_node)
        line, col = (node.start_point[0] + 1, node.start_point[1] + 1) if node else (1, 1)
        snippet = source.splitlines()[line - 1].strip() if source.splitlines() else ""
        raise InputError(f"{_GRAMMAR_NAMES[grammar]} does not parse at line {line}, column {col}: {snippet[:80]!r}",
                         path=path,
                         hint="fix the syntax error, then run again")


def _first_error(node):
    if node.type == "ERROR" or node.is_missing:
        return node
    for child in node.children:
        if child.has_error or child.is_missing:
            found = _first_error(child)
            if found is not None:
                return found
    return None


def extract(source: str, path: str = "<jsx>", *, check: bool = True,
            arrays: dict[str, list[dict[str, str]]] | None = None) -> Inventory:
    """Build the :class:`Inventory` of a JSX source. Raises :class:`InputError` if it does not parse.

    ``arrays`` are the data arrays of the screen and its modules (:func:`data_arrays`), so that
    ``ITEMS.map((item) => <li>{item.name}</li>)`` yields the names of the rows.
    """
    if check:
        parse_check(source, path)
    data = source.encode("utf-8")
    root = imports.parse(data, path).root_node
    walker = _Walker(data, arrays if arrays is not None else data_arrays([(path, source)]), root=root)
    walker.visit(root)
    return walker.finish()


def data_arrays(sources) -> dict[str, list[dict[str, str]]]:
    """``const NAME = [{key: "literal", ...}, ...]`` in any of ``sources``: rows by array name.

    Each source is its text, or a ``(path, text)`` pair (the path picks the grammar: TSX for ``.tsx``).

    Also ``const [items, setItems] = useState(NAME)`` (and ``useReducer``'s initial
    argument when it is such an array), so a list rendered from state is known too.
    """
    out: dict[str, list[dict[str, str]]] = {}
    aliases: list[tuple[str, str]] = []
    for item in sources:
        path, source = item if isinstance(item, tuple) else (None, item)
        data = source.encode("utf-8")
        root = imports.parse(data, path).root_node
        stack = [root]
        while stack:
            node = stack.pop()
            if node.type == "variable_declarator":
                name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
                if name is not None and value is not None:
                    if name.type == "identifier" and value.type == "array":
                        rows = _array_rows(value, data)
                        if rows:
                            out[_node_text(name, data)] = rows
                    elif name.type == "array_pattern" and value.type == "call_expression":
                        first = next((c for c in name.children if c.type == "identifier"), None)
                        args = value.child_by_field_name("arguments")
                        arg = next((c for c in args.children if c.type == "identifier"), None) if args else None
                        if first is not None and arg is not None:
                            aliases.append((_node_text(first, data), _node_text(arg, data)))
            stack.extend(node.children)
    for alias, target in aliases:
        if target in out and alias not in out:
            out[alias] = out[target]
    return out


def _prop_defaults(root, data: bytes) -> dict[str, str]:
    """Destructured parameters with a string default (``function Screen({ title = "Orders" })``)."""
    out: dict[str, str] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "object_assignment_pattern" or (node.type == "assignment_pattern"
                                                         and node.parent is not None
                                                         and node.parent.type == "object_pattern"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None and right.type == "string":
                out.setdefault(_node_text(left, data), _unescape(_node_text(right, data)[1:-1]))
        stack.extend(node.children)
    return out


_CODE_KEYS = frozenset({"id", "key", "code", "sku", "slug", "value", "kind"})


def _code_role(node, data: bytes) -> str:
    """``"skip"`` for switch labels and ``type:`` values (reducer plumbing), ``"code"`` for ids, else ``""``."""
    parent = node.parent
    if parent is None:
        return ""
    if parent.type == "switch_case":
        return "skip"
    if parent.type == "pair" and parent.child_by_field_name("value") == node:
        key = parent.child_by_field_name("key")
        name = _node_text(key, data).strip("'\"") if key is not None else ""
        if name == "type":
            return "skip"
        if name in _CODE_KEYS:
            return "code"
    return ""


def _node_text(node, data: bytes) -> str:
    return data[node.start_byte:node.end_byte].decode("utf-8", "replace")


def _array_rows(array, data: bytes) -> list[dict[str, str]]:
    rows = []
    for item in array.children:
        if item.type == "object":
            row = {}
            for pair in item.children:
                if pair.type != "pair":
                    continue
                key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if key is None or value is None:
                    continue
                k = _node_text(key, data).strip("'\"")
                if value.type == "string":
                    row[k] = _unescape(_node_text(value, data)[1:-1])
                elif value.type == "number":
                    row[k] = _node_text(value, data)
            if row:
                rows.append(row)
        elif item.type in ("string", "number"):
            text = _node_text(item, data)
            rows.append({"": _unescape(text[1:-1]) if item.type == "string" else text})
    return rows[:200]


class _Walker:
    def __init__(self, data: bytes, arrays: dict[str, list[dict[str, str]]] | None = None, *, root=None):
        self.data = data
        self.arrays = arrays or {}
        self.row_params: dict[str, list[dict[str, str]]] = {}  # map callback parameter -> its rows
        root = root if root is not None else _parser().parse(data).root_node
        self.defaults = _prop_defaults(root, data)  # {title = "Orders"} -> "Orders"
        self.elements: list[Element] = []
        self.texts: dict[str, None] = {}
        self.templates: dict[str, None] = {}
        self.labels_for: dict[str, str] = {}  # htmlFor -> label text
        self.ids: dict[str, Element] = {}  # id attr -> element
        self.labelled_by: list[tuple[Element, str]] = []
        self.component: str | None = None
        self.imports: list[str] = []
        self.map_depth = 0  # > 0 inside a .map(...) callback
        self.codes: dict[str, None] = {}
        self.concat_attr: str | None = None  # the last concatenation seen (an attribute's value)

    def text(self, node) -> str:
        return self.data[node.start_byte:node.end_byte].decode("utf-8", "replace")

    # -- traversal -------------------------------------------------------------
    def visit(self, node, label_stack: list[Element] | None = None) -> None:
        label_stack = label_stack or []
        kind = node.type
        if kind in _TYPE_ONLY:
            return
        src = node.child_by_field_name("source") if kind in ("import_statement", "export_statement") else None
        if src is not None:  # an import, or a re-export (a barrel file): nothing on screen in it
            spec = self.string_value(src)
            if spec and spec.startswith("."):
                self.imports.append(spec)
            return
        if kind == "import_statement":
            return
        if kind == "export_statement":
            self.note_default_export(node)
        if kind in ("string", "template_string") and node.parent is not None \
                and node.parent.type not in ("jsx_attribute", "import_statement", "export_statement"):
            self.note_string(node)
        if kind == "binary_expression" and self._is_concat_root(node):
            self.note_concat(node)
        if kind in ("jsx_element", "jsx_self_closing_element"):
            self.note_element(node, label_stack)
            return
        if kind in ("arrow_function", "function_expression", "function") and self._is_map_callback(node):
            self.map_depth += 1
            params = self._row_binding(node)
            saved = dict(self.row_params)
            self.row_params.update(params)
            try:
                for child in node.children:
                    self.visit(child, label_stack)
            finally:
                self.map_depth -= 1
                self.row_params = saved
            return
        for child in node.children:
            self.visit(child, label_stack)

    def _is_concat_root(self, node) -> bool:
        op = node.child_by_field_name("operator")
        if op is None or self.text(op) != "+":
            return False
        parent = node.parent
        if parent is not None and parent.type == "binary_expression":
            pop = parent.child_by_field_name("operator")
            if pop is not None and self.text(pop) == "+":
                return False  # the outermost + of a chain records the whole
        return True

    def note_concat(self, node) -> None:
        """``"Raise priority of " + task.name`` or ``n + " items late"``: a template like a template literal."""
        parts: list[str] = []

        def flat(n) -> None:
            if n.type == "binary_expression" and self.text(n.child_by_field_name("operator")) == "+":
                flat(n.child_by_field_name("left"))
                flat(n.child_by_field_name("right"))
            elif n.type == "string":
                parts.append(self.string_value(n) or "")
            elif n.type == "parenthesized_expression" and len(n.children) == 3:
                flat(n.children[1])
            else:
                parts.append("{}")

        flat(node)
        if not any(p != "{}" for p in parts) or "{}" not in parts:
            return
        template = _collapse("".join(parts))
        if _looks_like_ui_text(template.replace("{}", "")):
            self.templates.setdefault(template, None)
            self.concat_attr = template

    def _is_map_callback(self, node) -> bool:
        """``items.map((item) => <li>...</li>)``: what it returns is repeated once per data row."""
        args = node.parent
        call = args.parent if args is not None else None
        if args is None or call is None or args.type != "arguments" or call.type != "call_expression":
            return False
        func = call.child_by_field_name("function")
        prop = func.child_by_field_name("property") if func is not None and func.type == "member_expression" \
            else None
        return prop is not None and self.text(prop) in ("map", "flatMap")

    def _row_binding(self, node) -> dict[str, list[dict[str, str]]]:
        """``BOATS.map((b) => ...)`` (or ``.filter(...).map``): ``{"b": rows of BOATS}`` when BOATS is known."""
        func = node.parent.parent.child_by_field_name("function")
        obj = func.child_by_field_name("object")
        while obj is not None and obj.type == "call_expression":  # items.filter(...).map(...)
            inner = obj.child_by_field_name("function")
            obj = inner.child_by_field_name("object") if inner is not None and inner.type == "member_expression" \
                else None
        if obj is None:
            return {}
        if obj.type == "array":  # [1, 2, 3].map(...)
            rows = _array_rows(obj, self.data)
        else:
            rows = self.arrays.get(self.text(obj).split(".")[-1])
        if not rows:
            return {}
        params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        if params is None:
            return {}
        first = params if params.type == "identifier" else next(
            (c for c in params.children if c.type in ("identifier", "object_pattern")), None)
        if first is None:
            return {}
        if first.type == "identifier":
            return {self.text(first): rows}
        # ({ name, price }) => ...: each destructured key stands for its column
        out = {}
        for c in first.children:
            if c.type == "shorthand_property_identifier_pattern":
                key = self.text(c)
                out["\0" + key] = [{"": r[key]} for r in rows if key in r]
        return out

    def row_values(self, expr) -> list[str]:
        """Values a ``{row.key}`` (or destructured ``{key}``) expression takes over the known rows."""
        if expr.type == "member_expression":
            obj, prop = expr.child_by_field_name("object"), expr.child_by_field_name("property")
            if obj is not None and prop is not None and obj.type == "identifier":
                rows = self.row_params.get(self.text(obj))
                if rows:
                    return list(_dedupe([r[self.text(prop)] for r in rows if self.text(prop) in r]))
        elif expr.type == "identifier":
            rows = self.row_params.get(self.text(expr)) or self.row_params.get("\0" + self.text(expr))
            if rows and all("" in r for r in rows):
                return list(_dedupe([r[""] for r in rows]))
            if self.text(expr) in self.defaults:
                return [self.defaults[self.text(expr)]]
        return []

    def note_default_export(self, node) -> None:
        text = self.text(node)
        if not text.startswith("export default"):
            return
        decl = node.child_by_field_name("declaration") or node.child_by_field_name("value")
        if decl is not None:
            name = decl.child_by_field_name("name")
            if name is not None:
                self.component = self.text(name)
            elif decl.type == "identifier":
                self.component = self.text(decl)
        if self.component is None:
            self.component = "default"

    def string_value(self, node) -> str | None:
        if node.type == "string":
            raw = self.text(node)[1:-1]
            return _unescape(raw)
        if node.type == "template_string":
            return None
        return None

    def note_string(self, node) -> None:
        if node.type == "string":
            value = self.string_value(node)
            if not value:
                return
            role = _code_role(node, self.data)
            if role == "code":
                self.codes.setdefault(value, None)  # ids and action types: for test ids, not for people
            elif role != "skip" and _looks_like_ui_text(value):
                self.texts.setdefault(_collapse(value), None)
        elif node.type == "template_string":
            parts = []
            for child in node.children:
                if child.type == "template_substitution":
                    parts.append("{}")
                    for sub in child.children:
                        self.visit(sub)
                elif child.type not in ("`",):
                    parts.append(self.text(child))
            template = _collapse("".join(parts))
            if "{}" in template:
                if _looks_like_ui_text(template.replace("{}", "")):
                    self.templates.setdefault(template, None)
            elif template and _looks_like_ui_text(template):
                self.texts.setdefault(template, None)

    # -- elements --------------------------------------------------------------
    def note_element(self, node, label_stack: list[Element]) -> str | None:
        """Record an element; return its inline content (``None`` for block elements)."""
        opening = node if node.type == "jsx_self_closing_element" else node.child_by_field_name("open_tag")
        name_node = opening.child_by_field_name("name") if opening is not None else None
        tag = self.text(name_node) if name_node is not None else ""
        attrs = self.attributes(opening) if opening is not None else {}
        el = Element(tag=tag)
        lowered = tag.lower() if tag[:1].islower() else ""
        input_type = (attrs.get("type") or "").lower()
        if lowered == "input":
            el.input_type = input_type
            el.role = _INPUT_ROLES.get(input_type, "textbox" if input_type in ("date", "time") else None)
        elif lowered:
            el.role = _TAG_ROLES.get(lowered)
            if lowered == "a" and "href" not in attrs:
                el.role = None
            if lowered == "select" and ("multiple" in attrs or "size" in attrs):
                el.role = "listbox"
        role_attr = attrs.get("role")
        if role_attr:
            el.role = role_attr.split()[0]
        el.test_id = attrs.get("data-testid") or attrs.get("data-test-id") or attrs.get("testId")
        el.repeated = self.map_depth > 0
        el.classes = [c for c in attrs.get("className", attrs.get("class", "")).split() if _CSS_NAME.fullmatch(c)]
        if lowered and attrs.get("id") and _CSS_NAME.fullmatch(attrs["id"]):
            el.dom_id = attrs["id"]
        if not lowered:
            el.props = {k: v for k, v in attrs.items() if v and not k.startswith("on") and k != "key" and ":" not in k}
            for value in el.props.values():  # a child component shows or carries them (data-testid={id})
                self.codes.setdefault(value, None)
        el.placeholder = attrs.get("placeholder")
        el.title = attrs.get("title")
        el.alt = attrs.get("alt")
        for key in ("aria-label", "label"):
            if attrs.get(key):
                el.names.append(attrs[key])
                if key == "aria-label":
                    el.label = attrs[key]
        if lowered == "input" and input_type in ("submit", "button", "reset") and attrs.get("value"):
            el.names.append(attrs["value"])
        if attrs.get("id"):
            self.ids[attrs["id"]] = el
        if attrs.get("aria-labelledby"):
            self.labelled_by.append((el, attrs["aria-labelledby"]))
        for key in _VISIBLE_ATTRS:
            value = attrs.get(key)
            if value and _looks_like_ui_text(value):
                self.texts.setdefault(_collapse(value), None)
        self.elements.append(el)

        # Children: collect content text (static) and templates, recurse into nested elements.
        is_label = lowered == "label"
        inner_stack = [*label_stack, el] if is_label else label_stack
        if lowered in ("input", "select", "textarea") and label_stack and not el.label:
            label_stack[-1].__dict__.setdefault("_wraps", []).append(el)
        content_parts: list[str] = []
        alternatives: list[str] = []
        has_block_child = False
        if node.type == "jsx_element":
            for child in node.children:
                if child.type == "jsx_text":
                    text = self.text(child)
                    if text.strip():
                        content_parts.append(text)
                        self.texts.setdefault(_collapse(text), None)
                elif child.type == "jsx_expression":
                    strings = [s for s in self.expression_strings(child) if s]
                    inner = [c for c in child.children if c.type not in ("{", "}")]
                    rows = self.row_values(inner[0]) if len(inner) == 1 else []
                    if rows:
                        alternatives.extend(rows)
                        content_parts.append(_Choice(rows) if len(rows) > 1 else rows[0])
                        for value in rows:
                            if _looks_like_ui_text(value):
                                self.texts.setdefault(_collapse(value), None)
                        continue
                    if strings and self.is_pure_string_expression(child):
                        alternatives.extend(strings)
                        content_parts.append(strings[0] if len(strings) == 1 else _Choice(strings))
                    else:
                        content_parts.append("{}")
                    for sub in child.children:
                        self.visit(sub, inner_stack)
                elif child.type in ("jsx_element", "jsx_self_closing_element"):
                    nested = self.note_element(child, inner_stack)
                    child_tag = self.elements[-1].tag if self.elements else ""
                    if nested is None:
                        has_block_child = True
                    else:
                        content_parts.append(nested)
                        del child_tag
        if lowered in ("input", "select", "textarea"):
            return ""
        variants = _variants(content_parts)
        for variant in variants[1:]:
            text = _collapse(variant)
            if "{}" in text and _looks_like_ui_text(text.replace("{}", "")):
                self.templates.setdefault(text, None)
            elif "{}" not in text and text:
                self.texts.setdefault(text, None)
        content = _collapse(variants[0])
        static = content.replace("{}", "").strip()
        el.dynamic = "{}" in content and not static
        if attrs.get("aria-label:template"):
            el.name_template = attrs["aria-label:template"]
        static_name: str | None = None
        if not has_block_child and static:
            if "{}" in content:
                if _looks_like_ui_text(static):
                    self.templates.setdefault(content, None)
            else:
                static_name = content
        if (el.role in _NAME_FROM_CONTENT or is_label or lowered in _INLINE or lowered in ("p", "div", "label")) \
                and not el.name_template:  # aria-label={"Remove " + x}: the label names it, not the content
            if static_name and static_name not in el.names and not el.label:
                el.names.append(static_name)
            for alt in alternatives:
                if alt not in el.names:
                    el.names.append(alt)
        if is_label:
            label_text = static_name or (alternatives[0] if alternatives else None)
            if label_text:
                if attrs.get("htmlFor"):
                    self.labels_for[attrs["htmlFor"]] = label_text
                for wrapped in el.__dict__.pop("_wraps", []):
                    wrapped.label = wrapped.label or label_text
                    if wrapped.repeated and len(alternatives) > 1:
                        wrapped.names.extend(a for a in alternatives if a not in wrapped.names)
            el.role = None
        if has_block_child or (lowered and lowered not in _INLINE):
            return None
        return content if static or "{}" in content else ""

    def attributes(self, opening) -> dict[str, str]:
        attrs: dict[str, str] = {}
        for child in opening.children:
            if child.type != "jsx_attribute":
                continue
            parts = child.children
            if not parts:
                continue
            key = self.text(parts[0])
            value_node = parts[-1] if len(parts) >= 3 else None
            if value_node is None:
                attrs[key] = ""
                continue
            if value_node.type == "string":
                attrs[key] = _unescape(self.text(value_node)[1:-1])
            elif value_node.type == "jsx_expression":
                strings = self.expression_strings(value_node)
                if len(strings) == 1 and self.is_pure_string_expression(value_node):
                    attrs[key] = strings[0]
                elif key in ("className", "class") and strings:
                    attrs[key] = " ".join(strings)  # every class the expression can set
                inner = [c for c in value_node.children if c.type not in ("{", "}")]
                if len(inner) == 1 and inner[0].type == "binary_expression" and self._is_concat_root(inner[0]):
                    self.concat_attr = None
                    self.note_concat(inner[0])
                    if self.concat_attr and key in ("aria-label", "title", "placeholder", "alt"):
                        attrs[key + ":template"] = self.concat_attr
                if key in _VISIBLE_ATTRS or key.startswith("on"):
                    for s in strings:
                        if _looks_like_ui_text(s):
                            self.texts.setdefault(_collapse(s), None)
                for sub in value_node.children:
                    if sub.type == "template_string":
                        self.note_string(sub)
        return attrs

    def expression_strings(self, node) -> list[str]:
        found: list[str] = []

        def walk(n):
            if n.type == "string":
                value = self.string_value(n)
                if value is not None:
                    found.append(value)
                return
            if n.type in ("jsx_element", "jsx_self_closing_element", "arrow_function", "function"):
                return
            for c in n.children:
                walk(c)

        walk(node)
        return found

    def is_pure_string_expression(self, node) -> bool:
        """``{"Save"}`` or ``{busy ? "Saving" : "Save"}``: the content is one of the strings."""
        inner = [c for c in node.children if c.type not in ("{", "}")]
        if len(inner) != 1:
            return False
        expr = inner[0]
        if expr.type == "string":
            return True
        if expr.type == "ternary_expression":
            cons = expr.child_by_field_name("consequence")
            alt = expr.child_by_field_name("alternative")
            return cons is not None and alt is not None and cons.type == "string" and alt.type == "string"
        return False

    def finish(self) -> Inventory:
        for html_for, text in self.labels_for.items():
            target = self.ids.get(html_for)
            if target is not None and not target.label:
                target.label = text
        for el, ids in self.labelled_by:
            names = [n for i in ids.split() if (t := self.ids.get(i)) is not None for n in t.names[:1]]
            if names:
                el.label = el.label or " ".join(names)
                if el.label not in el.names:
                    el.names.insert(0, el.label)
        for el in self.elements:
            if el.label and el.role in ("textbox", "combobox", "checkbox", "radio", "spinbutton", "searchbox",
                                        "slider", "switch", "listbox") and el.label not in el.names:
                el.names.insert(0, el.label)
            if el.role in ("textbox", "searchbox") and not el.names and el.placeholder:
                el.names.append(el.placeholder)
        return Inventory(
            elements=self.elements,
            texts=list(self.texts),
            templates=list(self.templates),
            component=self.component,
            imports=self.imports,
            codes=[c for c in self.codes if c not in self.texts],
        )


class _Choice(list):
    """A ``{cond ? "a" : "b"}`` inside element content: one of several strings."""


def _variants(parts: list) -> list[str]:
    """The content with each choice expanded (first the hole form, then the alternatives)."""
    base = "".join(p if isinstance(p, str) else "{}" for p in parts)
    choices = [p for p in parts if isinstance(p, _Choice)]
    if not choices:
        return [base]
    out = [base]
    combos = [""]
    for part in parts:
        options = list(part) if isinstance(part, _Choice) else [part]
        combos = [c + o for c in combos for o in options][:8]
    return out + combos


_ESCAPES = {"n": "\n", "t": "\t", "'": "'", '"': '"', "\\": "\\"}


def _unescape(raw: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), raw)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_CSS_NAME = re.compile(r"-?[A-Za-z_][A-Za-z0-9_-]*")
_CODEISH = re.compile(r"^[a-z]+([A-Z][a-z0-9]*)+$|^[a-z0-9]+([-_][a-z0-9]+)+$|^[#.@/]|^\w+\(|=>|^(true|false|null)$")


def _looks_like_ui_text(value: str) -> bool:
    """Heuristic: keep strings a user might read; drop class names, keys and code."""
    value = value.strip()
    if not value or len(value) > 200:
        return False
    if not re.search(r"[A-Za-z0-9$€£%]", value):
        return False
    if _CODEISH.search(value) and " " not in value:
        return False
    return True
