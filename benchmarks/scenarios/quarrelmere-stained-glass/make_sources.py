"""Generate the four knowledge sources of the quarrelmere-stained-glass scenario.
Run: PYTHONPATH=<reportlab dir> python3 make_sources.py  (needs python-docx, openpyxl, reportlab)."""
import os
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
DOCX = [
 ("h", "Quarrelmere Glass Conservation Ltd - Conservation Method Statement and Contract Conditions"),
 ("p", "Revision 4, January 2025. Applies to all stained-glass conservation contracts for cathedrals and major churches. Where this statement and a quote differ, the quote prevails for prices and quantities; this statement prevails for methods, warranty and payment conditions."),
 ("h2", "1. Standards and consents"),
 ("p", "All work follows the CVMA Guidelines for the Conservation and Restoration of Stained Glass (2nd edition, 2004) and the guidance of the Church Buildings Council. Works to a cathedral require the approval of the Fabric Advisory Committee (FAC) and, where the works are significant, of the Cathedrals Fabric Commission for England. Quarrelmere prepares the application drawings and the method statement at no extra charge, but the Chapter is the applicant and the timing of approval is the Chapter's responsibility. The programme starts within 6 weeks of both FAC approval and a signed order."),
 ("h2", "2. Condition survey"),
 ("p", "The survey (SKU SGR-SURV-01) includes a photogrammetric record of both faces of every panel at 0.1 mm per pixel, condition mapping using the CVMA conservation symbols, a valuation of each panel for insurance, and a written treatment proposal. The survey report is delivered within 15 working days of the last survey day. Quantities of re-leading in the quote are estimates from the desk survey and are confirmed by the condition survey."),
 ("h2", "3. Cleaning and paint consolidation"),
 ("p", "Dry cleaning uses soft brushes and, on stable unpainted glass only, glass-fibre brushes. Wet cleaning uses deionised water and a 1:1 mixture of deionised water and ethanol, and only after paint-stability tests on each panel. No abrasive, ammonia-based or acidic cleaning is used. Weathering crusts are not removed from painted surfaces where paint loss is at risk. Flaking paint is consolidated with Paraloid B72 in a 5% solution. Original glass is never re-fired under any circumstances."),
 ("h2", "4. Re-leading and repairs"),
 ("p", "A panel is fully re-leaded only when more than 30% of its leads are fractured or the panel bows more than 10 mm out of plane; otherwise the original lead is retained and repaired by soldering. At least one 300 mm sample of original lead per window is kept, labelled and returned to the Chapter archive. New lead came complies with BS EN 12588 and is matched to the original profile. Panels are cemented with linseed-oil leaded-light cement, which cures for 21 days before reinstallation."),
 ("h2", "5. Infill glass"),
 ("p", "Broken pieces are edge-bonded with Hxtal NYL-1 epoxy where the fragments are complete. Missing pieces are replaced with new mouth-blown glass, with paint replicated and kiln-fired on the new piece only. Every new piece is signed and dated on its edge with a diamond stylus (QGC and the year) so that later conservators can identify it."),
 ("h2", "6. Isothermal protective glazing"),
 ("p", "The protective glazing is fitted in the original glazing rebate on the exterior. The original panels are re-hung internally in bronze frames 40 to 60 mm behind the protective glazing, and the interspace is ventilated to the interior by top and bottom slots of at least 10 mm. The ventilation slots must never be sealed, painted over or blocked."),
 ("h2", "7. Warranty"),
 ("p", "Re-leading, repairs and reinstallation are guaranteed for 10 years from practical completion. Isothermal protective glazing, its seals and the bronze frames are guaranteed for 5 years from practical completion. The warranty excludes vandalism and impact, storm damage from wind gusts exceeding 80 mph, movement or decay of the stone tracery, work carried out by others, and failure to follow the aftercare guidance."),
 ("h2", "8. Payment"),
 ("p", "Payment is in stages: 20% on mobilisation; 40% when studio conservation is complete, as certified by the Cathedral Architect; 30% on reinstallation; and a 10% retention released 12 months after practical completion. Invoices are payable within 30 days. Late payment bears interest at 8% above the Bank of England base rate under the Late Payment of Commercial Debts (Interest) Act 1998."),
 ("h2", "9. Variations and delays"),
 ("p", "Re-leading found necessary beyond the quoted area is charged at the quoted rate per m2, including any discount. Repairs to the stone tracery are not in Quarrelmere's scope and must be carried out by the Cathedral's own mason. Delays caused by the Chapter (services, events or consents) of more than 10 working days are charged at the quoted scaffold rate per week plus £380 per day standing time for the site team."),
 ("h2", "10. Cancellation"),
 ("p", "If the Chapter cancels after the panels have been removed, it pays for all work done to date plus the cost of reinstallation of the panels, either restored or in their original state."),
]

