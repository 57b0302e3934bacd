"""Generate the knowledge sources of the plumaweave-aviary-netting scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py  (needs python-docx, openpyxl, reportlab)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------- DOCX: method statement ----------------
from docx import Document
d = Document()
d.add_heading("Plumaweave Netting B.V. - Installation Method Statement & Site Requirements (rev. 4, January 2025)", 1)
d.add_paragraph("This method statement applies to re-netting and new-build netting of walk-through and flight aviaries "
                "with AISI 316 stainless steel rope mesh. It forms part of every Plumaweave installation quote.")
d.add_heading("1. Crew and working hours", 2)
d.add_paragraph("Installation is carried out by a rope-access crew of four technicians led by an IRATA Level 3 supervisor. "
                "One crew-day is 8 hours on site, normally 07:30-16:00 Monday to Friday. Weekend work is possible only by "
                "written agreement and is charged at 1.5 times the crew-day rate. A typical walk-through aviary of about "
                "1,500 m2 takes 18 crew-days, including a 1-day pre-start survey and the handover tension test.")
d.add_heading("2. Weather limits", 2)
d.add_paragraph("No rope-access or MEWP work is carried out when wind gusts exceed 38 km/h, measured at the ridge "
                "anemometer or, where none exists, by the supervisor's hand-held anemometer at the highest working point. "
                "Mesh tensioning is not carried out below 3 °C because the ferrule swaging tolerances cannot be guaranteed. "
                "Up to 3 weather days per project are absorbed at no charge; further weather days are rescheduled with the "
                "client and do not extend the warranty start date.")
d.add_heading("3. Animal management (client responsibility)", 2)
d.add_paragraph("The client must decant or securely confine all birds before old mesh is removed. Plumaweave staff will "
                "never handle, catch or net animals. If the aviary is not ready when the crew arrives, standby is charged "
                "at EUR 1,950 per crew-day. A keeper must be present at the double-door vestibule whenever a door is "
                "propped open for material transfer.")
d.add_heading("4. Sequence of works", 2)
for t in ["Pre-start survey: measurement of every panel, marking of anchor points and photographs of existing damage.",
          "Removal of old mesh in panels no larger than 60 m2; a temporary containment net is kept across each opening "
          "until the new panel is stitched in.",
          "New mesh is stitched to the edge cable with 1.2 mm stainless stitching wire at 150 mm centres and tensioned "
          "to 0.4-0.6 kN per rope.",
          "Edge cables are terminated with swaged ferrules and turnbuckles; every termination is photographed and logged.",
          "Handover: tension test at 20 points, walk-down with the client and issue of the handover certificate."]:
    d.add_paragraph(t, style="List Number")
d.add_heading("5. Waste, access and utilities", 2)
d.add_paragraph("Removal of the old mesh is included. Disposal of up to 2 tonnes of old mesh and cable is included; "
                "above that, disposal is charged at EUR 145 per tonne. The client provides a 230 V power point within "
                "50 m of the aviary, welfare facilities for the crew and a lockable storage area of at least 20 m2. "
                "Ground conditions for the MEWP are confirmed during the pre-start survey.")
d.add_heading("6. Exclusions", 2)
d.add_paragraph("Repairs to steel or timber support structures, tree surgery, planning permissions and the relocation of "
                "perches, feeders or irrigation lines are excluded unless itemised in the quote.")
d.save(os.path.join(K, "installation-method-statement.docx"))

# ---------------- PDF: warranty & service terms ----------------
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
ss = getSampleStyleSheet()
story = [Paragraph("Plumaweave Netting B.V. - Warranty, Service &amp; Commercial Terms (2025 edition)", ss["Title"])]
def h(t): story.append(Paragraph(t, ss["Heading2"]))
def p(t): story.append(Paragraph(t, ss["BodyText"])); story.append(Spacer(1, 4))
h("1. Mesh warranty")
p("Plumaweave AISI 316 rope mesh is warranted for 15 years against wire breakage caused by corrosion. For aviaries located "
  "within 5 km of the coast, or enclosures containing salt-water pools (for example penguin or pelican exhibits), the mesh "
  "warranty is 10 years. The warranty period starts on the date of the handover certificate.")
h("2. Workmanship warranty")
p("Installation workmanship (stitching, terminations, tensioning) is warranted for 24 months from handover. Defects are "
  "repaired free of charge, including access equipment, provided the annual inspection has been carried out.")
h("3. Exclusions")
p("The warranties do not cover: damage caused by falling trees or branches; snow or ice loads above the design value of "
  "0.6 kN/m2; damage by large psittacines (macaw size and above) or primates on mesh with wire thinner than 2.0 mm; "
  "vandalism; chemical damage from chlorine-based cleaners; or modifications made by third parties.")
h("4. Repair response times")
p("Category A - breach: a hole larger than 100 mm or a detached panel that creates an escape risk. Plumaweave is on site "
  "within 48 hours, Monday to Saturday, and fits a temporary closure on the first visit. Category B - non-breach damage such "
  "as loose tension, frayed cable or a damaged door closer: on site within 10 working days. Out of warranty, each call-out "
  "is charged EUR 420 plus EUR 95 per technician-hour on site.")
h("5. Annual inspection")
p("The annual inspection covers a visual check of 100% of the mesh, tension checks at 20 points, all cable terminations and "
  "the door kits. A written inspection and load report is sent within 15 working days of the visit. Inspections are booked "
  "between March and October.")
h("6. Payment terms")
p("30% of the installation value on order, 60% on completion of mesh installation and 10% after the handover inspection. "
  "Inspection plans are invoiced annually in advance. All invoices are payable net 30 days. Prices exclude VAT.")
h("7. Cancellation")
p("Orders cancelled after the mesh has been ordered from the mill are charged a cancellation fee of 25% of the material value. "
  "Cancellation before that point is free of charge.")
SimpleDocTemplate(os.path.join(K, "warranty-service-terms.pdf"), pagesize=A4).build(story)

# ---------------- XLSX: product & price list ----------------
from openpyxl import Workbook
from openpyxl.styles import Font
wb = Workbook()
ws = wb.active; ws.title = "Mesh range"
ws.append(["Plumaweave Aviary Mesh - Product & Price List 2025 (EUR, excl. VAT)"]); ws["A1"].font = Font(bold=True, size=13)
ws.append(["SKU", "Wire diameter (mm)", "Aperture (mm)", "Weight (kg/m2)", "Rope breaking load (kN)", "List price (EUR/m2)", "Lead time", "Typical use"])
for r in [["PW-SS10-25", 1.0, 25, 0.28, 0.95, 41.90, "6 weeks", "Small passerines, hummingbirds; rodent-exclusion skirts"],
          ["PW-SS15-40", 1.5, 40, 0.52, 2.1, 42.60, "6 weeks", "Finches, small doves, sunbirds"],
          ["PW-SS15-50", 1.5, 50, 0.43, 2.1, 38.50, "6 weeks", "Medium birds: ibis, starlings, turacos"],
          ["PW-SS20-60", 2.0, 60, 0.62, 3.6, 46.20, "6 weeks", "Large birds, parrots up to Amazon size, skirt zones"],
          ["PW-SS30-80", 3.0, 80, 1.05, 7.8, 64.80, "6 weeks", "Vultures, storks; primate-proof"]]:
    ws.append(r)
ws.append([]); ws.append(["Black-oxide finish: surcharge EUR 6.20 per m2 on any mesh, lead time plus 3 weeks. Improves visitor sightlines."])
ws2 = wb.create_sheet("Fittings & services")
ws2.append(["Fittings, access and services - 2025 prices (EUR, excl. VAT)"]); ws2["A1"].font = Font(bold=True, size=13)
ws2.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time"])
for r in [["PW-CBL-8", "Edge cable 8 mm 7x19 AISI 316", "metre", 11.80, "2 weeks"],
          ["PW-CBL-10", "Edge cable 10 mm 7x19 AISI 316", "metre", 15.40, "2 weeks"],
          ["PW-FRM-FER", "Ferrule & swage fittings kit", "per 100", 185.00, "2 weeks"],
          ["PW-DRS-DBL", "Double-door keeper vestibule netting kit", "each", 2640.00, "4 weeks"],
          ["PW-DRS-SGL", "Single service-door netting kit", "each", 1180.00, "4 weeks"],
          ["PW-INST-RA", "Rope-access installation, 4-person crew", "crew-day", 2950.00, "-"],
          ["PW-MEWP-26", "MEWP hire, 26 m articulated boom, incl. delivery", "week", 1380.00, "-"],
          ["PW-MEWP-16", "MEWP hire, 16 m articulated boom, incl. delivery", "week", 890.00, "-"],
          ["PW-INSP-ANN", "Annual netting inspection & load report", "year", 1150.00, "-"]]:
    ws2.append(r)
ws2.append([]); ws2.append(["Multi-year inspection plans (3 years or more) are eligible for a discount when ordered with an installation."])
wb.save(os.path.join(K, "aviary-mesh-price-list-2025.xlsx"))

# ---------------- Markdown KB article ----------------
open(os.path.join(K, "choosing-mesh-aperture.md"), "w").write("""# Choosing mesh aperture and wire for mixed-species aviaries

