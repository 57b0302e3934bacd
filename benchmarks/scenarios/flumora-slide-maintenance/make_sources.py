"""Generate the four knowledge sources of the flumora-slide-maintenance scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Flumora SlideCare Service Plans - Terms and Conditions 2026", 0)
    d.add_paragraph("Document FSC-T-2026, revision 3, valid for plans starting between 1 January 2026 and "
                    "31 March 2027. Flumora Slide Services B.V., Nijverheidsweg 41, 3534 AM Utrecht. "
                    "Depots: Utrecht (NL), Aachen (DE) and Lille (FR).")

    d.add_heading("1. Plans at a glance", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["", "SlideCare Silver", "SlideCare Gold", "SlideCare Platinum"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = [
        ("Annual fee (list, excl. VAT)", "EUR 8,400", "EUR 14,900", "EUR 26,500"),
        ("On-site response, operating season", "next business day", "within 4 hours", "within 2 hours"),
        ("On-site response, off-season", "within 5 business days", "next business day", "next business day"),
        ("Emergency callouts included", "4 per year", "unlimited", "unlimited"),
        ("Labour included per callout", "up to 3 hours", "up to 6 hours", "no limit"),
        ("Mid-season safety walk-downs", "none", "2 per season", "monthly"),
        ("Discount on spare parts", "5%", "15%", "20%"),
        ("Remote support", "08:00-18:00 Mon-Fri", "24/7 hotline", "24/7 hotline"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    d.add_heading("2. Response times", 1)
    d.add_paragraph(
        "Response times run from the moment the fault is logged on the 24/7 hotline +31 30 799 4410 or in "
        "SlidePortal, not from an e-mail. The Gold response time of 4 hours applies to parks within 150 km by "
        "road of a Flumora depot; for parks further away the Gold in-season response time is 8 hours. The "
        "Platinum response time of 2 hours requires a park within 80 km of a depot. Off-season faults are "
        "attended the next business day under Gold and Platinum. A response means a qualified technician on "
        "site, not a remote diagnosis.")

    d.add_heading("3. Operating season", 1)
    d.add_paragraph(
        "The operating season runs from 1 April to 31 October. Any other day on which the park opens its "
        "slides to the public counts as an operating-season day, provided the park notifies Flumora at least "
        "10 business days in advance (for example autumn-holiday or Christmas openings). Days not notified "
        "are treated as off-season.")

    d.add_heading("4. Charges outside the plan", 1)
    d.add_paragraph(
        "Work not included in the plan, or labour beyond the hours included per callout, is charged at "
        "EUR 165 per hour on weekdays, EUR 198 per hour on Saturdays and EUR 245 per hour on Sundays and public "
        "holidays. Travel is charged at EUR 0.85 per km beyond 50 km from the depot. Spare parts are charged at "
        "the price list rate less the plan's parts discount.")

    d.add_heading("5. Exclusions", 1)
    for s in [
        "Damage caused by vandalism, misuse by riders or collisions with park vehicles.",
        "Damage caused by cleaning agents not approved by Flumora, by abrasive pads, or by free chlorine above "
        "3 mg/L maintained for more than 7 days.",
        "Freeze damage where the park has not drained the flumes, pumps and feed lines according to the "
        "Flumora winterisation checklist before the first frost.",
        "Slides or components modified by a third party without Flumora's written approval.",
        "Civil works, ground works and building services outside the slide system boundary.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("6. Billing and price adjustment", 1)
    d.add_paragraph(
        "Silver is billed annually in advance. Gold and Platinum are billed quarterly in advance, each "
        "invoice being one quarter of the net annual fee. Invoices are payable within 30 days. Fees are "
        "adjusted once a year on the renewal date in line with the CBS collective-agreement wage index, "
        "capped at 4.5% per year.")

    d.add_heading("7. Term, renewal and cancellation", 1)
    d.add_paragraph(
        "Plans run for an initial term of 12 months and renew automatically for further 12-month periods "
        "unless either party cancels in writing with 3 months' notice before the renewal date. A plan may be "
        "upgraded (for example Silver to Gold) at any time; the fee difference is charged pro rata. "
        "Downgrades take effect only on the renewal date.")

    d.add_heading("8. Service credits", 1)
    d.add_paragraph(
        "If Flumora misses the in-season response time of a Gold or Platinum plan, the park receives a "
        "service credit of 5% of the quarterly fee per missed event, capped at 25% of the quarterly fee per "
        "quarter. Credits are set off against the next invoice and must be claimed within 30 days of the event. "
        "No credits apply to Silver plans or to off-season faults.")

    d.add_heading("9. Slide dispatcher training", 1)
    d.add_paragraph(
        "The slide dispatcher course (SKU FLM-TRN-DSP) is a one-day course of 7 hours held at the customer's "
        "park, with a maximum of 12 participants per session and a minimum age of 18. It covers dispatch "
        "intervals, rider height and weight limits, raft loading, emergency stop and rescue from the flume. "
        "It is taught in Dutch, English, German or French. Participants who pass the practical assessment "
        "receive a certificate valid for 24 months. A session cancelled less than 10 business days before "
        "the date is charged at 50%.")
    d.save(OUT / "slidecare-service-plans-2026.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [
        Paragraph("Method Statement MS-07: Flume gelcoat refurbishment and flange joint reseal", h1),
        Paragraph("Flumora Slide Services B.V. - revision 5, issued 2 June 2026. Applies to GRP (glass-fibre "
                  "reinforced polyester) open flumes and closed tube slides. Not applicable to stainless steel "
                  "or polyethylene slides.", body),
        Paragraph("1. Working conditions", h2),
        Paragraph("Gelcoat and sealant are applied only at a surface and ambient temperature of at least 15 &deg;C "
                  "and a relative humidity of at most 75%. Between November and March this normally requires a "
                  "heated enclosure (tenting) around the section being worked on; tenting is charged separately "
                  "under SKU FLM-TENT at EUR 1,150 per slide section per week unless included in the quote. "
                  "The flume must be drained and left to dry for at least 48 hours before work starts.", body),
        Paragraph("2. Gelcoat refurbishment (FLM-GEL-RF2)", h2),
        Paragraph("The riding surface is washed, degreased with acetone and sanded with P120 and then P240 "
                  "grit. Chips and cracks deeper than 1 mm are filled with a polyester repair paste. A new layer "
                  "of isophthalic NPG gelcoat is sprayed at 0.5 to 0.7 mm wet film thickness, then wet-sanded "
                  "with P800 to P1500, polished and sealed with a slide wax. Colour is matched to the existing "
                  "RAL shade within a tolerance of Delta E 2.0. A crew of three refurbishes approximately "
                  "25 linear metres of flume per working day. Where the existing gelcoat is delaminated over more "
                  "than 30% of a section, a full re-gelcoat (FLM-GEL-FULL, strip to laminate) is required "
                  "instead.", body),
        Paragraph("3. Flange joint reseal (FLM-JNT-RS)", h2),
        Paragraph("Old sealant is cut out and the flange faces are cleaned. All joint bolts are replaced with "
                  "new M10 stainless steel bolts, grade A4, with nyloc nuts torqued to 22 Nm. The joint is "
                  "sealed with a grey MS-polymer sealant and the step on the riding surface is faired to under "
                  "1 mm. A crew of three reseals approximately 40 joints per working day.", body),
        Paragraph("4. Curing and return to service", h2),
        Paragraph("Refurbished gelcoat needs a minimum cure of 72 hours at 15 &deg;C or above before water is run. "
                  "Resealed joints need 24 hours before water is run. After curing, Flumora runs a 2-hour "
                  "water test at operating flow and carries out test descents. The slide may reopen to riders "
                  "only after the park's responsible person has countersigned the Flumora release form.", body),
        Paragraph("5. Warranty", h2),
        Paragraph("Gelcoat refurbishment: 24 months from release against delamination, blistering and cracking. "
                  "Full re-gelcoat: 36 months. Flange joint reseal: 12 months against leaks. Colour change and "
                  "UV fading are not covered. The warranty is void where free chlorine above 3 mg/L has been "
                  "maintained for more than 7 days, where abrasive pads or unapproved cleaning agents have been "
                  "used, or where the slide has not been winterised.", body),
        Paragraph("6. Safety and environment", h2),
        Paragraph("Work is carried out under a permit to work issued by the park. Feed pumps are locked out and "
                  "tagged by the park's technician before anyone enters the flume. Fall-arrest equipment is used "
                  "above 2 m. Styrene vapour is extracted with forced ventilation; sanding dust is vacuumed and "
                  "taken away as waste by Flumora. No work is carried out while the park is open to the "
                  "public.", body),
    ]
    data = [["Task", "Output per crew-day", "Cure before water", "Warranty"],
            ["Gelcoat refurbishment", "approx. 25 lm", "72 hours", "24 months"],
            ["Full re-gelcoat", "approx. 12 lm", "96 hours", "36 months"],
            ["Flange joint reseal", "approx. 40 joints", "24 hours", "12 months"]]
    tbl = Table(data, colWidths=[45 * mm, 40 * mm, 38 * mm, 30 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [Spacer(1, 6 * mm), tbl]
    SimpleDocTemplate(str(OUT / "ms07-gelcoat-joint-method-statement.pdf"), pagesize=A4,
                      title="MS-07 Gelcoat and joint reseal").build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Service prices"
    ws.append(["Flumora Price & Specification Sheet 2026 - EUR excl. VAT - valid 1 January to 31 December 2026"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Service", "Unit", "List price (EUR)", "Booking notice", "Warranty", "Notes"])
    rows = [
        ("FLM-INSP-EN1069", "Annual EN 1069-2 inspection, body or tube slide up to 120 m", "per slide", 1450.00,
         "15 business days", "-", "Report within 5 business days"),
        ("FLM-INSP-BOWL", "Annual EN 1069-2 inspection, bowl, funnel or half-pipe element", "per slide", 1980.00,
         "15 business days", "-", "Includes exit-speed radar measurement"),
        ("FLM-INSP-XL", "Annual EN 1069-2 inspection, slide over 120 m or multi-lane mat racer", "per slide",
         2350.00, "15 business days", "-", ""),
        ("FLM-GEL-RF2", "Gelcoat refurbishment, flume riding surface", "per linear metre", 96.00, "8 weeks",
         "24 months", "Tenting extra below 15 C"),
        ("FLM-GEL-FULL", "Full re-gelcoat, strip to laminate", "per linear metre", 164.00, "10 weeks",
         "36 months", "Required if >30% delaminated"),
        ("FLM-JNT-RS", "Flange joint reseal incl. A4 bolt set", "per joint", 38.50, "4 weeks", "12 months", ""),
        ("FLM-TWR-UT", "Support tower inspection with ultrasonic thickness testing", "per tower", 2200.00,
         "6 weeks", "-", "Steel towers up to 25 m"),
        ("FLM-PMP-SV", "Slide feed pump service, up to 45 kW", "per pump", 640.00, "3 weeks",
         "6 months workmanship", ""),
        ("FLM-PMP-SV-L", "Slide feed pump service, over 45 kW", "per pump", 890.00, "3 weeks",
         "6 months workmanship", ""),
        ("FLM-CNV-SV", "Raft conveyor annual service", "per conveyor", 3850.00, "4 weeks",
         "6 months workmanship", "Belt tracking, drive, e-stops"),
        ("FLM-SC-SILV", "SlideCare Silver service plan", "per year", 8400.00, "-", "-", "Billed annually"),
        ("FLM-SC-GOLD", "SlideCare Gold service plan", "per year", 14900.00, "-", "-", "Billed quarterly"),
        ("FLM-SC-PLAT", "SlideCare Platinum service plan", "per year", 26500.00, "-", "-", "Billed quarterly"),
        ("FLM-TRN-DSP", "Slide dispatcher training, one day on site", "per participant", 185.00, "3 weeks", "-",
         "Max 12 per session"),
        ("FLM-TENT", "Heated enclosure (tenting) for winter works", "per slide section per week", 1150.00,
         "2 weeks", "-", ""),
    ]
    for r in rows:
        ws.append(list(r))
    for c in ws[3]:
        c.font = Font(bold=True)

    ws2 = wb.create_sheet("Spare parts")
    ws2.append(["Flumora spare parts list 2026 - EUR excl. VAT, before plan parts discount"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Part no.", "Description", "Unit", "Price (EUR)", "Lead time"])
    parts = [
        ("FLM-SP-BOLT-A4", "M10 A4 stainless bolt set (bolt, 2 washers, nyloc nut)", "set", 3.20, "ex stock"),
        ("FLM-SP-SEAL-MS", "MS-polymer joint sealant, grey, 290 ml", "cartridge", 14.60, "ex stock"),
        ("FLM-SP-SEC-STR", "GRP flume section, straight, 1.2 m, colour-matched", "each", 2450.00,
         "10-12 weeks"),
        ("FLM-SP-SEC-CRV", "GRP flume section, curved, colour-matched", "each", 3180.00, "14 weeks"),
        ("FLM-SP-CNV-BELT", "Raft conveyor belt, complete", "each", 6900.00, "6 weeks"),
        ("FLM-SP-PMP-SEAL", "Pump mechanical seal kit", "kit", 412.00, "5 business days"),
        ("FLM-SP-ESTOP", "Dispatch emergency stop station, IP67", "each", 780.00, "2 weeks"),
        ("FLM-SP-LIGHT", "Dispatch traffic light, red/green LED", "each", 365.00, "2 weeks"),
    ]
    for p in parts:
        ws2.append(list(p))
    for c in ws2[3]:
        c.font = Font(bold=True)

    ws3 = wb.create_sheet("Slide categories")
    ws3.append(["Inspection categories and typical on-site duration"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Category", "Examples", "Inspection SKU", "Typical duration on site"])
    for r in [
        ("Body or tube slide up to 120 m", "open body slide, closed tube, family raft slide", "FLM-INSP-EN1069",
         "about 3 hours"),
        ("Bowl, funnel or half-pipe element", "bowl, funnel, boomerang wall", "FLM-INSP-BOWL", "about 4 hours"),
        ("Long or multi-lane", "slide over 120 m, mat racer with 4+ lanes", "FLM-INSP-XL", "about 5 hours"),
    ]:
        ws3.append(list(r))
    for c in ws3[3]:
        c.font = Font(bold=True)
    wb.save(OUT / "flumora-price-spec-sheet-2026.xlsx")


# --------------------------------------------------------------------------- Markdown KB
MD = """# What happens during your annual EN 1069-2 slide inspection

