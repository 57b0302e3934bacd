"""Generate the four knowledge sources of the vitrenne-annealing-lehrs scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl, reportlab)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Vitrenne Thermal Systems NV - Service Agreement and Warranty Terms", 0)
    d.add_paragraph("Document VTS-SA-07, revision 4, applicable to lehr refurbishment projects and preventive "
                    "maintenance (PM) contracts. Vitrenne Thermal Systems NV, Industrieweg 41, 3920 Lommel, Belgium.")

    d.add_heading("1. Scope", 1)
    d.add_paragraph("These terms apply to the refurbishment of annealing lehrs for container and tableware glass, to "
                    "the supply of mesh belts, burners, recirculation fans, thermocouples and strain inspection "
                    "equipment, and to PM contracts. They do not apply to float-glass lehrs, to decorating lehrs "
                    "operated above 700 °C, or to equipment supplied by third parties unless listed in the quote.")

    d.add_heading("2. Warranty periods", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Component", "Warranty period", "Conditions"
    rows = [
        ("Mesh belt (all alloys)", "18 months or 12,000 operating hours, whichever comes first",
         "Belt tension logged every 500 operating hours; no cullet jam left unattended for more than 30 minutes"),
        ("Gas burner assemblies", "24 months from commissioning",
         "Natural gas to EN 437 group H; annual burner inspection by Vitrenne or a certified technician"),
        ("Recirculation fans and drives", "24 months from commissioning", "Bearings greased per the FAQ schedule"),
        ("Refractory and insulation panels", "36 months from commissioning",
         "Heat-up and cool-down rates respected as stated in the operating FAQ"),
        ("Thermocouples", "12 months", "Excludes mechanical breakage during cleaning"),
        ("Strain inspection scanner", "12 months, return to base", "Calibration seal unbroken"),
        ("Workmanship (refurbishment labour)", "12 months from site acceptance test", "-"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Exclusions: damage caused by thermal shock after a power or gas failure when the emergency "
                    "cool-down procedure was not followed; operation above the set-point limit of 620 °C in the "
                    "annealing zone; corrosion from sulphate-rich atmospheres where the buyer's sulphur dioxide "
                    "treatment exceeds 2 kg per hour; and wear parts (belt drive chains, idler bushes, fan V-belts, "
                    "igniter electrodes). Warranty repairs do not extend the original warranty period, except that a "
                    "replaced mesh belt receives a fresh 6-month warranty on the replaced section.")

    d.add_heading("3. Preventive maintenance contract", 1)
    d.add_paragraph("A PM contract (SKU VTS-SVC-PM-Y) runs for one year per unit ordered and includes two scheduled "
                    "visits per year of up to 2 days each, burner combustion analysis and adjustment, thermocouple "
                    "verification against a reference probe, belt tracking and tension report, fan vibration "
                    "measurement, and a written lehr health report within 10 working days of each visit. Spare "
                    "parts used during PM visits are invoiced at list price less 15%. Visits are scheduled on "
                    "weekdays; weekend visits carry a surcharge of 40% on labour.")
    d.add_heading("3.1 Response times under a PM contract", 2)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    h = t2.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Priority", "Remote support", "Engineer on site"
    for r in [("Priority 1 - line down (no ware can be annealed)", "within 2 hours", "within 24 hours"),
              ("Priority 2 - degraded (strain rejects above 3% or a zone out of tolerance)", "within 4 hours",
               "within 72 hours"),
              ("Priority 3 - advice, spare parts, planning", "next working day", "at the next scheduled visit")]:
        c = t2.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("On-site response times apply to sites in Belgium, the Netherlands, Luxembourg, France and "
                    "Germany. For other countries add 24 hours. Without a PM contract, call-outs are handled "
                    "best-effort at the day rate of the price list plus travel.")

    d.add_heading("4. Payment milestones for refurbishment projects", 1)
    d.add_paragraph("30% on order confirmation; 60% on delivery of materials to site; 10% after the site "
                    "acceptance test (SAT). Invoices are payable within 30 days of invoice date. PM contracts are "
                    "invoiced annually in advance. Commissioning engineer days are invoiced monthly as used.")

    d.add_heading("5. Spare parts and obsolescence", 1)
    d.add_paragraph("Vitrenne keeps spare parts for refurbished lehrs available for 10 years after commissioning. "
                    "If a part becomes obsolete, Vitrenne offers a form-fit-function replacement at the price of the "
                    "original part for the first 5 years.")

    d.add_heading("6. Site acceptance test", 1)
    d.add_paragraph("The SAT is passed when the lehr runs for 72 consecutive hours at the agreed pull rate with all "
                    "zones within ±3 °C of set-point and the strain inspection shows no more than 1% of sampled ware "
                    "above the residual stress limit. The buyer signs the SAT protocol within 5 working days; "
                    "if the buyer uses the lehr for saleable production for more than 14 days without signing, the "
                    "SAT is deemed passed.")

    d.add_heading("7. Buyer obligations", 1)
    d.add_paragraph("The buyer provides the shutdown window agreed in the project plan, a cold lehr (below 60 °C) at "
                    "the start of works, crane access of at least 5 tonnes, a permit-to-work system, and gas and "
                    "electrical isolation by the buyer's own authorised staff.")
    d.save(K / "vitrenne-service-warranty-terms.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "vitrenne-lehr-refurbishment-datasheet.pdf"), pagesize=A4,
                            title="VTS lehr refurbishment technical data sheet")
    s = [Paragraph("VTS-LR-REF-30 Annealing Lehr Refurbishment - Technical Data Sheet", ss["Title"]),
         Paragraph("Vitrenne Thermal Systems NV - data sheet TDS-LR30, edition 2025-02", body), Spacer(1, 8),
         Paragraph("1. What the refurbishment covers", ss["Heading2"]),
         Paragraph("The VTS-LR-REF-30 package rebuilds a gas-fired annealing lehr with a tunnel length of up to 30 m "
                   "and a belt width of up to 2,400 mm. It includes removal of the old belt and burners, replacement "
                   "of roof and side insulation panels with 200 mm microporous-backed ceramic fibre modules, "
                   "re-zoning into 6 controlled zones (2 heating, 2 annealing/soak, 2 controlled cooling) followed by "
                   "an open cooling section, new zone controllers with recipe storage for 250 ware recipes, and "
                   "re-alignment of the belt drive. Mesh belt, burners, fans and thermocouples are quoted as separate "
                   "line items.", body),
         Paragraph("2. Performance data", ss["Heading2"])]
    data = [["Parameter", "Value"],
            ["Annealing zone set-point range", "480 - 620 °C"],
            ["Temperature uniformity across belt width", "±3 °C in annealing zones"],
            ["Belt speed range", "0.05 - 1.2 m/min"],
            ["Maximum ware load", "45 kg per m² of belt"],
            ["Residual stress target (container glass)", "below 40 nm/cm optical retardation"],
            ["Gas consumption reduction vs. typical 1990s lehr", "up to 18% at equal pull rate"],
            ["Installed burner capacity (12 x 45 kW)", "540 kW"],
            ["Recirculation fans", "6 x 7.5 kW with variable-frequency drives"]]
    tb = Table(data, colWidths=[260, 200])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s += [tb, Spacer(1, 8),
          Paragraph("The gas saving figure is measured over a 30-day reference run and depends on pull rate, ware "
                    "weight and the condition of the lehr entrance curtains; it is not guaranteed unless a separate "
                    "energy performance annex is signed.", body),
          Paragraph("3. Site prerequisites", ss["Heading2"]),
          Paragraph("Natural gas at 300 mbar at the lehr inlet flange (minimum 250 mbar under full load); electrical "
                    "supply 400 V three-phase, 50 Hz, 160 A; compressed air at 6 bar for burner purge valves; a free "
                    "working area of 4 m on the operator side of the lehr; and the buyer's I-beam or mobile crane able "
                    "to lift 5 tonnes over the tunnel.", body),
          Paragraph("4. Project timeline", ss["Heading2"]),
          Paragraph("Engineering and manufacture take 16 weeks from order and approved drawings. The shutdown for a "
                    "30 m lehr is 14 working days from a cold lehr to first hot belt, followed by 3 days of heat-up "
                    "and recipe tuning and the 72-hour site acceptance test. Lehrs longer than 30 m, or lehrs "
                    "where the steel casing needs repair, need 4 to 6 extra working days. Vitrenne works in two "
                    "10-hour shifts during the shutdown; a third shift is possible for a surcharge.", body),
          Paragraph("5. Strain inspection scanner VTS-STR-SCN", ss["Heading2"]),
          Paragraph("Automatic polariscope mounted over the cold end. Measures optical retardation on up to 40 "
                    "containers per minute, reports the result per cavity when the mould number is readable, and "
                    "exports daily reports as CSV and PDF. Light source: LED, 50,000 hours rated life. Calibration "
                    "interval: 12 months with the supplied reference disc set.", body),
          Paragraph("6. Safety", ss["Heading2"]),
          Paragraph("Burner management is built to EN 746-2 with flame monitoring per burner and a safety "
                    "shut-off valve train per zone. The refurbished lehr carries a CE declaration for the scope of "
                    "the works. Emergency cool-down: on power loss the belt is driven by the buyer's UPS or manual "
                    "crank for at least 20 minutes to clear ware from the hot zones.", body)]
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Vitrenne Thermal Systems - Price list 2025 (EUR, ex works Lommel, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time"])
    rows = [
        ("VTS-LR-REF-30", "Annealing lehr refurbishment, up to 30 m tunnel", "each", 186500, "16 weeks"),
        ("VTS-LR-REF-40", "Annealing lehr refurbishment, 30.1 - 40 m tunnel", "each", 238900, "18 weeks"),
        ("VTS-MB-2400", "Mesh belt 2,400 mm wide, AISI 314", "metre", 412, "10 weeks"),
        ("VTS-MB-2400-304", "Mesh belt 2,400 mm wide, AISI 304L", "metre", 318, "8 weeks"),
        ("VTS-MB-2400-601", "Mesh belt 2,400 mm wide, Inconel 601", "metre", 1240, "14 weeks"),
        ("VTS-BRN-G45", "Gas burner assembly 45 kW with flame monitoring", "each", 3850, "6 weeks"),
        ("VTS-CF-55", "Recirculation fan 5.5 kW with VFD", "each", 4380, "5 weeks"),
        ("VTS-CF-75", "Recirculation fan 7.5 kW with VFD", "each", 5240, "5 weeks"),
        ("VTS-TC-K12", "Type K thermocouple set, 12 zone, calibrated", "set", 1960, "3 weeks"),
        ("VTS-TC-K1", "Spare thermocouple type K, single, 600 mm", "each", 168, "1 week"),
        ("VTS-TC-N1", "Spare thermocouple type N, single, 600 mm", "each", 234, "2 weeks"),
        ("VTS-STR-SCN", "Strain inspection polariscope scanner", "each", 24800, "12 weeks"),
        ("VTS-SVC-PM-Y", "Preventive maintenance contract, one year", "year", 14600, "-"),
        ("VTS-COM-DAY", "Commissioning engineer day (max. 10 h on site)", "day", 1180, "-"),
        ("VTS-SVC-CALL", "Call-out engineer day without PM contract", "day", 1450, "-"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Volume rule: belts ordered above 100 m receive 5% extra discount. Prices valid until 31 December 2025."])
    for col, w in zip("ABCDE", (18, 52, 8, 16, 12)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Mesh belt specs")
    ws2.append(["Mesh belt specifications - 2,400 mm wide lehr belts"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Alloy", "SKU", "Max continuous temperature", "Weight per m²", "Wire diameter", "Typical use"])
    ws2.append(["AISI 304L", "VTS-MB-2400-304", "650 °C", "9.8 kg", "2.0 mm", "tableware lehrs with soak below 560 °C"])
    ws2.append(["AISI 314", "VTS-MB-2400", "900 °C", "10.4 kg", "2.0 mm", "container-glass annealing lehrs"])
    ws2.append(["Inconel 601", "VTS-MB-2400-601", "1,100 °C", "11.1 kg", "1.8 mm", "decorating and fire-polishing lehrs"])
    ws2.append([])
    ws2.append(["Belt stretch allowance: 1.5% over the first 2,000 hours; re-tension after the first 200 hours."])

    ws3 = wb.create_sheet("Recommended spares")
    ws3.append(["Recommended spares kit for one refurbished 30 m lehr"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Part", "SKU", "Recommended qty", "Reason"])
    ws3.append(["Gas burner assembly 45 kW", "VTS-BRN-G45", 1, "critical - one per 12 burners"])
    ws3.append(["Spare thermocouple type K", "VTS-TC-K1", 4, "breakage during belt cleaning"])
    ws3.append(["Fan V-belt set", "VTS-FB-SET", 2, "wear part, not under warranty"])
    ws3.append(["Igniter electrode", "VTS-IGN-E", 6, "wear part, not under warranty"])
    wb.save(K / "vitrenne-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Operating FAQ: lehr heat-up, idle holds, belt care and fans

*Vitrenne Thermal Systems knowledge base - article KB-112, last reviewed March 2025.*

## How fast can a refurbished lehr be heated up?
From cold (below 60 °C), heat up at no more than 50 °C per hour until the annealing zones reach 450 °C, then
at no more than 80 °C per hour up to set-point. A full cold start to 560 °C therefore takes about 10 hours. From a
weekend idle hold (see below) the lehr may be brought back to set-point at 100 °C per hour, which takes about 2 to
3 hours. Faster heating cracks the new ceramic fibre modules and voids the refractory warranty.

## Can we hold the lehr warm over a weekend?
Yes. For stops of up to 96 hours, hold all zones at 350 °C with the belt running at minimum speed (0.05 m/min).
For longer stops cool down at no more than 60 °C per hour and stop the belt only below 150 °C.

## How often should the belt be checked?
Check belt tension and tracking every 500 operating hours and log the result; the belt warranty requires the log.
Re-tension the new belt after the first 200 hours. Belt elongation above 3% of original length means the belt should
be replaced within 6 months. Never walk on the belt when it is above 40 °C.

## What about cullet jams?
Clear a cullet jam within 30 minutes. If a jam cannot be cleared, lower the hot-zone set-points by 100 °C and call
Vitrenne support. Jams left longer cause belt distortion, which is not covered by the warranty.

## How are the recirculation fans maintained?
Grease the fan bearings every 2,000 operating hours with a high-temperature lithium-complex grease (about 15 g per
bearing). Check fan vibration monthly; above 4.5 mm/s RMS, book a PM visit. V-belts are wear parts and should be
replaced every 12 months.

## How often must thermocouples be recalibrated?
Zone control thermocouples are verified against a reference probe at every PM visit and replaced when the deviation
exceeds 2 °C. The strain scanner is calibrated every 12 months with its reference disc set.

## What is the quickest way to lower strain rejects?
First confirm that the ware entering the lehr is above 480 °C, then raise the soak time by lowering belt speed in
steps of 5%. Changing the cooling-zone set-points by more than 15 °C at once often makes rejects worse.
"""


def make_md():
    (K / "lehr-operating-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
