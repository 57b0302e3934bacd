"""Generate the four knowledge sources of the aquimetra-hydrant-flow-testing scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl and reportlab)
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


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Aquimetra Hydrant Services Ltd", 0)
    d.add_paragraph("Service Specification and Method Statement: Hydrant Flow Testing. "
                    "Document AQM-MS-07, revision 4, issued January 2025.")

    d.add_heading("1. Scope", 1)
    d.add_paragraph(
        "This method statement covers the flow testing of fire hydrants on potable water distribution mains from "
        "DN80 to DN300 inclusive, following the test method of NFPA 291 (2022 edition) and the hydrant guidance of "
        "BS 9990:2015. Excluded from the standard service: private hydrants on customer premises (priced separately "
        "as AQM-FT-PRIV), hydrants on mains larger than DN300, and underground pit hydrants whose pit is filled with "
        "more than 150 mm of silt or debris; pit clearing is charged as AQM-PIT-CLR.")

    d.add_heading("2. Standard single-hydrant test (AQM-FT-STD)", 1)
    d.add_paragraph(
        "One test hydrant and one flowing hydrant. The static pressure is recorded on the test hydrant with a "
        "calibrated digital pressure logger; the flowing hydrant is then opened fully through a pitot diffuser. "
        "Flow is maintained for a minimum of 5 minutes after the pitot reading has stabilised, and the residual "
        "pressure is recorded at the test hydrant.")
    d.add_paragraph(
        "For the result to be extrapolated to the reference residual of 1.4 bar (20 psi), the pressure drop between "
        "static and residual must be at least 0.7 bar (10 psi). If the drop is smaller, the crew may open a second "
        "flowing outlet; the test is then converted to a multi-hydrant test and charged at the AQM-FT-MULTI rate only "
        "with the customer's written approval (an e-mail from the customer's named network contact is sufficient). "
        "Without approval the result is reported as \"insufficient drop\" and charged at the standard rate.")

    d.add_heading("3. Multi-hydrant test (AQM-FT-MULTI)", 1)
    d.add_paragraph(
        "Two to four flowing hydrants opened together around one test hydrant. Used on trunk and distribution mains "
        "of DN200 and above, or wherever a single outlet cannot produce the 0.7 bar drop. Carried out by a crew of "
        "three technicians. Each flowing hydrant has its own pitot reading; the total flow is the sum of the outlets.")

    d.add_heading("4. Crew and equipment", 1)
    d.add_paragraph(
        "Standard tests are carried out by a crew of two technicians. Every technician holds an EUSR National Water "
        "Hygiene card (blue card) and a NRSWA street works operative card. Each crew vehicle carries two pitot "
        "diffusers, two pressure loggers, a hydrant standpipe, key and bar, dechlorination tablets, signs, cones and "
        "barriers for a give-and-take lane closure. Gauges are calibrated every 6 months against a UKAS-traceable "
        "reference; the calibration certificate number is printed on each test certificate.")

    d.add_heading("5. Water quality and discharge", 1)
    d.add_paragraph(
        "All flowing water passes through a diffuser dosed with sodium sulphite dechlorination tablets, which reduce "
        "total chlorine to below 0.1 mg/l before the water reaches a surface-water drain or watercourse. The maximum "
        "volume discharged on any single test is 30,000 litres. If the water is still visibly discoloured after 15 "
        "minutes of flowing, the crew stops the flow, records the hydrant as \"discoloured - test abandoned\" and "
        "informs the customer's control room within 30 minutes. An abandoned test for discolouration is charged at "
        "the full test rate, because the crew has completed the set-up and flow.")

    d.add_heading("6. Operating restrictions", 1)
    d.add_paragraph(
        "No testing takes place when the air temperature is below 2 °C, or when it is forecast to fall below freezing "
        "within 2 hours after the test, because discharged water can freeze on the carriageway. Postponements for "
        "this reason are not charged. No testing takes place within 200 m of a school entrance between 08:15 and "
        "09:15 or between 14:45 and 15:45 on school term days.")
    d.add_paragraph(
        "The customer's operations team is notified at least 48 hours before a test area is started. Aquimetra "
        "delivers a letter to every property on the affected street 5 working days before testing; these letter "
        "drops are included in the AQM-FT-STD and AQM-FT-MULTI prices.")

    d.add_heading("7. Results and chargeable outcomes", 1)
    d.add_paragraph(
        "Each hydrant receives a test certificate showing the static pressure, residual pressure, pitot pressure, "
        "measured flow, calculated available flow at 1.4 bar residual, and the NFPA 291 class and colour. A hydrant "
        "that cannot be opened (seized spindle or valve) is recorded as \"failed to operate\" and charged at 50% of "
        "the test rate. A hydrant that cannot be found, is buried under surfacing, or is obstructed is charged at "
        "the aborted-visit fee set out in the Commercial Terms (AQM-CT-25).")

    d.add_heading("8. Minor repairs (AQM-REP-MINOR)", 1)
    d.add_paragraph(
        "The minor repair allowance covers the replacement of gland packing, spindle caps, outlet caps and washers, "
        "and cleaning of the frost valve, with up to 45 minutes of labour and parts up to £20 per hydrant. Any other "
        "work (valve seat replacement, hydrant replacement, chamber or frame rebuild, surface reinstatement) is "
        "reported with photographs and quoted separately. Unused repair allowances are not invoiced.")

    d.add_heading("9. Cap painting and tagging (AQM-CAP-TAG)", 1)
    d.add_paragraph(
        "After testing, the bonnet and outlet caps are painted in the NFPA 291 class colour with a two-coat "
        "polyurethane system, and a stainless-steel tag showing the hydrant ID, class and test date is fixed to the "
        "frame or marker post. The paint finish is warranted for 24 months against flaking and fading.")
    d.save(K / "aquimetra-method-statement.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h = ss["Heading2"]
    story = [Paragraph("Aquimetra Hydrant Services Ltd - Commercial Terms and Service Level Schedule 2025", ss["Title"]),
             Paragraph("Reference AQM-CT-25. Applies to all hydrant testing quotations issued from 1 January 2025.", body),
             Spacer(1, 4 * mm)]

    def sec(title, paras):
        story.append(Paragraph(title, h))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 2 * mm))

    sec("1. Prices, validity and VAT", [
        "All prices are in pounds sterling (GBP) and exclude VAT, which is added at the prevailing rate (currently 20%). "
        "Quotations are valid for 60 days from the date of issue.",
    ])
    sec("2. Invoicing and payment", [
        "A programme of testing is invoiced quarterly in arrears in four equal instalments of the annual programme "
        "value; unused minor repair allowances are credited on the fourth instalment. Payment is due 30 days from "
        "the invoice date. Late payments carry interest at 4% above the Bank of England base rate.",
    ])
    sec("3. Price indexation", [
        "Prices are fixed for the first 12 months of the programme. Thereafter they are adjusted each 1 April by "
        "the annual change in CPIH published by the Office for National Statistics, capped at 5% per year.",
    ])
    sec("4. Service levels", [
        "Hydrant test certificates: within 10 working days of the test. "
        "GIS data upload and hydraulic model calibration report (AQM-GIS-RPT): within 20 working days of the last "
        "test in the programme. Priority re-test of a hydrant at the customer's request (AQM-RETEST): carried out "
        "within 3 working days at £145 per hydrant.",
        "Service credit: if test certificates are delivered more than 5 working days after the service level, the "
        "customer receives a credit of 5% of the price of the affected tests, limited to 10% of the quarterly invoice.",
    ])
    sec("5. Cancellations and aborted visits", [
        "Cancellation of a scheduled test day by the customer with less than 48 hours' notice: £420 per crew-day. "
        "Cancellation of the whole programme after mobilisation: the mobilisation fee is non-refundable and a "
        "charge of 15% of the remaining programme value applies.",
        "Aborted-visit fee: £85 per hydrant where the hydrant cannot be found, is obstructed by a parked vehicle on "
        "two separate attempts, or access is refused.",
    ])
    sec("6. Warranty", [
        "Minor repairs are warranted for 12 months, parts and labour. Cap painting is warranted for 24 months "
        "against flaking and fading, as stated in method statement AQM-MS-07. Test results are warranted to be "
        "correct for the network conditions on the day of the test only.",
    ])
    sec("7. Liability and insurance", [
        "Aquimetra's total aggregate liability under a programme is capped at 125% of the annual contract value. "
        "Loss of profit, loss of revenue and other indirect or consequential losses are excluded. Aquimetra holds "
        "public liability insurance of £10 million per occurrence, employers' liability insurance of £5 million "
        "and professional indemnity insurance of £2 million.",
    ])
    sec("8. Data and records", [
        "Results are delivered as a CSV file and as a GeoPackage layer keyed on the customer's hydrant asset ID. "
        "Aquimetra retains test records for 6 years after the end of the programme.",
    ])
    t = Table([["Item", "Level / charge"],
               ["Test certificate", "10 working days"],
               ["GIS upload and calibration report", "20 working days"],
               ["Priority re-test", "3 working days, £145 per hydrant"],
               ["Late cancellation (< 48 h)", "£420 per crew-day"],
               ["Aborted visit", "£85 per hydrant"],
               ["Liability cap", "125% of annual contract value"]], colWidths=[70 * mm, 80 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story.append(Paragraph("Summary table", h))
    story.append(t)
    SimpleDocTemplate(str(K / "aquimetra-commercial-terms-2025.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm).build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Price List 2025"
    ws.append(["Aquimetra Hydrant Services - Price List 2025 (GBP, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Notes"])
    for c in ws[3]:
        c.font = bold
    rows = [
        ["AQM-FT-STD", "Hydrant flow test - standard (one test + one flowing hydrant)", "per test", 38.50, "Crew of two; residents letter drop included"],
        ["AQM-FT-MULTI", "Multi-hydrant flow test (2-4 flowing hydrants)", "per test", 96.00, "Crew of three; DN200 and above"],
        ["AQM-FT-PRIV", "Private hydrant flow test on customer premises", "per test", 62.00, "Site induction time charged extra"],
        ["AQM-CAP-TAG", "NFPA 291 colour-coding cap painting and stainless tag", "per hydrant", 6.20, "24-month paint warranty"],
        ["AQM-DECHL", "Dechlorination diffuser and discharge management", "per test site", 4.80, "Sodium sulphite tablets"],
        ["AQM-TM-DAY", "Traffic management - day shift (07:00-16:00)", "per shift", 410.00, "Give-and-take or stop/go boards"],
        ["AQM-TM-NIGHT", "Traffic management - night shift", "per shift", 640.00, "Lane closure with impact-protection vehicle"],
        ["AQM-GIS-RPT", "GIS data upload and hydraulic model calibration report", "per programme", 3950.00, "Delivered within 20 working days of last test"],
        ["AQM-REP-MINOR", "Minor repair allowance (gland packing, caps, frost valve)", "per hydrant", 54.00, "Unused allowances credited"],
        ["AQM-PIT-CLR", "Pit hydrant silt clearing", "per hydrant", 48.00, "Pits with more than 150 mm of silt"],
        ["AQM-RETEST", "Priority re-test within 3 working days", "per hydrant", 145.00, "At customer's request"],
        ["AQM-ABORT", "Aborted visit", "per hydrant", 85.00, "Not found, obstructed twice, access refused"],
        ["AQM-MOB", "Mobilisation and project set-up", "per programme", 1250.00, "Non-refundable after mobilisation"],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Volume discounts on AQM-FT-STD (per programme year)"])
    ws.cell(ws.max_row, 1).font = bold
    ws.append(["Standard tests per year", "Discount"])
    for r in [["1-249", "0%"], ["250-499", "10%"], ["500-999", "15%"], ["1000 or more", "20%"]]:
        ws.append(r)
    for col, w in zip("ABCDE", [16, 60, 14, 16, 46]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Equipment Specs")
    ws2.append(["Aquimetra Hydrant Services - Test Equipment Specification"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Item", "Model / type", "Range", "Accuracy", "Notes"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ["Pitot gauge and diffuser", "AQM-PD2 stream-straightening diffuser", "0-10 bar", "±1% of full scale", "Max flow 2,500 l/min per diffuser"],
        ["Pressure logger", "Digital logger on test hydrant", "0-16 bar", "±0.25% of full scale", "Logs every 1 second"],
        ["Standpipe", "BS 750 compatible single-headed standpipe", "-", "-", "Fitted with backflow preventer"],
        ["Calibration", "UKAS-traceable reference gauge", "-", "-", "Every 6 months"],
        ["Crew vehicle", "3.5 t van with water-hygiene locker", "-", "-", "Chapter 8 beacons and signs"],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDE", [26, 40, 12, 22, 40]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("NFPA 291 Classes")
    ws3.append(["NFPA 291 hydrant classes and cap colours (flow at 20 psi / 1.4 bar residual)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Class", "Flow (US gpm)", "Flow (l/min)", "Cap colour"])
    for c in ws3[3]:
        c.font = bold
    for r in [["Class AA", "1,500 or more", "5,680 or more", "Light blue"],
              ["Class A", "1,000-1,499", "3,785-5,679", "Green"],
              ["Class B", "500-999", "1,893-3,784", "Orange"],
              ["Class C", "below 500", "below 1,893", "Red"]]:
        ws3.append(r)
    for col, w in zip("ABCD", [14, 18, 18, 14]):
        ws3.column_dimensions[col].width = w
    wb.save(K / "aquimetra-price-and-spec-sheet-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB
KB = """# Preparing your network and your customers for a hydrant flow-testing programme

