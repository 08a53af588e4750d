"""Labels of the chapter "Capital versus return" (keys prefixed ``cap_``)."""

LABELS: dict[str, dict[str, str]] = {
    # --- capex chart ---------------------------------------------------------------------
    "cap_capex_title": {
        "nl": "Investeringen van Microsoft, Alphabet, Amazon en Meta",
        "en": "Capital spending of Microsoft, Alphabet, Amazon and Meta",
    },
    "cap_capex_description": {
        "nl": (
            "Staafdiagram van de gezamenlijke investeringen van Microsoft, Alphabet, Amazon "
            "en Meta per jaar van 2023 tot 2026, in miljarden dollars; voor 2024 geeft een "
            "streep de spreiding tussen twee schattingen."
        ),
        "en": (
            "Bar chart of the combined capital spending of Microsoft, Alphabet, Amazon and "
            "Meta by year from 2023 to 2026, in billions of dollars; for 2024 a line shows the "
            "range between two estimates."
        ),
    },
    "cap_estimate": {"nl": "Soort cijfer", "en": "Kind of figure"},
    "cap_estimate_actual": {"nl": "gerapporteerd", "en": "reported"},
    "cap_estimate_estimate": {
        "nl": "gerapporteerd, deels geschat",
        "en": "reported, partly estimated",
    },
    "cap_estimate_guidance": {"nl": "plannen van de bedrijven", "en": "companies' plans"},
    "cap_estimate_forecast": {"nl": "verwachting", "en": "expected"},
    # --- Nvidia chart ---------------------------------------------------------------------
    "cap_nvidia_title": {
        "nl": "Datacenteromzet van Nvidia, op jaarbasis (kwartaal × 4)",
        "en": "Nvidia's data-centre revenue, annualised (quarter × 4)",
    },
    "cap_nvidia_description": {
        "nl": (
            "Staafdiagram van de datacenteromzet van Nvidia per kwartaal maal vier, van het "
            "vierde kwartaal van boekjaar 2024 tot het vierde kwartaal van boekjaar 2026, met "
            "stippellijnen bij de bedragen waarmee David Cahn in 2023 en 2024 rekende."
        ),
        "en": (
            "Bar chart of Nvidia's quarterly data-centre revenue times four, from the fourth "
            "quarter of fiscal 2024 to the fourth quarter of fiscal 2026, with dashed lines at "
            "the run rates David Cahn used in 2023 and 2024."
        ),
    },
    "cap_fiscal_quarter": {"nl": "Boekkwartaal van Nvidia", "en": "Nvidia fiscal quarter"},
    "cap_quarter_revenue": {"nl": "Omzet in het kwartaal", "en": "Revenue in the quarter"},
    "cap_run_rate": {"nl": "Op jaarbasis", "en": "Annualised"},
    "cap_cahn_input_2023": {"nl": "Cahn 2023", "en": "Cahn 2023"},
    "cap_cahn_input_2024": {"nl": "Cahn 2024", "en": "Cahn 2024"},
    # --- Cahn's chain -------------------------------------------------------------------
    "cap_cahn_title": {
        "nl": "De rekensom van Cahn: van chips naar benodigde omzet",
        "en": "Cahn's chain: from chips to the revenue needed",
    },
    "cap_cahn_description": {
        "nl": (
            "Twee watervaldiagrammen, voor 2023 en 2024: de uitgaven aan GPU's, plus de "
            "overige kosten van het datacenter, plus de marge van de eindgebruiker, geven de "
            "benodigde omzet; min de AI-omzet blijft het gat over."
        ),
        "en": (
            "Two waterfall charts, for 2023 and 2024: spending on GPUs, plus the other costs "
            "of the data centre, plus the end user's margin, give the revenue needed; minus "
            "the AI revenue, what is left is the gap."
        ),
    },
    "cap_cahn_panel_2023": {
        "nl": "2023: de vraag van 200 miljard",
        "en": "2023: the $200B question",
    },
    "cap_cahn_panel_2024": {
        "nl": "2024: de vraag van 600 miljard",
        "en": "2024: the $600B question",
    },
    "cap_step": {"nl": "Stap", "en": "Step"},
    "cap_step_gpu": {"nl": "GPU-uitgaven", "en": "GPU spending"},
    "cap_step_other_costs": {"nl": "+ overige kosten", "en": "+ other costs"},
    "cap_step_margin": {"nl": "+ marge gebruiker", "en": "+ user's margin"},
    "cap_step_ai_revenue": {"nl": "− AI-omzet", "en": "− AI revenue"},
    "cap_step_gap": {"nl": "= gat", "en": "= gap"},
    "cap_step_kind": {"nl": "Stap", "en": "Step"},
    "cap_step_kind_total": {"nl": "totaal", "en": "total"},
    "cap_step_kind_up": {"nl": "erbij", "en": "added"},
    "cap_step_kind_down": {"nl": "eraf", "en": "taken off"},
    # --- needed versus earned ------------------------------------------------------------
    "cap_needed_title": {
        "nl": "Benodigde AI-omzet per jaar tegenover verdiende omzet",
        "en": "AI revenue needed each year versus revenue earned",
    },
    "cap_needed_description": {
        "nl": (
            "Liggende staven: de benodigde jaarlijkse AI-omzet volgens Sequoia (2023 en "
            "2024), J.P. Morgan en Bain, en daaronder de omzet die AI werkelijk opbrengt of "
            "naar verwachting opbrengt."
        ),
        "en": (
            "Horizontal bars: the annual AI revenue needed according to Sequoia (2023 and "
            "2024), J.P. Morgan and Bain, and below them the revenue AI actually earns or is "
            "expected to earn."
        ),
    },
    "cap_kind_needed": {"nl": "benodigd", "en": "needed"},
    "cap_kind_earned": {"nl": "verdiend of verwacht", "en": "earned or expected"},
    "cap_needed_cahn_2023": {"nl": "Sequoia (Cahn), 2023", "en": "Sequoia (Cahn), 2023"},
    "cap_needed_cahn_2024": {"nl": "Sequoia (Cahn), 2024", "en": "Sequoia (Cahn), 2024"},
    "cap_needed_jpm": {
        "nl": "J.P. Morgan, 10% rendement (2030)",
        "en": "J.P. Morgan, 10% return (2030)",
    },
    "cap_needed_bain": {"nl": "Bain, in 2030", "en": "Bain, by 2030"},
    "cap_earned_bain": {
        "nl": "Bain: haalbare omzet in 2030",
        "en": "Bain: revenue within reach by 2030",
    },
    "cap_earned_cahn_2024": {
        "nl": "AI-omzet volgens Cahn, 2024",
        "en": "AI revenue assumed by Cahn, 2024",
    },
    "cap_earned_economist": {
        "nl": "Westerse AI-bedrijven, 2025 (The Economist)",
        "en": "Western AI firms, 2025 (The Economist)",
    },
    "cap_earned_openai": {
        "nl": "OpenAI, omzet op jaarbasis (mei 2026)",
        "en": "OpenAI, run rate (May 2026)",
    },
    "cap_earned_anthropic": {
        "nl": "Anthropic, omzet op jaarbasis (mei 2026)",
        "en": "Anthropic, run rate (May 2026)",
    },
    # --- depreciation ---------------------------------------------------------------------
    "cap_dep_title": {
        "nl": "Afschrijving op servers: gerapporteerde levensduur of korter",
        "en": "Depreciation of servers: reported life or shorter",
    },
    "cap_dep_description": {
        "nl": (
            "Lijndiagram van de jaarlijkse afschrijving op het serverdeel van de investeringen "
            "van 2023 tot 2026, bij de levensduur die de bedrijven gebruiken en bij een "
            "levensduur die je met de schuifregelaar kiest."
        ),
        "en": (
            "Line chart of the annual depreciation of the server part of the 2023-2026 capital "
            "spending, under the life the companies use and under a life chosen with the "
            "slider."
        ),
    },
    "cap_dep_reported": {
        "nl": "levensduur {life} jaar (zoals gerapporteerd)",
        "en": "{life}-year life (as reported)",
    },
    "cap_dep_alternative": {
        "nl": "levensduur van de schuifregelaar",
        "en": "life set by the slider",
    },
    "cap_dep_axis": {
        "nl": "Afschrijving (mld. dollar per jaar)",
        "en": "Depreciation (USD bn a year)",
    },
    "cap_dep_difference": {
        "nl": "Lagere winst dan gerapporteerd",
        "en": "Earnings lower than reported by",
    },
    "cap_slider_dep_life": {"nl": "Levensduur servers (jaar)", "en": "Server life (years)"},
    # --- financing -------------------------------------------------------------------------
    "cap_financing_title": {
        "nl": "Wie betaalt de datacenters van 2025-2028? (Morgan Stanley)",
        "en": "Who pays for the data centres of 2025-2028? (Morgan Stanley)",
    },
    "cap_financing_description": {
        "nl": (
            "Liggende staven met de geschatte financiering van de datacenterinvesteringen in "
            "2025-2028: eigen kasstroom van de techbedrijven en de externe bronnen, met hun "
            "aandeel in het totaal."
        ),
        "en": (
            "Horizontal bars of the estimated financing of data-centre investment in "
            "2025-2028: the tech companies' own cash flow and the external sources, with their "
            "share of the total."
        ),
    },
    "cap_internal": {"nl": "eigen geld", "en": "own money"},
    "cap_external": {"nl": "van buiten", "en": "from outside"},
    "cap_share_of_total": {"nl": "Aandeel in totaal", "en": "Share of total"},
    # --- dashboard ----------------------------------------------------------------------------
    "cap_panel_title": {
        "nl": "Kan de AI-omzet het kapitaal betalen?",
        "en": "Can AI revenue pay for the capital?",
    },
    "cap_panel_description": {
        "nl": (
            "Dashboard met zes schuifregelaars (GPU-uitgaven, kostenveelvoud, marge, "
            "levensduur, rendementseis, deel geleend). Bovenaan het gat tussen benodigde en "
            "werkelijke AI-omzet en de schuldendienstdekking in het eerste jaar en met de "
            "leningen van alle jaargangen; daaronder staven van de benodigde omzet volgens "
            "Cahn en met rendement, de AI-omzet, de kasstroom en de rente en aflossing."
        ),
        "en": (
            "Dashboard with six sliders (GPU spending, cost multiple, margin, useful life, "
            "target return, share borrowed). At the top the gap between required and actual AI "
            "revenue and the coverage of the debt service, in the first year and with the loans "
            "of every vintage; below, bars of the revenue needed according to Cahn and with a "
            "return, the AI revenue, the cash flow and the debt service."
        ),
    },
    "cap_panel_revenue_title": {
        "nl": "Omzet per jaar (mld. dollar)",
        "en": "Revenue per year (USD bn)",
    },
    "cap_panel_debt_title": {
        "nl": "Kasstroom en schuldendienst (mld. dollar per jaar)",
        "en": "Cash flow and debt service (USD bn per year)",
    },
    "cap_panel_gap": {
        "nl": "Gat (met rendement), per jaar: ",
        "en": "Gap (with a return), per year: ",
    },
    "cap_panel_coverage": {
        "nl": "Schuldendienstdekking, eerste jaar: ",
        "en": "Debt-service coverage, first year: ",
    },
    "cap_panel_coverage_all": {
        "nl": "; alle jaargangen: ",
        "en": "; all vintages: ",
    },
    "cap_panel_no_debt": {"nl": "geen schuld", "en": "no debt"},
    "cap_bar_cahn": {"nl": "benodigd volgens Cahn", "en": "needed (Cahn)"},
    "cap_bar_steady": {
        "nl": "benodigd met rendement en levensduur",
        "en": "needed with a return over the life",
    },
    "cap_bar_ai_revenue": {"nl": "AI-omzet (Cahn, 2024)", "en": "AI revenue (Cahn, 2024)"},
    "cap_bar_cash_flow": {"nl": "kasstroom uit AI-omzet", "en": "cash flow from AI revenue"},
    "cap_bar_service": {
        "nl": "rente en aflossing, eerste jaar (één jaargang)",
        "en": "interest and repayment, first year (one vintage)",
    },
    "cap_bar_service_all": {
        "nl": "rente en aflossing, alle jaargangen in gebruik",
        "en": "interest and repayment, every vintage in use",
    },
    "cap_slider_gpu": {
        "nl": "GPU-uitgaven (mld. dollar per jaar)",
        "en": "GPU spending (USD bn a year)",
    },
    "cap_slider_tco": {"nl": "Totale kosten per GPU-dollar (veelvoud)",
                       "en": "Total cost per GPU dollar (multiple)"},
    "cap_slider_margin": {"nl": "Marge eindgebruiker (% van de omzet)",
                          "en": "End user's margin (% of revenue)"},
    "cap_slider_life": {"nl": "Levensduur (jaar)", "en": "Useful life (years)"},
    "cap_slider_return": {"nl": "Rendementseis (% per jaar)", "en": "Target return (% a year)"},
    "cap_slider_debt": {"nl": "Deel geleend (% van de investering)",
                        "en": "Share borrowed (% of the investment)"},
    # --- tables -------------------------------------------------------------------------------
    "cap_glance_openai_revenue": {"nl": "OpenAI: omzet", "en": "OpenAI: revenue"},
    "cap_glance_openai_run_rate": {
        "nl": "OpenAI: omzet op jaarbasis",
        "en": "OpenAI: revenue run rate",
    },
    "cap_glance_anthropic_run_rate": {
        "nl": "Anthropic: omzet op jaarbasis (bruto)",
        "en": "Anthropic: revenue run rate (gross)",
    },
    "cap_glance_openai_operating_loss": {
        "nl": "OpenAI: bedrijfsverlies",
        "en": "OpenAI: operating loss",
    },
    "cap_glance_openai_burn": {
        "nl": "OpenAI: verbruikte kas",
        "en": "OpenAI: cash burned",
    },
    "cap_glance_openai_burn_2029": {
        "nl": "OpenAI: verwachte verbruikte kas",
        "en": "OpenAI: expected cash burn",
    },
    "cap_glance_openai_commitments": {
        "nl": "OpenAI: afnameverplichtingen voor datacenters en rekenkracht (Altman)",
        "en": "OpenAI: data-centre and compute commitments (Altman)",
    },
    "cap_glance_openai_compute_2030": {
        "nl": "OpenAI: geplande uitgaven aan rekenkracht",
        "en": "OpenAI: planned compute spending",
    },
    "cap_glance_openai_revenue_2030": {
        "nl": "OpenAI: eigen omzetprognose",
        "en": "OpenAI: own revenue projection",
    },
    "cap_life_microsoft_before": {
        "nl": "Microsoft, servers: levensduur vóór de wijziging",
        "en": "Microsoft, servers: life before the change",
    },
    "cap_life_microsoft_after": {
        "nl": "Microsoft, servers: levensduur erna",
        "en": "Microsoft, servers: life after",
    },
    "cap_life_alphabet_after": {
        "nl": "Alphabet, servers: levensduur erna",
        "en": "Alphabet, servers: life after",
    },
    "cap_life_amazon_2022": {
        "nl": "Amazon, servers: levensduur vanaf 2022",
        "en": "Amazon, servers: life from 2022",
    },
    "cap_life_amazon_2024": {
        "nl": "Amazon, servers: levensduur vanaf 2024",
        "en": "Amazon, servers: life from 2024",
    },
    "cap_life_amazon_2025": {
        "nl": "Amazon, deel van de servers: levensduur vanaf 2025",
        "en": "Amazon, some servers: life from 2025",
    },
    "cap_life_meta_2022": {
        "nl": "Meta, servers: levensduur vanaf 2022",
        "en": "Meta, servers: life from 2022",
    },
    "cap_life_meta_2025": {
        "nl": "Meta, servers: levensduur vanaf 2025",
        "en": "Meta, servers: life from 2025",
    },
    "cap_life_coreweave": {
        "nl": "CoreWeave, GPU's: levensduur",
        "en": "CoreWeave, GPUs: life",
    },
}


PLURALS: dict[str, dict[str, dict[str, str]]] = {
    "n_vintages": {
        "nl": {"one": "{n} jaargang", "other": "{n} jaargangen"},
        "en": {"one": "{n} vintage", "other": "{n} vintages"},
    },
}
"""Counts of the capital chapter (:func:`aifin_lib.i18n.t_plural`)."""
