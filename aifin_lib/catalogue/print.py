"""Labels of the print editions (PDF): their chrome, and the settings tables under charts.

A printed chart cannot move its controls, so a chart with controls gets a table of its model's
figures at a few named settings (:class:`aifin_lib.dashboard.PrintSetting`); the names and the
figures' labels are here, per chapter.
"""

LABELS: dict[str, dict[str, str]] = {
    # --- the documents -------------------------------------------------------------------
    "print_book": {"nl": "Boek", "en": "Book"},
    "print_book_student": {"nl": "Editie voor studenten (zonder uitwerkingen)",
                           "en": "Student edition (without solutions)"},
    "print_worksheets": {"nl": "Werkbladen", "en": "Worksheets"},
    "print_teachers_guide": {"nl": "Docentenhandleiding met antwoordsleutel",
                             "en": "Teacher's guide with answer key"},
    "print_editions": {"nl": "Afdrukversies (pdf)", "en": "Print editions (PDF)"},
    "print_download": {"nl": "pdf", "en": "PDF"},
    "print_download_title": {"nl": "{document}: downloaden als pdf (A4, om af te drukken)",
                             "en": "{document}: download as PDF (A4, for printing)"},
    "print_download_size": {"nl": "{document} (pdf, {size}, {pages})",
                            "en": "{document} (PDF, {size}, {pages})"},
    "print_cover_note": {
        "nl": "Afdrukversie van de website. Elke grafiek staat op papier in haar beginstand; "
              "heeft een grafiek knoppen, dan geeft een tabel eronder de cijfers bij enkele "
              "andere standen. Koppelingen naar bronnen staan aan het eind van elk hoofdstuk.",
        "en": "Print edition of the website. Every chart is printed at its starting settings; "
              "where a chart has controls, a table under it gives its figures at a few other "
              "settings. Links to sources are listed at the end of each chapter."},
    "print_contents": {"nl": "Inhoud", "en": "Contents"},
    "print_separate": {"nl": "aparte pdf", "en": "separate PDF"},
    "print_links": {"nl": "Links in dit hoofdstuk", "en": "Links in this chapter"},
    "print_links_note": {"nl": "De nummers tussen haken in de tekst verwijzen naar deze lijst.",
                         "en": "The numbers in brackets in the text refer to this list."},
    "print_licence": {"nl": "Tekst en datacompilatie: CC BY 4.0. Code: MIT.",
                      "en": "Text and data compilation: CC BY 4.0. Code: MIT."},
    # --- worksheets and answer key -------------------------------------------------------
    "print_name": {"nl": "Naam", "en": "Name"},
    "print_class": {"nl": "Klas", "en": "Class"},
    "print_answer": {"nl": "Antwoord", "en": "Answer"},
    "print_working": {"nl": "Berekening", "en": "Working"},
    "print_worksheet_note": {
        "nl": "Op papier: schrijf je berekening en je antwoord in het vak onder elke opgave. De "
              "cijfers die een opgave noemt, staan eronder (uit de bijlage Data van het boek).",
        "en": "On paper: write your working and your answer in the box under each exercise. "
              "The figures an exercise names are listed under it (from the book's Data "
              "appendix)."},
    "print_data_used": {"nl": "Cijfers uit de data", "en": "Figures from the data"},
    "print_answer_key": {"nl": "Antwoordsleutel", "en": "Answer key"},
    "print_answer_key_intro": {
        "nl": "De antwoorden van alle werkbladen, berekend met dezelfde code als de controle in "
              "de notebooks (aifin_lib.exercises.answer_key).",
        "en": "The answers of every worksheet, computed by the same code as the check in the "
              "notebooks (aifin_lib.exercises.answer_key)."},
    "print_exercise": {"nl": "Opgave", "en": "Exercise"},
    "print_question": {"nl": "Vraag", "en": "Question"},
    # --- the settings table under a chart with controls -----------------------------------
    "print_settings_caption": {
        "nl": "Op papier: de cijfers van de grafiek bij enkele standen van de knoppen",
        "en": "On paper: the chart's figures at a few settings of its controls"},
    "print_shown": {"nl": "grafiek hierboven", "en": "chart above"},
    "print_setting_start": {"nl": "Beginstand", "en": "Start"},
    "print_nobody": {"nl": "geen", "en": "none"},
    # introduction: financing dashboard
    "print_intro_little_debt": {"nl": "Weinig schuld, lage rente",
                                "en": "Little debt, low rate"},
    "print_intro_much_debt": {"nl": "Veel schuld, hoge rente", "en": "Much debt, high rate"},
    "print_intro_debt_total": {"nl": "Geleend, alle jaren samen",
                               "en": "Borrowed, all years together"},
    "print_intro_interest_total": {
        "nl": "Rente per jaar op al die schuld (eerste jaar)",
        "en": "Interest per year on all that debt (first year)"},
    # capital versus return: depreciation dashboard and capital panel
    "print_cap_short_life": {"nl": "Korte levensduur (critici)",
                             "en": "Short life (critics)"},
    "print_cap_middle_life": {"nl": "Daartussenin", "en": "In between"},
    "print_cap_reported_life": {"nl": "Gerapporteerde levensduur", "en": "Reported life"},
    "print_cap_peak_difference": {"nl": "Grootste daling van de winst in één jaar",
                                  "en": "Largest fall in earnings in one year"},
    "print_cap_peak_year": {"nl": "In het jaar", "en": "In the year"},
    "print_cap_long_cheap": {"nl": "Langere levensduur, lager rendement",
                             "en": "Longer life, lower return"},
    "print_cap_short_dear": {"nl": "Kortere levensduur, hoger rendement",
                             "en": "Shorter life, higher return"},
    "print_cap_required": {"nl": "Benodigde AI-omzet per jaar (stabiele toestand)",
                           "en": "AI revenue needed per year (steady state)"},
    "print_cap_gap": {"nl": "Gat met de huidige AI-omzet", "en": "Gap with today's AI revenue"},
    "print_cap_dscr": {"nl": "Dekking van rente en aflossing (DSCR)",
                       "en": "Debt service coverage (DSCR)"},
    # circular financing: the network
    "print_circ_binding": {"nl": "Alleen bindende deals", "en": "Binding deals only"},
    "print_circ_all_kinds": {"nl": "Alle soorten deals", "en": "All kinds of deal"},
    "print_circ_circularity": {"nl": "Circulariteit", "en": "Circularity"},
    "print_circ_circulation": {"nl": "Rondgaand geld", "en": "Money going round"},
    "print_circ_gross": {"nl": "Brutovolume", "en": "Gross volume"},
    "print_circ_cycles": {"nl": "Aantal kringen", "en": "Number of cycles"},
    # stagnation scenario: the domino
    "print_stag_central": {"nl": "Centrale ineenstorting, andere kasstromen volledig",
                           "en": "Central bust, outside cash flows in full"},
    "print_stag_severe": {"nl": "Zware variant", "en": "Severe case"},
    "print_stag_shock": {"nl": "Zware variant met een schok bij Oracle",
                         "en": "Severe case with a shock at Oracle"},
    "print_stag_defaults": {"nl": "Wie gaat failliet (jaar)", "en": "Who defaults (year)"},
    "print_stag_credit_losses": {"nl": "Kredietverliezen van geldverstrekkers",
                                 "en": "Lenders' credit losses"},
    "print_stag_lost_revenue": {"nl": "Gemiste contractomzet van leveranciers",
                                "en": "Suppliers' lost contract revenue"},
    # supervision and transparency: the policy mixer
    "print_sup_two_rules": {"nl": "Openbaarmaking en stresstest",
                            "en": "Disclosure and stress test"},
    "print_sup_all_rules": {"nl": "Alle regels", "en": "All rules"},
    "print_sup_losses": {"nl": "Kredietverliezen", "en": "Credit losses"},
    "print_sup_forgone": {"nl": "Gemiste investeringen", "en": "Investment forgone"},
    "print_sup_capital": {"nl": "Benodigd kapitaal", "en": "Capital required"},
    "print_sup_defaults": {"nl": "Faillissementen", "en": "Defaults"},
}

PLURALS: dict[str, dict[str, dict[str, str]]] = {
    "print_n_pages": {"nl": {"one": "{n} pagina", "other": "{n} pagina's"},
                      "en": {"one": "{n} page", "other": "{n} pages"}},
}