*Aquimetra knowledge base - article KB-112, updated February 2025*

## What we need from you before mobilisation
- A hydrant asset list in **CSV** format with asset ID, easting/northing (OSGB36) or latitude/longitude (WGS84),
  main diameter, main material and district metered area (DMA). We need it **10 working days** before mobilisation.
- The name and phone number of a network contact who can approve a conversion to a multi-hydrant test by e-mail.
- A list of critical customers (hospitals, care homes, home-dialysis customers) in each DMA. We do not flow a hydrant
  in a DMA with a registered home-dialysis customer until your network contact has confirmed that the customer has
  been warned.

## Valves and network operations
Aquimetra crews operate hydrants only. We do not open or close network sluice valves; if a test needs a valve
operation, your own network technicians must carry it out and be present on site.

## Discoloured water
Testing stirs up sediment. Our crews stop the flow if the water is still discoloured after 15 minutes and inform
your control room within 30 minutes. We recommend briefing your contact centre with a short script before each area
starts; a template script is available on request from your account manager.

## Fire and Rescue Service liaison
We notify the control room of the local Fire and Rescue Service **24 hours** before tests in an area, and again when
the area is complete, so that hydrants are never out of service without the brigade knowing.

## Night working
Night shifts (AQM-TM-NIGHT) run from **20:00 to 05:00** and are used where the highway authority does not permit
daytime lane closures, typically on red routes, A-roads and near level crossings. A night shift covers one crew and
one traffic-management team; expect 6 to 9 standard tests per night shift.

## Weather
Tests are postponed when the air temperature is too low for safe discharge onto the road. Weather postponements are
never charged; we rebook the hydrants in the next available slot in the same area.

## Results portal (FlowView)
Results appear in FlowView within the certificate service level. Up to **15 named users** are included in every
programme; additional users cost **£9 per user per month**. Exports are available as CSV and GeoPackage.
"""


def make_md():
    (K / "kb-preparing-for-flow-testing.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
