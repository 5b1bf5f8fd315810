"""A period report as a PDF, drawn with fpdf2 (pure Python, no Qt: the command line stays headless).

Readable on paper: a heading is never the last thing on a page (it moves to the next page with the
start of what it introduces), a chart is never cut in two and has one title, y axes are whole
numbers and x axes dates. The text is set in the bundled DejaVu Sans, embedded, so it reads the same
everywhere; a character the font lacks (many emoji, Chinese) is drawn as a box instead of failing.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import cache
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

import resources
from advocacy.domain.period import Chart, ChartKind, PeriodReport
from advocacy.period_document import Block, ChartBlock, Heading, Paragraph, Table, blocks, title

FONT = "DejaVuSans"
MISSING = "□"  # drawn for a character the font does not have
_INVISIBLE = {"Mn", "Me", "Cf", "Cc", "Cs", "Co", "Cn"}  # marks and controls: dropped when the font lacks them

LINE = 5.0  # mm: one line of body text
CHART_HEIGHT = 62.0  # mm: the drawing area of a chart, its axes' labels included
_AXIS_LEFT, _AXIS_BOTTOM = 16.0, 8.0


def _font_path(name: str) -> Path:
    return resources.folder("fonts", name)


@cache
def _covered() -> frozenset[int]:
    """The characters both faces can draw."""
    from fontTools.ttLib import TTFont

    faces = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        with TTFont(_font_path(name), lazy=True) as font:
            faces.append(set(font["cmap"].getBestCmap()))
    return frozenset(faces[0] & faces[1])


def printable(text: str) -> str:
    """``text`` as the font can draw it: each missing character a box, missing marks and controls
    dropped, line breaks as spaces (a table cell or a sentence is one paragraph)."""
    covered = _covered()
    out = []
    for char in text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "):
        if ord(char) in covered:
            out.append(char)
        elif unicodedata.category(char) not in _INVISIBLE:
            out.append(MISSING)
    return "".join(out)


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=8)
        self.set_text_color(110)
        self.cell(0, 5, f"{self.page_no()} of {{nb}}", align="C")


def _new_pdf(report: PeriodReport, compress: bool) -> _Pdf:
    pdf = _Pdf(format="A4")
    pdf.set_compression(compress)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font(FONT, "", _font_path("DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", _font_path("DejaVuSans-Bold.ttf"))
    pdf.set_title(printable(title(report)))
    pdf.set_creator("advocacy")
    pdf.set_producer("advocacy")
    pdf.add_page()
    return pdf


def _paragraph_height(pdf: FPDF, text: str) -> float:
    pdf.set_font(FONT, size=10)
    lines = pdf.multi_cell(0, LINE, printable(text), dry_run=True, output="LINES")
    return len(lines) * LINE + 2 if isinstance(lines, list) else LINE + 2


def _legend_rows(pdf: FPDF, chart: Chart) -> list[list[tuple[str, str, float]]]:
    pdf.set_font(FONT, size=8)
    rows: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    for series in chart.series:
        name = printable(series.name)
        width = 4 + pdf.get_string_width(name) + 6
        if rows[-1] and used + width > pdf.epw:
            rows.append([])
            used = 0.0
        rows[-1].append((name, series.colour, width))
        used += width
    return rows


def _chart_height(pdf: FPDF, chart: Chart) -> float:
    """Everything a chart takes, from its title to its note: it is placed whole on one page."""
    note = _paragraph_height(pdf, chart.note) if chart.note else 0.0
    return 8 + CHART_HEIGHT + 5 * len(_legend_rows(pdf, chart)) + note + 4


def _first_height(pdf: FPDF, block: Block | None) -> float:
    """How much of ``block`` must follow its heading on the same page."""
    if block is None:
        return 0.0
    if isinstance(block, Paragraph):
        return _paragraph_height(pdf, block.text)
    if isinstance(block, Table):
        return 3 * 7.0  # the head and two rows
    if isinstance(block, ChartBlock):
        return _chart_height(pdf, block.chart)
    return 10.0


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


class _Frame:
    """Where a chart's values land on the page."""

    def __init__(self, pdf: FPDF, chart: Chart, top: float) -> None:
        self.left = pdf.l_margin + _AXIS_LEFT
        self.right = pdf.l_margin + pdf.epw
        self.top = top
        self.bottom = top + CHART_HEIGHT - _AXIS_BOTTOM
        self.low, self.high = chart.y_ticks[0], chart.y_ticks[-1]
        self.x0, self.x1 = chart.x_range

    def x(self, value: float) -> float:
        return self.left + (value - self.x0) / ((self.x1 - self.x0) or 1) * (self.right - self.left)

    def y(self, value: float) -> float:
        return self.bottom - (value - self.low) / ((self.high - self.low) or 1) * (self.bottom - self.top)


