"""Generate the four knowledge sources of the ferrotrue-wheel-lathes scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder.)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Ferrotrue Rail Systems GmbH", level=0)
    d.add_heading("Pit and Civil Works Specification FT-PIT, revision C", level=1)
    d.add_paragraph(
        "Applies to: FT-PIT-STD, lathe pit and foundation for the UFL 2200 single-axle underfloor wheel lathe. "
        "Document owner: Ferrotrue Projects & Civil Engineering, Dortmund. Issued 12 March 2025."
    )

    d.add_heading("1. Scope of FT-PIT-STD", level=2)
    for t in [
        "Site set-out, saw-cutting and removal of the existing track slab over the pit footprint, including disposal "
        "of up to 420 m³ of uncontaminated spoil.",
        "Excavation and construction of a reinforced concrete pit with internal dimensions of 14.5 m long x 4.2 m wide "
        "x 3.1 m deep (UFL 2200). The tandem UFL 2200T requires a 19.8 m pit and is quoted separately.",
        "Concrete grade C35/45 with exposure class XC4/XF2; reinforcement B500B. The machine foundation block is "
        "isolated from the surrounding depot slab by a 50 mm expansion joint to limit vibration transfer.",
        "Cast-in anchor plates, cable ducts (4 x DN150), a drainage sump of 0.8 m³ with a float-switched pump, "
        "and chequer-plate covers for the operator walkway.",
        "Installation of the two rail bridges (FT-RBR-2) and reconnection of the running rails at both pit ends, "
        "including aluminothermic welds and final track geometry survey.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("2. Tolerances and acceptance of the pit", level=2)
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Tolerance", "Checked by"
    for row in [
        ("Anchor plate position (plan)", "±2 mm", "Total station survey"),
        ("Anchor plate level", "±1 mm", "Precision levelling"),
        ("Rail head level at rail bridge joints", "±0.5 mm", "Joint survey with the buyer"),
        ("Pit floor flatness", "5 mm under a 3 m straightedge", "Straightedge"),
        ("Track gauge over the pit", "1,435 mm +2/-1 mm", "Track gauge"),
    ]:
        c = tbl.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "The pit is accepted at a joint inspection (Ferrotrue site manager and the buyer's engineer). Acceptance is "
        "recorded in a pit handover certificate; the machine is only lifted in after the certificate is signed. "
        "Minor snags that do not affect the machine installation do not prevent acceptance and are closed within "
        "20 working days."
    )

    d.add_heading("3. Programme and track possession", level=2)
    d.add_paragraph(
        "Design, structural calculations and support for the building permit application take 16 weeks from the "
        "signed order to the start of works on site. The depot track must then be out of service for 11 consecutive "
        "weeks for the pit works (from break-out to pit handover) plus 3 weeks for machine installation and "
        "commissioning, i.e. 14 weeks in total. Works are planned on a single day shift, Monday to Friday, "
        "07:00-17:00; night or weekend working is possible at extra cost if the buyer's operations require it."
    )
    d.add_paragraph(
        "Overhead line equipment (OLE) over the pit road must be isolated and earthed by the buyer. Ferrotrue's "
        "programme assumes up to 2 isolations per week during the pit works; continuous isolation is preferred."
    )

    d.add_heading("4. Buyer's obligations", level=2)
    for t in [
        "Electrical supply of 400 V, 3-phase, 50 Hz, 250 kVA, terminated in a lockable isolator at the pit edge.",
        "Compressed air at 6 bar (dry, oil-free) at the pit edge, minimum 300 l/min.",
        "A drainage connection to the depot's oil-water separator within 25 m of the pit.",
        "Access for a 40 t mobile crane and a 12 m articulated delivery vehicle, with hard standing next to the pit road.",
        "Existing track and utility drawings, a buried-services survey, and an asbestos and soil contamination "
        "survey before break-out.",
        "A site compound of at least 150 m² with welfare facilities within 200 m of the pit.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("5. Ground conditions, exclusions and extra-over rates", level=2)
    d.add_paragraph(
        "FT-PIT-STD is priced on the ground conditions of the site survey: made ground and clay, no rock above 1.5 m "
        "depth, and a groundwater level below 4.5 m. Where groundwater is found above 4.5 m, a watertight 'white tank' "
        "construction and dewatering are required and are charged extra-over at cost plus 12%. Rock encountered below "
        "1.5 m is broken out and removed at EUR 185 per m³. Contaminated spoil is removed at the rates of the licensed "
        "disposal site plus 8% handling."
    )
    d.add_paragraph("Not included in FT-PIT-STD:")
    for t in [
        "Relocation or diversion of existing buried utilities, drainage or cable routes.",
        "OLE design, isolation, modification or re-registration.",
        "Building permit fees and fees of the buyer's notified body.",
        "Alterations to the depot building, doors or roof (e.g. for crane access).",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("6. Warranty on civil works", level=2)
    d.add_paragraph(
        "Structural defects of the pit and foundation are warranted for 60 months from the date of the pit handover "
        "certificate. Cracks up to 0.3 mm width, surface wear of chequer plates and blocked drains caused by chips or "
        "debris are not defects. The machine itself is covered by the Service and Warranty Terms FT-2025."
    )
    d.save(OUT / "Pit_and_Civil_Works_Specification_FT-PIT.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h1, h2 = ss["Title"], ss["Heading2"]
    small = ss["BodyText"].clone("small", fontSize=8.5, leading=10.5)

    def P(t, s=body):
        return Paragraph(t, s)

    story = [
        P("Ferrotrue Rail Systems GmbH - Service and Warranty Terms FT-2025", h1),
        P("Valid for underfloor wheel lathes of the UFL series and their options ordered from 1 January 2025. "
          "These terms form part of every quote that lists a Ferrotrue service contract (FT-SVC-STD or FT-SVC-PREM)."),
        P("1. Warranty", h2),
        P("1.1 The machine (UFL 1600, UFL 2200, UFL 2200T) is warranted for 24 months from provisional acceptance "
          "or 30 months from delivery to site, whichever ends earlier."),
        P("1.2 The laser profile measuring system FT-MEAS-LP and other electronic options are warranted for "
          "12 months from provisional acceptance."),
        P("1.3 Wear parts are excluded from the warranty: cutting inserts, tool holder cartridges, way wipers, "
          "clamping jaws, friction roller tyres and chip conveyor belts."),
        P("1.4 The warranty does not cover damage caused by machining wheelsets outside the limits of the technical "
          "data sheet, wheels with flats longer than 60 mm that were not pre-cut at reduced feed, operation by staff "
          "who have not completed the Ferrotrue operator course, or supply voltage deviations beyond ±10%."),
        P("2. Service levels", h2),
    ]
    rows = [
        ["", "Standard (FT-SVC-STD)", "Premium (FT-SVC-PREM)"],
        ["Preventive maintenance visits", "1 per year", "2 per year"],
        ["Remote support hotline", "Business days 07:00-18:00 CET", "24/7"],
        ["Remote response time", "8 business hours", "2 hours"],
        ["On-site response, Priority 1 (machine down)", "72 hours", "24 hours"],
        ["On-site response, Priority 2 (degraded)", "5 business days", "48 hours"],
        ["Discount on spare parts (list price)", "5%", "12%"],
        ["Control software updates (FT-Control)", "Minor releases", "Minor and major releases"],
        ["Availability guarantee", "None", "97% per contract year"],
    ]
    t = Table([[P(c, small) for c in r] for r in rows], colWidths=[62 * mm, 52 * mm, 52 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7ef")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [t, Spacer(1, 6)]
    story += [
        P("2.1 Response times run from the moment the fault is logged with the Ferrotrue hotline and a ticket number "
          "is issued. Priority is set jointly; if the buyer and Ferrotrue disagree, the buyer's classification applies "
          "until the first remote diagnosis is complete."),
        P("2.2 Availability (Premium only) is measured over each 12-month contract year as scheduled operating hours "
          "minus downtime caused by machine faults, divided by scheduled operating hours. Downtime due to missing "
          "buyer approvals, power failures, lack of compressed air, or waiting for the buyer to release the track is "
          "not counted. For each full percentage point below 97%, the buyer receives a credit of 2% of the annual "
          "service fee, capped at 20% of the annual service fee. The credit is the sole remedy for missed availability."),
        P("2.3 Technician time outside the scope of the contract is charged at the hourly rates of the current price "
          "sheet; travel time is charged at the same rate, travel costs at cost."),
        P("3. Spare parts", h2),
        P("3.1 Ferrotrue keeps spare parts for UFL machines available for 15 years after provisional acceptance. "
          "Where a part becomes obsolete, Ferrotrue offers a functionally equivalent replacement, including any "
          "necessary adaptation of the control software, at the price of the original part."),
        P("3.2 Stock parts are shipped within 48 hours to addresses in the EU, UK, Norway and Switzerland. Non-stock "
          "parts are delivered in 6-10 weeks. A recommended on-site spares kit (FT-SPK-2200) is offered separately."),
        P("4. Term, fees and price adjustment", h2),
        P("4.1 Service contracts run for the number of contract years stated on the quote, starting at the end of the "
          "machine warranty or, if the buyer chooses, at provisional acceptance. The buyer may terminate for "
          "convenience at the end of any contract year from the end of year 2, with 6 months' written notice."),
        P("4.2 Fees are invoiced annually in advance, payable within 30 days. From the second contract year, fees are "
          "adjusted on each anniversary in line with the German index of producer prices for machinery, capped at "
          "3.5% per year."),
        P("5. Buyer's obligations", h2),
        P("5.1 The buyer keeps a machine log, carries out the daily and weekly operator checks described in the "
          "operating manual, and gives Ferrotrue technicians access to the machine, the track and the depot network "
          "for remote diagnosis. Remote access uses a Ferrotrue VPN gateway that must be approved by the buyer's IT."),
        P("5.2 If the buyer cancels a preventive visit less than 10 working days before the agreed date, the visit is "
          "considered carried out unless it can be re-planned within the same contract year."),
    ]
    SimpleDocTemplate(str(OUT / "Service_and_Warranty_Terms_FT-2025.pdf"), pagesize=A4,
                      leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                      title="Service and Warranty Terms FT-2025", author="Ferrotrue Rail Systems GmbH").build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    title_font = Font(bold=True, size=13)

    def sheet(ws, title, header, rows, widths):
        ws.append([title])
        ws["A1"].font = title_font
        ws.append([])
        ws.append(header)
        for c in ws[3]:
            c.font = bold
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for r in rows:
            ws.append(r)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w

    ws = wb.active
    ws.title = "Machines"
    sheet(ws, "Ferrotrue underfloor wheel lathes - technical data and list prices 2025 (EUR, ex works, excl. VAT)",
          ["Model", "SKU", "Configuration", "Wheel diameter range (mm)", "Max axle load (t)", "Track gauge (mm)",
           "Main drive power (kW)", "Cycle time EMU/DMU wheelset (min)", "Cycle time locomotive wheelset (min)",
           "Extra time per brake disc (min)", "Diameter difference on one axle after machining (mm)",
           "List price (EUR)"],
          [
              ["UFL 1600", "FT-UWL-1600", "Single axle, tram and light rail", "500-1,000", 14, "1,000-1,435",
               "2 x 22", 18, "n/a", 6, "max 0.1", 1060000],
              ["UFL 2200", "FT-UWL-2200", "Single axle, mainline", "600-1,250", 32.5, "1,435 (1,668 with kit)",
               "2 x 37", 25, 35, 7, "max 0.1", 1480000],
              ["UFL 2200T", "FT-UWL-2200T", "Tandem, both axles of a bogie at once", "600-1,250", 32.5, "1,435",
               "4 x 37", 16, 24, 7, "max 0.1", 2390000],
          ],
          [12, 15, 34, 14, 10, 20, 12, 14, 14, 12, 16, 14])
    ws.append([])
    ws.append(["Cycle times: measure, re-profile to S1002 or equivalent with an average radial cut of 3 mm, "
               "re-measure; vehicle positioning time not included."])
    ws.append(["Wheels harder than 320 HB (e.g. after brake skids): cycle time +40%."])

    ws2 = wb.create_sheet("Tooling & consumables")
    sheet(ws2, "Tooling and consumables for UFL 2200 - price list 2025 (EUR per box, excl. VAT)",
          ["SKU", "Description", "Cutting edges per insert", "Inserts per box", "Typical wheelsets per box",
           "Price per box (EUR)", "Notes"],
          [
              ["FT-TL-RGH", "Roughing carbide insert LNMX 30, grade FK25", 4, 10, 60, 420,
               "Main stock removal"],
              ["FT-TL-FIN", "Finishing profile insert RCMX 25, grade FK10", 2, 10, 110, 395,
               "Flange and tread finish pass"],
              ["FT-TL-BDC", "Brake disc insert SNMG 19, grade FK25", 4, 10, "80 brake discs", 310,
               "Needs brake disc unit FT-BDM"],
              ["FT-TL-HLD", "Tool holder cartridge, left or right", "n/a", 1, "n/a", 1250,
               "Wear part, not under warranty"],
          ],
          [12, 44, 12, 10, 16, 14, 30])
    ws2.append([])
    ws2.append(["Wheelsets per box assume an average radial cut of 3 mm and wheel hardness up to 300 HB. "
                "Above 320 HB tool life roughly halves."])
    ws2.append(["Orders of 25 boxes or more per SKU and year: 10% discount."])

    ws3 = wb.create_sheet("Options & services")
    sheet(ws3, "Options, services and lead times 2025 (EUR, excl. VAT)",
          ["SKU", "Item", "Unit", "List price (EUR)", "Lead time"],
          [
              ["FT-RBR-2", "Rail bridge, hydraulic, one per rail", "each", 38500, "with machine"],
              ["FT-MEAS-LP", "Laser profile measuring system (before/after)", "each", 64000, "14 weeks"],
              ["FT-BDM", "Brake disc machining unit", "each", 54000, "with machine"],
              ["FT-CHIP-CNV", "Chip conveyor and chip crusher", "each", 27800, "with machine"],
              ["FT-GAUGE-1668", "Iberian gauge conversion kit", "each", 48000, "20 weeks"],
              ["FT-SPK-2200", "Recommended on-site spares kit", "kit", 36900, "10 weeks"],
              ["FT-UWL-2200", "UFL 2200 machine", "each", 1480000, "38 weeks from order"],
              ["FT-PIT-STD", "Pit and civil works (see FT-PIT rev. C)", "lot", "on quote",
               "start on site 16 weeks from order"],
              ["FT-TRN-OP", "Operator training", "per day", 1850, "4 weeks notice"],
              ["FT-TRN-MNT", "Maintenance technician training", "per day", 2100, "4 weeks notice"],
              ["FT-SVC-STD", "Standard service contract", "per year", 28000, "-"],
              ["FT-SVC-PREM", "Premium service contract", "per year", 42000, "-"],
              ["FT-TECH-DAY", "Technician, weekdays 07:00-18:00", "per hour", 135, "5 working days"],
              ["FT-TECH-OOH", "Technician, nights, weekends and public holidays", "per hour", 202, "5 working days"],
              ["FT-REMOTE", "Remote support outside a service contract", "per hour", 165, "same day"],
              ["Spare parts", "Stock parts", "-", "list", "48 hours (EU, UK, NO, CH)"],
          ],
          [16, 48, 10, 16, 32])
    wb.save(OUT / "Ferrotrue_UFL_Price_and_Spec_Sheet_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Operating your Ferrotrue underfloor wheel lathe: FAQ

*Knowledge base - Ferrotrue Customer Service - applies to UFL 1600, UFL 2200 and UFL 2200T with FT-Control 4.x*

## Which wheel profiles can the lathe cut?
FT-Control ships with S1002, P8, EPS, ORE S1002-variants and the UIC 510-2 tram profiles. Up to 40 profiles can be stored
on the machine. Custom profiles are imported as DXF files; Ferrotrue checks and releases a new profile within
5 working days of receiving the drawing. Releasing custom profiles is free of charge during the warranty and under a
service contract, otherwise it is billed as remote support.

## Does the lathe move the train?
No. The lathe has no traction drive of its own. Vehicles are brought over the pit by the depot shunter, a road-rail
vehicle or the train's own traction, at walking pace. Positioning within ±50 mm of the machine centre line is enough;
the friction rollers then drive the wheelset during cutting. The rail bridges are lowered hydraulically once the
axle boxes are clamped, and raised again before the vehicle moves on.

## How is a wheelset measured?
The optional FT-MEAS-LP laser system measures the profile before and after machining: wheel diameter, flange height,
flange thickness, qR dimension and back-to-back distance. Results are stored per vehicle and axle and exported as CSV
and XML files to a network share. The lathe warns the operator when the diameter after re-profiling would be within
5 mm of the scrap diameter entered for that fleet, and refuses to start below it.

## What does a re-profiling consume?
On a UFL 2200, an average re-profiling uses about 28 kWh of electricity per wheelset and produces on average 18 kg of
chips per wheelset at a 3 mm radial cut. Without the chip conveyor (FT-CHIP-CNV) the chip bin (0.6 m³) has to be
emptied about every 25 wheelsets; with the conveyor, chips are crushed and carried to a skip outside the pit.

## Who can operate it, and what training is there?
One trained operator per shift is enough for normal production. Two courses exist:

| Course | SKU | Duration | Max. trainees per course | Content |
|---|---|---|---|---|
| Operator course | FT-TRN-OP | 3 days | 6 | safety, vehicle positioning, clamping, profiles, measuring, daily checks |
| Maintenance course | FT-TRN-MNT | 4 days | 4 | hydraulics, drives, diagnosis, FT-Control back-ups, weekly and monthly checks |

Training is held at the buyer's depot on the installed machine, after commissioning. Each trainee receives a
certificate; only certified operators may run the machine under the warranty terms. Training days bought with the
machine can be split between the two courses.

## Can it machine brake discs?
Yes, with the brake disc machining unit FT-BDM, which skims axle-mounted brake discs in the same set-up as the wheels
(about 7 minutes extra per disc on a UFL 2200). Wheel-mounted brake discs cannot be machined.

## Software, back-ups and remote access
FT-Control keeps an automatic back-up of all profiles and settings every night on the machine PC and, if the buyer
allows it, on a Ferrotrue server. Remote diagnosis runs through a Ferrotrue VPN gateway that the buyer's IT must
approve. Without remote access, fault response is on-site only and response times in the service terms still apply.

## Housekeeping tips
- Empty the pit sump weekly; chips in the sump pump are the most frequent cause of call-outs.
- Replace way wipers every 6 months; they are wear parts.
- Keep a stock of at least 5 boxes of roughing inserts; at 3 shifts a day a mainline depot uses a box in about a week.
"""


def make_md():
    (OUT / "kb-wheel-lathe-operations-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in OUT.iterdir()))
