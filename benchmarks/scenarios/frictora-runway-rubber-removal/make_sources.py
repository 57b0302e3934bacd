"""Generate the four knowledge sources of the frictora-runway-rubber-removal scenario.

Run with:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder).
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

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Frictora Airfield Services B.V. - Terms of Service for Airfield Works (v5.1, January 2026)", 0)
    d.add_paragraph(
        "These terms apply to all rubber removal, friction measurement, texture testing and marking reinstatement "
        "works carried out by Frictora Airfield Services B.V. (\"Frictora\") on runways, taxiways and aprons. "
        "They prevail over any purchase-order terms of the airport operator (\"the Airport\") unless Frictora has "
        "agreed otherwise in writing.")

    d.add_heading("1. Quotations and ordering", 1)
    d.add_paragraph(
        "Quotations are valid for 45 days from their date. Quantities in square metres are based on the areas "
        "supplied by the Airport; the invoiced quantity is the area actually treated, measured from the "
        "Frictora work log and the GPS track of each unit. Where the treated area differs from the quoted area by "
        "more than 15%, the unit rates remain fixed but the mobilisation charge is not adjusted.")

    d.add_heading("2. Payment", 1)
    d.add_paragraph(
        "Payment schedule: 30% on order confirmation, 60% upon completion of the rubber removal shifts, and the "
        "remaining 10% after delivery of the post-works friction report. Invoices are payable 30 days net from the "
        "invoice date. Late payments bear statutory commercial interest (Dutch Civil Code art. 6:119a). Prices "
        "exclude VAT.")

    d.add_heading("3. Shift cancellation and standby", 1)
    d.add_paragraph(
        "Cancellation by the Airport more than 48 hours before the start of a shift: no charge. Cancellation by the "
        "Airport within 48 hours of the start of a shift (including runway closures withdrawn by ATC or the "
        "Airport): 50% of the night-shift premium for that shift plus a standby charge of EUR 1,450 per unit per "
        "shift.")
    d.add_paragraph(
        "Weather cancellation declared by the Frictora site lead (see Method Statement MS-RRR-07 for the limits): "
        "the first 2 weather-lost shifts per campaign are free of charge; each further weather-lost shift is "
        "charged as standby at EUR 690 per unit. Weather-lost shifts are rescheduled at the next available runway "
        "closure agreed with the Airport.")

    d.add_heading("4. Airport obligations", 1)
    for t in [
        "Publish the NOTAM and secure the runway closure windows; provide the closure schedule at least 10 working days before mobilisation.",
        "Provide a follow-me / escort vehicle with radio contact to ATC for every shift, and airside passes for the crews.",
        "Provide access to a hydrant or standpipe delivering at least 60 l/min. Where no hydrant is available, Frictora supplies a 12,000 litre water bowser (SKU WTR-BOWSER), charged per shift as per the price list.",
        "Provide a secure compound of at least 30 x 20 m airside for the units between shifts.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("5. Performance guarantee and warranty", 1)
    d.add_paragraph(
        "Rubber removal performance guarantee: the acceptance criterion is the post-works friction survey described "
        "in the Method Statement. If any 100 m segment fails the criterion, Frictora re-treats the affected "
        "sections at no charge within 10 working days of the survey, subject to runway closures being made "
        "available. The re-treatment right must be claimed within 30 days of the post-works report; after that the "
        "rubber removal works are deemed accepted. No guarantee is given on how long the friction level is retained, "
        "since re-contamination depends on traffic.")
    d.add_paragraph(
        "Marking reinstatement warranty: reinstated markings (SKU MRK-REINST-M2, water-based paint with glass beads) "
        "are warranted for 12 months against peeling, flaking and loss of retro-reflectivity below 100 mcd/m2/lx. "
        "Thermoplastic markings (SKU MRK-REINST-TP) are warranted for 24 months. The warranty does not cover damage "
        "from snow ploughs, de-icing fluid spills or later rubber removal by third parties.")

    d.add_heading("6. Liability and insurance", 1)
    d.add_paragraph(
        "Frictora's total liability under a contract is capped at 100% of the contract value (excluding VAT). "
        "Frictora is not liable for consequential or indirect loss, including flight delays, diversions, airline "
        "claims or loss of airport charges. Frictora holds public liability insurance of EUR 10 million per event "
        "and airside liability insurance of EUR 50 million per event; certificates are supplied on request before "
        "mobilisation.")

    d.add_heading("7. Waste", 1)
    d.add_paragraph(
        "Rubber slurry recovered by the units is carried by Frictora to a licensed processing facility and invoiced "
        "per tonne on the weighbridge ticket (SKU SLR-DISP-T). Waste transfer notes are provided to the Airport within "
        "10 working days of the end of the campaign.")

    d.add_heading("8. On-call retainer (FWK-ONCALL-3Y)", 1)
    d.add_paragraph(
        "The three-year on-call retainer is invoiced annually in advance. It includes one CFME friction survey of one "
        "runway per year and priority mobilisation within 72 hours for emergency friction events (for example after "
        "a fuel or oil spill or a failed regulatory friction test). Without the retainer, emergency mobilisation is "
        "on a best-efforts basis, typically within 10 working days. The retainer renews for one-year periods unless "
        "terminated with 3 months' notice before the anniversary.")

    d.add_heading("9. Governing law", 1)
    d.add_paragraph(
        "These terms are governed by Dutch law. Disputes are submitted to the competent court in Rotterdam.")
    d.save(K / "Frictora_Terms_of_Service_Airfield_v5.1.docx")


# ---------------------------------------------------------------- PDF: method statement
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    story = [Paragraph("Frictora Method Statement MS-RRR-07 rev. 4", ss["Title"]),
             Paragraph("Ultra-high-pressure (UHP) water-jet rubber removal on runways", ss["Heading3"])]

    def sec(title, paras):
        story.append(Paragraph(title, h))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 3))

    sec("1. Scope and references", [
        "This method statement covers the removal of rubber deposits from runway touchdown zones by UHP water "
        "jetting, the associated FOD sweep and the handback of the runway. Works follow ICAO Annex 14 Volume I, "
        "the ICAO Airport Services Manual Doc 9137 Part 2 and EASA CS-ADR-DSN where applicable. The airport's own "
        "airside driving and works permit rules take precedence on site.",
    ])
    sec("2. Equipment", [
        "Runways are treated with StripJet 40 truck-mounted units. Each StripJet 40 works at an operating pressure "
        "of 2,500 bar with a water flow of 45 l/min through a rotating spray bar 2.4 m wide, and recovers the slurry "
        "with an on-board vacuum system that captures at least 95% of water and debris. The compact StripJet 25 "
        "(2,000 bar) is used on taxiways, aprons and around stand markings only.",
        "Each unit carries its own spill kit, amber beacons, an ATC-frequency radio and an obstruction light on the "
        "highest point.",
    ])
    sec("3. Production rates (per unit, per hour of effective jetting)", [])
    t = Table([
        ["Surface", "Rate per StripJet 40", "Notes"],
        ["Ungrooved asphalt", "1,100 m2/h", "standard touchdown-zone rate"],
        ["Grooved asphalt", "750 m2/h", "slower pass to clean groove walls"],
        ["Portland cement concrete (PCC)", "600 m2/h", "two passes on heavily tined surfaces"],
        ["Porous friction course (PFC)", "on trial only", "max. 1,200 bar, trial strip required"],
    ], colWidths=[60 * mm, 40 * mm, 70 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(t)
    story.append(Spacer(1, 4))
    story.append(Paragraph(
        "Porous friction course is never treated above 1,200 bar. Before any PFC work a trial strip of 50 m2 is "
        "jetted and inspected with the airport's pavement engineer; the work continues only with the engineer's "
        "written approval. Effective jetting time is typically 65% of a shift after set-up, turning and handback.",
        body))
    sec("4. Working windows and handback", [
        "The minimum useful closure window is 4 hours, including 30 minutes for set-up and 30 minutes for the FOD "
        "sweep and handback inspection. The runway is handed back to ATC at least 15 minutes before the end of the "
        "closure window.",
        "Emergency recall: on an ATC recall instruction, all units and personnel clear the runway strip within "
        "20 minutes. Any untreated area is completed in the next shift at no extra charge.",
        "Crew: each unit is operated by a crew of 3 (operator, spotter/radio operator and a driver holding an "
        "airside driving permit). A Frictora site lead is present for every shift and is the single point of "
        "contact for ATC and the airport duty manager.",
    ])
    sec("5. Weather limits", [
        "Work stops when the pavement surface temperature is below 3 degrees Celsius or when ice formation is "
        "forecast, when the mean wind exceeds 25 knots, or in visibility below 400 m. Work may continue in light "
        "rain, but the post-works friction survey requires a dry pavement and is postponed to a dry closure.",
    ])
    sec("6. Airfield ground lighting and markings", [
        "An exclusion zone of 300 mm is kept around inset lights, where the spray bar pressure is reduced to "
        "1,400 bar and the fitting is inspected after the pass. Damaged fittings are reported to the airport before "
        "handback. UHP jetting removes painted markings in the treated area; touchdown-zone and aiming-point "
        "markings must therefore be reinstated after rubber removal (see SKU MRK-REINST-M2).",
    ])
    sec("7. Quality control and acceptance", [
        "Visual target: at least 90% of the rubber deposits removed, checked on a 10 m sample grid by the site lead. "
        "Texture: mean texture depth measured with the grease patch method at agreed locations before and after "
        "the works.",
        "Acceptance criterion: in the post-works friction survey, each 100 m segment must reach either the airport's "
        "maintenance planning level or a value 0.10 above the pre-works reading of that segment, whichever is lower. "
        "Segments that fail are re-treated as set out in the Terms of Service.",
    ])
    doc = SimpleDocTemplate(str(K / "MS-RRR-07_UHP_Rubber_Removal_Method_Statement.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Frictora Method Statement MS-RRR-07 rev. 4")
    doc.build(story)


# ---------------------------------------------------------------- XLSX: price list + specs
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2026"
    ws.append(["Frictora Airfield Services - Price List 2026 (EUR, excl. VAT), valid 1 January - 31 December 2026"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Minimum order", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["RRR-UHP-TDZ", "UHP rubber removal, ungrooved asphalt", "m2", 0.68, "5,000 m2", "volume discounts on sheet 'Discounts & surcharges'"],
        ["RRR-UHP-GRV", "UHP rubber removal, grooved asphalt", "m2", 0.84, "5,000 m2", ""],
        ["RRR-UHP-PCC", "UHP rubber removal, concrete (PCC)", "m2", 0.92, "5,000 m2", ""],
        ["MOB-UHP-1U", "Mobilisation and demobilisation, 1 UHP unit", "lump sum", 3100, "", "within 250 km of Moerdijk depot"],
        ["MOB-UHP-2U", "Mobilisation and demobilisation, 2 UHP units", "lump sum", 5400, "", "within 250 km; beyond: EUR 2.10 per km per unit"],
        ["NSP-SHIFT", "Night-shift premium (shift between 22:00 and 06:00)", "shift", 780, "", "per shift, all units"],
        ["WKD-SHIFT", "Weekend / public holiday premium", "shift", 540, "", "cumulative with NSP-SHIFT"],
        ["FRT-CFME-2R", "Continuous friction measurement survey, one runway up to 3,000 m", "survey", 1950, "", "FX-3 tester, 3 m and 6 m either side of centreline"],
        ["FRT-CFME-AD", "Additional test line in the same survey", "line", 420, "", "e.g. 9 m offset or a second speed"],
        ["MTX-GP-TEST", "Macrotexture depth test, grease patch method", "location", 85, "6 locations", ""],
        ["MTX-LASER", "Laser profilometer texture survey, full runway", "runway", 1280, "", "continuous MPD readings every 10 m"],
        ["SLR-DISP-T", "Slurry recovery and licensed disposal", "tonne", 142, "", "weighbridge ticket"],
        ["WTR-BOWSER", "Water bowser 12,000 litres with driver", "shift", 380, "", "only where no hydrant is available"],
        ["MRK-REINST-M2", "Marking reinstatement, water-based paint with glass beads", "m2", 11.50, "100 m2", "12 months warranty"],
        ["MRK-REINST-TP", "Marking reinstatement, thermoplastic", "m2", 18.90, "100 m2", "24 months warranty"],
        ["FWK-ONCALL-3Y", "Three-year on-call retainer", "year", 2400, "3 years", "includes 1 CFME survey per year"],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEF", [16, 62, 10, 15, 15, 52]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Equipment specs")
    ws2.append(["Frictora UHP units and test equipment - technical data"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Parameter", "StripJet 40", "StripJet 25", "FX-3 friction tester"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ["Use", "runways", "taxiways, aprons, stands", "runway friction surveys"],
        ["Operating pressure", "2,500 bar", "2,000 bar", "-"],
        ["Water flow", "45 l/min", "30 l/min", "self-wetting, 1 mm water film"],
        ["Spray bar width", "2.4 m", "1.6 m", "-"],
        ["Clean water tank", "18,000 l", "10,000 l", "1,000 l"],
        ["Slurry tank", "14,000 l", "8,000 l", "-"],
        ["Gross vehicle weight", "26 t", "18 t", "0.45 t (towed)"],
        ["Max. travel speed airside", "40 km/h", "50 km/h", "test speeds 65 km/h and 95 km/h"],
        ["Engine emission class", "Euro VI", "Euro VI", "-"],
    ]:
        ws2.append(r)
    for col, w in zip("ABCD", [28, 18, 26, 32]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Discounts & surcharges")
    ws3.append(["Volume discounts and surcharges 2026"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Item", "Condition", "Value"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ["Volume discount on RRR-UHP lines", "20,000 - 49,999 m2 per campaign", "5%"],
        ["Volume discount on RRR-UHP lines", "50,000 m2 or more per campaign", "9%"],
        ["Retainer holders", "extra discount on friction and texture tests", "10%"],
        ["Distance surcharge", "beyond 250 km from depot", "EUR 2.10 per km per unit"],
        ["Short-notice mobilisation", "order less than 15 working days before start", "15% on mobilisation"],
    ]:
        ws3.append(r)
    for col, w in zip("ABC", [34, 46, 26]):
        ws3.column_dimensions[col].width = w
    wb.save(K / "Frictora_Price_List_and_Equipment_2026.xlsx")


# ---------------------------------------------------------------- MD: KB article
MD = """# Friction testing and rubber removal: how often, and what you get

