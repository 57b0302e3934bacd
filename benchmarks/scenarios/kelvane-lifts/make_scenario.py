"""Write scenario.json for kelvane-lifts and print the quote computations (run with /work/main/.venv/bin/python)."""
import json
from pathlib import Path
items = [
 ("KL-ARIA-1000","Aria 1000 MRL passenger lift, 1000 kg / 13 persons, 1.6 m/s, 7 stops (Lifts 1 and 2, main core)",2,68400.00,7.5),
 ("KL-ARIA-630","Aria 630 MRL passenger lift, 630 kg / 8 persons, 1.0 m/s, 4 stops (Lift 3, spa wing)",1,49850.00,5),
 ("KL-CARGO-2000","Aria Cargo 2000 goods/service lift, 2000 kg, 0.5 m/s, 7 stops (Lift 4, back of house)",1,88200.00,0),
 ("KL-STRIP","Strip-out, removal and disposal of existing lift equipment (per lift)",4,6750.00,0),
 ("KL-DD-PANEL","Destination dispatch lobby touch panel, Lifts 1 and 2 group (one per floor)",7,3180.00,10),
 ("KL-FFL-KIT","Firefighting upgrade kit to EN 81-72 (Lift 1)",1,14600.00,0),
 ("KL-FIN-BRZ","Premium car finish Brushed Bronze (Lifts 1 to 3)",3,4275.00,0),
 ("KL-LINK-Y1","KelvaneLink remote monitoring, year 1 (per lift)",4,540.00,0),
 ("KL-COMP-Y1","Comprehensive service plan, year 1 from handover (per lift)",4,3960.00,12.5),
]
from decimal import Decimal, ROUND_HALF_UP
tot=Decimal(0)
for s,n,q,p,d in items:
    lt=(Decimal(str(p))*q*(1-Decimal(str(d))/100)).quantize(Decimal("0.01"),ROUND_HALF_UP)
    tot+=lt
    print(f"{s:15} {q:3} x {p:>10,.2f} -{d}% = {lt:>12,.2f}")
print("TOTAL", f"{tot:,.2f}", "VAT", f"{tot*Decimal('0.2'):,.2f}", "incl", f"{tot*Decimal('1.2'):,.2f}")
gross=sum(Decimal(str(p))*q for s,n,q,p,d in items); print("gross list",f"{gross:,.2f}","disc",f"{gross-tot:,.2f}")
scen = {
 "name": "kelvane-lifts",
 "description": "Kelvane Lifts Ltd (UK lift manufacturer/installer) quotes Harbourgate Hotels for the full replacement of four lifts at The Quayside Hotel, Bristol: two Aria 1000 and one Aria 630 machine-room-less passenger lifts, one Aria Cargo 2000 goods lift, destination dispatch, firefighting kit, finishes, remote monitoring and year-1 maintenance. Four sources: technical datasheet (DOCX), service plans and rates (XLSX), modernisation process page (HTML by URL), warranty/handover/KelvaneLink FAQ (KB article).",
 "agent": {
  "name": "Kelvane Quote Assistant",
  "welcome_message": "Hello, I'm the Kelvane Quote Assistant. I can answer questions about this lift replacement quote, the Aria lifts, our service plans and how the installation works. What would you like to know?",
  "first_action_message": "Ask me anything about quote KL-Q-2026-0418: specifications, the installation programme, warranty or maintenance.",
  "quick_replies": [
   "How long will each lift be out of service?",
   "What does the Comprehensive service plan include?",
   "What warranty do the new lifts have?",
   "What do we need to provide on site?"
  ],
  "handoff": {
   "assign_to": "quote_owner",
   "owner_unavailable_message": "Daniel, who prepared your quote, is not available right now. I've passed your message on and he or a colleague from the Kelvane modernisation team will get back to you by the next working day.",
   "all_unavailable_message": "Nobody from the Kelvane team is available at the moment. Your message has been logged and we will reply by the next working day. For a trapped passenger or a lift emergency, call our 24/7 Control Centre on 0345 210 7788."
  }
 },
 "users": [
  {"email": "fiona.markey@kelvanelifts.co.uk", "name": "Fiona Markey", "role": "super_admin", "teams": ["Modernisation Sales", "Service Sales"]},
  {"email": "daniel.osei@kelvanelifts.co.uk", "name": "Daniel Osei", "role": "sales_rep", "teams": ["Modernisation Sales"]},
  {"email": "rhiannon.pugh@kelvanelifts.co.uk", "name": "Rhiannon Pugh", "role": "sales_rep", "teams": ["Service Sales"]}
 ],
 "quote": {
  "number": "KL-Q-2026-0418",
  "title": "Lift replacement, The Quayside Hotel, Bristol (Lifts 1 to 4)",
  "owner": "daniel.osei@kelvanelifts.co.uk",
  "buyer_company": "Harbourgate Hotels Ltd",
  "buyer_contacts": ["priya.nandakumar@harbourgatehotels.co.uk", "tom.belcher@harbourgatehotels.co.uk"],
  "currency": "GBP",
  "created_on": "2026-11-23",
  "expires_on": "2027-01-29",
  "line_items": [{"sku": s, "name": n, "quantity": q, "unit_price": p, "discount_percent": d} for s,n,q,p,d in items],
  "terms": "All prices are in GBP and exclude VAT; VAT at 20% will be added to the invoice. Payment: 30% with order, 40% on delivery of the lift equipment to site, 25% pro rata on handover of each lift, 5% retention released 12 months after handover of the last lift. Invoices are payable within 30 days. Installation is carried out one lift at a time; the programme is fixed at the pre-start meeting after the layout drawings are approved. The Comprehensive service plan and KelvaneLink lines cover the first 12 months from the handover of each lift; thereafter the Comprehensive plan continues for the remainder of its 36-month minimum term at the then current price list. This quote is subject to the Kelvane Standard Conditions of Contract (Installation) rev. 7 and is valid until the expiry date shown.",
  "notes": "Site survey carried out on 10 November 2026 by Gareth Lyle (Kelvane). Existing lifts: 4 x 1998 geared traction lifts with machine room; the machine room will be released. Lift 4 pit is 1050 mm and must be deepened by 150 mm for the Aria Cargo 2000: builder's work by Harbourgate, not included. The goods lift surcharge on the service plan is waived for year 1. Noisy works restricted to 10:00 to 16:00 as requested by the hotel. Fire alarm interface (volt-free contacts) by the hotel's fire alarm contractor."
 },
 "sources": [
  {"type": "file", "path": "knowledge/Aria_MRL_Technical_Datasheet.docx"},
  {"type": "file", "path": "knowledge/Kelvane_Service_Plans_and_Rates_2026.xlsx"},
  {"type": "url", "path": "knowledge/lift-modernisation-process.html"},
  {"type": "kb_article", "path": "knowledge/kelvane-warranty-handover-kelvanelink-faq.md", "title": "Warranty, Handover and KelvaneLink Remote Monitoring: FAQ"}
 ]
}
json.dump(scen, open(Path(__file__).resolve().parent / "scenario.json", "w", encoding="utf-8"), indent=2, ensure_ascii=False)
