"""Generate the four knowledge sources of the cradlemere-shiplift-cradles scenario.
python-docx + openpyxl (appliance venv) and reportlab (scratch folder, PYTHONPATH) are needed."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------- DOCX: warranty, service levels, spare parts ----------------
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Cradlemere Marine Systems B.V. - Warranty, Service Levels & Spare Parts Terms (edition 2026-1)", 0)
    d.add_paragraph("Applies to ship-lift transfer cradles, keel blocks, bilge block arms, transfer bogies and control "
                    "systems supplied by Cradlemere Marine Systems B.V., Waalhaven Oostzijde 112, Rotterdam. These terms "
                    "form part of every quotation unless the quotation states otherwise.")
    d.add_heading("1. Warranty periods", 1)
    t = d.add_table(rows=1, cols=3)
    t.rows[0].cells[0].text = "Component group"; t.rows[0].cells[1].text = "Warranty period"; t.rows[0].cells[2].text = "Starts"
    for r in [("Structural steel (cradle frame, cross beams, bogie frames)", "60 months", "date of the load test certificate"),
              ("Hydraulic components (keel block cylinders, bilge arm cylinders, power packs, valves)", "24 months", "date of the load test certificate"),
              ("Drives, electrical and control equipment (geared motors, cable reel, PLC, radio remote)", "24 months", "date of the load test certificate"),
              ("Corrosion protection (C5-M coating system)", "36 months", "date of delivery to site")]:
        c = t.add_row().cells
        for i, v in enumerate(r): c[i].text = v
    d.add_paragraph("Where the load test is delayed for reasons attributable to the buyer, the 24-month warranty ends no later "
                    "than 27 months from delivery to site. Repairs or replacements under warranty do not extend the original "
                    "warranty period, except for the replaced part itself, which carries a new 12-month warranty.")
    d.add_heading("2. Exclusions", 1)
    for s in ["Wear parts: wheel treads, hydraulic hoses, timber keel block caps and bilge pad rubber faces.",
              "Damage caused by loads above the rated capacity of 600 t per SLC-TC-24 cradle, or by point loads above 45 t per metre of keel line.",
              "Use of a hydraulic oil other than the approved grade ISO VG 46 HVLP (zinc-free). Mixing oil grades voids the hydraulic warranty.",
              "Seawater immersion of bogies deeper than 300 mm above rail top, and any operation on rails outside the tolerances in the site readiness FAQ.",
              "Modifications, welding or additional equipment fitted to the cradle without Cradlemere's written approval."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Service levels", 1)
    d.add_paragraph("With an active preventive maintenance contract (SLC-PM-YR), faults are classified as follows:")
    for s in ["Priority 1 (P1) - the cradle cannot move or cannot hold a loaded vessel: remote response by a hydraulic/controls "
              "engineer within 2 hours, 24/7; engineer on site within 24 hours (within 48 hours for sites more than 500 km from Rotterdam).",
              "Priority 2 (P2) - degraded operation, the cradle can still transfer vessels safely: engineer on site within 5 working days.",
              "Priority 3 (P3) - cosmetic or documentation issues: handled at the next scheduled inspection visit."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Without a maintenance contract, call-outs are handled on a best-efforts basis and charged at EUR 1,450 per "
                    "engineer day plus travel and accommodation at cost. P1 response times do not apply.")
    d.add_heading("4. Preventive maintenance contract (SLC-PM-YR)", 1)
    d.add_paragraph("The contract runs for a minimum term of 3 years and includes: 2 inspection visits per year (6-monthly), "
                    "hydraulic oil analysis at each visit, annual load-cell calibration, a firmware update of the "
                    "synchronisation PLC when released, and a 10% discount on spare parts ordered during the term. "
                    "It does not include the cost of replacement parts, wear parts, or the 5-yearly proof load test "
                    "(SLC-PLT-5Y, quoted separately).")
    d.add_heading("5. Spare parts", 1)
    d.add_paragraph("Cradlemere guarantees availability of spare parts, or a functionally equivalent replacement, for 15 years "
                    "after delivery. Parts from the recommended spares kit are shipped within 2 working days; other parts "
                    "within 10 working days. Emergency parts for a P1 fault are dispatched by express courier the same day "
                    "when ordered before 14:00 CET.")
    d.save(os.path.join(K, "warranty-service-terms.docx"))

# ---------------- PDF: technical data sheet ----------------
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table
    from reportlab.lib.styles import getSampleStyleSheet
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(os.path.join(K, "slc-tc-24-datasheet.pdf"), pagesize=A4)
    e = [Paragraph("SLC-TC-24 Self-Propelled Ship-Lift Transfer Cradle - Technical Data Sheet (rev. C, March 2026)", ss["Title"]),
         Paragraph("The SLC-TC-24 moves vessels from the ship-lift platform to the repair berths of the dry-dock yard on the "
                   "transfer rail system. Each cradle rides on 4 SLC-BG-160 transfer bogies and carries a set of hydraulic "
                   "keel blocks and hydraulic bilge block arms that are adjusted to the hull before the lift.", ss["Normal"]),
         Spacer(1, 10)]
    rows = [["Parameter", "Value"],
            ["Rated capacity", "600 t evenly distributed"],
            ["Maximum point load on keel line", "45 t per metre"],
            ["Length / width", "24.0 m / 9.2 m"],
            ["Deck height above rail top", "1.35 m"],
            ["Empty weight", "78 t"],
            ["Rail gauge (standard)", "6.0 m (options from 4.5 m to 8.0 m)"],
            ["Transfer bogies", "4 x SLC-BG-160, rated 160 t each, 4 wheels of 40 t wheel load"],
            ["Travel speed", "6 m/min loaded, 15 m/min unloaded"],
            ["Drives", "4 x 7.5 kW geared motors, IP66"],
            ["Power supply", "400 V 3-phase 50 Hz via motorised cable reel, 120 m cable"],
            ["Keel blocks (SLC-KB-150)", "rated 150 t per block, stroke 250 mm, working pressure 280 bar, mechanical lock nut"],
            ["Bilge block arms (SLC-BA-80)", "80 t per arm, horizontal reach 1.8 m to 4.2 m"],
            ["Synchronisation tolerance", "+/-2 mm between bogies (laser-measured, PLC-controlled)"],
            ["Maximum rail gradient", "0.3%"],
            ["Operating ambient temperature", "-20 C to +45 C"],
            ["Wind limit for transfer", "15 m/s (mean wind speed at 10 m height)"],
            ["Corrosion protection", "ISO 12944 C5-M, 320 um dry film thickness"],
            ["Design standards", "EN 13001, FEM 1.001, EN 60204-32"]]
    e.append(Table(rows, colWidths=[190, 290]))
    e.append(Spacer(1, 10))
    e.append(Paragraph("Operating notes: the cradle must not be moved with a vessel on board while any keel block lock nut is "
                       "open. The radio remote (SLC-CTRL-RF) has a range of 150 m and stops all drives when the signal is "
                       "lost for more than 0.5 s. The cradles of one yard can be coupled electronically to move a vessel up "
                       "to 48 m long on two cradles in tandem; the combined rated capacity in tandem is 1,100 t, not 1,200 t, "
                       "because of the load sharing factor. Operation in tandem requires the synchronisation PLC on both "
                       "cradles.", ss["Normal"]))
    doc.build(e)

# ---------------- XLSX: price and spec list ----------------
def make_xlsx():
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active; ws.title = "Cradles & Blocks"
    ws.append(["Cradlemere Price & Specification List 2026 (EUR, ex works Rotterdam, excl. VAT)"])
    ws.append(["SKU", "Description", "Capacity", "Lead time (weeks)", "List price EUR"])
    for r in [("SLC-TC-18", "Self-propelled transfer cradle 18 m", "400 t", 30, "298,000"),
              ("SLC-TC-24", "Self-propelled transfer cradle 24 m", "600 t", 34, "385,000"),
              ("SLC-TC-32", "Self-propelled transfer cradle 32 m", "1,000 t", 42, "512,000"),
              ("SLC-KB-150", "Hydraulic keel block set (12 blocks)", "150 t per block", 12, "18,400"),
              ("SLC-BA-80", "Hydraulic bilge block arm pair", "80 t per arm", 14, "6,250"),
              ("SLC-BG-160", "Transfer bogie set", "160 t", 20, "12,900"),
              ("SLC-CTRL-RF", "Radio remote control & synchronisation PLC", "-", 16, "27,500")]:
        ws.append(list(r))
    ws2 = wb.create_sheet("Options & Services")
    ws2.append(["Cradlemere Options, Services & Spares 2026 (EUR, excl. VAT)"])
    ws2.append(["SKU", "Description", "Unit", "Price EUR", "Notes"])
    for r in [("SLC-INST-LT", "Installation, rail alignment & load test", "per cradle pair", "64,000",
               "load test at 110% of rated capacity (660 t) with water ballast bladders; rail remedial works excluded"),
              ("SLC-PM-YR", "Preventive maintenance contract", "per year", "21,800", "minimum term 3 years"),
              ("SLC-TRN-DAY", "Operator training on site", "per day", "1,950", "max 6 trainees per day; certificate per trainee"),
              ("SLC-SPK-1", "Recommended spares kit", "per cradle", "14,600", "hoses, seals, 2 wheel sets, lock nuts, radio spare"),
              ("SLC-CR-150", "Extended cable reel 150 m", "each", "8,900", "replaces the standard 120 m reel"),
              ("SLC-ANT-IC", "Anti-collision laser scanners (pair)", "per cradle", "11,200", "stops the cradle 2 m before an obstacle"),
              ("SLC-CAL-LC", "Load-cell calibration visit (outside contract)", "per visit", "2,400", ""),
              ("SLC-PLT-5Y", "5-yearly proof load test", "per cradle pair", "19,500", "required by most class societies")]:
        ws2.append(list(r))
    wb.save(os.path.join(K, "price-spec-list-2026.xlsx"))

# ---------------- Markdown KB article ----------------
KB = """# Site readiness, installation and load test - FAQ

