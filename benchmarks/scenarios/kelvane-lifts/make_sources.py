"""Generate the .docx and .xlsx knowledge sources for the kelvane-lifts scenario.

Run with: /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
KNOW.mkdir(exist_ok=True)


# ---------------------------------------------------------------------------
# 1. Aria MRL technical datasheet (.docx)
# ---------------------------------------------------------------------------
def table(doc, rows, style="Light Grid Accent 1"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = str(val)
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()
    return t


def make_datasheet():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    doc.add_heading("Kelvane Aria MRL - Technical Datasheet", 0)
    doc.add_paragraph(
        "Document KL-TDS-ARIA rev. 5.2, issued September 2026. Kelvane Lifts Ltd, Unit 4 Tern Park, "
        "Woolston Grange Avenue, Warrington WA1 4RW. Supersedes rev. 5.1 (March 2026). "
        "Figures are nominal; project-specific values are confirmed on the layout drawing."
    )

    doc.add_heading("1. Overview", 1)
    doc.add_paragraph(
        "Aria is Kelvane's machine-room-less (MRL) traction lift family for new buildings and for the "
        "full replacement of existing lifts in hotels, offices and residential blocks. The gearless machine "
        "sits on the guide rails at the top of the shaft, so no separate machine room is needed and an "
        "existing machine room can be released for other use. The Aria Cargo variant is a heavy-duty goods/"
        "service lift built on the same controller platform."
    )
    doc.add_paragraph(
        "Typical applications: hotel guest lifts (Aria 630 and Aria 1000), bed/stretcher-sized lifts "
        "(Aria 1275), back-of-house service, linen and catering trolleys (Aria Cargo 2000)."
    )

    doc.add_heading("2. Model range", 1)
    table(doc, [
        ["Model", "Rated load", "Persons", "Rated speed", "Max travel", "Max stops"],
        ["Aria 630", "630 kg", "8", "1.0 m/s", "45 m", "16"],
        ["Aria 1000", "1000 kg", "13", "1.6 m/s", "60 m", "20"],
        ["Aria 1275", "1275 kg", "17", "1.6 m/s", "60 m", "20"],
        ["Aria Cargo 2000", "2000 kg", "26", "0.5 m/s", "30 m", "10"],
    ])
    doc.add_paragraph(
        "Aria 1000 and Aria 1275 are also available at 1.0 m/s for low-rise buildings (up to 8 stops); "
        "the 1.6 m/s version is supplied as standard above 6 stops."
    )

    doc.add_heading("3. Car and shaft dimensions", 1)
    table(doc, [
        ["Model", "Car size (W x D)", "Car height", "Door clear opening", "Min. shaft (W x D)", "Pit depth", "Headroom"],
        ["Aria 630", "1100 x 1400 mm", "2200 mm", "800 mm", "1600 x 1750 mm", "1100 mm", "3500 mm"],
        ["Aria 1000", "1100 x 2100 mm", "2200 mm", "900 mm", "1650 x 2450 mm", "1300 mm", "3700 mm"],
        ["Aria 1275", "2000 x 1400 mm", "2300 mm", "1100 mm", "2600 x 1800 mm", "1300 mm", "3750 mm"],
        ["Aria Cargo 2000", "1500 x 2700 mm", "2300 mm", "1400 mm", "2300 x 3100 mm", "1200 mm", "3800 mm"],
    ])
    doc.add_paragraph(
        "Reduced pit (down to 500 mm) and reduced headroom options are available for Aria 630 only, "
        "subject to an approved risk assessment under EN 81-21. Where an existing pit is shallower than "
        "the figure above, the builder's work to deepen it is normally by the client."
    )

    doc.add_heading("4. Drive, control and energy", 1)
    table(doc, [
        ["Parameter", "Aria 630", "Aria 1000 / 1275", "Aria Cargo 2000"],
        ["Machine", "Gearless PMSM", "Gearless PMSM", "Gearless PMSM, 2:1 roping"],
        ["Motor power", "4.7 kW", "9.5 kW", "11.0 kW"],
        ["Main supply", "400 V 3-phase 50 Hz", "400 V 3-phase 50 Hz", "400 V 3-phase 50 Hz"],
        ["Supply fuse (per lift)", "25 A", "32 A", "40 A"],
        ["Regenerative drive", "Option", "Standard", "Option"],
        ["Energy class (VDI 4707 / ISO 25745-2)", "Class B", "Class A", "Class B"],
        ["Standby power", "48 W", "48 W", "62 W"],
    ])
    doc.add_paragraph(
        "Standby mode: car lighting and car fan switch off after 5 minutes without a call; the drive "
        "enters sleep mode after 15 minutes. Energy class is stated for usage category 3 per ISO 25745-2 "
        "and depends on the traffic profile and the building; it is a classification, not a consumption "
        "guarantee."
    )
    doc.add_paragraph(
        "Controller: Kelvane KC-7 microprocessor controller, mounted in the shaft. All rescue and test "
        "functions are operated from the Inspection and Test Panel (ITP) built into the top-floor landing "
        "door frame. Group control: up to 8 cars in one group; destination dispatch is available for "
        "groups of 2 or more cars."
    )

    doc.add_heading("5. Ride quality", 1)
    table(doc, [
        ["Parameter", "Value"],
        ["In-car noise at rated speed", "50 dB(A) or lower"],
        ["Levelling accuracy", "+/- 3 mm"],
        ["Horizontal vibration (A95)", "15 milli-g or lower"],
        ["Door noise (opening/closing)", "55 dB(A) or lower, measured in the car"],
    ])
    doc.add_paragraph(
        "Noise values are measured inside the car according to ISO 18738-1. They do not describe "
        "sound transmitted into rooms adjacent to the shaft, which depends on the building structure."
    )

    doc.add_heading("6. Doors", 1)
    doc.add_paragraph(
        "Passenger models: centre-opening, two-panel stainless steel doors with a closed-loop VVVF door "
        "operator. Aria Cargo: two-speed side-opening, four-panel doors, painted steel or stainless to order."
    )
    doc.add_paragraph(
        "Door protection: full-height infrared light curtain with 154 beams, plus nudging function after "
        "20 seconds of obstruction. Standard door dwell time 2.5 s at landing calls, adjustable on site. "
        "Landing doors are fire rated E120 to EN 81-58."
    )

    doc.add_heading("7. Car interior and finishes", 1)
    table(doc, [
        ["Finish", "Walls", "Floor", "Ceiling", "Category"],
        ["Satin Steel", "Satin stainless steel", "Anthracite vinyl", "Flat LED panel", "Standard"],
        ["Linen Laminate", "HPL laminate, 12 colours", "Grey vinyl", "Flat LED panel", "Standard"],
        ["Brushed Bronze", "Bronze-tone brushed stainless steel, mirror rear wall", "Stone-effect porcelain", "LED downlights, 4 spots", "Premium"],
    ])
    doc.add_paragraph(
        "All cars include a handrail on the rear wall, LED lighting with at least 100 lux at floor level, "
        "a two-speed car ventilation fan, and an accessible car operating panel with tactile and Braille "
        "buttons and voice announcements."
    )

    doc.add_heading("8. Standards and compliance", 1)
    for s in [
        "EN 81-20:2020 and EN 81-50:2020: safety rules for construction and installation of lifts",
        "EN 81-70: accessibility of lifts for persons including persons with disability",
        "EN 81-28: remote alarm on passenger and goods passenger lifts",
        "EN 81-72: firefighters lifts (with the optional firefighting upgrade kit)",
        "EN 81-73: behaviour of lifts in the event of fire (standard)",
        "The Lifts Regulations 2016 (UKCA marking) and Lifts Directive 2014/33/EU (CE marking)",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("9. Options", 1)
    table(doc, [
        ["Option", "Code", "Applies to"],
        ["Firefighting upgrade kit (EN 81-72)", "KL-FFL-KIT", "Aria 1000, Aria 1275"],
        ["Destination dispatch lobby touch panel", "KL-DD-PANEL", "Groups of 2+ cars"],
        ["KelvaneLink remote monitoring", "KL-LINK", "All models"],
        ["Regenerative drive", "KL-REGEN", "Aria 630, Aria Cargo 2000"],
        ["Anti-vandal car operating panel", "KL-COP-AV", "All models"],
    ])
    doc.save(KNOW / "Aria_MRL_Technical_Datasheet.docx")


# ---------------------------------------------------------------------------
# 2. Service plans and rates (.xlsx) - values stored as text so they read as written
# ---------------------------------------------------------------------------
HEAD = Font(bold=True, color="FFFFFF")
FILL = PatternFill("solid", fgColor="1F4E78")


def sheet(ws, rows, widths):
    for r in rows:
        ws.append(r)
    for c in ws[1]:
        c.font = HEAD
        c.fill = FILL
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")


def make_rates():
    wb = Workbook()
    ws = wb.active
    ws.title = "Plans"
    sheet(ws, [
        ["Kelvane service plans 2026/27", "Essential", "Comprehensive", "Comprehensive Plus"],
        ["Planned maintenance visits per year", "6 visits", "12 visits", "12 visits"],
        ["Entrapment response target (24/7)", "60 minutes", "45 minutes", "30 minutes"],
        ["Non-entrapment breakdown response", "Next working day", "4 hours (08:00 to 20:00)", "2 hours (24/7)"],
        ["Breakdown call-outs", "Charged at labour rates", "Included, unlimited", "Included, unlimited"],
        ["Parts cover", "Lubricants and consumables only", "All parts except excluded items (see Notes)", "All parts incl. vandalism damage up to GBP 2,500 per year"],
        ["Annual price per passenger lift (up to 1275 kg)", "GBP 2,640", "GBP 3,960", "GBP 5,220"],
        ["Goods lift surcharge (rated load above 1600 kg)", "GBP 490 per year", "GBP 660 per year", "GBP 880 per year"],
        ["KelvaneLink remote monitoring", "Optional, GBP 540 per lift per year", "Optional, GBP 540 per lift per year", "Included"],
        ["Minimum term", "12 months", "36 months", "36 months"],
        ["Notice to terminate", "90 days written notice", "90 days written notice", "90 days written notice"],
        ["Insurer inspection attendance (LOLER)", "GBP 185 per visit", "Included", "Included"],
    ], [48, 30, 34, 36])

    ws2 = wb.create_sheet("Labour rates")
    sheet(ws2, [
        ["Labour category", "Hours", "Rate per hour", "Minimum charge"],
        ["Engineer, normal hours", "Mon to Fri 08:00 to 17:00", "GBP 96", "2 hours"],
        ["Engineer, out of hours", "Mon to Fri 17:00 to 08:00", "GBP 144", "2 hours"],
        ["Engineer, weekends and bank holidays", "All day", "GBP 168", "3 hours"],
        ["Engineer plus mate (two-person work)", "Mon to Fri 08:00 to 17:00", "GBP 158", "4 hours"],
        ["Project engineer / surveyor", "Mon to Fri 08:00 to 17:00", "GBP 118", "half day"],
        ["Travel", "Per visit", "Included within 40 miles of a Kelvane depot", "n/a"],
    ], [40, 30, 42, 18])

    ws3 = wb.create_sheet("Testing")
    sheet(ws3, [
        ["Test or examination", "Frequency", "Price per lift", "Notes"],
        ["LOLER thorough examination (passenger lifts)", "Every 6 months", "Carried out by your insurer", "Kelvane attends; attendance charge on Essential only"],
        ["LOLER thorough examination (goods lifts)", "Every 12 months", "Carried out by your insurer", "Kelvane attends; attendance charge on Essential only"],
        ["Overload / load test with test weights", "Every 5 years", "GBP 420", "Not included in any plan"],
        ["Firefighting lift functional test (EN 81-72)", "Every 12 months", "GBP 265", "Requires fire alarm contractor on site"],
        ["Emergency lighting and alarm test", "At every planned visit", "Included", ""],
    ], [44, 22, 28, 46])

    ws4 = wb.create_sheet("Notes")
    sheet(ws4, [
        ["Ref", "Note"],
        ["N1", "Prices are per lift per year, payable quarterly in advance by Direct Debit, excluding VAT."],
        ["N2", "Prices are reviewed annually on 1 April; any increase is capped at RPI + 2%."],
        ["N3", "Excluded items (Comprehensive): car finishes and decorative panels, glass, damage by vandalism, misuse or flooding, building works, and upgrades required by new legislation."],
        ["N4", "Response targets are measured from the time the call is logged with the Kelvane Control Centre to arrival of the engineer on site."],
        ["N5", "Plans for lifts installed by Kelvane start on the handover date of each lift. The first year may be quoted separately on the installation quote."],
        ["N6", "Multi-lift sites: one planned visit covers all lifts on site on the same day where possible."],
    ], [8, 110])

    wb.save(KNOW / "Kelvane_Service_Plans_and_Rates_2026.xlsx")


if __name__ == "__main__":
    make_datasheet()
    make_rates()
    print("written:", sorted(p.name for p in KNOW.iterdir()))