def make_docx():
    d = Document()
    for kind, text in DOCX:
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    d.save(os.path.join(K, "conservation-method-statement.docx"))

# ---------------------------------------------------------------- PDF
PDF = [
 ("h", "Site Logistics, Handling and Insurance Schedule"),
 ("p", "Quarrelmere Glass Conservation Ltd, Fenwick Mill Studio, Shrewsbury. Schedule QGC-LOG-3, issued February 2025."),
 ("h2", "1. Programme and access"),
 ("p", "A typical rose-window programme runs 26 weeks: 2 weeks of survey, 1 week of removal, 16 weeks of studio conservation (during which the opening is closed by temporary glazing) and 3 to 4 weeks of protective glazing installation and reinstallation. Scaffold is charged per week only while it stands. Site working hours are 08:00 to 17:00, Monday to Friday. No noisy work (drilling, scaffold erection or dismantling) takes place during services; the Cathedral provides its service calendar at least 4 weeks ahead. Weekend working is available at a 35% surcharge on labour."),
 ("h2", "2. Temporary glazing"),
 ("p", "Each opening is closed on the same day its panels are removed, with 6 mm clear polycarbonate sheets fixed in softwood frames to the existing saddle-bar positions. No fixings are drilled into the stone. The temporary glazing is included in the removal price."),
 ("h2", "3. Crating and transport"),
 ("p", "Panels are packed vertically in bespoke padded crates, no more than 6 panels per crate, each crate fitted with a shock indicator and a tilt indicator. Transport is by our own climate-controlled van held between 15 and 22 degrees C, driven by two staff, directly between the Cathedral and the studio without overnight stops. In the studio, panels are kept in a monitored store with 60-minute fire resistance."),
 ("h2", "4. Insurance"),
 ("p", "Public liability: £10,000,000 any one occurrence. Employer's liability: £10,000,000. Goods in custody: all-risks cover of up to £750,000 per event for panels in transit and in the studio, at the agreed value per panel set in the condition survey. Panels in situ, including during removal and reinstallation on site, remain under the Chapter's own buildings insurance, which must note the works. Certificates are supplied before mobilisation."),
 ("h2", "5. Health, safety and lead"),
 ("p", "Studio staff working with lead have blood-lead tests every 3 months. Dust is collected with H-class HEPA vacuums; lead waste is removed by a licensed carrier. Scaffold is erected by a NASC member contractor to TG20 and inspected every 7 days and after high winds. Visitors to the work zone must be escorted by a Quarrelmere supervisor."),
 ("h2", "6. Wildlife"),
 ("p", "If bats or nesting birds are found in the window opening, work in that area stops and a licensed ecologist is called. Such a delay is a neutral event: no standing time is charged for the first 5 working days."),
]

def make_pdf():
    ss = getSampleStyleSheet()
    story = []
    for kind, text in PDF:
        style = {"h": ss["Title"], "h2": ss["Heading2"]}.get(kind, ss["BodyText"])
        story.append(Paragraph(text, style))
        story.append(Spacer(1, 6))
    story.append(Table([["Stage", "Weeks"], ["Survey", "2"], ["Removal", "1"], ["Studio conservation", "16"],
                        ["Protective glazing and reinstallation", "3 to 4"]]))
    SimpleDocTemplate(os.path.join(K, "site-logistics-insurance.pdf"), pagesize=A4).build(story)

