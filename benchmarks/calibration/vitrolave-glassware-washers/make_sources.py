"""Generate the four knowledge sources of the vitrolave-glassware-washers scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from /tmp/rl)
"""
import os
import sys

sys.path.append("/tmp/rl")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Vitrolave PW Series - Installation & Site Requirements Guide", 0)
    d.add_paragraph("Document VL-IG-PW-2025, revision 3 (March 2025). Applies to the PW 9240 undercounter "
                    "laboratory glassware washer and the PW 9880 large-capacity washer (front-loading and "
                    "pass-through versions) installed in the United Kingdom.")

    d.add_heading("1. Electrical supply", 1)
    d.add_paragraph("PW 9240: standard connection 400 V 3N AC 50 Hz, fuse 16 A, total connected load 9.3 kW "
                    "(heating 8.5 kW). The PW 9240 can be converted to 230 V 1N AC 50 Hz, fuse 32 A, total "
                    "connected load 3.4 kW. On a single-phase supply heat-up is slower and the standard "
                    "programme P1 takes approximately 12 minutes longer. The conversion is free of charge if it "
                    "is specified on the order before dispatch; a field conversion after installation is charged "
                    "at 420.00 GBP per machine.")
    d.add_paragraph("PW 9880: 400 V 3N AC 50 Hz only, fuse 32 A, total connected load 19.6 kW. A single-phase "
                    "version is not available. The steam condenser is built in.")
    d.add_paragraph("For both models the customer provides a lockable isolator switch within 1.5 m of the machine. "
                    "The final connection from the isolator to the machine is made by the Vitrolave engineer; all "
                    "wiring up to the isolator must be completed and certified by the customer's qualified "
                    "electrician before the installation date.")

    d.add_heading("2. Water supply", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Connection", "PW 9240", "PW 9880"]):
        c.text = h
    rows = [
        ("Cold water flow pressure", "1-10 bar, min. 10 L/min", "1-10 bar, min. 25 L/min"),
        ("Hot water (optional)", "max. 65 °C", "max. 65 °C"),
        ("Purified (DI) water", "0.5-10 bar", "0.5-10 bar, min. 12 L/min"),
        ("Water softener", "built in, for hardness up to 8.9 mmol/l (50 °dH)",
         "external softener required above 4 mmol/l (22.4 °dH)"),
        ("Hose connection", "3/4 inch union, 1.5 m hoses supplied", "3/4 inch union, 1.5 m hoses supplied"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("A hot-water connection shortens the programme cycle time by up to 9 minutes. Purified water "
                    "for the final rinse must come from a pressurised supply; if the laboratory only has a "
                    "pressureless DI storage tank, the DI pump kit VL-DP2 is required (890.00 GBP, not included "
                    "unless listed on the quotation). Both models meet EN 1717 backflow protection by an integrated "
                    "air gap; no separate break tank is needed.")

    d.add_heading("3. Drain", 1)
    d.add_paragraph("Drain connection DN 40 for the PW 9240 and DN 50 for the PW 9880. The built-in drain pump "
                    "lifts waste water to a maximum height of 1.0 m above floor level. Waste water can reach "
                    "93 °C, so the drain pipework must be heat-resistant (PP or HT-PVC); standard PVC-U is not "
                    "acceptable. The pass-through PW 9880 additionally requires a floor gully on the loading side "
                    "to take condensate from the door seal trough.")

    d.add_heading("4. Ventilation and heat load", 1)
    d.add_paragraph("Heat emission to the room: PW 9240 approximately 1.1 kW, PW 9880 approximately 2.8 kW with the "
                    "condenser running. The PW 9880 can optionally be connected to the building extract (DN 100, "
                    "150 m³/h); this is recommended where the wash room has fewer than 6 air changes per hour.")

    d.add_heading("5. Space, floor and access", 1)
    d.add_paragraph("PW 9240: W 600 x D 600 x H 820 mm; fits under a worktop with a clear height of 850 mm or more; "
                    "empty weight 82 kg. Leave 50 mm behind the machine for hoses.")
    d.add_paragraph("PW 9880: W 1150 x D 850 x H 1950 mm; operating weight 620 kg; required floor load capacity "
                    "850 kg/m2. For the pass-through version the wall opening must measure 1,230 x 2,010 mm "
                    "(width x height); the stainless sealing frame kit is included with the machine. The machine is "
                    "delivered upright on a pallet: the access route needs doors at least 900 mm wide and 2,100 mm "
                    "high and a goods lift rated for 750 kg if it is installed above ground floor.")

    d.add_heading("6. Installation process and timings", 1)
    d.add_paragraph("A site survey is carried out free of charge within 2 weeks of order acknowledgement. The "
                    "customer returns the Pre-Installation Checklist (form PIC-7) at the latest 10 working days "
                    "before the agreed delivery date. Installation, commissioning and OQ take 1 working day per "
                    "PW 9240 and 2 working days per PW 9880. Engineers work Monday to Friday 08:00-17:00; work "
                    "outside these hours, at the customer's request, carries a 50% surcharge on labour.")
    d.add_paragraph("Exception - site not ready: if on the booked date the utilities, isolator, drain or wall "
                    "opening are not ready as described in this guide, the engineer's attendance is charged at "
                    "780.00 GBP per day and the installation is rebooked for the next available slot. Vitrolave "
                    "removes and recycles all packaging free of charge during the installation visit (one visit).")

    d.add_heading("7. Qualification (IQ/OQ) and what is not included", 1)
    d.add_paragraph("The installation line item VL-IQOQ includes, per washer: Installation Qualification (utility "
                    "checks, documentation, software version record) and Operational Qualification with "
                    "thermometric testing using 12 data-logger positions, spray arm rotation check and dosing "
                    "accuracy verification (tolerance ±5%). The signed IQ/OQ report is delivered as a PDF within 5 "
                    "working days after the OQ.")
    d.add_paragraph("Performance Qualification (PQ) with the customer's own soiled loads is NOT included in VL-IQOQ. "
                    "It is offered as VL-PQ at 1,450.00 GBP per washer and requires the customer to supply "
                    "representative soiled glassware and acceptance criteria. Removal and WEEE-compliant disposal "
                    "of an existing washer is available on request at 290.00 GBP per unit.")
    d.save(os.path.join(K, "pw-installation-site-guide.docx"))


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h1, h2 = ss["Title"], ss["Heading2"]
    P = lambda t: Paragraph(t, body)
    story = [Paragraph("Vitrolave Labware Systems Ltd - Warranty, Service Plans &amp; Commercial Terms (UK)", h1),
             P("Reference VL-TC-UK 2025/1, effective 1 April 2025. These terms apply to all quotations issued by "
               "Vitrolave Labware Systems Ltd for delivery in the United Kingdom unless the quotation states "
               "otherwise."),
             Paragraph("1. Warranty", h2),
             P("Washers (PW 9240, PW 9880): 24 months parts and labour from the date the OQ is completed, but no "
               "longer than 27 months from delivery. Racks, baskets and injector racks: 12 months from delivery. "
               "Consumables (detergents, neutralisers, DI cartridges) carry no warranty beyond their stated "
               "best-before date; DI cartridges are guaranteed to deliver their rated capacity."),
             P("Wear parts are excluded from the warranty: door seals, spray arm bearings, peristaltic dosing "
               "tubes and sump filters. The warranty does not cover faults caused by chemicals that are not on "
               "the Vitrolave Approved Chemicals List (VL-ACL), by water quality outside the limits of the "
               "installation guide VL-IG-PW-2025, or by moving the machine by anyone other than Vitrolave "
               "personnel. Under warranty an engineer attends within 3 working days of the fault report."),
             Paragraph("2. Service plans", h2)]
    data = [["", "Assure Basic", "Assure Plus"],
            ["Preventive maintenance visits", "1 per year", "2 per year"],
            ["Response time", "3 working days", "next working day*"],
            ["Parts", "10% discount", "included (except glass breakage and consumables)"],
            ["Labour and travel", "charged", "included"],
            ["Annual thermometric re-verification", "not included", "included"],
            ["VitroLink remote monitoring", "not included", "included"],
            ["List price per washer per year", "1,290.00 GBP", "2,280.00 GBP"]]
    tb = Table(data, colWidths=[6 * cm, 4 * cm, 7 * cm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tb, Spacer(1, 6),
              P("* Next working day for faults reported by 12:00 at sites within 100 miles of the Leeds or Reading "
                "service hubs; otherwise 2 working days. Response means an engineer on site; the first-time fix "
                "rate target of 85% is a target and not a guarantee."),
              P("Assure Plus is also available as a 36-month prepaid agreement (VL-AP36, list 6,840.00 GBP per "
                "washer, the same price for both models). Service agreements bought with a machine start on the "
                "date the OQ is completed and run concurrently with the warranty; during the warranty period they "
                "add the preventive visits, the faster response and the re-verification. Either party may end an "
                "annual agreement with 90 days' written notice before its anniversary. Prepaid amounts for full "
                "unused years are refunded pro rata less a 10% administration fee."),
              Paragraph("3. Prices, delivery and lead times", h2),
              P("Prices are in GBP and exclude VAT. They include delivery to mainland UK addresses; deliveries to "
                "the Scottish Highlands, the islands and Northern Ireland carry a surcharge of 350.00 GBP per "
                "consignment. Lead times from order acknowledgement: PW 9240 6 to 8 weeks; PW 9880 12 to 14 weeks "
                "(pass-through versions are built to order); accessories and consumables 5 working days from "
                "stock. Quotations are valid for 60 days. Consumable prices are fixed for 12 months from the order "
                "and are then indexed annually, by no more than 5% per year."),
              Paragraph("4. Payment", h2),
              P("Machines and installation: 40% on order acknowledgement, 50% on delivery and 10% on successful "
                "completion of the OQ. Invoices are payable 30 days net. Annual service agreements are invoiced "
                "annually in advance; the prepaid VL-AP36 is invoiced in full on completion of the OQ. Late "
                "payments bear interest at 8% above the Bank of England base rate under the Late Payment of "
                "Commercial Debts (Interest) Act 1998. Title to goods passes on full payment."),
              Paragraph("5. Cancellation and returns", h2),
              P("An order cancelled after order acknowledgement incurs a cancellation charge of 15% of the machine "
                "value; after dispatch the charge is 30%. Pass-through sealing frames and built-to-order "
                "pass-through machines cannot be cancelled once production has started. Unopened accessories may "
                "be returned within 30 days subject to a 20% restocking fee. Detergents, neutralisers and DI "
                "cartridges cannot be returned once delivered."),
              Paragraph("6. Liability", h2),
              P("Vitrolave's total liability under an order is limited to the order value. Vitrolave is not liable "
                "for indirect or consequential loss, including loss of samples, data, production or profit. "
                "Nothing limits liability for death or personal injury caused by negligence.")]
    SimpleDocTemplate(os.path.join(K, "vitrolave-terms-warranty-service.pdf"), pagesize=A4,
                      leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                      title="Vitrolave warranty, service and commercial terms").build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows, widths):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append([])
        ws.append(header)
        for c in ws[3]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w

    ws = wb.active
    ws.title = "Washers"
    sheet(ws, "Vitrolave PW Series - UK Price & Specification List 2025 (GBP, excl. VAT, valid until 31 Dec 2025)",
          ["SKU", "Model", "Type", "Chamber volume", "Wash levels", "Load capacity (examples)",
           "P1 Standard cycle incl. drying", "P1 cycle without drying", "Water per P1 cycle", "Max. wash temp.",
           "Drying", "Noise", "Dimensions W x D x H (mm)", "List price GBP"],
          [["VL-PW9240-E", "PW 9240", "Undercounter, front-loading, 1 door", "140 L", 2,
            "116 pipettes or 62 narrow-neck flasks or 96 beakers 250 ml", "54 min", "38 min", "38 L", "93 °C",
            "hot air up to 115 °C, H12 pre-filter", "58 dB(A)", "600 x 600 x 820", 14850.00],
           ["VL-PW9880-FL", "PW 9880 FL", "Freestanding, front-loading, 1 door", "490 L", 5,
            "464 pipettes or 240 narrow-neck flasks or 380 beakers 250 ml", "62 min", "44 min", "96 L", "93 °C",
            "hot air up to 115 °C, HEPA H13", "64 dB(A)", "1150 x 850 x 1950", 46200.00],
           ["VL-PW9880-PT", "PW 9880 PT", "Pass-through, 2 doors (loading/unloading side)", "490 L", 5,
            "464 pipettes or 240 narrow-neck flasks or 380 beakers 250 ml", "62 min", "44 min", "96 L", "93 °C",
            "hot air up to 115 °C, HEPA H13", "64 dB(A)", "1150 x 850 x 1950", 48900.00]],
          [15, 12, 38, 14, 11, 55, 26, 22, 18, 14, 34, 10, 24, 14])

    ws = wb.create_sheet("Racks & Accessories")
    sheet(ws, "Racks, baskets and accessories - PW Series 2025",
          ["SKU", "Description", "Compatible", "Positions / capacity", "Notes", "List price GBP"],
          [["VL-IJ32-VF", "Injector rack IJ 32 for volumetric flasks 10-500 ml", "PW 9240, PW 9880", "32",
            "Upper or lower level", 1240.00],
           ["VL-IJ60-TT", "Injector rack IJ 60 for test tubes and culture tubes", "PW 9240, PW 9880", "60",
            "Tubes up to 200 mm", 1080.00],
           ["VL-BK116-PIP", "Pipette basket insert BK 116", "PW 9240, PW 9880", "116",
            "Pipettes up to 360 mm in PW 9240, up to 460 mm in PW 9880", 385.00],
           ["VL-BK24-BTL", "Bottle basket BK 24 for media bottles up to 1 L", "PW 9880", "24", "", 465.00],
           ["VL-CS1", "Inline conductivity sensor for final rinse", "PW 9240 (standard on PW 9880)", "-",
            "Aborts and flags the cycle if the set limit is exceeded", 640.00],
           ["VL-DP2", "DI pump kit for pressureless DI storage tanks", "PW 9240, PW 9880", "-", "", 890.00],
           ["VL-DM60", "DM-60 demineralisation cartridge (mixed bed)", "PW 9240, PW 9880",
            "1,200 L at 300 µS/cm feed water", "Swap-out cartridge, returnable shell", 2150.00],
           ["VL-DM120", "DM-120 demineralisation cartridge (mixed bed)", "PW 9880",
            "2,400 L at 300 µS/cm feed water", "Swap-out cartridge, returnable shell", 3890.00]],
          [15, 50, 30, 32, 55, 14])

    ws = wb.create_sheet("Consumables")
    sheet(ws, "Process chemicals - Labclean range 2025",
          ["SKU", "Product", "Pack", "Use", "Dosing", "List price GBP per pack"],
          [["VL-LCA-10", "Labclean A alkaline detergent", "10 L canister",
            "Main wash, organic and inorganic residues", "3-5 ml/L", 68.50],
           ["VL-LCN-10", "Labclean N acid neutraliser", "10 L canister", "Neutralisation after alkaline wash",
            "1-2 ml/L", 59.00],
           ["VL-LCE-05", "Labclean E enzymatic detergent", "5 L canister",
            "Protein residues, max. 60 °C main wash", "2-4 ml/L", 94.00]],
          [12, 32, 15, 42, 10, 22])
    ws.append([])
    ws.append(["Volume discount: 8% from 12 canisters and 12% from 24 canisters per order (any mix of Labclean "
               "products)."])
    ws.append(["Labclean products are hazardous goods (corrosive, UN 1719 / UN 3264) and are delivered by "
               "dedicated carrier; orders below 150.00 GBP carry a 25.00 GBP hazardous-goods delivery charge."])
    wb.save(os.path.join(K, "pw-series-price-spec-list-2025.xlsx"))


# --------------------------------------------------------------------------- MD (kb_article)
MD = """# Choosing programmes and water quality for laboratory glassware (PW series)

This article helps laboratory staff choose the right programme on Vitrolave PW 9240 and PW 9880 washers and set the
right water quality for the analysis the glassware is used for.

## Programme overview

| Programme | Use | Main wash | Final rinse |
|---|---|---|---|
| P1 Standard | general glassware, light organic and inorganic soil | 85 °C, Labclean A 4 ml/L | DI water, 80 °C |
| P2 Intensive | dried-on residues, agar, heavy soil | 93 °C, Labclean A 5 ml/L | DI water, 80 °C |
| P3 Plastics | polycarbonate, polystyrene-free plastics | max. 60 °C, Labclean A 3 ml/L | DI water, 60 °C |
| P4 Trace Analysis | HPLC vials, trace metal and ICP work | 93 °C, Labclean A 4 ml/L, then Labclean N | 3 extra DI rinses, conductivity check |
| P5 Oils & Greases | oily or fatty residues | two main washes at 93 °C | DI water, 80 °C |
| P6 Pipettes | volumetric and serological pipettes on the BK 116 basket | 93 °C pulsed injection, 8 min | DI water, 80 °C |
| P9 Rinse Only | pre-rinse to prevent drying-on | cold water, no chemicals | - |

Programme times in the price list refer to P1 Standard. P2 adds about 8 minutes, P4 about 14 minutes and P5 about
20 minutes.

## Water quality for the final rinse

- General laboratory glassware: final rinse conductivity of 15 µS/cm or less.
- HPLC, trace analysis and trace metal work: final rinse of 1 µS/cm or less, ideally from a DM cartridge or
  central ultrapure system, and always with programme P4.
- The PW 9880 has an inline conductivity sensor as standard. On the PW 9240 the sensor is the option VL-CS1;
  without it, final rinse quality has to be checked manually with a conductivity meter.
- A DM-60 cartridge typically supplies the final rinses of about 100 P1 cycles on a PW 9240 at a feed water
  conductivity of 300 µS/cm; harder or more conductive water reduces this.

## Plastics and sensitive items

- Polycarbonate must not exceed 60 °C: always use P3 Plastics. PP, PTFE and PMP are fine up to 93 °C.
- Polystyrene items are not suitable for machine washing.
- Class A volumetric glassware: dry at no more than 110 °C; the drying temperature on the PW series is set
  to 110 °C in P6 Pipettes.

## Drying and air filtration

Drying uses hot air up to 115 °C. On the PW 9880 the drying air passes a HEPA H13 filter, suitable for
sterile-media preparation areas; the PW 9240 has an H12 pre-filter, which Vitrolave does not recommend for
cleanroom-grade drying.

## Chemical consumption

A P1 cycle uses about 60 ml of Labclean A on a PW 9240 and about 160 ml on a PW 9880. A 10 L canister therefore
lasts around 166 P1 cycles on a PW 9240. Only chemicals on the Vitrolave Approved Chemicals List (VL-ACL) may be used;
other products void the warranty.

## Never load

Items contaminated with mercury, radioactive material or hydrofluoric acid must not be washed in a PW series
machine. Decontaminate them first according to your local safety rules.
"""


def make_md():
    with open(os.path.join(K, "kb-programmes-water-quality.md"), "w", encoding="utf-8") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(os.listdir(K)))
