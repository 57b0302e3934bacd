"""Generate the .docx and .xlsx knowledge sources for the tredmark-tyres scenario.

Run with: /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

HERE = Path(__file__).resolve().parent
KN = HERE / "knowledge"
KN.mkdir(exist_ok=True)


def table(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(val)
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    doc.add_paragraph()
    return t


def make_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    doc.add_heading("Tredmark Fleet Tyre Services Ltd", 0)
    doc.add_paragraph("Master Service Agreement – Fleet Tyre Management Programme")
    doc.add_paragraph("Document ref: TFT-MSA-4.2 | Version 4.2 | Issued January 2025 | Supersedes v4.1 (March 2023)")
    doc.add_paragraph(
        "This Master Service Agreement (\"Agreement\") sets out the terms on which Tredmark Fleet Tyre Services Ltd "
        "(company no. 07734219, registered office Unit 4, Halesfield 21, Telford TF7 4NX) (\"Tredmark\") supplies "
        "tyres, fitting, inspection, roadside breakdown and TPMS services to the Customer named in the Order Form or "
        "Quote. Where an accepted Quote conflicts with this Agreement, the Quote prevails only on price and quantity."
    )

    doc.add_heading("1. Definitions", 1)
    for d in [
        "\"Programme Vehicle\" means a tractor unit, rigid vehicle or trailer listed in the Customer's fleet schedule "
        "and covered by the Fleet Management Programme (SKU TM-FMP-ANN).",
        "\"Covered Vehicle\" means a Programme Vehicle for which the Customer has purchased 24/7 Breakdown Cover "
        "(SKU TM-BRK-24).",
        "\"Casing\" means the body of a removed tyre, whether or not suitable for retreading.",
        "\"Working Day\" means Monday to Friday excluding bank holidays in England and Wales.",
        "\"Strategic Road Network\" means motorways and trunk A-roads managed by National Highways, Transport Scotland "
        "or the Welsh Government.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("2. Term and renewal", 1)
    doc.add_paragraph(
        "2.1 The Agreement starts on the Go-Live Date and continues for an initial term of 36 months."
    )
    doc.add_paragraph(
        "2.2 After the initial term the Agreement renews automatically for successive periods of 12 months unless "
        "either party gives written notice at least 90 days before the end of the then-current term."
    )
    doc.add_paragraph(
        "2.3 The Customer may terminate for convenience at any time after month 12 on 90 days' written notice. An "
        "early termination fee equal to three months of Fleet Management Programme and Breakdown Cover fees is payable."
    )

    doc.add_heading("3. Scheduled services", 1)
    doc.add_paragraph(
        "3.1 Tredmark technicians inspect every Programme Vehicle at the Customer's nominated operating centre at the "
        "following intervals. Inspections record tread depth at three points across the tread, inflation pressure, "
        "valve condition, irregular wear and damage, and DOT date code."
    )
    table(doc, [
        ["Vehicle type", "Inspection interval", "Typical time on site", "Included in TM-FMP-ANN"],
        ["Tractor unit", "every 6 weeks", "20 minutes", "Yes"],
        ["Rigid vehicle", "every 6 weeks", "20 minutes", "Yes"],
        ["Trailer", "every 10 weeks", "15 minutes", "Yes"],
        ["Ad-hoc inspection on request", "within 3 Working Days", "—", "No – charged at £38.00 per vehicle"],
    ])
    doc.add_paragraph(
        "3.2 The Customer must give at least 48 hours' notice to cancel or move a scheduled fitting or inspection visit. "
        "Visits cancelled with less notice, or where vehicles are not made available, incur a wasted-visit charge of "
        "£95.00."
    )

    doc.add_heading("4. Replacement thresholds", 1)
    doc.add_paragraph(
        "4.1 Tredmark replaces tyres proactively when the remaining tread depth reaches the thresholds below, which are "
        "above the 1 mm legal minimum for goods vehicles, so that casings remain retreadable."
    )
    table(doc, [
        ["Axle position", "Replacement threshold", "Legal minimum", "Casing sent for retread assessment"],
        ["Steer", "4 mm", "1 mm", "Yes"],
        ["Drive", "3 mm", "1 mm", "Yes"],
        ["Trailer", "3 mm", "1 mm", "Yes"],
        ["Lift / tag axle", "3 mm", "1 mm", "Yes"],
    ])
    doc.add_paragraph(
        "4.2 Regardless of tread depth, tyres older than 10 years from their DOT date code are replaced, and no tyre "
        "older than 10 years is fitted to a steer axle, in line with the Road Vehicles (Construction and Use) "
        "(Amendment) Regulations 2021."
    )
    doc.add_paragraph(
        "4.3 Retreaded tyres are never fitted to steer axles under this Agreement."
    )

    doc.add_heading("5. Roadside breakdown service levels", 1)
    doc.add_paragraph(
        "5.1 For Covered Vehicles, Tredmark operates a 24/7 breakdown line and attends tyre-related breakdowns within the "
        "following target times, measured from the time the call is logged:"
    )
    table(doc, [
        ["Location of vehicle", "Target attendance time", "Service credit if missed"],
        ["Strategic Road Network", "90 minutes", "5% of the monthly Breakdown Cover fee for that vehicle"],
        ["Other public roads", "120 minutes", "5% of the monthly Breakdown Cover fee for that vehicle"],
        ["Customer operating centre (non-urgent)", "next Working Day", "None"],
        ["Northern Ireland and Scottish islands", "best endeavours", "None"],
    ])
    doc.add_paragraph(
        "5.2 Service credits are capped at 25% of the total monthly Breakdown Cover fee and are the Customer's sole "
        "remedy for late attendance. Credits are applied to the next invoice and are not paid in cash."
    )
    doc.add_paragraph(
        "5.3 Covered Vehicles pay no callout charge. Tyres, valves and parts supplied at the roadside are charged at "
        "the contract price. Callouts to vehicles that are not Covered Vehicles are charged at the rates in the current "
        "Tredmark price list."
    )

    doc.add_heading("6. Charges, invoicing and payment", 1)
    doc.add_paragraph(
        "6.1 Fleet Management Programme and Breakdown Cover fees are invoiced annually in advance. Tyres, parts and "
        "chargeable services are invoiced monthly in arrears on a consolidated invoice, broken down by operating "
        "centre and by purchase order where the Customer supplies one."
    )
    doc.add_paragraph(
        "6.2 Payment is due 30 days from the date of invoice. Tredmark may charge interest on overdue amounts at 4% "
        "above the Bank of England base rate from the due date until payment."
    )
    doc.add_paragraph(
        "6.3 Contract prices for tyres are fixed for the first 12 months. Thereafter Tredmark may adjust tyre prices "
        "once a year on 1 April, by no more than CPI + 2%, giving the Customer at least 30 days' written notice. "
        "Manufacturer surcharges for raw materials are passed through only where they exceed 3% and are evidenced."
    )
    doc.add_paragraph("6.4 All prices are exclusive of VAT, which is charged at the prevailing rate.")

    doc.add_heading("7. Casings and environmental compliance", 1)
    doc.add_paragraph(
        "7.1 Title to every removed tyre and Casing passes to Tredmark on removal. Tredmark credits the Customer for "
        "each Casing that passes retread assessment at the casing credit rates in the current price list."
    )
    doc.add_paragraph(
        "7.2 Tredmark acts as the waste carrier for removed tyres and issues a waste transfer note for every "
        "collection. Tredmark is registered with the Environment Agency as an upper-tier waste carrier (registration "
        "CBDU281174)."
    )

    doc.add_heading("8. TPMS equipment and data", 1)
    doc.add_paragraph(
        "8.1 TyreSense TPMS kits purchased by the Customer become the Customer's property on payment. Sensors carry a "
        "2-year warranty against defects; replacement sensors fitted under warranty are supplied and fitted free of "
        "charge during a scheduled inspection."
    )
    doc.add_paragraph(
        "8.2 TPMS and inspection data is hosted in the United Kingdom (London region) and retained for 24 months after "
        "capture, after which it is aggregated and anonymised. The Customer may export its data from TreadView at any "
        "time in CSV format."
    )

    doc.add_heading("9. Warranty", 1)
    table(doc, [
        ["Product", "Warranty", "Basis"],
        ["Vantage and Haulmax new tyres", "5 years from DOT date", "Manufacturing and material defects; pro-rata on remaining tread"],
        ["Recap T retreads", "2 years from fitting", "Retread workmanship (tread separation); casing not warranted"],
        ["TyreSense TPMS sensors", "2 years from fitting", "Defects in materials and workmanship"],
        ["Fitting workmanship", "90 days", "Wheel nut re-torque and valve work"],
    ])

    doc.add_heading("10. Liability", 1)
    doc.add_paragraph(
        "10.1 Tredmark's total liability in any contract year is limited to 125% of the fees paid by the Customer in "
        "the preceding 12 months. Nothing limits liability for death or personal injury caused by negligence."
    )
    doc.add_paragraph(
        "10.2 Tredmark is not liable for loss of use, lost revenue, or vehicle off-road costs, except where a tyre "
        "fitted by Tredmark fails because of defective fitting workmanship."
    )
    doc.add_paragraph(
        "10.3 Tredmark holds public and products liability insurance of £10,000,000 per occurrence and motor trade "
        "road risk cover for its service vans."
    )

    doc.add_heading("11. Customer obligations", 1)
    for d in [
        "Make Programme Vehicles available at the scheduled time, parked on level ground with keys available.",
        "Report tyre damage, pressure alerts and breakdowns promptly through TreadView or the breakdown line.",
        "Not fit tyres from other suppliers to Programme Vehicles without telling Tredmark; such tyres are excluded from "
        "warranty and from service credits.",
        "Provide safe working areas compliant with the Customer's own site rules, which Tredmark technicians will follow.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("12. General", 1)
    doc.add_paragraph(
        "12.1 Changes to this Agreement are valid only if agreed in writing and signed by an authorised signatory of "
        "each party. 12.2 This Agreement is governed by the law of England and Wales. 12.3 Disputes are first "
        "escalated to the account director of each party, who will meet within 10 Working Days."
    )
    doc.save(KN / "Tredmark_Master_Service_Agreement_v4.2.docx")


def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")

    def sheet(ws, title_rows, header, rows, widths):
        r = 1
        for t in title_rows:
            ws.cell(r, 1, t).font = bold if r == 1 else Font(italic=True)
            r += 1
        r += 1
        for j, h in enumerate(header, 1):
            c = ws.cell(r, j, h)
            c.font = bold
            c.fill = fill
        for row in rows:
            r += 1
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v)
                if isinstance(v, float):
                    c.number_format = "#,##0.00"
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + j)].width = w
        return r

    ws = wb.active
    ws.title = "Price List 2025"
    end = sheet(
        ws,
        ["Tredmark Fleet Tyre Services – Trade Price List 2025",
         "Valid 1 January 2025 to 31 March 2026. GBP, excluding VAT. Prices per tyre fitted unless stated."],
        ["SKU", "Product", "Size / scope", "Unit", "List price (GBP)", "Notes"],
        [
            ["TM-STR-315-70", "Vantage S2 steer tyre", "315/70 R22.5", "per tyre fitted", 412.00, "Premium regional/long-haul steer"],
            ["TM-STR-385-65", "Vantage S2 steer tyre", "385/65 R22.5", "per tyre fitted", 438.00, "For 8-tonne front axles"],
            ["TM-DRV-315-70", "Vantage D3 drive tyre", "315/70 R22.5", "per tyre fitted", 389.50, "Closed-shoulder drive"],
            ["TM-DRV-315-80", "Vantage D3 drive tyre", "315/80 R22.5", "per tyre fitted", 402.00, "Construction/tipper use"],
            ["TM-TRL-385-65", "Haulmax T4 trailer tyre", "385/65 R22.5", "per tyre fitted", 348.00, "New trailer tyre"],
            ["TM-TRL-385-55", "Haulmax T4 trailer tyre", "385/55 R22.5", "per tyre fitted", 371.00, "Low-deck / curtainsider"],
            ["TM-RTD-385-65", "Recap T retread trailer tyre", "385/65 R22.5", "per tyre fitted", 196.00, "Hot-cure retread, trailer positions only; net price"],
            ["TM-TPMS-TRC", "TyreSense TPMS kit – tractor unit", "6 sensors + in-cab receiver", "per vehicle", 285.00, "Fitting included"],
            ["TM-TPMS-TRL", "TyreSense TPMS kit – trailer", "6 sensors + repeater", "per trailer", 240.00, "Fitting included"],
            ["TM-FMP-ANN", "Fleet Management Programme", "inspections, TreadView portal, reporting", "per vehicle per year", 96.00, "Minimum 25 vehicles"],
            ["TM-BRK-24", "24/7 Breakdown Cover", "tyre-related roadside attendance", "per vehicle per year", 54.00, "Requires TM-FMP-ANN"],
            ["TM-ONB", "Onboarding and fleet survey", "one-off", "per contract", 1850.00, "Covers up to 150 vehicles"],
            ["TM-ALN", "Wheel alignment check", "laser, per axle", "per axle", 38.00, "Report in TreadView"],
            ["TM-INS-ADH", "Ad-hoc inspection", "outside the programme schedule", "per vehicle", 38.00, ""],
        ],
        [16, 34, 36, 22, 16, 44],
    )
    ws.cell(end + 2, 1, "Prices for 22.5\" fitments include valve, balancing where required, disposal of the removed tyre and a "
            "wheel nut re-torque check.")

    ws = wb.create_sheet("Tyre Specs")
    end = sheet(
        ws,
        ["Technical data – Tredmark tyre range (extract)",
         "Load index shown as single/dual. Pressures are Tredmark recommended cold pressures at the rated load."],
        ["Model", "Axle position", "Size", "Load index", "Speed symbol", "New tread depth",
         "Recommended cold pressure", "EU label fuel efficiency", "EU label wet grip", "Markings", "Weight"],
        [
            ["Vantage S2", "Steer", "315/70 R22.5", "156/150", "L", "16 mm", "9.0 bar", "B", "B", "M+S", "61 kg"],
            ["Vantage S2", "Steer", "385/65 R22.5", "164", "K", "17 mm", "9.0 bar", "C", "B", "M+S", "70 kg"],
            ["Vantage D3", "Drive", "315/70 R22.5", "154/150", "L", "20 mm", "8.5 bar", "C", "B", "M+S", "66 kg"],
            ["Vantage D3", "Drive", "315/80 R22.5", "156/150", "K", "22 mm", "8.5 bar", "C", "C", "M+S", "72 kg"],
            ["Haulmax T4", "Trailer", "385/65 R22.5", "164", "K", "14 mm", "9.0 bar", "B", "B", "—", "68 kg"],
            ["Haulmax T4", "Trailer", "385/55 R22.5", "160", "K", "13 mm", "9.0 bar", "B", "B", "—", "60 kg"],
            ["Recap T (retread)", "Trailer", "385/65 R22.5", "160", "J", "15 mm", "8.75 bar", "not labelled", "not labelled", "Retread mark", "66 kg"],
        ],
        [18, 14, 14, 12, 13, 16, 24, 22, 18, 14, 10],
    )
    ws.cell(end + 2, 1, "Noise: external rolling noise values are published on the EU EPREL database entry for each size "
            "and are not reproduced here.")
    ws.cell(end + 3, 1, "Retreads are not subject to EU tyre labelling (Regulation (EU) 2020/740) until retread-specific "
            "test methods are adopted.")

    ws = wb.create_sheet("Callout Charges")
    end = sheet(
        ws,
        ["Roadside and depot callout charges – vehicles WITHOUT 24/7 Breakdown Cover",
         "Covered Vehicles (TM-BRK-24) pay no callout charge. Tyres and parts at contract price in all cases."],
        ["Band", "When", "Callout charge (GBP)", "Notes"],
        [
            ["Standard hours", "Mon–Fri 07:00–18:00", 85.00, "Includes first 45 minutes on site"],
            ["Out of hours", "Mon–Fri 18:00–07:00 and weekends", 145.00, "Includes first 45 minutes on site"],
            ["Bank holiday", "England & Wales bank holidays", 195.00, ""],
            ["Additional time on site", "per started 30 minutes", 40.00, "All bands"],
            ["Excess mileage", "beyond 40 miles from nearest Tredmark depot", 1.20, "per mile, round trip"],
        ],
        [24, 44, 20, 34],
    )

    ws = wb.create_sheet("Volume Discounts")
    end = sheet(
        ws,
        ["Fleet volume discounts on new tyres (Vantage and Haulmax ranges)",
         "Based on the number of Programme Vehicles under TM-FMP-ANN at contract signature."],
        ["Fleet size", "Discount on Vantage (steer/drive)", "Discount on Haulmax (trailer)", "Retreads / services"],
        [
            ["25–49 vehicles", "0%", "0%", "net"],
            ["50–99 vehicles", "5%", "3%", "net"],
            ["100–199 vehicles", "8%", "5%", "net"],
            ["200+ vehicles", "12%", "7%", "net"],
        ],
        [18, 32, 30, 20],
    )
    ws.cell(end + 2, 1, "TPMS kits: 10% discount when fitted to 40 or more vehicles in one order.")
    ws.cell(end + 3, 1, "Onboarding fee: discretionary; approval by Head of Fleet Sales required.")

    ws = wb.create_sheet("Casing Credits")
    sheet(
        ws,
        ["Casing credits – paid on casings that pass retread assessment at Tredmark Telford"],
        ["Casing", "Grade", "Credit per casing (GBP)"],
        [
            ["Vantage 315/70 R22.5", "A (first life)", 22.00],
            ["Vantage 315/70 R22.5", "B (second life)", 12.00],
            ["Haulmax 385/65 R22.5", "A (first life)", 18.00],
            ["Haulmax 385/65 R22.5", "B (second life)", 9.00],
            ["Any casing", "Rejected (damage, age, repairs)", 0.00],
        ],
        [26, 30, 22],
    )
    wb.save(KN / "Tredmark_Price_List_and_Tyre_Specs_2025.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("written:", sorted(p.name for p in KN.iterdir()))