Plumaweave knowledge base - article KB-112, updated February 2025

## The aperture rule
Choose an aperture smaller than the head width of the **smallest** species that will ever be housed in the aviary,
not the average one. As a guide:

| Smallest species | Recommended mesh |
|---|---|
| Birds under 15 g (hummingbirds, small sunbirds, waxbills) | 25 mm aperture, 1.0 mm wire (PW-SS10-25) |
| 15-60 g (finches, small doves) | 40 mm aperture (PW-SS15-40) |
| 60-400 g (starlings, turacos, ibis) | 50 mm aperture (PW-SS15-50) |
| Large parrots up to Amazon size | 60 mm aperture, 2.0 mm wire (PW-SS20-60) |

Chicks that fledge inside the aviary are smaller than adults: when species breed on display, go one aperture size down.

## Predator exclusion skirt
Rats, stoats and weasels pass through 50 mm mesh. Fit a skirt of 25 mm mesh from ground level to at least 1.2 m high
and bury it 300 mm or turn it outwards 500 mm at the foot. The skirt can be stitched to the main mesh on the same edge cable.

## Wire thickness and animal damage
Large psittacines can cut 1.5 mm wire within weeks. For macaws and cockatoos use 2.0 mm wire as a minimum; for primates
use the 3.0 mm range.

