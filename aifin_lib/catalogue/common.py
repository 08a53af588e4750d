"""Labels shared by the whole book: site, tables, deal vocabularies, data appendix."""

LABELS: dict[str, dict[str, str]] = {

    # --- book and site ------------------------------------------------------------------
    "book_title": {
        "nl": "De financiële onderstroom van de AI-hausse",
        "en": "The financial undercurrent of the AI boom",
    },
    "search_placeholder": {"nl": "Zoek in dit boek...", "en": "Search this book..."},
    "landing_blurb": {
        "nl": (
            "Een open lesboek over het geld achter de AI-hausse: wie investeert er in "
            "datacenters, hoeveel daarvan is geleend, hoe geld rondgaat tussen chipmakers en "
            "AI-bedrijven, wat er gebeurt als de groei stokt en welke regels het risico kunnen "
            "dempen. Voor het hoger onderwijs, het vwo en iedere nieuwsgierige lezer."
        ),
        "en": (
            "An open textbook on the money behind the AI boom: who invests in data centres, "
            "how much of it is borrowed, how money goes round between chipmakers and AI "
            "labs, what happens if growth stalls, and which rules could dampen the risk. For "
            "students, teachers and any curious reader."
        ),
    },
    "student_edition": {"nl": "editie voor studenten, zonder uitwerkingen",
                        "en": "student edition, without solutions"},
    "landing_enter": {"nl": "Lees het boek in het Nederlands", "en": "Read the book in English"},
    # --- general -----------------------------------------------------------------------
    "language_name": {"nl": "Nederlands", "en": "English"},
    "source": {"nl": "Bron", "en": "Source"},
    "sources": {"nl": "Bronnen", "en": "Sources"},
    "year": {"nl": "Jaar", "en": "Year"},
    "period": {"nl": "Periode", "en": "Period"},
    "value": {"nl": "Waarde", "en": "Value"},
    "amount": {"nl": "Bedrag", "en": "Amount"},
    "usd_bn": {"nl": "miljard dollar", "en": "billion dollars"},
    "usd_bn_axis": {"nl": "Miljard dollar", "en": "USD billion"},
    "usd_bn_per_year_axis": {"nl": "Miljard dollar per jaar", "en": "USD billion per year"},
    "dollar_word": {"nl": "dollar", "en": "dollars"},
    "undisclosed": {"nl": "niet bekendgemaakt", "en": "undisclosed"},
    "confidence": {"nl": "Betrouwbaarheid", "en": "Confidence"},
    "note": {"nl": "Toelichting", "en": "Note"},
    "figure": {"nl": "Cijfer", "en": "Figure"},
    "entity": {"nl": "Wie", "en": "Who"},
    "unit": {"nl": "Eenheid", "en": "Unit"},
    "metric": {"nl": "Grootheid", "en": "Metric"},
    "link": {"nl": "link", "en": "link"},
    "published": {"nl": "Gepubliceerd", "en": "Published"},
    "publisher": {"nl": "Uitgever", "en": "Publisher"},
    "title": {"nl": "Titel", "en": "Title"},
    # --- basis vocabulary (macro.csv: basis) -------------------------------------------
    "basis": {"nl": "Soort cijfer", "en": "Kind of figure"},
    "basis_actual": {"nl": "gerapporteerd", "en": "reported"},
    "basis_estimate": {"nl": "schatting", "en": "estimate"},
    "basis_forecast": {"nl": "verwachting", "en": "forecast"},
    "basis_guidance": {"nl": "plan of prognose van het bedrijf", "en": "company guidance"},
    "basis_target": {"nl": "doel", "en": "target"},
    "basis_scenario": {"nl": "scenario", "en": "scenario"},
    # --- confidence vocabulary ---------------------------------------------------------
    "confidence_high": {"nl": "hoog", "en": "high"},
    "confidence_medium": {"nl": "middel", "en": "medium"},
    "confidence_low": {"nl": "laag", "en": "low"},
    # --- deals table -------------------------------------------------------------------
    "deal": {"nl": "Deal", "en": "Deal"},
    "deal_id": {"nl": "Nr.", "en": "ID"},
    "announced": {"nl": "Aangekondigd", "en": "Announced"},
    "from_party": {"nl": "Van", "en": "From"},
    "to_party": {"nl": "Naar", "en": "To"},
    "kind": {"nl": "Soort", "en": "Kind"},
    "status": {"nl": "Status", "en": "Status"},
    "gigawatts": {"nl": "Gigawatt", "en": "Gigawatts"},
    "years": {"nl": "Jaren", "en": "Years"},
    "overlaps_with": {"nl": "Zelfde geld als", "en": "Same money as"},
    "deal_kind_equity": {"nl": "aandelenbelang", "en": "equity"},
    "deal_kind_purchase_commitment": {"nl": "afnameverplichting", "en": "purchase commitment"},
    "deal_kind_cloud_contract": {"nl": "cloudcontract", "en": "cloud contract"},
    "deal_kind_chip_purchase": {"nl": "chipaankoop", "en": "chip purchase"},
    "deal_kind_debt": {"nl": "lening", "en": "debt"},
    "deal_kind_bond": {"nl": "obligatie", "en": "bond"},
    "deal_kind_spv": {"nl": "SPV (special purpose vehicle)", "en": "SPV (special purpose vehicle)"},
    "deal_kind_guarantee": {"nl": "garantie", "en": "guarantee"},
    "deal_kind_warrants": {"nl": "warrants", "en": "warrants"},
    "deal_kind_lease": {"nl": "lease", "en": "lease"},
    "deal_kind_other": {"nl": "overig", "en": "other"},
    "deal_status_announced": {"nl": "aangekondigd", "en": "announced"},
    "deal_status_signed": {"nl": "getekend", "en": "signed"},
    "deal_status_stalled": {"nl": "vastgelopen", "en": "stalled"},
    "deal_status_superseded": {"nl": "vervangen", "en": "superseded"},
    "deal_status_completed": {"nl": "afgerond", "en": "completed"},
    # --- data appendix -----------------------------------------------------------------
    "deals_table_caption": {
        "nl": "Alle deals in de dataset, met bron",
        "en": "Every deal in the data set, with its source",
    },
    "figures_table_caption": {
        "nl": "Alle cijfers in de dataset, met bron",
        "en": "Every figure in the data set, with its source",
    },
    # --- units in tables -------------------------------------------------------------
    "per_year": {"nl": "per jaar", "en": "per year"},
    "per_gw": {"nl": "per GW", "en": "per GW"},
    "per_month": {"nl": "per maand", "en": "per month"},
    "billion_short": {"nl": "mld.", "en": "bn"},
    "trillion_word": {"nl": "biljoen", "en": "trillion"},
    "and_word": {"nl": "en", "en": "and"},
    "range_to": {"nl": "{low} tot {high}", "en": "{low} to {high}"},
    "million": {"nl": "miljoen", "en": "million"},
    "pp_short": {"nl": "procentpunt", "en": "percentage points"},
    "bp_short": {"nl": "basispunten", "en": "basis points"},
    "years_word": {"nl": "jaar", "en": "years"},
    "download": {"nl": "Download", "en": "Download"},
}


