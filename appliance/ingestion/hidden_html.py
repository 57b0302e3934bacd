"""Text a reader of an HTML page cannot see is not knowledge: it is dropped before conversion, for uploaded files and
fetched pages alike (both go through the conversion worker, which calls :func:`strip_hidden_html`).

An element is hidden when its own inline style, a rule of the page's ``<style>`` sheets (any selector soupsieve
evaluates: descendants, children, attributes, ``:not``...; rules with pseudo-classes a static page cannot be in,
such as ``:hover`` or ``::before``, are skipped) or its attributes say so:

* ``hidden``, ``aria-hidden="true"``, ``display:none``, ``visibility:hidden|collapse``, ``opacity`` ≤ 0.05,
* a font size under 2 px (``0``, ``1px``, ``0.1em`` ...), ``color: transparent`` or an alpha ≤ 0.05,
* pushed off screen (``left``/``top``/``text-indent``/``margin-left`` at -1000px or beyond), clipped to nothing
  (``clip: rect(0 0 0 0)``, ``clip-path: inset(50%)``), or zero width/height with ``overflow:hidden``,
* text coloured like its background (white on white, or any colour within a small distance of the background the
  element inherits from its ancestors: ``background``/``background-color`` styles and ``bgcolor`` attributes; the page
  background defaults to white); ``<font color>`` counts as a colour.

Pure of docling: parsing with BeautifulSoup + lxml, no network, no script execution.
"""

from __future__ import annotations

import re
from typing import Any

_HIDDEN_TAGS = ("script", "style", "template", "noscript")
_DECLARATION = re.compile(r"([a-zA-Z-]+)\s*:\s*([^;]+)")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_DYNAMIC_SELECTOR = re.compile(r"::|:(?:hover|focus|active|visited|target|checked|focus-within|focus-visible)\b")
_LENGTH = re.compile(r"^(-?\d*\.?\d+)\s*(px|pt|em|rem|%|vw|vh)?$")
_NAMED = {
    "white": (255, 255, 255), "black": (0, 0, 0), "red": (255, 0, 0), "green": (0, 128, 0), "blue": (0, 0, 255),
    "yellow": (255, 255, 0), "gray": (128, 128, 128), "grey": (128, 128, 128), "silver": (192, 192, 192),
    "snow": (255, 250, 250), "ivory": (255, 255, 240), "whitesmoke": (245, 245, 245), "ghostwhite": (248, 248, 255),
    "floralwhite": (255, 250, 240), "azure": (240, 255, 255), "mintcream": (245, 255, 250), "navy": (0, 0, 128),
}  # fmt: skip
COLOUR_DISTANCE = 24  # summed |ΔR|+|ΔG|+|ΔB| below which text is unreadable on its background
MAX_RULES = 200  # style rules matched against one page at most: ~10 s on a hostile 3,000-element page, in the
# conversion worker (time-limited); rules beyond it are not evaluated (a known gap, DESIGN-NOTES "Hardening")
WHITE = (255, 255, 255)


def _declarations(style: str) -> dict[str, str]:
    return {name.lower(): value.strip().lower().replace("!important", "").strip()
            for name, value in _DECLARATION.findall(style or "")}  # fmt: skip


def _pixels(value: str) -> float | None:
    """A CSS length in px (em/rem as 16 px, % of 16 px); None when not a plain length."""
    match = _LENGTH.match(value.strip())
    if not match:
        return None
    number, unit = float(match.group(1)), match.group(2) or "px"
    return number * {"px": 1, "pt": 4 / 3, "em": 16, "rem": 16, "%": 0.16, "vw": 12, "vh": 8}[unit]