## Cleaning
Rinse droppings and algae once a year with low-pressure water, below 80 bar, from at least 300 mm away. Never use
chlorine-based cleaners: they cause pitting corrosion on AISI 316 and void the mesh warranty. A neutral detergent (pH 6-8)
is acceptable.

## Visibility
Natural stainless mesh is bright in sunlight. Black-oxide mesh almost disappears from a distance of 3 m, which visitors
prefer for photography; bird-strike rates are similar for both finishes.
""")

# ---------------- HTML page (served as URL) ----------------
open(os.path.join(K, "works-faq.html"), "w").write("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Plumaweave - Re-netting works FAQ</title></head>
<body>
<h1>Re-netting works in an open zoo: frequently asked questions</h1>
<h2>Can the zoo stay open to visitors during the works?</h2>
<p>Yes. We fence a visitor exclusion zone of 5 m around any area below overhead work and around the MEWP outriggers.
Walk-through paths inside the aviary are closed for the whole installation period.</p>
<h2>How noisy is the work?</h2>
<p>Hydraulic swaging tools and cutting run below 75 dB at 10 m. No angle grinders are used inside the aviary once
birds are back in. Keepers can ask the supervisor to pause noisy work for up to 30 minutes at feeding times.</p>
<h2>Do you train our keepers?</h2>
<p>At handover we give a 2-hour briefing to up to 6 keepers on daily visual checks, recognising a Category A breach and
temporary repair with the emergency repair kit supplied with every installation (stitching wire, 10 mesh patches of
500 x 500 mm and pliers).</p>
<h2>When can the birds go back in?</h2>
<p>Birds can be returned once the handover tension test has been passed and every door kit has been checked by the
supervisor, normally on the last crew-day.</p>
<h2>Do you remove the old mesh?</h2>
<p>Yes, removal is always included; see the method statement for disposal limits.</p>
</body></html>
""")
print("sources written to", K)