PLURALS: dict[str, dict[str, dict[str, str]]] = {
    # counts followed by a noun (aifin_lib.i18n.t_plural); "one" is gettext's msgstr[0]
    "n_deals": {
        "nl": {"one": "{n} deal", "other": "{n} deals"},
        "en": {"one": "{n} deal", "other": "{n} deals"},
    },
    "n_companies": {
        "nl": {"one": "{n} bedrijf", "other": "{n} bedrijven"},
        "en": {"one": "{n} company", "other": "{n} companies"},
    },
    "n_cycles": {
        "nl": {"one": "{n} kring", "other": "{n} kringen"},
        "en": {"one": "{n} cycle", "other": "{n} cycles"},
    },
    "n_years": {
        "nl": {"one": "{n} jaar", "other": "{n} jaar"},
        "en": {"one": "{n} year", "other": "{n} years"},
    },
    "n_gigawatts": {
        "nl": {"one": "{n} gigawatt", "other": "{n} gigawatt"},
        "en": {"one": "{n} gigawatt", "other": "{n} gigawatts"},
    },
    "n_basis_points": {
        "nl": {"one": "{n} basispunt", "other": "{n} basispunten"},
        "en": {"one": "{n} basis point", "other": "{n} basis points"},
    },
    "n_percentage_points": {
        "nl": {"one": "{n} procentpunt", "other": "{n} procentpunt"},
        "en": {"one": "{n} percentage point", "other": "{n} percentage points"},
    },
    "n_dollars": {
        "nl": {"one": "{n} dollar", "other": "{n} dollar"},
        "en": {"one": "{n} dollar", "other": "{n} dollars"},
    },
    "n_rows": {
        "nl": {"one": "{n} rij", "other": "{n} rijen"},
        "en": {"one": "{n} row", "other": "{n} rows"},
    },
    "n_times": {
        "nl": {"one": "{n} keer", "other": "{n} keer"},
        "en": {"one": "{n} time", "other": "{n} times"},
    },
    "n_million_users": {
        "nl": {"one": "{n} miljoen gebruikers", "other": "{n} miljoen gebruikers"},
        "en": {"one": "{n} million users", "other": "{n} million users"},
    },
}
"""Messages with a count (:func:`aifin_lib.i18n.t_plural`). Dutch keeps units and "jaar" in
the singular after a number ("6 jaar", "30 gigawatt"), as Dutch style guides prescribe; the
forms are still listed, so a later ``.po`` file has both."""