*Cradlemere Marine Systems knowledge base, article KB-0217, updated February 2026*

**What must the yard have ready before the cradles arrive?**
- Transfer rails surveyed and within tolerance: gauge +/-3 mm, level +/-5 mm over 10 m, rail joints with a step of no more than 1 mm.
- A 400 V 3-phase supply of 125 A at the cable reel anchor point, with a lockable isolator.
- A laydown area of 60 m x 25 m with hardstanding rated for 10 t/m2 next to the rails.
- A 250 t mobile crane for 3 days during assembly (provided by the buyer), and site access for 14 abnormal-load deliveries per cradle pair.

**How long do installation and commissioning take?**
Installation and commissioning take 15 working days per cradle pair, followed by the load test, which takes 2 days.
Cradlemere sends a site manager, two mechanical fitters and a controls engineer.

**How is the load test done?**
Each cradle is tested at 110% of rated capacity (660 t for the SLC-TC-24) using water ballast bladders supplied by
Cradlemere; the buyer provides the fresh water and a fire hydrant connection. The load is held for 30 minutes while
deflection and synchronisation are measured. The load test certificate is issued within 5 working days of a passed
test, and the warranty periods start on its date. No load test is carried out when the wind exceeds 15 m/s.

**What if the rail survey fails?**
Rail remedial works are not part of SLC-INST-LT. If the pre-installation survey finds the rails outside tolerance,
Cradlemere's crew can stand by at EUR 1,450 per engineer day, or demobilise and return, with the return trip charged at
cost. The yard may use its own contractor for rail works.

**Who operates the cradles after handover?**
Only operators who have completed Cradlemere operator training (at least one day, SLC-TRN-DAY) may use the radio remote.
Each training day takes a maximum of 6 trainees.
"""

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx()
    with open(os.path.join(K, "site-readiness-faq.md"), "w") as f:
        f.write(KB)
    print("ok")
