"""Generate the four knowledge sources of the zephyrine-envelope-inspection scenario.

Run with python-docx, openpyxl and reportlab importable, e.g.
  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Zephyrine Envelope Services B.V. - Service Terms and Inspection Procedure (edition 2025.2)", 0)
    d.add_paragraph(
        "These terms apply to every envelope inspection, test and repair order placed with Zephyrine Envelope "
        "Services B.V., Hanzeweg 41, 7418 AW Deventer, the Netherlands, unless a signed framework agreement says "
        "otherwise. They cover hot-air balloon envelopes only; baskets, burners and fuel cylinders are not part of "
        "our scope.")
    d.add_heading("1. What the annual envelope inspection includes", 1)
    for t in [
        "Full visual inspection of every panel, gore and seam, inside and outside, on our 40 m inflation floor.",
        "Inspection of all load tapes, flying wires, crown ring, crown line, parachute and vent lines and turning vents.",
        "Check of the temperature flag and of every temperature label; reading recorded in the report.",
        "One porosity test set (12 points, crown to equator) and one fabric grab test set (3 locations) at the crown. "
        "Further test sets are charged per set as listed on the price list.",
        "Digital inspection report with photographs, logbook entry and certificate of release to service.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Repairs found necessary during the inspection are never carried out without the customer's written "
        "approval of a repair estimate. Labour for repairs is charged at the hourly rate of the price list in "
        "force on the day of the order.")
    d.add_heading("2. Scheduling, turnaround and cancellation", 1)
    d.add_paragraph(
        "Workshop slots must be booked at least 10 working days ahead. Standard workshop turnaround, counted from "
        "receipt of the envelope to dispatch, is 5 working days for Class A to Class C envelopes and 7 working days "
        "for Class D envelopes. From 1 April to 30 September (peak season) add 3 working days. Express turnaround "
        "halves the standard time and carries a surcharge on the inspection price as shown on the price list; it "
        "is not available for Class D envelopes in peak season.")
    d.add_paragraph(
        "Cancellation of a booked slot is free of charge up to 5 working days before the slot. Cancellation with "
        "less than 5 working days' notice is charged at 50% of the inspection price; a no-show (envelope not "
        "delivered and no notice) is charged in full.")
    d.add_heading("3. Collection and return", 1)
    d.add_paragraph(
        "We collect and return envelopes in our own climate-controlled van. The collection and return price per "
        "envelope covers addresses within 250 km of Deventer; beyond that radius we charge EUR 1.10 per km for the "
        "extra distance, counted one way. Baskets and burners are not transported.")
    d.add_heading("4. EnvelopeCare plan", 1)
    d.add_paragraph(
        "The EnvelopeCare plan runs for 36 months and is invoiced in full at the start of the term. It includes two "
        "priority workshop slots per year (booking lead time 3 working days instead of 10), a tear repair callout "
        "for tears up to 300 mm below the equator at no labour charge (material charged), and a free porosity "
        "re-test within 6 months of any reading in the 20 to 40 second band. The plan covers the envelopes named "
        "in the plan schedule only; adding an envelope later is priced pro rata.")
    d.add_heading("5. Warranty", 1)
    d.add_paragraph(
        "Repair workmanship carries a warranty of 12 months from the certificate of release. Replacement panels, "
        "including the parachute re-panel kit, carry a warranty of 24 months on the fabric and seams against "
        "manufacturing defects. Damage from over-temperature, ground handling, mould from wet packing, or "
        "repairs by third parties voids the warranty. The inspection itself is a record of condition on the day "
        "and carries no warranty of future airworthiness.")
    d.add_heading("6. Payment", 1)
    d.add_paragraph(
        "Invoices are payable within 30 days of the invoice date by bank transfer. Inspections are invoiced on "
        "dispatch of the envelope; the EnvelopeCare plan on signature. Envelopes are released only when "
        "previous overdue invoices have been paid. Late payment bears statutory commercial interest.")
    d.save(os.path.join(K, "zephyrine-service-terms.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(os.path.join(K, "ZEP-TIS-7-envelope-criteria.pdf"), pagesize=A4,
                            title="ZEP-TIS-7 Envelope airworthiness criteria")
    P = lambda t, s="BodyText": Paragraph(t, ss[s])
    story = [
        P("Technical Inspection Standard ZEP-TIS-7: Envelope Airworthiness Criteria", "Title"),
        P("Revision 7, issued by the Zephyrine technical office. This standard states the pass, repair and "
          "retire limits our inspectors apply. Where the envelope manufacturer's maintenance manual sets a "
          "stricter limit, the manufacturer's limit applies."),
        P("1. Fabric grab test", "Heading2"),
        P("The grab test is made with a calibrated spring gauge on a 25 mm jaw, pulled perpendicular to the "
          "weave for 10 seconds. Fabric above the equator must withstand a minimum of 11.3 kg (25 lbf) at every "
          "test location without tearing. Fabric below the equator must withstand 9.1 kg (20 lbf). A single "
          "failure above the equator means the panel is retired and must be replaced before further flight; a "
          "failure below the equator requires a second test within 300 mm, and the panel is retired only if "
          "the second test also fails."),
        P("2. Porosity", "Heading2"),
        P("Porosity is measured with a porosity meter as the time in seconds for a fixed volume of air to pass "
          "through the fabric. Readings are taken at 12 points from crown to equator."),
        Table([["Reading (any point)", "Result"],
               ["above 40 seconds", "Pass - normal inspection interval"],
               ["20 to 40 seconds", "Pass with reduced interval: 50 flight hours or 6 months"],
               ["below 20 seconds", "Fail - panel to be replaced before further flight"]]),
        P("3. Inspection interval", "Heading2"),
        P("Envelopes used for commercial passenger flights are inspected every 100 flight hours or 12 months, "
          "whichever comes first. Envelopes used privately are inspected every 12 months. The reduced interval "
          "in section 2 overrides both."),
        P("4. Temperature flag and labels", "Heading2"),
        P("The temperature flag melting link is rated 124 °C. If the flag has been released, or any temperature "
          "label shows 127 °C or more, an extended inspection is mandatory: grab tests at 6 locations in the top "
          "third of the envelope and porosity at 24 points. The extended inspection is charged as two additional "
          "grab test sets and one additional porosity set."),
        P("5. Load tapes and flying wires", "Heading2"),
        P("A load tape is replaced when chafe exceeds 10 mm in length, when more than one stitch row of a "
          "junction is broken, or when it shows heat discolouration. Flying wires are replaced if any strand is "
          "broken or the wire shows a kink; swaged fittings with corrosion pitting are replaced with the wire."),
        P("6. Holes, tears and mould", "Heading2"),
        P("Holes up to 25 mm in diameter below the equator may be patched with an adhesive patch without "
          "re-panelling. Any hole or tear above the equator, and any tear longer than 300 mm anywhere, is "
          "repaired by sewing in a new panel section. Mould staining is tested with a grab test at the worst "
          "stain; if the fabric passes, the panel stays in service and the finding is recorded. Envelopes "
          "with active mould are dried in our drying room for up to 48 hours before inspection."),
    ]
    doc.build(story)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Zephyrine Envelope Services - Price list 2025 (EUR, excl. VAT)"])
    ws.append(["SKU", "Service", "Unit", "Price EUR", "Note"])
    rows = [
        ["ZEP-AI-A", "Annual envelope inspection, Class A", "per envelope", 690.00, ""],
        ["ZEP-AI-B", "Annual envelope inspection, Class B", "per envelope", 940.00, ""],
        ["ZEP-AI-C", "Annual envelope inspection, Class C", "per envelope", 1240.00, ""],
        ["ZEP-AI-D", "Annual envelope inspection, Class D", "per envelope", 1690.00, ""],
        ["ZEP-EXP", "Express turnaround surcharge", "on inspection price", "35%", "not for Class D in peak season"],
        ["ZEP-GRAB-SET", "Additional fabric grab test set (3 locations)", "per set", 145.00, ""],
        ["ZEP-PORO-SET", "Additional porosity test set (12 points)", "per set", 95.00, ""],
        ["ZEP-LAB-HR", "Repair labour", "per hour", 78.00, "load tapes, wires, panels"],
        ["ZEP-PANEL-STD", "Replacement fabric, standard 1.9 oz silicone-coated nylon", "per m2", 38.50, ""],
        ["ZEP-PANEL-HT", "Replacement fabric, high-temperature crown fabric", "per m2", 61.00, "top third of envelope"],
        ["ZEP-PR-KIT", "Parachute re-panel kit incl. sewing", "per envelope", 2350.00, "Class C and D"],
        ["ZEP-COL-250", "Collection and return, within 250 km", "per envelope", 210.00, "beyond 250 km: 1.10 per km"],
        ["ZEP-STORE", "Storage after 14 free days", "per envelope per day", 6.00, ""],
        ["ZEP-CARE-36", "EnvelopeCare plan, 36 months", "per fleet up to 6 envelopes", 3240.00, "invoiced at start"],
    ]
    for r in rows:
        ws.append(r)
    ws2 = wb.create_sheet("Envelope classes")
    ws2.append(["Envelope classes and standard turnaround"])
    ws2.append(["Class", "Envelope volume", "Typical use", "Turnaround off-peak (working days)",
                "Turnaround peak Apr-Sep (working days)"])
    ws2.append(["A", "up to 3,000 m3", "sport, 1-2 persons", 5, 8])
    ws2.append(["B", "3,001 to 6,000 m3", "private, 2-5 persons", 5, 8])
    ws2.append(["C", "6,001 to 10,000 m3", "commercial, up to 8 passengers", 5, 8])
    ws2.append(["D", "above 10,000 m3", "commercial, 9 to 16 passengers", 7, 10])
    ws3 = wb.create_sheet("Booking lead times")
    ws3.append(["Booking lead times"])
    ws3.append(["Service", "Minimum lead time"])
    ws3.append(["Workshop slot", "10 working days"])
    ws3.append(["Workshop slot with EnvelopeCare plan", "3 working days"])
    ws3.append(["Mobile inspection team at customer site", "4 weeks"])
    ws3.append(["Mobile team day rate (all envelope classes)", "EUR 1,450 per day plus travel"])
    wb.save(os.path.join(K, "zephyrine-price-list-2025.xlsx"))

# ---------------------------------------------------------------- Markdown KB
MD = """# Preparing your envelope for inspection

