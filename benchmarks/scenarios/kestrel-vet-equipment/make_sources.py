"""Generate the binary knowledge sources for the kestrel-vet-equipment scenario.

Run with: /work/main/.venv/bin/python make_sources.py
Writes knowledge/kestrel-product-datasheets-2026.docx and knowledge/kestrel-price-list-2026.xlsx.
(The .html and .md sources are hand-written and live next to them.)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX datasheets
def add_table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = h
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    return t


def make_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    doc.add_heading("Kestrel Veterinary Equipment Ltd", 0)
    doc.add_paragraph("Product Datasheets - Theatre, Imaging, Dental and Ward Range")
    doc.add_paragraph("Document KVE-DS-2026-03 | Issue 3 | September 2026 | Supersedes KVE-DS-2025-11")
    doc.add_paragraph(
        "Specifications are typical values measured at 20 °C and may change without notice as part of our "
        "continuous improvement programme. Prices are NOT included in this document; see the current Kestrel "
        "price list. Where a product is offered in more than one variant, check the SKU on your quotation."
    )

    # 1 AN-400
    doc.add_heading("1. AN-400 Anaesthesia Workstation (SKU KV-AN400)", 1)
    doc.add_paragraph(
        "The AN-400 is a compact, mobile anaesthesia workstation for small-animal and small-equine (foal) "
        "theatres. It is supplied with one isoflurane vaporiser on a Selectatec-compatible back bar with space "
        "for a second vaporiser. Nitrous oxide is not fitted on UK units. A mechanical ventilator is not "
        "included; the VentiPro ventilator module can be retrofitted at any time."
    )
    add_table(doc, ["Parameter", "AN-400 specification"], [
        ["Gas supplies", "Oxygen and medical air, pipeline at 4 bar (NIST connectors)"],
        ["Reserve cylinders", "2 x oxygen cylinder yokes (pin-index, size E)"],
        ["Oxygen flowmeter range", "0.1 to 10 L/min"],
        ["Air flowmeter range", "0.5 to 10 L/min"],
        ["Vaporiser supplied", "1 x isoflurane vaporiser, 0 to 5 %, temperature compensated"],
        ["Vaporiser mounts", "2-position Selectatec-compatible back bar with interlock"],
        ["Breathing systems", "Integrated circle absorber (1.5 L canister) plus auxiliary common gas outlet for non-rebreathing systems (T-piece, Bain)"],
        ["Recommended patient weight", "circle: above 7 kg; non-rebreathing: up to 7 kg"],
        ["Scavenging", "Active scavenging interface with 30 mm connector and flow indicator"],
        ["Oxygen failure warning", "Audible and visual, battery-independent, sounds for at least 7 seconds"],
        ["APL valve", "0.5 to 70 cmH2O, with quick-release"],
        ["Dimensions (W x D x H)", "620 x 580 x 1350 mm"],
        ["Weight", "68 kg (without cylinders)"],
        ["Work surface", "Stainless steel top shelf, 2 lockable drawers"],
        ["Castors", "4 x 125 mm antistatic, 2 with brakes"],
    ])
    doc.add_paragraph(
        "Oxygen flush: a recessed, self-closing oxygen flush valve is fitted to the front panel and meets "
        "ISO 80601-2-13. The flush bypasses the vaporiser."
    )
    doc.add_paragraph(
        "Servicing: vaporisers must be serviced and calibrated every 12 months. Kestrel issues a calibration "
        "certificate with every service. Soda lime is not supplied with the workstation."
    )

    # 2 VitalSign 7
    doc.add_heading("2. VitalSign 7 and VitalSign 7 Plus Multiparameter Monitors", 1)
    doc.add_paragraph(
        "Two variants share the same housing and 12.1-inch touchscreen. The VitalSign 7 (SKU KV-MON7) covers "
        "routine anaesthetic and recovery monitoring. The VitalSign 7 Plus (SKU KV-MON7P) adds sidestream "
        "capnography and two invasive blood pressure channels. Capnography (EtCO2) is available only on the "
        "VitalSign 7 Plus and cannot be added to a VitalSign 7 after purchase."
    )
    add_table(doc, ["Feature", "VitalSign 7 (KV-MON7)", "VitalSign 7 Plus (KV-MON7P)"], [
        ["Display", "12.1-inch colour touchscreen, 1280 x 800", "12.1-inch colour touchscreen, 1280 x 800"],
        ["ECG", "3/5-lead, heart rate 15 to 350 bpm", "3/5-lead, heart rate 15 to 350 bpm"],
        ["SpO2", "Veterinary probe set (tongue, ear, paw clip)", "Veterinary probe set (tongue, ear, paw clip)"],
        ["NIBP", "Oscillometric, cuff sizes 1 to 5 supplied", "Oscillometric, cuff sizes 1 to 5 supplied"],
        ["Temperature", "2 channels (oesophageal and rectal probes)", "2 channels (oesophageal and rectal probes)"],
        ["Respiration", "Impedance", "Impedance and capnography"],
        ["EtCO2 (capnography)", "Not available", "Sidestream, 50 mL/min sample flow"],
        ["Invasive BP", "Not available", "2 channels"],
        ["Species presets", "Canine, feline, equine, rabbit", "Canine, feline, equine, rabbit"],
        ["Data export", "HL7 and USB (PDF trend reports)", "HL7 and USB (PDF trend reports)"],
        ["Power", "100 to 240 V AC; internal rechargeable Li-ion battery", "100 to 240 V AC; internal rechargeable Li-ion battery"],
        ["Battery charge time", "4 hours from empty (monitor switched off)", "4 hours from empty (monitor switched off)"],
        ["Weight", "3.9 kg", "4.4 kg"],
        ["Mounting", "Roll stand, AN-400 shelf or VESA 100 wall arm", "Roll stand, AN-400 shelf or VESA 100 wall arm"],
    ])
    doc.add_paragraph(
        "Cleaning: wipe the housing and touchscreen with a quaternary ammonium disinfectant or 70% isopropyl "
        "alcohol. Do not spray liquid directly into the connector panel and never immerse the monitor."
    )

    # 3 DR-1417
    doc.add_heading("3. DR-1417 Wireless Digital Radiography Detector (SKU KV-DR1417)", 1)
    doc.add_paragraph(
        "Flat-panel caesium iodide detector for retrofit to an existing veterinary X-ray generator and table "
        "bucky. Supplied with the KestrelView acquisition workstation (Windows 11 IoT PC, 24-inch medical-grade "
        "monitor) and one KestrelView site licence."
    )
    add_table(doc, ["Parameter", "DR-1417"], [
        ["Active area", "35 x 43 cm (14 x 17 in)"],
        ["Scintillator", "Caesium iodide (CsI)"],
        ["Pixel pitch", "140 µm"],
        ["Image matrix", "2500 x 3072 pixels"],
        ["A/D conversion", "16-bit"],
        ["Preview image", "within 2 seconds of exposure"],
        ["Wireless", "Wi-Fi 6 (IEEE 802.11ax), 5 GHz"],
        ["Wired / tethered mode", "Gigabit Ethernet via tether cable (5 m, supplied)"],
        ["Exposure detection", "Automatic exposure detection (AED) or generator sync cable"],
        ["Image output", "DICOM 3.0 (Storage, Modality Worklist, Print)"],
        ["Load limit", "150 kg distributed over the whole surface; 100 kg on a 4 cm diameter area"],
        ["Ingress protection", "IP54"],
        ["Batteries", "2 x hot-swappable Li-ion batteries and desktop charging dock supplied"],
        ["Battery charge time", "3.5 hours (full charge, in dock)"],
        ["Weight", "2.9 kg including battery"],
        ["Dimensions", "384 x 460 x 15 mm"],
    ])
    doc.add_paragraph(
        "Battery status is shown on the detector LED and in KestrelView. A low-battery warning appears at 15% "
        "remaining; swap to the spare battery between exposures without restarting the software."
    )
    doc.add_paragraph(
        "Compatibility: the DR-1417 works with most veterinary generators from 2005 onwards. Our engineer needs "
        "the generator make and model before installation (see the Installation & Onboarding Guide)."
    )

    # 4 DS-2
    doc.add_heading("4. DS-2 Veterinary Dental Station (SKU KV-DEN2)", 1)
    doc.add_paragraph(
        "Mobile dental unit with integrated oil-free compressor, for routine scale-and-polish and extractions "
        "in dogs, cats and rabbits. Dental radiography is not included (see the DX-70 dental X-ray unit)."
    )
    add_table(doc, ["Parameter", "DS-2"], [
        ["Instrument positions", "4"],
        ["High-speed handpiece", "Air turbine, up to 350,000 rpm, with LED light"],
        ["Low-speed handpiece", "Air motor, up to 25,000 rpm, with prophy angle"],
        ["Ultrasonic scaler", "Piezo, 28 kHz, 5 tips supplied"],
        ["Syringe", "3-way air/water syringe"],
        ["Compressor", "Oil-free, 24 L tank, 8 bar maximum"],
        ["Water supply", "Self-contained 1.5 L bottle (distilled water only)"],
        ["Suction", "Optional low-volume suction module (not included)"],
        ["Electrical", "230 V, 50 Hz, 1.1 kW; dedicated 13 A socket required"],
        ["Dimensions (W x D x H)", "560 x 520 x 980 mm"],
        ["Weight", "54 kg"],
    ])
    doc.add_paragraph(
        "The compressor is housed in a sound-insulated lower cabinet with a thermal cut-out. Drain the "
        "compressor tank weekly using the drain valve at the rear."
    )

    # 5 Tables
    doc.add_heading("5. Theatre and Examination Tables", 1)
    doc.add_paragraph(
        "Two tables are offered. The HT-200 Hydraulic Surgical Table (SKU KV-TBL-HYD) is for theatre use. "
        "The EX-120 Electric Exam and Prep Table (SKU KV-TBL-EXM) is for consult rooms, prep and imaging."
    )
    add_table(doc, ["Parameter", "HT-200 Hydraulic Surgical Table", "EX-120 Electric Exam and Prep Table"], [
        ["Safe working load", "200 kg", "120 kg"],
        ["Top", "Stainless steel V-top, two hinged halves, heated", "Flat stainless steel top with drain channel"],
        ["Top size", "1400 x 560 mm", "1250 x 600 mm"],
        ["Height range", "720 to 1180 mm", "540 to 1020 mm"],
        ["Height adjustment", "Hydraulic foot pump", "Electric, foot switch"],
        ["Tilt", "Trendelenburg and reverse, 15 degrees each way", "None"],
        ["Heating", "Thermostatic, 38 °C, 120 W", "None"],
        ["Power", "230 V (heating only)", "230 V, 400 W motor"],
        ["Weight", "118 kg", "96 kg"],
    ])
    doc.add_paragraph(
        "Both tables are supplied with a drain bucket. Lift points for tying limbs are on the HT-200 only."
    )

    # 6 Kennels
    doc.add_heading("6. KB-6M Modular Kennel Bank (SKU KV-KEN-M)", 1)
    doc.add_paragraph(
        "Six-compartment stainless steel kennel bank built to order in our Leeds workshop. Arranged in two "
        "tiers of three. Removable dividers let you combine two compartments into one double-width unit."
    )
    add_table(doc, ["Parameter", "KB-6M"], [
        ["Material", "Grade 304 stainless steel, fully welded carcass"],
        ["Overall size (W x D x H)", "1840 x 760 x 1650 mm"],
        ["Compartment size", "600 x 740 x 780 mm (upper and lower)"],
        ["Doors", "Stainless bar doors with slam latch, reversible hinge"],
        ["Floors", "Removable anti-slip floor panels"],
        ["Drainage", "Lower tier: rear drain lip; upper tier: removable tray"],
        ["Fixings", "Floor plinth and 4 x M10 wall anchor points"],
        ["Colour options", "Stainless only; door name-card holders in 5 colours"],
    ])
    doc.add_paragraph(
        "Kennel banks are made to order and cannot be returned once production has started. Allow for "
        "delivery access of at least 800 mm clear door width; banks are delivered assembled."
    )
    doc.add_paragraph("© 2026 Kestrel Veterinary Equipment Ltd, Unit 7 Thorpe Park Works, Leeds LS15 8GB.")
    doc.save(OUT / "kestrel-product-datasheets-2026.docx")


# ---------------------------------------------------------------- XLSX price list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    white = Font(bold=True, color="FFFFFF")

    ws = wb.active
    ws.title = "Price List 2026"
    ws["A1"] = "Kestrel Veterinary Equipment Ltd - UK Price List 2026 (GBP, excluding VAT)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Valid 1 January 2026 to 31 December 2026. Prices exclude VAT at 20%."
    header = ["SKU", "Product", "Category", "Unit", "List price (GBP)", "Typical lead time", "Notes"]
    ws.append([])
    ws.append(header)
    for c in ws[4]:
        c.font = white
        c.fill = head_fill
    rows = [
        ["KV-AN400", "AN-400 Anaesthesia Workstation (incl. isoflurane vaporiser)", "Theatre", "each", 8950, "3 to 4 weeks", ""],
        ["KV-VAP-ISO", "Isoflurane vaporiser, Selectatec-compatible (additional)", "Theatre", "each", 1240, "2 to 3 weeks", "Spare or second vaporiser"],
        ["KV-VAP-SEVO", "Sevoflurane vaporiser, Selectatec-compatible", "Theatre", "each", 1485, "2 to 3 weeks", "Fits AN-400 second mount"],
        ["KV-VENT", "VentiPro ventilator module for AN-400", "Theatre", "each", 5900, "4 to 6 weeks", "Retrofit on site, half day"],
        ["KV-MON7", "VitalSign 7 Multiparameter Monitor", "Monitoring", "each", 3420, "2 to 3 weeks", ""],
        ["KV-MON7P", "VitalSign 7 Plus Monitor (with capnography and IBP)", "Monitoring", "each", 4650, "2 to 3 weeks", ""],
        ["KV-CAP-LINE", "Sidestream sample lines, pack of 25", "Consumables", "pack", 68, "Stock", "VitalSign 7 Plus only"],
        ["KV-DR1417", "DR-1417 Wireless DR Detector with KestrelView workstation", "Imaging", "each", 21800, "6 to 8 weeks", "Generator details required at order"],
        ["KV-DR-BATT", "DR-1417 spare battery", "Imaging", "each", 385, "Stock", ""],
        ["KV-KVIEW-LIC", "KestrelView additional viewing licence", "Imaging", "each", 650, "Stock", "Per consult-room PC"],
        ["KV-DEN2", "DS-2 Veterinary Dental Station", "Dental", "each", 6275, "3 to 4 weeks", ""],
        ["KV-DEN-SUC", "DS-2 low-volume suction module", "Dental", "each", 890, "3 to 4 weeks", ""],
        ["KV-DX70", "DX-70 Dental X-ray Unit, wall mounted", "Dental", "each", 4950, "6 to 8 weeks", "Requires RPA sign-off"],
        ["KV-TBL-HYD", "HT-200 Hydraulic Surgical Table, heated V-top", "Tables", "each", 4180, "4 to 5 weeks", ""],
        ["KV-TBL-EXM", "EX-120 Electric Exam and Prep Table", "Tables", "each", 1865, "3 to 4 weeks", ""],
        ["KV-KEN-M", "KB-6M Modular Kennel Bank, 6 compartments", "Ward", "each", 2395, "10 to 12 weeks", "Made to order, non-returnable"],
        ["KV-KEN-3", "KB-3M Modular Kennel Bank, 3 compartments", "Ward", "each", 1395, "10 to 12 weeks", "Made to order, non-returnable"],
        ["KV-INST", "Installation and commissioning, per engineer day", "Services", "day", 950, "Booked at order", "Includes packaging removal"],
        ["KV-TRAIN-X", "Additional on-site training session (3 hours)", "Services", "session", 420, "Booked at order", ""],
    ]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=5, min_col=5, max_col=5):
        for c in row:
            c.number_format = "#,##0.00"
    for col, w in zip("ABCDEFG", [14, 58, 13, 9, 16, 18, 36]):
        ws.column_dimensions[col].width = w

    # CarePlus sheet
    cp = wb.create_sheet("CarePlus Plans")
    cp["A1"] = "CarePlus service plans - what is included"
    cp["A1"].font = Font(bold=True, size=13)
    cp["A2"] = "Annual fee per site, quoted per equipment list. Plans run for 12 months from the commissioning date."
    cp.append([])
    cp.append(["Feature", "CarePlus Essential", "CarePlus Complete"])
    for c in cp[4]:
        c.font = white
        c.fill = head_fill
    for r in [
        ["Planned preventive maintenance visits", "1 visit per year", "2 visits per year"],
        ["On-site engineer response (business hours)", "within 3 business days", "next business day"],
        ["Parts", "Labour only, parts charged at list price", "Parts and labour included"],
        ["Loan equipment while yours is repaired", "Not included", "DR panels and monitors"],
        ["Vaporiser service and calibration certificate", "Included", "Included"],
        ["Electrical safety testing (PAT)", "Included", "Included"],
        ["24/7 emergency phone line", "No", "Yes"],
        ["DR detector drop damage", "Not covered", "One accidental damage claim per year, £750 excess"],
        ["Software updates (KestrelView)", "Security updates only", "All updates and new releases"],
        ["Typical annual fee, single-site small-animal practice", "from £1,950", "from £3,900"],
    ]:
        cp.append(r)
    cp.append([])
    cp.append(["Out-of-hours call-out without CarePlus Complete: £185 per visit plus parts."])
    cp.append(["Batteries, probes, cuffs, sample lines and other consumables are not covered by either plan."])
    for col, w in zip("ABC", [52, 40, 50]):
        cp.column_dimensions[col].width = w

    # Delivery sheet
    dl = wb.create_sheet("Delivery & Install")
    dl["A1"] = "Delivery and installation charges"
    dl["A1"].font = Font(bold=True, size=13)
    dl.append([])
    dl.append(["Item", "Charge", "Comment"])
    for c in dl[3]:
        c.font = bold
    for r in [
        ["Delivery, mainland UK, order value over £2,500", "Free", "Two-person delivery to ground floor"],
        ["Delivery, mainland UK, order value £2,500 or less", "£95 per consignment", ""],
        ["Delivery to Scottish Highlands and Islands", "Quoted", "Add 3 working days"],
        ["Upper-floor delivery without lift", "£140 per item over 50 kg", "Stair-climber used"],
        ["Installation and commissioning", "£950 per engineer day", "See quote for number of days"],
        ["Aborted installation visit (site not ready)", "£450", "See Terms of Sale section 5"],
        ["Old equipment collection (WEEE, like-for-like)", "Free when ordered with new equipment", "Must be disconnected and accessible"],
    ]:
        dl.append(r)
    for col, w in zip("ABC", [52, 38, 40]):
        dl.column_dimensions[col].width = w
    for sheet in (ws, cp, dl):
        for row in sheet.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(OUT / "kestrel-price-list-2026.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("written:", sorted(p.name for p in OUT.iterdir()))
