"""Generate the four knowledge sources of the kinetra-hotel-gym-fitout scenario.

Run with python-docx and openpyxl available, and reportlab on PYTHONPATH, e.g.
  PYTHONPATH=/tmp/s18-pylib2 /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Kinetra Fitness Fit-Out Ltd: Site Readiness & Installation Guide", 0)
    d.add_paragraph("Hospitality and leisure installations, revision 2026-03. Applies to every Kinetra order "
                    "delivered and installed in mainland UK. The client is responsible for the site conditions "
                    "below; where they are not met on the booked installation day, a revisit is charged at £420.")
    sections = [
        ("1. Lead times and programme", [
            "Standard lead time is 6 to 8 weeks from the signed order and receipt of the deposit. Rubber flooring "
            "is dispatched 3 weeks from order and is always laid before the equipment is positioned.",
            "A gym of up to 12 pieces of equipment is installed and commissioned in 2 working days. Flooring adds "
            "1 working day per 60 m² (part-days are rounded up).",
            "Orders placed between 15 December and 5 January are scheduled from the second week of January, "
            "because our Northampton warehouse closes for stocktaking.",
        ]),
        ("2. Electrical supply", [
            "Each Pulse T9 and Pulse T7 treadmill requires its own dedicated 16 A, 230 V single-phase radial "
            "circuit protected by a Type A RCD, terminated in an unswitched fused spur or a 16 A commando socket "
            "within 1.5 m of the rear of the machine. Sharing a circuit between two treadmills voids the drive "
            "warranty.",
            "The Stride X7 cross-trainer, the Ride B5 and B5R bikes are self-powered (built-in generator) with the "
            "standard LED console. If the P15 touchscreen console is fitted, each machine needs a 13 A socket "
            "within 1.5 m. The Row R3 and R3M rowers run on 2 x AA batteries.",
            "Kinetra does not carry out fixed electrical work. The client's electrician must have the circuits "
            "installed and certified (EICR or Electrical Installation Certificate) before the installation day.",
        ]),
        ("3. Space, clearances and ceiling height", [
            "Treadmills: 2,000 mm clear behind the running deck and 500 mm on each side, as required by "
            "EN ISO 20957-6. Cross-trainers, bikes and rowers: 600 mm clear on all sides. Functional trainer: "
            "1,000 mm clear in front of each pulley column.",
            "Ceiling height: for the Stride X7 cross-trainer we require at least 2,700 mm finished ceiling height, "
            "because of its 38 cm step-up height. For treadmills, allow at least 2,500 mm when the incline is used. "
            "The Dual Adjustable Pulley stands 231 cm tall and needs 2,400 mm to remove the shrouds for servicing.",
        ]),
        ("4. Floor loading", [
            "The floor must support a uniformly distributed load of 5 kN/m². The dumbbell rack with the full "
            "10-pair set weighs 320 kg on a 1.8 m x 0.7 m base. For gyms above ground floor, a structural "
            "engineer's confirmation of floor loading is the client's responsibility.",
        ]),
        ("5. Access and delivery", [
            "All doorways on the delivery route must be at least 860 mm wide. The Pulse T9 travels uncrated on its "
            "side and needs a lift car at least 2,100 mm deep; where no suitable lift exists, a stair-carry "
            "surcharge of £240 per unit per floor applies.",
            "Delivery vehicles are 7.5-tonne tail-lift lorries; the client must provide a parking bay within 25 m "
            "of the entrance. Equipment delivered when the outside temperature is below 5 °C must stand for "
            "12 hours at room temperature before it is powered up.",
        ]),
        ("6. Installation hours and surcharges", [
            "Standard installation is Monday to Friday, 08:00 to 17:00. Night or weekend installation is available "
            "at a surcharge of £380 per crew-shift (a crew is two engineers).",
            "Removal of old equipment: £95 per piece of cardio equipment and £60 per strength station, including a "
            "WEEE-compliant recycling certificate. Removal must be booked at least 10 working days in advance.",
        ]),
        ("7. Operating environment", [
            "Equipment is designed for an indoor environment of 10 to 35 °C with relative humidity below 80% "
            "(non-condensing). Gyms next to a pool or spa must have mechanical dehumidification. Installations "
            "where relative humidity exceeds 80% are not covered by the Kinetra warranty.",
        ]),
        ("8. Handover", [
            "Handover includes a staff induction session of 90 minutes for up to 8 staff, the safety signage pack "
            "and a commissioning report per machine. Additional induction sessions cost £180 each.",
        ]),
    ]
    for title, paras in sections:
        d.add_heading(title, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(OUT / "kinetra-site-installation-guide.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(OUT / "kinetra-warranty-careplus-terms.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Kinetra Commercial Warranty and CarePlus Service Plans")
    s = [Paragraph("Kinetra Commercial Warranty and CarePlus Service Plans", ss["Title"]),
         Paragraph("UK terms, effective 1 January 2026. These terms apply to equipment sold by Kinetra Fitness "
                   "Fit-Out Ltd for commercial use in hotels, clubs and residential gyms.", body),
         Paragraph("1. Standard warranty", ss["Heading2"]),
         Paragraph("The warranty starts on the date of commissioning, or 30 days after delivery, whichever comes "
                   "first. It covers defects in materials and workmanship under normal commercial use within the "
                   "rated daily hours of each model (Pulse T9: continuous use, up to 24 hours a day; Pulse T7: "
                   "8 hours a day).", body), Spacer(1, 4)]
    rows = [["Component", "Warranty period"],
            ["Frame and welds", "10 years"],
            ["Treadmill drive motor (Pulse T9 and T7)", "7 years"],
            ["Electrical and mechanical parts", "3 years"],
            ["Labour and call-out", "1 year"],
            ["Consoles (LED and P15 touchscreen)", "2 years"],
            ["Wear items: running belt, deck, hand grips, pedal straps, pulley cables", "6 months"],
            ["Rubber flooring (against delamination)", "5 years"]]
    t = Table(rows, colWidths=[120 * mm, 45 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s += [t, Spacer(1, 6),
          Paragraph("2. Exclusions", ss["Heading2"]),
          Paragraph("The warranty does not cover: damage from misuse or from use above the maximum user weight; "
                    "equipment moved or relocated by anyone other than Kinetra engineers; damage caused by "
                    "chlorine-based or solvent cleaners; installations where relative humidity exceeds 80%; "
                    "treadmills sharing an electrical circuit; outdoor or poolside use; cosmetic wear.", body),
          Paragraph("3. CarePlus and CarePlus Pro service plans", ss["Heading2"]),
          Paragraph("Both plans cover one site and up to 15 pieces of equipment; each additional piece costs "
                    "£85 per year. Plans have a minimum term of 3 years and are paid annually in advance or "
                    "upfront for the full term.", body), Spacer(1, 4)]
    rows = [["", "CarePlus", "CarePlus Pro"],
            ["Price per site per year", "£1,440", "£2,380"],
            ["Preventive maintenance visits", "2 per year", "4 per year"],
            ["Labour and call-out after year 1", "Included", "Included"],
            ["On-site response to a fault", "within 2 business days", "next business day"],
            ["Wear items", "Charged at list price", "Included"],
            ["Loan treadmill", "Not included", "If a repair takes more than 5 business days"],
            ["Phone support", "Business hours", "24/7 line"]]
    t = Table(rows, colWidths=[60 * mm, 50 * mm, 60 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s += [t, Spacer(1, 6),
          Paragraph("Business days are Monday to Friday, 08:30 to 17:30, excluding UK bank holidays. Visits to "
                    "the Scottish Highlands and islands carry a £150 travel supplement per visit.", body),
          Paragraph("4. Term, renewal and cancellation", ss["Heading2"]),
          Paragraph("After the minimum term the plan renews for 12 months at a time. Either party may cancel with "
                    "90 days' written notice before a renewal date. From the second year of any renewal, prices "
                    "are indexed to UK CPI, capped at 4% per year. An upgrade from CarePlus to CarePlus Pro can "
                    "be made at any anniversary; the difference is charged pro rata.", body),
          Paragraph("5. Making a claim", ss["Heading2"]),
          Paragraph("Faults are reported through the Kinetra service portal or by phone, quoting the serial number "
                    "on the frame. A fault is logged once the serial number and a description have been received; "
                    "response times run from that moment.", body)]
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    def sheet(ws, title, header, rows):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for col, w in zip("ABCDEFGH", (14, 38, 14, 20, 12, 14, 26, 60)):
            ws.column_dimensions[col].width = w
    ws = wb.active
    ws.title = "Cardio"
    sheet(ws, "Kinetra Hospitality Range 2026: Cardio (GBP, list prices excluding VAT)",
          ["SKU", "Product", "List price (GBP)", "Footprint L x W (cm)", "Weight (kg)", "Max user (kg)",
           "Power", "Key specification"],
          [["KT-TR900", "Pulse T9 Commercial Treadmill", 6450, "215 x 92", 198, 180, "16 A dedicated circuit",
            "3.0 HP AC continuous motor; 0.8-20 km/h; incline 0-15%; deck 152 x 56 cm; rated 24 hours a day"],
           ["KT-TR700", "Pulse T7 Light-Commercial Treadmill", 4980, "205 x 88", 162, 160,
            "16 A dedicated circuit",
            "2.5 HP AC motor; 0.8-18 km/h; incline 0-12%; deck 145 x 51 cm; rated 8 hours a day"],
           ["KT-XT700", "Stride X7 Cross-Trainer", 4890, "190 x 75", 141, 180, "Self-powered",
            "20 resistance levels; stride 51 cm; step-up height 38 cm"],
           ["KT-BK500", "Ride B5 Upright Bike", 2780, "112 x 62", 66, 160, "Self-powered",
            "25 resistance levels; 4-way adjustable saddle"],
           ["KT-BK510", "Ride B5R Recumbent Bike", 3120, "165 x 70", 84, 180, "Self-powered",
            "25 resistance levels; step-through frame"],
           ["KT-RW300", "Row R3 Air Rower", 1640, "244 x 61", 39, 150, "2 x AA batteries",
            "Air resistance with damper 1-10; stores upright"],
           ["KT-RW310", "Row R3M Magnetic Rower", 1890, "240 x 58", 48, 150, "2 x AA batteries",
            "16 magnetic resistance levels; quieter than the R3"]])
    ws = wb.create_sheet("Strength & Flooring")
    sheet(ws, "Kinetra Hospitality Range 2026: Strength and Flooring (GBP, excluding VAT)",
          ["SKU", "Product", "List price (GBP)", "Unit", "Weight (kg)", "Footprint (cm)", "Notes", ""],
          [["KT-FTR22", "Dual Adjustable Pulley (functional trainer)", 5200, "each", 412, "168 x 124",
            "2 x 95 kg weight stacks; height 231 cm; 2:1 cable ratio", ""],
           ["KT-DB-SET50", "Rubber hex dumbbells 2.5-25 kg, 10 pairs, with 2-tier rack", 3150, "set", 320,
            "180 x 70", "Loaded weight 320 kg", ""],
           ["KT-BEN-ADJ", "Adjustable bench FID", 640, "each", 38, "140 x 60", "Decline -10 to 85 degrees", ""],
           ["KT-FLR-RB15", "Rubber sports flooring 15 mm", 46, "per m²", 15, "tiles 100 x 100",
            "Cardio zones", ""],
           ["KT-FLR-RB20", "Rubber sports flooring 20 mm", 54, "per m²", 20, "tiles 100 x 100",
            "Recommended under free weights and functional trainers", ""],
           ["KT-FLR-RB30", "Rubber sports flooring 30 mm", 68, "per m²", 29, "tiles 100 x 100",
            "Drop zones for Olympic lifting", ""]])
    ws = wb.create_sheet("Options & Services")
    sheet(ws, "Kinetra Hospitality Range 2026: Options and Services (GBP, excluding VAT)",
          ["SKU", "Item", "Price (GBP)", "Unit", "", "", "Notes", ""],
          [["KT-CON-P15", "P15 touchscreen console upgrade", 1150, "per machine", "", "",
            "15.6-inch touchscreen, Wi-Fi, hotel IPTV, Bluetooth heart-rate; needs a 13 A socket", ""],
           ["KT-HR-STRAP", "Bluetooth chest strap", 49, "each", "", "", "", ""],
           ["KT-SVC-INST", "Delivery, installation and commissioning", 2400, "per site (up to 12 pieces)", "",
            "", "Each further piece £150", ""],
           ["KT-SVC-NIGHT", "Out-of-hours installation surcharge", 380, "per crew-shift", "", "", "", ""],
           ["KT-CARE-PLUS", "CarePlus service plan", 1440, "per site per year", "", "",
            "Minimum term 3 years; up to 15 pieces", ""],
           ["KT-CARE-PRO", "CarePlus Pro service plan", 2380, "per site per year", "", "",
            "Minimum term 3 years; up to 15 pieces", ""],
           ["KT-REM-C", "Removal of old cardio equipment", 95, "per piece", "", "", "WEEE certificate", ""],
           ["KT-REM-S", "Removal of old strength station", 60, "per piece", "", "", "WEEE certificate", ""]])
    wb.save(OUT / "kinetra-hospitality-price-spec-2026.xlsx")

# ---------------------------------------------------------------- Markdown KB article
MD = """# Hotel gym FAQ: cleaning, 24/7 access, noise and finance

