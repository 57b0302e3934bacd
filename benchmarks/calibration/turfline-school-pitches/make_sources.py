"""Generate the four knowledge sources for the turfline-school-pitches scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab installed in a scratch folder).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: warranty & service terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Turfline Athletic Surfaces, Inc. - K-12 Warranty & Service Terms (rev. 2026-09)", 0)
    d.add_paragraph(
        "These terms apply to synthetic turf systems, shock pads, sports lighting and controls supplied and "
        "installed by Turfline Athletic Surfaces, Inc. (\"Turfline\") for public school districts. They form part "
        "of every Turfline K-12 quote that refers to them. Where a quote and these terms differ, the quote prevails."
    )
    d.add_heading("1. Synthetic turf carpet (ProPlay and Elite ranges)", 1)
    d.add_paragraph(
        "ProPlay 50 and ProPlay 60 carpets are warranted for 8 years from substantial completion against "
        "premature wear, UV degradation and loss of fiber tuft-bind. Elite 70 carpets are warranted for 10 years. "
        "In years 1 to 4 Turfline repairs or replaces affected areas at no cost to the District. In years 5 to 8 "
        "the warranty is pro-rated: Turfline's contribution is 80% in year 5, 60% in year 6, 40% in year 7 and 20% "
        "in year 8, and the District pays the balance at the prices then current."
    )
    d.add_paragraph(
        "The turf warranty assumes use of no more than 3,000 hours per year per field. Hours above that figure, "
        "logged or reasonably estimated from the District's scheduling system, reduce the remaining warranty term "
        "proportionally. The District must keep a grooming log and must have the field tested for impact "
        "attenuation (ASTM F1936) at least once a year. If any test point exceeds 165 Gmax during the warranty "
        "term, Turfline will restore that area to below 165 Gmax at no charge, including infill correction."
    )
    d.add_heading("2. ShockBase shock pads", 1)
    d.add_paragraph(
        "ShockBase 17 mm pads carry a 25-year limited warranty; ShockBase 10 mm pads carry a 20-year limited "
        "warranty. The pad warranty covers loss of shock absorption beyond 15% of the tested initial value and "
        "loss of vertical drainage. It is transferable to a replacement turf carpet installed over the same pad, "
        "provided the replacement carpet is installed by Turfline or a Turfline-certified installer. Pads lifted "
        "and relaid by third parties are not covered."
    )
    d.add_heading("3. Sports lighting, poles and controls", 1)
    d.add_paragraph(
        "Luxora LX-series LED fixtures are warranted for 10 years, parts and labor, including lift equipment up to "
        "80 ft. Turfline also guarantees light levels: the average maintained illuminance on the main field will "
        "not fall below the design target stated in the quote for 10 years; if a photometric audit shows it does, "
        "Turfline re-aims or replaces fixtures at its own cost. Galvanized steel poles and foundations designed by "
        "Turfline carry a 25-year structural warranty. The FieldLink controller hardware is warranted for 5 years; "
        "the FieldLink service subscription for the same 5 years is included in the controller price."
    )
    d.add_paragraph(
        "Damage from lightning strikes and power surges is covered only where the Turfline surge protective device "
        "supplied in each pole cabinet remains installed and the pole grounding has not been altered."
    )
    d.add_heading("4. Exclusions", 1)
    for t in [
        "Vehicles over 6,000 lb gross weight driven on the field without ground-protection mats.",
        "Metal cleats or spikes longer than 1/2 inch; track spikes of any length.",
        "Fireworks, open flames, smoking, grills and any cooking on the surface.",
        "Snow removal using steel-edged blades or rotary brooms with steel bristles; use rubber-edged blades only, "
        "leaving at least 1 inch of snow on the surface.",
        "Tent stakes, ground anchors or paint other than Turfline-approved removable field paint.",
        "Vandalism, fire, flood, earthquake, and sub-base settlement or drainage failure in works not built by "
        "Turfline.",
        "Infill other than the infill specified in the quote, or top-ups not approved by Turfline.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Making a claim", 1)
    d.add_paragraph(
        "Claims must be made in writing to warranty@turfline-athletic.com within 30 days of the District "
        "discovering the defect, with photographs and the grooming log. Turfline acknowledges claims within 5 "
        "business days and visits the site within 10 business days. A lighting outage in which more than 20% of "
        "the fixtures on one pole are dark is treated as urgent: a technician is on site within 48 hours, excluding "
        "weekends and federal holidays. Warranty repairs are scheduled outside booked games where the District "
        "gives Turfline its event calendar."
    )
    d.add_heading("6. Transfer and records", 1)
    d.add_paragraph(
        "Warranties are transferable to a successor public entity (for example after a district consolidation) "
        "on written notice. Turfline keeps installation records, test results and as-built drawings for 12 years "
        "and provides copies on request at no charge."
    )
    d.save(OUT / "Turfline-K12-Warranty-and-Service-Terms.docx")


# ---------------------------------------------------------------- PDF: technical data & installation guide
def make_pdf():
    ss = getSampleStyleSheet()
    h, b = ss["Heading2"], ss["BodyText"]
    story = [Paragraph("ProPlay 60 Turf System - Technical Data &amp; Installation Guide", ss["Title"]),
             Paragraph("Turfline Athletic Surfaces, Inc. | Document TDS-PP60-K12, edition 2026", b), Spacer(1, 8)]
    rows = [
        ["Layer", "Specification"],
        ["Carpet", "ProPlay 60 dual-fiber: diamond-profile polyethylene monofilament 12,000 dtex plus texturized "
                   "nylon thatch 6,600 dtex; pile height 2.25 in (57 mm); face weight 44 oz/sq yd; gauge 1/2 in"],
        ["Backing", "double-layer polypropylene primary, polyurethane secondary coating; total weight 76 oz/sq yd"],
        ["Infill", "silica sand ballast 4.0 lb/sq ft plus TerraFill cork-coconut 1.1 lb/sq ft"],
        ["Shock pad", "ShockBase 17 mm prefabricated closed-cell polyolefin, vertical drainage channels"],
        ["Drainage", "system vertical drainage rate exceeds 30 inches per hour (tested to EN 12616)"],
    ]
    story += [Paragraph("1. System build-up", h),
              Table([[Paragraph(c, b) for c in r] for r in rows], colWidths=[70, 398], hAlign="LEFT")]
    story += [Paragraph("2. Performance", h), Paragraph(
        "Initial impact attenuation target is 115 Gmax (plus or minus 15) when tested to ASTM F1936, well below "
        "the 200 Gmax limit of that standard. Head Injury Criterion (HIC) critical fall height is at least 1.3 m "
        "with the ShockBase 17 mm pad. On sunny days, field surfaces with TerraFill cork-coconut infill have "
        "measured up to 22 degrees F (22°F) lower than comparable SBR crumb-rubber fields on the same day. TerraFill "
        "contains no rubber and no heavy metals. Because organic infill is lighter than rubber, expect an annual "
        "infill top-up of 3 to 5% of the original quantity, concentrated at goal mouths and along the sidelines.", b)]
    story += [Paragraph("3. Lead times and programme", h), Paragraph(
        "Turf manufacturing lead time is 6 weeks from approved submittals. Luxora lighting fixtures and steel "
        "poles have a lead time of 14 weeks from approved photometric design and stamped foundation drawings. "
        "On-site installation of a field of up to 90,000 sq ft takes about 5 weeks: week 1 laser grading of the "
        "existing base; week 2 shock pad; weeks 3 and 4 carpet, seaming and inlaid lines; week 5 infill, grooming "
        "and the acceptance Gmax test. Installation pauses when rainfall exceeds 0.25 in in 24 hours, or when air "
        "temperature is below 40°F, because the seaming adhesive will not cure. Lost weather days extend the "
        "programme day for day.", b)]
    story += [Paragraph("4. Site requirements (District responsibilities)", h), Paragraph(
        "A truck access route at least 12 ft wide with 14 ft overhead clearance; a fenced laydown area of "
        "10,000 sq ft within 300 ft of the field; a water connection and a 120 V power supply; removal of "
        "goalposts, bleacher encroachments and irrigation heads within the field footprint before mobilization; "
        "locating of private underground utilities. The field may be used 72 hours after final infill grooming; "
        "games with spectators should wait until the acceptance Gmax test report has been issued.", b)]
    story += [Paragraph("5. Owner maintenance", h), Paragraph(
        "Brush the surface every 40 hours of use, and at least weekly during the season, with the tow brush "
        "supplied in the grooming set. Run the magnetic sweeper monthly and after any event with metal debris. "
        "Remove gum, seeds and food immediately; ban sunflower seeds and colored sports drinks on the surface. "
        "Decompaction (deep cleaning) is recommended once a year for fields used more than 1,500 hours. Do not "
        "use bleach; disinfect only with the Turfline-approved quaternary cleaner diluted 1:64.", b)]
    SimpleDocTemplate(str(OUT / "ProPlay60-Technical-Data-and-Installation-Guide.pdf"), pagesize=letter,
                      title="ProPlay 60 Technical Data & Installation Guide").build(story)


# ---------------------------------------------------------------- XLSX: price and spec sheet
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True, size=12)

    def sheet(ws, title, header, rows):
        ws.append([title]); ws["A1"].font = bold
        ws.append(header)
        for c in ws[2]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(r)
        for col in "ABCDEFG":
            ws.column_dimensions[col].width = 26

    ws = wb.active; ws.title = "Turf Systems"
    sheet(ws, "Turfline 2027 K-12 Price & Specification Sheet - Turf systems (list prices, USD, valid to 31 Dec 2027)",
          ["SKU", "Product", "Pile height", "Face weight", "List price", "Unit", "Warranty"],
          [["TL-PP50-INST", "ProPlay 50 slit-film turf, supplied & installed", "2.0 in", "38 oz/sq yd", 5.15, "per sq ft", "8 years"],
           ["TL-PP60-INST", "ProPlay 60 dual-fiber turf, supplied & installed", "2.25 in", "44 oz/sq yd", 5.90, "per sq ft", "8 years"],
           ["TL-EL70-INST", "Elite 70 monofilament turf, supplied & installed", "2.5 in", "52 oz/sq yd", 7.10, "per sq ft", "10 years"],
           ["TL-SP10", "ShockBase 10 mm shock pad", "10 mm", "-", 1.05, "per sq ft", "20 years"],
           ["TL-SP17", "ShockBase 17 mm shock pad", "17 mm", "-", 1.30, "per sq ft", "25 years"],
           ["TL-INF-SBR", "Cryogenic SBR crumb-rubber infill, installed", "-", "-", 0.40, "per sq ft", "-"],
           ["TL-INF-TPE", "TPE infill, installed", "-", "-", 0.95, "per sq ft", "-"],
           ["TL-INF-CK", "TerraFill cork-coconut organic infill, installed", "-", "-", 0.85, "per sq ft", "-"]])

    ws = wb.create_sheet("Lighting")
    sheet(ws, "Turfline 2027 K-12 Price & Specification Sheet - Sports lighting (list prices, USD)",
          ["SKU", "Product", "Wattage", "Lumens", "Weight", "List price (each)", "Lead time"],
          [["TL-LX900", "Luxora LX-900 LED sports floodlight", "900 W", 121000, "48 lb", 1950, "14 weeks"],
           ["TL-LX1200", "Luxora LX-1200 LED sports floodlight", "1,200 W", 162000, "56 lb", 2400, "14 weeks"],
           ["TL-LX1500", "Luxora LX-1500 LED sports floodlight", "1,500 W", 198000, "63 lb", 2880, "14 weeks"],
           ["TL-POLE60", "60 ft galvanized steel pole incl. foundation & crossarms", "-", "-", "-", 26900, "14 weeks"],
           ["TL-POLE70", "70 ft galvanized steel pole incl. foundation & crossarms", "-", "-", "-", 31500, "14 weeks"],
           ["TL-POLE80", "80 ft galvanized steel pole incl. foundation & crossarms", "-", "-", "-", 37200, "14 weeks"],
           ["TL-LINK-CTL", "FieldLink remote lighting control (hardware + 5-year service)", "-", "-", "-", 6800, "4 weeks"]])
    ws.append([])
    ws.append(["Fixture lumen maintenance: L90 at 75,000 hours for all LX models. Fixtures are rated for winds up to 150 mph on Turfline poles."])

    ws = wb.create_sheet("Services & Options")
    sheet(ws, "Turfline 2027 K-12 Price & Specification Sheet - Services and options (USD)",
          ["SKU", "Service / option", "What is included", "Price", "Unit"],
          [["TL-CARE-BASIC", "CarePlan Basic", "2 visits per year: power brushing, seam and inlay inspection, report", 6400, "per field per year"],
           ["TL-CARE-PLUS", "CarePlan Plus", "4 visits per year: power brushing, decompaction, seam repair, annual Gmax test, 1 ton of infill top-up", 11200, "per field per year"],
           ["TL-GMAX", "Annual Gmax safety test (ASTM F1936, 10 points)", "test and written report", 1450, "per field"],
           ["TL-PHOTO", "Lighting photometric audit", "grid measurement and report", 1150, "per field"],
           ["TL-LOGO-S", "Inlaid midfield logo, up to 20 ft diameter", "design proof and inlay", 4800, "each"],
           ["TL-LOGO-L", "Inlaid midfield logo, 20 to 40 ft diameter", "design proof and inlay", 8900, "each"],
           ["TL-EZ-LTR", "Inlaid end-zone lettering", "one end zone", 3600, "per end zone"],
           ["TL-INF-TOP", "TerraFill top-up infill", "delivered and brushed in", 1340, "per ton"],
           ["TL-DEEP", "Deep clean / decompaction visit", "one visit", 2750, "per visit"],
           ["TL-GRM-SET", "Grooming equipment set", "tow brush, magnetic sweeper, rake", 5400, "each"],
           ["TL-PROT", "Event protection tiles (purchase)", "interlocking tiles for concerts and graduations", 4.10, "per sq ft"]])
    ws.append([])
    ws.append(["CarePlan prices are fixed for a 3-year term when ordered with a new field; afterwards they rise with CPI-U, capped at 4% per year."])
    wb.save(OUT / "Turfline-2027-K12-Price-and-Spec-Sheet.xlsx")


# ---------------------------------------------------------------- HTML: lighting & controls FAQ (served as URL)
HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FieldLink &amp; Luxora LED lighting - FAQ for school districts | Turfline</title></head>
<body>
<h1>FieldLink controls &amp; Luxora LED stadium lighting: FAQ for school districts</h1>
<p>Last updated October 2026. Applies to Luxora LX-900, LX-1200 and LX-1500 fixtures and the FieldLink controller.</p>

<h2>What light levels do you design to?</h2>
<p>For high-school football and soccer main fields we design to 50 foot-candles average maintained illuminance with a
max/min uniformity of 2.0:1 or better. Practice fields are designed to 30 foot-candles. Spill light is held below
0.8 foot-candles at 150 ft beyond the field boundary, and all fixtures have full-cutoff visors to limit glare for
neighbors.</p>

<h2>How much power will the system draw?</h2>
<p>Each LX-1200 fixture draws 1,200 W. A typical high-school stadium with 56 LX-1200 fixtures has a connected load of
67.2 kW, against roughly 100 kW for the 1,500 W metal-halide fixtures it usually replaces at similar light levels.
LED fixtures reach full output in under 1 second: there is no 10 to 15 minute warm-up or re-strike delay after a power
blip, as there is with metal halide.</p>

<h2>Can we dim the lights for practice?</h2>
<p>Yes. FieldLink offers three presets: Game at 100%, Practice at 60% and Egress/Clean-up at 25%. Presets can be
scheduled per day or per event, switched from the FieldLink app or web portal, or selected at the field with the
keyed switch box in the main pole cabinet. A local override always takes priority over the schedule for 4 hours.</p>

<h2>What does FieldLink cost after the first five years?</h2>
<p>The first 5 years of FieldLink service are included in the controller price. From year 6 the service subscription
is $780 per year per controller (one controller runs up to two fields). Without a subscription the lights still work
from the keyed switch box, but scheduling, the app and usage reports stop.</p>

<h2>What reports do we get?</h2>
<p>FieldLink emails a monthly usage report to the facility manager with hours on per field, per preset, and estimated
energy use, which helps districts bill rentals to outside leagues.</p>

<h2>Do you help with utility rebates?</h2>
<p>Many utilities offer incentives for LED sports lighting. Turfline supplies the documents utilities usually ask for:
fixture cut sheets, the DesignLights Consortium listing and the photometric report. The rebate amount and the
application are between the District and its utility.</p>

<h2>Who do we call if the lights fail before a game?</h2>
<p>The FieldLink support line is staffed 24/7 during the fall football season (August 15 to November 30) and from
6 am to 10 pm Eastern the rest of the year. Remote diagnostics can switch fixtures on from the control center if the
local controller loses its network connection.</p>
</body></html>
"""


def make_html():
    (OUT / "fieldlink-lighting-faq.html").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_html()
    print("written:", sorted(p.name for p in OUT.iterdir()))
