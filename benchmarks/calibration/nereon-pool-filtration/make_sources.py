"""Generate the four knowledge sources of the nereon-pool-filtration scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(reportlab installed in a scratch folder with `pip install --target /tmp/rl reportlab`).
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

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: warranty and service terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Nereon Aquatic Systems Ltd - Warranty, Service Level and Maintenance Plan Terms", 0)
    d.add_paragraph("Document NAS-WST-07, revision 2025.2. Applies to equipment supplied and commissioned by Nereon "
                    "Aquatic Systems Ltd (\"Nereon\") for public and commercial swimming pools in the United Kingdom. "
                    "These terms form part of every Nereon quotation unless the quotation states otherwise.")

    d.add_heading("1. Equipment warranty periods", 1)
    d.add_paragraph("Warranty periods run from the date of the signed commissioning certificate, not from delivery. "
                    "Where commissioning is delayed by the customer for more than 60 days after delivery, the "
                    "warranty runs from the 61st day after delivery.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Equipment", "Warranty period", "Notes"
    rows = [
        ("NRN-MF filter vessels (GRP)", "10 years", "Structural failure of the vessel shell and laterals only."),
        ("Filter media (silica sand or glass)", "5 years", "Against channelling or loss of media caused by a manufacturing defect."),
        ("NRN-UV-MP reactor chambers", "5 years", "Stainless steel 316L chamber, wiper mechanism and flanges."),
        ("Medium-pressure UV lamps", "8,000 operating hours or 12 months, whichever comes first", "Pro-rata credit against a replacement lamp after 4,000 hours."),
        ("UV ballasts, control cabinet and UV intensity sensor", "2 years", "Electronics; requires ambient plant-room temperature within 5-40 C."),
        ("NRN-CTL chemical controllers", "3 years", "Excludes probes, membranes and electrolyte (consumables)."),
        ("NRN-DP peristaltic dosing pumps", "2 years", "Excludes peristaltic tubes and injection valves (consumables)."),
        ("NRN-VSD circulation pumps and drives", "2 years", "Mechanical seals covered for 12 months only."),
        ("Installation workmanship", "12 months", "Pipework, supports and electrical terminations installed by Nereon."),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("2. Warranty conditions and exclusions", 1)
    for s in [
        "The warranty applies only while pool water is kept within the operating envelope of the equipment: pH 6.8 to 7.8, "
        "free chlorine not above 5 mg/L at the controller, calcium hardness not above 500 mg/L, and water temperature not above 35 C.",
        "Damage caused by dosing chemicals other than sodium hypochlorite (12-15%) and sulphuric acid (up to 15%) or "
        "hydrochloric acid (up to 14%) voids the warranty on dosing pumps and injection points.",
        "Consumables are excluded: UV lamps after their stated period, quartz sleeves broken by water hammer or dry running, "
        "probes, membranes, electrolyte, peristaltic tubes, O-rings and filter nozzles damaged by incorrect backwashing.",
        "Equipment must be serviced at least twice a year by Nereon or a Nereon-trained technician; warranty claims must be "
        "supported by the service log.",
        "Nereon's liability under the warranty is limited to repair or replacement of the defective part. Loss of revenue, "
        "pool closure costs and other indirect or consequential losses are excluded.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Maintenance plans", 1)
    d.add_paragraph("Two plans are offered. Plan prices are fixed for the term stated in the quotation and are invoiced "
                    "annually in advance. A plan may be cancelled at the end of any plan year by giving 90 days' written "
                    "notice; a plan cancelled during a plan year is not refunded.")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    h = t2.rows[0].cells
    h[0].text, h[1].text, h[2].text = "", "Essential Care", "Complete Care"
    for r in [
        ("Planned preventive visits", "2 per year", "4 per year"),
        ("Priority 1 response (loss of disinfection or circulation stopped)", "on site within 24 hours, Monday to Friday",
         "on site within 6 hours, 7 days a week, 07:00-22:00"),
        ("Priority 2 response (degraded performance, alarms)", "within 3 business days", "next business day"),
        ("Labour and travel for breakdown visits", "charged at standard rates", "included"),
        ("Parts included", "none", "one set of UV lamps per year, peristaltic tubes, probe membranes and electrolyte"),
        ("Annual UV sensor calibration check", "charged", "included"),
        ("Remote monitoring alarm review (NereonLink)", "not included", "included, business hours"),
    ]:
        c = t2.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Chemicals (hypochlorite, acid), filter media replacement, water-quality laboratory testing and "
                    "repairs caused by misuse are not included in either plan.")

    d.add_heading("4. Work outside a plan", 1)
    d.add_paragraph("Breakdown visits outside a plan, or not covered by it, are charged at GBP 95 per engineer hour "
                    "(minimum two hours) plus a GBP 65 call-out fee. Weekend and bank-holiday work is charged at 1.5 times "
                    "the hourly rate. Parts are charged at the list price current on the date of the visit.")
    d.add_heading("5. Making a claim", 1)
    d.add_paragraph("Report faults to the Nereon service desk (24-hour line for Priority 1 faults). Give the equipment "
                    "serial number, the alarm shown and the last controller readings. Parts replaced under warranty "
                    "become Nereon's property and must be kept for collection for 30 days.")
    d.save(K / "nereon-warranty-service-terms.docx")


# ---------------------------------------------------------------- PDF: UV technical data and design guide
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize, body.leading = 9.5, 12.5
    doc = SimpleDocTemplate(str(K / "nereon-mp-uv-technical-guide.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Nereon MP-Series UV Technical Data and Design Guide")
    P = lambda s: Paragraph(s, body)
    st = [Paragraph("Nereon MP-Series Medium-Pressure UV Systems", ss["Title"]),
          Paragraph("Technical Data and Design Guide for Public Swimming Pools - edition 4, 2025", ss["Heading3"]),
          P("The NRN-UV-MP2 and NRN-UV-MP4 are medium-pressure ultraviolet reactors for secondary disinfection and "
            "chloramine control in public pools. Medium-pressure lamps emit a polychromatic output (200-400 nm) that "
            "photolyses combined chlorine (mono-, di- and trichloramine) as well as inactivating chlorine-resistant "
            "organisms. UV does not leave a residual: a free chlorine residual must still be maintained in the pool."),
          Paragraph("1. Performance", ss["Heading2"]),
          P("Both reactors are sized to deliver a validated dose of 60 mJ/cm2 at maximum rated flow, at end of lamp life, "
            "with a design UV transmittance (UVT) of 94% per 10 mm. This exceeds the 40 mJ/cm2 dose at which a 3-log "
            "(99.9%) inactivation of Cryptosporidium oocysts is achieved. In Nereon field data, combined chlorine in the "
            "pool falls below 0.2 mg/L within 4 to 6 weeks of commissioning when the pool is operated at normal bather "
            "loads and the chlorine setpoint is held constant."),
          Paragraph("2. Technical data", ss["Heading2"])]
    data = [["", "NRN-UV-MP2", "NRN-UV-MP4"],
            ["Lamp power", "2 kW (1 lamp)", "4 kW (2 lamps x 2 kW)"],
            ["Maximum flow at 60 mJ/cm2, 94% UVT", "90 m3/h", "250 m3/h"],
            ["Pipe connection", "DN100 flanged", "DN200 flanged"],
            ["Head loss at maximum flow", "0.12 bar", "0.15 bar"],
            ["Maximum operating pressure", "10 bar", "10 bar"],
            ["Chamber material", "316L stainless steel", "316L stainless steel"],
            ["Lamp life (rated)", "8,000 hours", "8,000 hours"],
            ["Sleeve wiping", "automatic, every 2 hours", "automatic, every 2 hours"],
            ["Power supply", "400 V 3-phase, 16 A", "400 V 3-phase, 32 A"],
            ["Control cabinet protection", "IP54", "IP54"],
            ["Operating weight (chamber full)", "48 kg", "86 kg"],
            ["Ambient temperature (cabinet)", "5-40 C", "5-40 C"]]
    tb = Table(data, colWidths=[70 * mm, 50 * mm, 50 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightblue),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    st += [tb, Spacer(1, 6),
           Paragraph("3. Position in the circulation system", ss["Heading2"]),
           P("Install the reactor downstream of the filters and upstream of the heat exchanger and of the chlorine and "
             "acid injection points, so that the lamps see filtered water and the hypochlorite is not photolysed before "
             "it reaches the pool. Provide a full-flow bypass with isolating valves so that the reactor can be serviced "
             "while circulation continues. Allow a straight pipe length of at least 5 pipe diameters upstream of the "
             "reactor inlet and 3 diameters downstream. Mount the chamber horizontally with the sensor port at the top; "
             "allow a clear withdrawal space of 1,000 mm (MP2) or 1,400 mm (MP4) at the lamp end for sleeve removal."),
           Paragraph("4. Controls and alarms", ss["Heading2"]),
           P("Each reactor has a calibrated UV intensity sensor. The cabinet raises a low-UV warning at 70% of the "
             "nominal intensity and a low-UV alarm at 55%; on alarm a volt-free contact is provided for the building "
             "management system and the controller can increase the chlorine setpoint automatically. Other alarms: lamp "
             "failure, wiper fault, cabinet over-temperature and no-flow (from a flow switch, supplied). Interfaces: "
             "Modbus TCP and 4 volt-free contacts."),
           Paragraph("5. Lamp operation and replacement", ss["Heading2"]),
           P("A medium-pressure lamp needs about 5 minutes to reach full output after starting. After a lamp has been "
             "switched off it must cool for 15 minutes before it can be restarted; the cabinet enforces this delay. "
             "Frequent switching shortens lamp life: each start counts as 3 operating hours. Replace lamps at 8,000 "
             "hours or when the sensor reading can no longer be held above the warning level after sleeve cleaning. "
             "Quartz sleeves should be replaced every 2 years or when etched or scaled beyond cleaning."),
           Paragraph("6. Safety", ss["Heading2"]),
           P("UV radiation is harmful to eyes and skin. Never operate a lamp outside the chamber. The chamber lid and "
             "lamp-end cover are interlocked. Spent lamps contain mercury and must be returned to Nereon or disposed of "
             "as hazardous waste (WEEE category 3).")]
    doc.build(st)


# ---------------------------------------------------------------- XLSX: price and specification list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    title_font = Font(bold=True, size=13)

    def sheet(ws, title, header, rows, note=None):
        ws.append([title])
        ws["A1"].font = title_font
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        if note:
            ws.append([])
            ws.append([note])
        for col, w in zip("ABCDEFG", (16, 46, 14, 46, 14, 14, 14)):
            ws.column_dimensions[col].width = w

    ws = wb.active
    ws.title = "Filtration"
    sheet(ws, "Nereon Aquatic Systems - 2025 Price and Specification List (GBP, excl. VAT) - Filtration",
          ["SKU", "Description", "List price", "Key specification", "Lead time (weeks)"],
          [["NRN-MF-1800", "Multimedia pressure filter, 1800 mm diameter, GRP vessel, supplied with silica sand media", 14850,
            "Filtration area 2.54 m2; max filtration velocity 25 m/h (64 m3/h per filter); design pressure 4 bar; bed depth 1.0 m", "10-12"],
           ["NRN-MF-1400", "Multimedia pressure filter, 1400 mm diameter, GRP vessel, supplied with silica sand media", 10950,
            "Filtration area 1.54 m2; max filtration velocity 25 m/h (38 m3/h per filter); design pressure 4 bar", "10-12"],
           ["NRN-MED-SS", "Graded silica sand 16/30 with support gravel (standard, included with filter)", 0,
            "Replace every 5 to 7 years; backwash water approx. 9.5 m3 per 1800 mm filter per backwash", "2"],
           ["NRN-MED-GL", "Activated glass media upgrade, per 1800 mm filter (replaces silica sand)", 1150,
            "Replace every 10 years; backwash water approx. 6.5 m3 per 1800 mm filter per backwash", "3"],
           ["NRN-VSD-15", "15 kW end-suction circulation pump with integrated variable-speed drive", 6720,
            "Duty 200 m3/h at 18 m head; IE4 motor; cast iron casing, bronze impeller; 400 V", "6"],
           ["NRN-VSD-7", "7.5 kW end-suction circulation pump with integrated variable-speed drive", 4380,
            "Duty 95 m3/h at 16 m head; IE4 motor; 400 V", "6"]],
          "Backwash: Nereon recommends backwashing when the differential pressure reaches 0.5 bar above clean-bed, or at least weekly.")

    ws2 = wb.create_sheet("UV and Dosing")
    sheet(ws2, "Nereon Aquatic Systems - 2025 Price and Specification List (GBP, excl. VAT) - UV and Dosing",
          ["SKU", "Description", "List price", "Key specification", "Lead time (weeks)"],
          [["NRN-UV-MP4", "Medium-pressure UV reactor, 4 kW, DN200, with control cabinet and UV sensor", 22400,
            "Max 250 m3/h at 60 mJ/cm2 and 94% UVT", "10-12"],
           ["NRN-UV-MP2", "Medium-pressure UV reactor, 2 kW, DN100, with control cabinet and UV sensor", 13900,
            "Max 90 m3/h at 60 mJ/cm2 and 94% UVT", "10-12"],
           ["NRN-CTL-D2", "Dual-parameter chemical controller (free chlorine and pH) with ORP and temperature", 3280,
            "Amperometric free chlorine 0-5 mg/L; pH 0-14; 4 relays; 2 x 4-20 mA; Modbus TCP; web interface", "4"],
           ["NRN-CTL-TC", "Total chlorine measurement module for NRN-CTL-D2 (gives combined chlorine)", 690,
            "Membrane-covered total chlorine probe 0-5 mg/L", "4"],
           ["NRN-GW-BAC", "BACnet/IP gateway for NRN-CTL controllers and NRN-UV cabinets (up to 4 devices)", 420,
            "Controllers do not support BACnet natively; gateway required", "4"],
           ["NRN-DP-PER", "Peristaltic dosing pump, configured for sodium hypochlorite or acid", 1145,
            "Hypochlorite configuration: 0.5-15 L/h; acid configuration: 0.3-7.5 L/h; max back-pressure 3 bar", "3"]],
          "One NRN-CTL-D2 can drive two NRN-DP-PER pumps (one hypochlorite, one acid) via its 4-20 mA outputs.")

    ws3 = wb.create_sheet("Spares and Consumables")
    sheet(ws3, "Nereon Aquatic Systems - 2025 Spares and Consumables (GBP, excl. VAT)",
          ["SKU", "Description", "List price", "Replacement interval", "Fits"],
          [["SP-UVL-4K", "Medium-pressure UV lamp 2 kW for MP4 (two per reactor), price per lamp", 1240, "8,000 hours", "NRN-UV-MP4"],
           ["SP-UVL-2K", "Medium-pressure UV lamp 2 kW for MP2, price per lamp", 780, "8,000 hours", "NRN-UV-MP2"],
           ["SP-QS-200", "Quartz sleeve with O-rings, DN200 reactor", 465, "2 years", "NRN-UV-MP4"],
           ["SP-QS-100", "Quartz sleeve with O-rings, DN100 reactor", 295, "2 years", "NRN-UV-MP2"],
           ["SP-FCL-MEM", "Free chlorine probe membrane cap and electrolyte kit", 145, "12 months", "NRN-CTL-D2"],
           ["SP-PH-EL", "pH electrode, gel-filled", 210, "18 months", "NRN-CTL-D2"],
           ["SP-PER-TUBE", "Peristaltic tube kit (tube, connectors, rollers check)", 68, "6 months", "NRN-DP-PER"],
           ["SP-INJ-V", "Injection valve, PVDF, with non-return ball", 54, "12 months", "NRN-DP-PER"]],
          "Spares ordered before 13:00 on a business day are dispatched the same day from stock in Leicester.")
    wb.save(K / "nereon-price-spec-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Installation, commissioning and handover: what to expect

*Nereon Aquatic Systems knowledge base - article KB-114, updated June 2025*

This article explains how a Nereon plant-room refurbishment runs for a public pool, from the site survey to the end
of the first year. It applies to projects that combine filtration, UV and chemical dosing.

## Before work starts

- **Site survey:** a Nereon project engineer surveys the plant room, measures existing pipework and checks the
  electrical supply. The UV cabinets need a dedicated 400 V 3-phase supply; providing it is the customer's
  responsibility unless the quotation includes it.
- **Chemical storage:** sodium hypochlorite and acid must be stored in separate bunded areas with separate delivery
  points, clearly labelled. Nereon checks this at survey and will not commission dosing into a plant room where the
  two chemicals share a bund.
- **Chemicals are not supplied** by Nereon; the customer's chemical supplier must deliver the first fill before the
  commissioning week.

## The shutdown

A typical filtration, UV and dosing refurbishment needs a plant-room shutdown of **15 working days**:

1. Days 1-4: drain-down of the balance tank, strip-out and removal of old filters and media (disposal included).
2. Days 5-10: installation of filters, media, UV reactors, pumps, pipework and cabling.
3. Days 11-15: commissioning, water balancing and handover.

The pool itself does not always need to be drained; this is agreed at survey. Water must be within the warranty
operating envelope (pH 6.8 to 7.8) before the UV is handed over.

## Commissioning setpoints

Nereon commissions controllers at a free chlorine setpoint of 1.0 mg/L and a pH setpoint of 7.3 unless the pool
operator's written operating procedure states other values. The operator remains responsible for pool water quality
and for its own testing regime.

## Handover and training

- Staff training is included: **two half-day sessions** for up to 8 staff each, covering daily checks, backwashing,
  controller calibration, UV alarms and safe handling of chemicals.
- Operation and maintenance (O&M) manuals, as-built drawings and the commissioning certificate are issued within
  10 working days after handover.
- The commissioning certificate starts the warranty periods.

## Remote monitoring (NereonLink)

Every controller and UV cabinet is connected to NereonLink, Nereon's remote monitoring portal, at commissioning.
NereonLink is free for the first 12 months; after that it costs GBP 240 per year per site. It shows live readings,
alarm history and lamp hours, and sends e-mail or SMS alarms to up to 10 recipients.

## Replacing a UV lamp (for trained staff)

1. Isolate the UV cabinet and wait 15 minutes for the lamp to cool.
2. Close the reactor isolation valves and open the bypass.
3. Remove the lamp-end cover, disconnect the lamp and withdraw it without touching the quartz with bare hands.
4. Fit the new lamp, reset the lamp-hours counter in the cabinet menu and restart.

Spent lamps contain mercury: return them to Nereon in the new lamp's packaging.
"""


def make_md():
    (K / "kb-installation-commissioning.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