def _axes(pdf: FPDF, chart: Chart, frame: _Frame) -> None:
    """Whole-number ticks up the left with a light line across, the dates (or weeks) along the bottom."""
    pdf.set_font(FONT, size=7)
    pdf.set_text_color(90)
    pdf.set_line_width(0.2)
    for tick in chart.y_ticks:
        pdf.set_draw_color(225)
        pdf.line(frame.left, frame.y(tick), frame.right, frame.y(tick))
        label = f"{tick:,}"
        pdf.text(frame.left - 1.5 - pdf.get_string_width(label), frame.y(tick) + 1.2, label)
    pdf.set_draw_color(140)
    pdf.line(frame.left, frame.bottom, frame.right, frame.bottom)
    for value, label in chart.x_ticks:
        pdf.line(frame.x(value), frame.bottom, frame.x(value), frame.bottom + 1.2)
        text = printable(label)
        pdf.text(frame.x(value) - pdf.get_string_width(text) / 2, frame.bottom + 4.5, text)
    middle = (frame.top + frame.bottom) / 2
    with pdf.rotation(90, pdf.l_margin + 2.5, middle):
        y_title = printable(chart.y_title)
        pdf.text(pdf.l_margin + 2.5 - pdf.get_string_width(y_title) / 2, middle, y_title)


def _marks(pdf: FPDF, chart: Chart, frame: _Frame) -> None:
    """Stacked bars, or each series' points joined by a line."""
    x, y = frame.x, frame.y
    if chart.kind is ChartKind.BARS:
        width = (x(1) - x(0)) * 0.6
        stacked: dict[float, float] = {}
        for series in chart.series:
            pdf.set_fill_color(*_rgb(series.colour))
            for px, py in series.points:
                below = stacked.get(px, 0.0)
                stacked[px] = below + py
                pdf.rect(x(px) - width / 2, y(below + py), width, y(below) - y(below + py), style="F")
        return
    pdf.set_line_width(0.5)
    for series in chart.series:
        pdf.set_draw_color(*_rgb(series.colour))
        pdf.set_fill_color(*_rgb(series.colour))
        points = [(x(px), y(py)) for px, py in series.points]
        if len(points) > 1:
            pdf.polyline(points)
        for px, py in points:
            pdf.circle(px, py, 0.8, style="F")


def _legend(pdf: FPDF, chart: Chart) -> None:
    pdf.set_font(FONT, size=8)
    pdf.set_text_color(60)
    for row in _legend_rows(pdf, chart):
        cursor = pdf.l_margin
        line_y = pdf.get_y()
        for name, colour, width in row:
            pdf.set_fill_color(*_rgb(colour))
            pdf.rect(cursor, line_y + 1.2, 2.6, 2.6, style="F")
            pdf.text(cursor + 4, line_y + 3.6, name)
            cursor += width
        pdf.set_y(line_y + 5)


def _draw_chart(pdf: FPDF, chart: Chart) -> None:
    """The chart whole on one page: its one title, the drawing, the legend and its note."""
    if pdf.will_page_break(_chart_height(pdf, chart)):
        pdf.add_page()
    pdf.set_font(FONT, "B", 11)
    pdf.set_text_color(30)
    pdf.cell(0, 7, printable(chart.title), new_x="LMARGIN", new_y="NEXT")
    frame = _Frame(pdf, chart, pdf.get_y() + 2)
    _axes(pdf, chart, frame)
    _marks(pdf, chart, frame)
    pdf.set_y(frame.bottom + _AXIS_BOTTOM)
    _legend(pdf, chart)
    if chart.note:
        _paragraph(pdf, chart.note, muted=True, size=8)
    pdf.ln(4)


def _paragraph(pdf: FPDF, text: str, *, muted: bool = False, size: float = 10) -> None:
    pdf.set_font(FONT, size=size)
    pdf.set_text_color(110 if muted else 30)
    pdf.multi_cell(0, LINE if size >= 10 else 4, printable(text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _table(pdf: FPDF, table: Table) -> None:
    pdf.set_font(FONT, size=8)
    pdf.set_text_color(30)
    pdf.set_draw_color(200)
    pdf.set_fill_color(255)  # a chart's last colour must not fill the rows
    with pdf.table(
        cell_fill_mode="NONE",
        col_widths=table.widths,
        text_align="LEFT",
        line_height=4.2,
        padding=1.2,
        headings_style=FontFace(emphasis="BOLD", fill_color=(238, 238, 238)),
        first_row_as_headings=True,
        borders_layout="HORIZONTAL_LINES",
    ) as drawn:
        for cells in (table.head, *table.rows):
            row = drawn.row()
            for cell in cells:
                row.cell(printable(cell))
    pdf.ln(3)


def render_period_pdf(report: PeriodReport, *, compress: bool = True) -> bytes:
    """The PDF's bytes. ``compress=False`` leaves the page contents readable, for tests."""
    # fontTools says at length how it cuts the fonts down to the glyphs used: not news for the log.
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = _new_pdf(report, compress)
    content = blocks(report)
    for index, block in enumerate(content):
        following = content[index + 1] if index + 1 < len(content) else None
        if isinstance(block, Heading):
            size, space = (18.0, 10.0) if block.level == 1 else (14.0, 9.0)
            # Keep the heading with the start of what it introduces: never alone at a page's bottom.
            if block.level > 1 and pdf.will_page_break(space + 4 + _first_height(pdf, following)):
                pdf.add_page()
            if block.level > 1:
                pdf.ln(4)
            pdf.set_font(FONT, "B", size)
            pdf.set_text_color(20)
            pdf.cell(0, space, printable(block.text), new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, Paragraph):
            _paragraph(pdf, block.text, muted=block.muted)
        elif isinstance(block, Table):
            _table(pdf, block)
        else:
            _draw_chart(pdf, block.chart)
    return bytes(pdf.output())
