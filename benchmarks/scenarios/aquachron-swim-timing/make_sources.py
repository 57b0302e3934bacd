"""Generate the four knowledge sources of the aquachron-swim-timing scenario.

Run with /work/main/.venv/bin/python; reportlab may live in a scratch folder given by RL_PATH (default /tmp/rl).
"""
import os
import sys

sys.path.append(os.environ.get("RL_PATH", "/tmp/rl"))

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "knowledge")
os.makedirs(OUT, exist_ok=True)


# ---------------------------------------------------------------- DOCX: service & warranty terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Aquachron Service & Warranty Terms", 0)
    d.add_paragraph("Version 4.2, effective 1 January 2025. Applies to competition timing systems, start systems, "
                    "backup buttons, LED scoreboards and MeetLink software supplied by Aquachron Sport Timing B.V.")

    d.add_heading("1. Warranty periods", 1)
    d.add_paragraph("All warranty periods start on the date of the signed commissioning report, or 30 days after "
                    "delivery if commissioning is delayed for reasons attributable to the customer.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Product", "Warranty period", "Remarks"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("TC-600 timing console", "36 months", "Includes the integrated thermal printer and internal battery."),
        ("TP-10 / TP-10S touchpads", "24 months or 400 meet sessions, whichever comes first",
         "Meet sessions are counted by the console log; a session is any period of more than 2 hours with pads armed."),
        ("SR-5 start system", "24 months", "Lane speakers, strobe and microphone."),
        ("PB-3 backup push-buttons", "12 months", "Cables are wear parts and are covered for 6 months."),
        ("M-series LED scoreboards", "60 months on LED modules and power supplies; 24 months on the controller",
         "A module counts as defective when it has more than 3 dead pixels or 2 adjacent dead pixels."),
        ("MeetLink software", "Updates included while the licence is active", "Bug fixes for the current and previous major release."),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    d.add_heading("2. Exclusions", 1)
    for s in [
        "Damage caused by pool water outside the permitted chemistry: free chlorine above 3.0 mg/l sustained for more "
        "than 24 hours, or pH outside 6.8 to 7.8. Salt-water pools above 6 g/l salt require the TP-10M marine touchpad.",
        "Touchpads left installed in the water for more than 14 consecutive days, or lifted or carried by their cable.",
        "Mechanical damage from lane ropes, pool covers, cleaning robots or vandalism.",
        "Damage from power surges where the scoreboard supply has no type 2 surge protection device.",
        "Use of cables, connectors or deck boxes not supplied by Aquachron.",
        "Consumables: thermal printer paper, console touch-screen protector and touchpad edge tape.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Service plans", 1)
    d.add_paragraph("Standard Care is included free of charge for the first 12 months after commissioning. From the "
                    "second year the customer may renew Standard Care or upgrade to Premium Care. Plans are invoiced "
                    "annually in advance, have a minimum term of 12 months and renew automatically unless cancelled "
                    "with 90 days' notice before the renewal date.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Standard Care", "Premium Care"]):
        t.rows[0].cells[i].text = h
    for r in [
        ("Annual fee (from year 2)", "EUR 2,400 per year", "EUR 5,900 per year"),
        ("Support hours", "Monday to Friday 08:00-18:00 CET", "24/7 meet-day hotline plus Monday to Friday 08:00-18:00 CET"),
        ("Remote response", "Within 1 business day", "Within 2 hours"),
        ("On-site visit", "Within 5 business days", "Within 48 hours (72 hours beyond 300 km of a service hub)"),
        ("Preventive maintenance visits", "1 per year", "2 per year"),
        ("Loan equipment", "Not included", "Loan console and up to 4 loan touchpads delivered within 48 hours"),
        ("Spare parts", "List price", "10% discount on spare parts"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    d.add_heading("4. Repairs outside warranty or plan", 1)
    d.add_paragraph("Labour is charged at EUR 95 per hour per technician, travel at EUR 0.65 per km from the nearest "
                    "service hub (Utrecht, Lyon or Kassel). Touchpad refurbishment in our workshop takes 15 business "
                    "days from receipt; a replacement touch surface (re-skin) costs EUR 540 per pad. Repairs carry a "
                    "6-month warranty on the replaced parts.")

    d.add_heading("5. Spare parts and end of life", 1)
    d.add_paragraph("Aquachron keeps spare parts available for 10 years after a product's end of production and "
                    "announces end of production at least 12 months in advance. Scoreboard LED modules are produced in "
                    "batches; each scoreboard is delivered with 2 spare modules from the same batch to avoid colour "
                    "differences.")

    d.add_heading("6. Making a warranty claim", 1)
    d.add_paragraph("Claims are made through the service portal or by phone and must include the serial number and "
                    "the console log export. Aquachron decides whether to repair or replace. Defective parts must be "
                    "returned within 30 days of receiving the replacement, otherwise the replacement is invoiced.")
    d.save(os.path.join(OUT, "aquachron-service-warranty-terms.docx"))


# ---------------------------------------------------------------- PDF: technical datasheet
def make_pdf():
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(os.path.join(OUT, "tc600-tp10-datasheet.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="TC-600 and TP-10 technical datasheet")
    st = []
    st.append(Paragraph("Aquachron TC-600 Timing Console and TP-10 Touchpads - Technical Datasheet", ss["Title"]))
    st.append(Paragraph("Edition 2025-02. The TC-600 and TP-10 are listed on the World Aquatics approved timing "
                        "equipment list under certificate no. WA-TE-2023-0417.", ss["Normal"]))

    def table(rows):
        t = Table(rows, colWidths=[60 * mm, 110 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        return t

    st.append(Paragraph("1. TC-600 timing console", ss["Heading2"]))
    st.append(table([
        ["Parameter", "Value"],
        ["Timing resolution", "1/1000 s internally; results displayed and printed to 1/100 s per competition rules"],
        ["Time base accuracy", "Temperature-compensated quartz, +/- 2 ppm (0.0072 s per hour)"],
        ["Capacity", "Up to 12 lanes, 2 pool ends, 3 backup buttons per lane"],
        ["Inputs", "24 touchpad inputs, 36 backup-button inputs, 2 start inputs, 4 auxiliary inputs"],
        ["Outputs", "RS-485 scoreboard output, Ethernet (MeetLink), 2 x USB, relay output for the SR-5"],
        ["Screen", "10.1 inch capacitive touch screen, readable in direct sunlight"],
        ["Printer", "Integrated thermal printer, 58 mm paper, prints every race automatically as backup"],
        ["Memory", "999 races stored internally; export to USB stick"],
        ["Power", "100-240 V AC, 60 W; internal LiFePO4 battery for 4 hours of full operation on mains failure"],
        ["Dimensions / weight", "520 x 380 x 140 mm; 7.2 kg"],
        ["Environment", "0 to 40 C, up to 95% relative humidity non-condensing"],
    ]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("2. TP-10 touchpads", ss["Heading2"]))
    st.append(table([
        ["Parameter", "Value"],
        ["Sizes", "TP-10: 2400 x 900 x 10 mm (standard). TP-10S: 2400 x 600 x 10 mm for ends with less than 1.0 m water depth"],
        ["Mounting position", "300 mm above and 600 mm below the static water level (TP-10)"],
        ["Activation force", "15-25 N over any 100 x 100 mm area; not triggered by waves or splashing"],
        ["Construction", "Glass-fibre reinforced panel, non-slip surface, 25 mm black edge marking"],
        ["Weight", "11.5 kg (TP-10), 8.4 kg (TP-10S)"],
        ["Cable", "6 m fixed cable with IP68 connector, rated to 2 m immersion"],
        ["Water temperature", "15 to 35 C operating"],
        ["Salt water", "Suitable up to 6 g/l salt; above that use the TP-10M marine touchpad (on request)"],
    ]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("3. SR-5 start system and PB-3 backup buttons", ss["Heading2"]))
    st.append(Paragraph(
        "The SR-5 start system comprises one speaker per lane mounted under the starting block, a hand microphone "
        "for the starter and a strobe light that flashes with the start signal for deaf and hearing-impaired "
        "swimmers. Sound level is 105 dB at 1 m, identical on every lane so that no swimmer hears the start earlier. "
        "The start signal is sent to the TC-600 through a relay input with a latency below 1 ms. "
        "PB-3 backup push-buttons come as a set of 3 buttons per lane with 5 m cables and are rated IP67; they are "
        "used by the lane timekeepers when a swimmer does not touch the pad with enough force.", ss["Normal"]))
    st.append(Paragraph("4. Operation notes", ss["Heading2"]))
    st.append(Paragraph(
        "The console runs a self-test of every pad and button when a session is opened and shows any input that does "
        "not respond. If a touchpad fails during a race, the result for that lane is taken from the backup buttons "
        "(median of three). Touchpads must be removed from the water and stored on the AQ-TROLLEY or flat on a clean "
        "surface after a competition; never lift or carry a pad by its cable. MeetLink receives every split and final "
        "time over Ethernet and drives the scoreboard and the results web page.", ss["Normal"]))
    doc.build(st)


# ---------------------------------------------------------------- XLSX: price list & specs
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Aquachron Price List 2025 - Competition Timing & Scoreboards (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Product", "Unit", "List price EUR", "Lead time (weeks)", "Warranty (months)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("AQ-TC600", "TC-600 timing console", "each", 18450.00, 6, 36),
        ("AQ-TP10-2400", "TP-10 touchpad 2400 x 900 x 10 mm", "each", 1285.00, 8, 24),
        ("AQ-TP10S-2400", "TP-10S touchpad 2400 x 600 x 10 mm (shallow end)", "each", 1190.00, 8, 24),
        ("AQ-SR5", "SR-5 start system (lane speakers, strobe, microphone)", "set", 4950.00, 4, 24),
        ("AQ-PB3", "PB-3 backup push-button set (3 buttons)", "per lane", 390.00, 4, 12),
        ("AQ-LED-M48", "M48 matrix LED scoreboard 4.8 x 2.4 m", "each", 62800.00, 12, 60),
        ("AQ-LED-M64", "M64 matrix LED scoreboard 6.4 x 3.2 m", "each", 94500.00, 14, 60),
        ("AQ-LED-M80", "M80 matrix LED scoreboard 8.0 x 3.2 m", "each", 118900.00, 16, 60),
        ("AQ-MEET-LIC", "MeetLink results software licence", "per year", 2150.00, "immediate", "n/a"),
        ("AQ-TROLLEY", "Touchpad storage trolley (holds 10 pads)", "each", 1340.00, 6, 12),
        ("AQ-FO-KIT", "Fibre converter kit for data runs over 90 m", "each", 1120.00, 4, 24),
        ("AQ-INST-C", "Installation and commissioning, 2-person crew", "per day", 1680.00, "-", "-"),
        ("AQ-TRAIN", "On-site operator training (half day, up to 8 people)", "per session", 720.00, "-", "-"),
        ("AQ-TRAIN-R", "Remote operator training (2 hours, up to 12 people)", "per session", 290.00, "-", "-"),
        ("AQ-SC-STD", "Standard Care service plan (from year 2)", "per year", 2400.00, "-", "-"),
        ("AQ-SC-PREM", "Premium Care service plan", "per year", 5900.00, "-", "-"),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=4, min_col=4, max_col=4):
        for c in row:
            c.number_format = "#,##0.00"
    for col, w in zip("ABCDEF", (16, 52, 12, 15, 18, 18)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Scoreboard specs")
    ws2.append(["M-series LED scoreboards - technical comparison"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Model", "Active area", "Pixel pitch", "Resolution (px)", "Brightness", "Max viewing distance",
                "Text lines (200 mm characters)", "Typical power", "Max power", "Weight", "Supply"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    ws2.append(["M48", "4.8 x 2.4 m", "10 mm", "480 x 240", "1,200 cd/m2", "60 m", 12, "2.1 kW", "6.9 kW", "405 kg", "400 V 3-phase 32 A"])
    ws2.append(["M64", "6.4 x 3.2 m", "10 mm", "640 x 320", "1,200 cd/m2", "80 m", 16, "3.6 kW", "12.3 kW", "720 kg", "400 V 3-phase 63 A"])
    ws2.append(["M80", "8.0 x 3.2 m", "10 mm", "800 x 320", "1,200 cd/m2", "90 m", 16, "4.5 kW", "15.4 kW", "900 kg", "400 V 3-phase 63 A"])
    for col in "ABCDEFGHIJK":
        ws2.column_dimensions[col].width = 18

    ws3 = wb.create_sheet("Conditions")
    ws3.append(["Price list conditions"])
    ws3["A1"].font = Font(bold=True, size=13)
    for line in [
        "List prices are valid from 1 January to 31 December 2025 and exclude VAT.",
        "Freight is included for deliveries to EU mainland addresses on orders over EUR 50,000; smaller orders pay a flat EUR 850 per delivery.",
        "Lead times are in weeks from receipt of the down payment and are indicative until the order confirmation.",
        "Installation days are quoted for a 2-person crew working 8 hours on weekdays.",
        "MeetLink licences are sold per year and per venue; one licence covers up to 3 timing consoles at the same venue.",
        "Every scoreboard is delivered with 2 spare LED modules.",
    ]:
        ws3.append([line])
    ws3.column_dimensions["A"].width = 120
    wb.save(os.path.join(OUT, "aquachron-price-list-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Site preparation guide for timing and scoreboard installations

This article lists what the venue must have ready before the Aquachron crew arrives. Installation days in a quote
assume that everything below is in place; if it is not, extra days are charged at the daily installation rate.

## Power
- **Timing desk:** one dedicated 230 V 16 A circuit with RCD for the TC-600 console, the MeetLink PC and the printer.
- **M48 scoreboard:** 400 V 3-phase 32 A supply with a lockable isolator within 2 m of the board.
- **M64 and M80 scoreboards:** 400 V 3-phase 63 A supply with a lockable isolator within 2 m of the board.
- A type 2 surge protection device on the scoreboard supply is required for the warranty to apply.

## Data cabling
- Cat6 cable between the timing desk and the scoreboard controller, maximum 90 m.
- Longer runs need the AQ-FO-KIT fibre converter kit (EUR 1,120) and a single-mode fibre provided by the venue.
- One network outlet at the timing desk if results are to be published on the venue website.

## Deck conduits and deck boxes
- The venue (or its building contractor) carries out all civil works.
- A 50 mm conduit runs from each end-wall junction box to the timing desk, with a draw wire left in place.
- One flush-mounted stainless-steel deck box per 2 lanes at each end of the pool; for a 10-lane pool that is 5 per end.
- Deck boxes must be at least 300 mm from the pool edge and drained to the deck gutter.

## Scoreboard wall
- The wall and fixings must carry 1.5 times the scoreboard weight (M48: 405 kg).
- A structural engineer's sign-off is the customer's responsibility and must be sent to Aquachron 2 weeks before installation.
- The crew needs access for a mobile elevating work platform; floor protection on tiled surrounds is provided by the venue.

## Typical installation timeline (10-lane 50 m pool)
1. Day 1: check of power, conduits and data cabling; unpacking.
2. Days 2-3: scoreboard mounting and connection.
3. Day 4: deck equipment, touchpad brackets, start speakers and backup buttons.
4. Day 5: commissioning and test races on every lane.
5. Day 6: handover, signature of the commissioning report and operator training.

The pool must be filled to its normal level from day 4 and the hall kept above 20 C during commissioning.

## Water chemistry and touchpad care
- Keep free chlorine between 0.5 and 3.0 mg/l and pH between 6.8 and 7.8.
- Touchpads are suitable for salt-water pools up to 6 g/l salt; above that the TP-10M marine touchpad is required.
- Remove touchpads from the water when no competition or training with timing is planned for more than 48 hours.
- Rinse pads with fresh water after removal and store them on the AQ-TROLLEY or flat; never lift a pad by its cable.
"""


def make_md():
    with open(os.path.join(OUT, "site-preparation-guide.md"), "w", encoding="utf-8") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