def parse_colour(value: str) -> tuple[int, int, int] | None | str:
    """(r, g, b), "transparent" or None (unknown)."""
    value = value.strip().lower()
    if value == "transparent":
        return "transparent"
    if value in _NAMED:
        return _NAMED[value]
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        return tuple(int(c * 2, 16) for c in value[1:])  # type: ignore[return-value]
    if re.fullmatch(r"#[0-9a-f]{6}(?:[0-9a-f]{2})?", value):
        if len(value) == 9 and int(value[7:9], 16) <= 13:
            return "transparent"
        return tuple(int(value[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]
    match = re.fullmatch(r"rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+%?))?\s*\)", value)
    if match:
        alpha = match.group(4)
        if alpha is not None:
            level = float(alpha.rstrip("%")) / (100 if alpha.endswith("%") else 1)
            if level <= 0.05:
                return "transparent"
        return tuple(min(255, int(match.group(i))) for i in (1, 2, 3))  # type: ignore[return-value]
    return None


def _background(style: dict[str, str], attrs: dict[str, Any]) -> tuple[int, int, int] | None:
    for name in ("background-color", "background"):
        if name in style:
            for token in re.split(r"\s+(?![^(]*\))", style[name]):
                colour = parse_colour(token)
                if isinstance(colour, tuple):
                    return colour
    if attrs.get("bgcolor"):
        colour = parse_colour(str(attrs["bgcolor"]))
        if isinstance(colour, tuple):
            return colour
    return None


def hides(style: dict[str, str]) -> bool:
    """Whether these declarations alone hide an element's text."""
    if style.get("display") == "none" or style.get("visibility") in ("hidden", "collapse"):
        return True
    opacity = style.get("opacity")
    if opacity is not None and re.fullmatch(r"[\d.]+", opacity) and float(opacity) <= 0.05:
        return True
    size = _pixels(style.get("font-size", "")) if "font-size" in style else None
    if size is not None and size < 2:
        return True
    if "color" in style and parse_colour(style["color"]) == "transparent":
        return True
    for name in ("left", "top", "text-indent", "margin-left", "margin-top", "right"):
        offset = _pixels(style.get(name, ""))
        if offset is not None and offset <= -1000:
            return True
    clip = style.get("clip", "").replace(",", " ")
    if re.fullmatch(r"rect\(\s*0(?:px)?\s+0(?:px)?\s+0(?:px)?\s+0(?:px)?\s*\)", clip):
        return True
    if re.fullmatch(r"inset\(\s*(?:50|100)%\s*\)", style.get("clip-path", "")):
        return True
    if style.get("overflow") == "hidden":
        for name in ("width", "height", "max-width", "max-height"):
            length = _pixels(style.get(name, ""))
            if length is not None and length <= 1:
                return True
    return False


def _sheet_rules(soup: Any) -> list[tuple[str, dict[str, str]]]:
    rules = []
    for sheet in soup.find_all("style"):
        css = re.sub(r"/\*.*?\*/", "", sheet.get_text(), flags=re.DOTALL)
        css = re.sub(r"@media[^{]*\{((?:[^{}]*\{[^{}]*\})*)[^{}]*\}", r"\1", css)
        for selectors, body in _RULE.findall(css):
            declarations = _declarations(body)
            for selector in selectors.split(","):
                selector = selector.strip()
                if selector and not _DYNAMIC_SELECTOR.search(selector):
                    rules.append((selector, declarations))
    return rules


def _near(colour: object, palette: set[tuple[int, int, int]]) -> bool:
    return isinstance(colour, tuple) and any(
        sum(abs(a - b) for a, b in zip(colour, other, strict=True)) < COLOUR_DISTANCE for other in palette)


def _relevant(rules: list[tuple[str, dict[str, str]]], soup: Any) -> list[tuple[str, dict[str, str]]]:
    """The rules worth matching against the page (matching is the slow part, ~ms a rule on a big page): those that
    hide, text colours near some background the page declares (white by default), backgrounds near some text colour
    it declares. Dark text on a light page, the common case, evaluates nothing."""
    backgrounds, colours = {WHITE}, set()
    inline = [_declarations(tag.get("style") or "") for tag in soup.find_all(style=True)]
    for declarations in [d for _, d in rules] + inline:
        background = _background(declarations, {})
        if background is not None:
            backgrounds.add(background)
        colour = parse_colour(declarations.get("color", ""))
        if isinstance(colour, tuple):
            colours.add(colour)
    for tag in soup.find_all(bgcolor=True):
        colour = parse_colour(str(tag["bgcolor"]))
        if isinstance(colour, tuple):
            backgrounds.add(colour)
    for tag in soup.find_all("font", color=True):
        colour = parse_colour(str(tag["color"]))
        if isinstance(colour, tuple):
            colours.add(colour)
    kept = []
    for selector, declarations in rules:
        colour = parse_colour(declarations.get("color", ""))
        if (hides(declarations) or colour == "transparent" or _near(colour, backgrounds)
                or _near(_background(declarations, {}), colours)):
            kept.append((selector, declarations))
    return kept[:MAX_RULES]


def strip_hidden_html(html: str) -> tuple[str, int]:
    """The HTML without elements a reader cannot see, and how many were removed."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    computed: dict[int, dict[str, str]] = {}
    for selector, declarations in _relevant(_sheet_rules(soup), soup):
        try:
            matched = soup.select(selector)
        except Exception:  # noqa: BLE001 - a selector soupsieve does not take is a rule we skip
            continue
        for tag in matched:
            computed.setdefault(id(tag), {}).update(declarations)
    for tag in soup(list(_HIDDEN_TAGS)):
        tag.decompose()
    removed = 0
    backgrounds: dict[int, tuple[int, int, int]] = {}
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        style = dict(computed.get(id(tag), {}))
        style.update(_declarations(tag.get("style") or ""))
        if tag.name == "font" and tag.get("color"):
            style.setdefault("color", str(tag["color"]))
        parent = tag.parent
        inherited = backgrounds.get(id(parent), WHITE) if parent is not None else WHITE
        background = _background(style, tag.attrs) or inherited
        backgrounds[id(tag)] = background
        colour = parse_colour(style["color"]) if "color" in style else None
        same_as_background = isinstance(colour, tuple) and sum(
            abs(a - b) for a, b in zip(colour, background, strict=True)
        ) < COLOUR_DISTANCE
        if tag.has_attr("hidden") or tag.get("aria-hidden") == "true" or hides(style) or same_as_background:
            tag.decompose()
            removed += 1
    return str(soup), removed