*Frictora knowledge base - article KB-112, updated January 2026*

Rubber from tyres builds up in the touchdown zones with every landing, fills the pavement texture and lowers
wet-runway friction. Frictora plans friction surveys and rubber removal campaigns from the number of daily turbojet
landings **per runway end**. The table below is Frictora's planning guidance based on FAA AC 150/5320-12D; your
national authority's rules always take precedence.

| Daily turbojet landings per runway end | Friction survey at least | Rubber removal typically |
|---|---|---|
| fewer than 15 | every 360 days | every 2 years |
| 16 to 30 | every 180 days | every year |
| 31 to 90 | every 90 days | every 6 months |
| 91 to 150 | every 60 days | every 4 months |
| 151 to 210 | every 30 days | every 3 months |
| more than 210 | every 15 days | every 2 months |

## How the friction survey works

- Device: Frictora FX-3 towed fixed-slip tester with a self-wetting system laying a 1 mm water film.
- Standard survey (SKU FRT-CFME-2R): runs at 65 km/h at 3 m and 6 m either side of the centreline; a run at
  95 km/h can be added as an additional test line (SKU FRT-CFME-AD).
- Results are averaged over 100 m segments and compared with the airport's maintenance planning level and minimum
  friction level.
- The written report is delivered within 5 working days of the survey, with a segment chart, raw data in CSV and
  the device calibration certificate.
- A pre-works and a post-works survey are needed to apply the acceptance criterion of the Method Statement; this is
  why rubber removal quotes normally include two surveys.

## Texture testing

- Grease patch method (SKU MTX-GP-TEST): a known volume of grease is spread in a circle; mean texture depth is
  computed from the diameter. Minimum 6 locations per order; one location takes about 10 minutes of runway time.
- Laser profilometer (SKU MTX-LASER): continuous mean profile depth along the full runway, recorded every 10 m;
  needs one closure of at least 2 hours.

## Frequently asked

**Can you remove rubber while the ILS is operating?** The glide path and localiser critical areas are entered only
with ATC clearance; in practice the ILS is in maintenance or the runway is closed during our shifts.

**Do you need to repaint after rubber removal?** Yes in most cases: UHP jetting also removes paint. Touchdown-zone
and aiming-point markings are usually reinstated the night after the last jetting shift, once the pavement is dry.

**Does rubber removal damage grooves?** At 2,500 bar on sound grooved asphalt, no. Frayed groove edges are
photographed in the pre-works inspection and reported to the airport before work starts.
"""


def make_md():
    (K / "friction-testing-and-rubber-removal-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