# ---------------------------------------------------------------- XLSX
PRICES = [
 ("SKU", "Service", "Unit", "List price (GBP)", "Notes"),
 ("SGR-SURV-01", "Condition survey and photogrammetric record", "per window up to 12 m2", 6850, "Report within 15 working days"),
 ("SGR-SURV-02", "Condition survey, large window", "per window over 12 m2", 9400, "Report within 20 working days"),
 ("SGR-REM-RW", "Removal, crating and transport", "per panel", 185, "Includes temporary polycarbonate glazing"),
 ("SGR-CONS-PNL", "Conservation cleaning and paint consolidation", "per panel", 1240, "Panels up to 1.0 m2"),
 ("SGR-RELEAD-M2", "Full re-leading", "per m2", 2150, "Only when the re-leading threshold is met"),
 ("SGR-PAINT-INF", "Infill glass with kiln-fired paint replication", "per piece", 95, "Pieces up to 150 cm2"),
 ("SGR-IPG-M2", "Isothermal protective glazing, laminated 6.8 mm (IPG-L68)", "per m2", 780, "Bronze frames included"),
 ("SGR-IPG-T6", "Isothermal protective glazing, toughened 6 mm (IPG-T6)", "per m2", 640, "Bronze frames included"),
 ("SGR-SCAF-WK", "Internal scaffold", "per week", 640, "Charged only while standing"),
 ("SGR-ARMAT-SET", "Stainless steel armature and saddle bars", "per window set", 4300, "Grade 316"),
 ("SGR-CARE-5Y", "Aftercare inspection plan", "5 years, 5 annual visits", 7250, "See aftercare FAQ"),
 ("SGR-CALL-DAY", "Emergency call-out (without aftercare plan)", "per day", 420, "Plus travel at £0.65 per mile"),
]
GLAZING = [
 ("Option", "Glass", "Thickness", "Weight", "Light transmission", "UV transmission", "Max pane size", "Price per m2 (GBP)", "Use"),
 ("IPG-L68", "Laminated low-iron 3+3 with 0.76 mm PVB", "6.8 mm", "17 kg/m2", "89%", "below 1%", "1.2 x 2.0 m", 780, "Recommended below 4 m from ground or where accessible; holds together when broken"),
 ("IPG-T6", "Toughened low-iron", "6 mm", "15 kg/m2", "91%", "62%", "1.5 x 2.4 m", 640, "Not for windows less than 4 m above ground"),
]
CAMES = [
 ("Profile", "Section", "Face width", "Heart", "Typical use"),
 ("LC-F6", "H flat", "6 mm", "1.5 mm", "Fine figurative glazing, 13th-14th century"),
 ("LC-R8", "H round", "8 mm", "1.8 mm", "General re-leading"),
 ("LC-F10", "H flat", "10 mm", "2.0 mm", "Border and perimeter leads"),
 ("LC-R13", "H round", "13 mm", "2.5 mm", "Perimeter of panels over 0.8 m2"),
]

def make_xlsx():
    wb = Workbook()
    for i, (title, rows, head) in enumerate([
            ("Price list", PRICES, "Quarrelmere Glass Conservation - Price and Specification Sheet 2025 (GBP, excluding VAT)"),
            ("Protective glazing", GLAZING, "Isothermal protective glazing options"),
            ("Lead came profiles", CAMES, "Lead came profiles to BS EN 12588")]):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = title
        ws.append([head]); ws["A1"].font = Font(bold=True, size=13)
        for r in rows:
            ws.append(list(r))
        for c in ws[2]:
            c.font = Font(bold=True)
        for col in "ABCDEFGHI":
            ws.column_dimensions[col].width = 22
    wb.save(os.path.join(K, "price-spec-sheet-2025.xlsx"))

# ---------------------------------------------------------------- Markdown
MD = """# Aftercare plan and emergency response - FAQ

*Quarrelmere Glass Conservation knowledge base, updated March 2025.*

## What does the aftercare plan (SGR-CARE-5Y) include?
One inspection visit a year for five years, by two conservators. The interior is inspected from the floor and the
triforium gallery, the exterior face by drone. Each visit checks that the ventilation slots are clear, looks for
condensation staining, loose fixings, failed sealant and cracked glass, and includes minor resealing of up to 2 hours.
A photographic report follows within 10 working days of each visit. Repairs found at inspection are quoted separately.

## How fast do you respond if a window is broken?
Plan holders: we attend and install temporary protection within 48 hours of notification (72 hours if notified on a
Friday after 12:00, a weekend or a bank holiday). For plan holders the attendance itself is included; materials and
any repair work are charged. Without a plan: best endeavours, charged at £420 per day plus travel at £0.65 per mile from
Shrewsbury.

## How should the cathedral clean the glass?
Only the external face of the protective glazing may be cleaned by cathedral staff, twice a year, with clean water and a
soft squeegee. Never use ammonia-based cleaners or pressure washers. Never apply any product to the original painted
glass; dust on its interior face is removed only by a conservator.

## Is condensation normal?
Some condensation on the interspace side of the protective glazing on cold winter mornings is normal. If it persists for
more than 3 days, check that the ventilation slots are not blocked and tell us.

## What happens after year 5?
The plan can be renewed at the end of year 5. Renewal is quoted at that time after a review of the window's condition.
"""

def make_md():
    with open(os.path.join(K, "aftercare-faq.md"), "w") as f:
        f.write(MD)

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_md()
    print("sources written to", K)