*Flumora knowledge base - article KB-112, last reviewed 14 October 2026*

Every water slide must be inspected at least once a year under EN 1069-2. Flumora's inspection unit is
accredited under ISO/IEC 17020 (type C) and works separately from our repair crews: the inspector who rates your
slide never quotes the repair.

## Before the day
- Book at least 15 business days ahead; we confirm the inspector's name 5 business days before.
- The park provides: water running at normal operating flow, a staff member authorised to lock out the feed
  pumps, access to the design documentation and the inspection reports from the previous three years.
- Slides must be clean; we do not inspect a flume with algae or scale on the riding surface.

## On the day
A body or tube slide takes about 3 hours, a bowl or funnel about 4 hours. The inspector checks:
1. the structure, bolts and flange joints along the whole flume;
2. the riding surface (cracks, chips, steps at joints over 2 mm are a finding);
3. the start platform, dispatch lights, emergency stops and signage;
4. exit speed, measured with a radar gun during test descents, and the water depth of the run-out or splash pool
   against the manufacturer's specification.

If wind at the top of the tower is above 60 km/h or lightning is detected within 10 km, the inspection stops and is
rescheduled free of charge.

## Ratings
| Rating | Meaning | What you must do |
|---|---|---|
| Green | no defects | nothing |
| Amber | minor defects, no immediate risk | slide may stay open; rectify within 30 days and send photos |
| Red | defect with immediate risk | slide must stay closed until rectified and re-inspected |

A re-inspection after a Red rating costs EUR 390 per slide when it takes place within 60 days of the original
inspection; after 60 days the full inspection price applies.

## After the day
The written report arrives within 5 business days. The inspection certificate is issued only when no Red finding
remains open. Reports and certificates are kept in SlidePortal for 10 years and can be shared with your insurer
through a read-only link.
"""


def make_md():
    (OUT / "kb-annual-slide-inspection.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