*Kinetra knowledge base, updated October 2026. For hotel leisure managers and operations teams.*

## Cleaning and daily care
- Wipe frames, handlebars and seats after each session with a pH-neutral cleaner. Do not use chlorine-based
  products or solvents: they crack the polyurethane grips and are excluded from the warranty.
- Alcohol wipes (up to 70%) are fine on frames, but not on the P15 touchscreen: use the supplied microfibre cloth
  and a screen cleaner.
- Vacuum under treadmills weekly; lint drawn into the motor hood is the most common cause of drive faults.
- The Pulse T9 has a pre-waxed deck, so no lubrication is needed; belt tension and deck wear are checked at each
  preventive visit.

## 24/7 and unsupervised hotel gyms
- The Pulse T9 is rated for continuous commercial use, up to 24 hours a day, and is our choice for guest gyms
  open around the clock.
- The Pulse T7 is rated for 8 hours a day; it is not suitable for unsupervised 24/7 gyms and its warranty does
  not cover use beyond that rating.
- Every treadmill ships with a magnetic safety key on a clip cord. The safety signage pack (6 A3 signs:
  induction, maximum user weight, emergency stop, clearances, cleaning, age limit of 16 years) is included free.
- We recommend a CCTV view of the cardio area and an emergency call point within 10 m of the treadmills.

## Noise near guest rooms
- Measured at 2 m during a 2:00/500 m effort, the Row R3 air rower reaches 78 dB, the Row R3M magnetic rower
  62 dB. Where the gym is under or next to bedrooms, we recommend the R3M.
- Treadmills on 20 mm rubber flooring transmit about 30% less impact noise than on 15 mm.

## Usage data
- The P15 console logs hours, distance and sessions per machine, exportable as CSV from the web dashboard. The
  standard LED console only shows a cumulative hour meter.

## Finance and trade-in
- Leasing is available through our finance partner over 36 or 60 months, subject to credit approval. Lease
  rates depend on the credit check, so we do not quote them in chat: your account manager sends a written
  finance quote.
- Trade-in: we credit up to £250 per working commercial treadmill under 7 years old, assessed on site by an
  engineer. Other equipment is not taken in part-exchange.
"""

def make_md():
    (OUT / "hotel-gym-faq.md").write_text(MD, encoding="utf-8")

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written to", OUT)