This article explains what operators should do before Zephyrine collects an envelope or before it is
delivered to our Deventer workshop.

## Before collection
- The envelope must be **completely dry**. Pack it wet and mould can start within 48 hours; we dry damp
  envelopes in our drying room, charged as 2 hours of repair labour.
- Pack the envelope in its own bag with the crown line on top. Remove the basket, burner, cylinders and
  any banners; we do not transport or store them.
- Put the envelope logbook and the last inspection report in the bag pocket, or e-mail scans to
  planning@zephyrine-envelopes.eu before the slot.
- Note the flight hours since the last inspection and any over-temperature event on the collection form.

## During the inspection
Our inspector calls you if a repair is needed and sends a written estimate. Work starts only after your
written approval; each day of waiting for approval is added to the turnaround.

## After the inspection
- The certificate of release is issued within 2 working days of the inspection, together with the
  digital report and the logbook entry.
- Envelopes can stay in our heated store for 14 days free of charge after the certificate of release.
  After that, storage costs EUR 6.00 per envelope per day.
- Your operations manager can download all reports from the customer portal for 10 years.

## Sponsor banners and artwork
We do not print, paint or repair artwork. Panels replaced during a repair are supplied in the nearest
standard colour from the fabric chart unless the customer supplies matching fabric.
"""

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx()
    with open(os.path.join(K, "envelope-preparation-faq.md"), "w") as f:
        f.write(MD)
    print("sources written to", K)
