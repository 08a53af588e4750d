"""Labels of the chapter on supervision and transparency (keys prefixed ``sup_``)."""

LABELS: dict[str, dict[str, str]] = {
    "sup_lever_none": {"nl": "Geen beleid", "en": "No policy"},
    "sup_lever_disclosure": {
        "nl": "Openbaarmaking rondgaande deals",
        "en": "Disclosure of circular deals",
    },
    "sup_lever_max_loan_to_value": {
        "nl": "Hefboomlimiet (LTV 80%)",
        "en": "Leverage limit (LTV 80%)",
    },
    "sup_lever_capital_ratio": {
        "nl": "Kapitaalbuffer kredietverleners (10%)",
        "en": "Lenders' capital buffer (10%)",
    },
    "sup_lever_max_exposure_to_capital": {
        "nl": "Concentratielimiet (2× kapitaal)",
        "en": "Concentration limit (2× capital)",
    },
    "sup_lever_stress_test": {"nl": "Stresstest", "en": "Stress test"},
    "sup_part_equity": {"nl": "Aandeelhouders", "en": "Shareholders"},
    "sup_part_covered": {
        "nl": "Kredietverleners, gedekt door kapitaal",
        "en": "Lenders, covered by capital",
    },
    "sup_part_beyond": {
        "nl": "Kredietverleners, boven hun kapitaal",
        "en": "Lenders, beyond their capital",
    },
    "sup_cost_forgone": {"nl": "Investering die niet doorgaat", "en": "Investment not made"},
    "sup_cost_capital": {"nl": "Vereist kapitaal", "en": "Capital required"},
    "sup_loss_axis": {"nl": "Verlies (mld. US$)", "en": "Loss (US$ bn)"},
    "sup_cost_axis": {"nl": "Kosten (mld. US$)", "en": "Cost (US$ bn)"},
    "sup_loss_legend": {"nl": "Wie draagt het verlies", "en": "Who bears the loss"},
    "sup_cost_legend": {"nl": "Kosten van het beleid", "en": "Cost of the policy"},
    "sup_policy": {"nl": "Beleid", "en": "Policy"},
    "sup_defaults": {"nl": "Aantal wanbetalers", "en": "Number of defaults"},
    "sup_setting": {"nl": "Instelling", "en": "Setting"},
    "sup_lender_loss": {
        "nl": "Verlies kredietverleners (mld. US$)",
        "en": "Lenders' loss (US$ bn)",
    },
    "sup_losses_panel": {"nl": "Verliezen 2026-2032", "en": "Losses 2026-2032"},
    "sup_costs_panel": {"nl": "Kosten", "en": "Costs"},
    "sup_comparison_title": {
        "nl": "Vijf regels op hetzelfde krimpscenario",
        "en": "Five rules on the same bust scenario",
    },
    "sup_comparison_description": {
        "nl": (
            "Per beleidsmaatregel links de verliezen in het krimpscenario, verdeeld over "
            "aandeelhouders, kredietverleners binnen hun kapitaal en verliezen boven hun "
            "kapitaal; rechts de kosten: investering die niet doorgaat en vereist kapitaal."
        ),
        "en": (
            "For each policy, left: the losses in the bust scenario, split between "
            "shareholders, lenders within their capital and losses beyond their capital; "
            "right: the costs, investment not made and capital required."
        ),
    },
    "sup_forgone_axis": {
        "nl": "Investering die niet doorgaat (mld. US$)",
        "en": "Investment not made (US$ bn)",
    },
    "sup_total_loss_axis": {"nl": "Totaal verlies (mld. US$)", "en": "Total loss (US$ bn)"},
    "sup_tradeoff_title": {
        "nl": "Veiliger, maar minder investering",
        "en": "Safer, but less investment",
    },
    "sup_tradeoff_description": {
        "nl": (
            "Lijnen per regel die de kredietverlening beperkt: hoe strenger de regel, hoe "
            "meer investering niet doorgaat (horizontaal) en hoe lager het totale verlies in "
            "het krimpscenario (verticaal)."
        ),
        "en": (
            "One line per rule that limits lending: the stricter the rule, the more "
            "investment is not made (horizontal) and the lower the total loss in the bust "
            "scenario (vertical)."
        ),
    },
    "sup_mix_row": {"nl": "Jouw mix", "en": "Your mix"},
    "sup_mixer_title": {
        "nl": "Beleidsmixer: kies de regels, zie verliezen en kosten",
        "en": "Policy mixer: choose the rules, see losses and costs",
    },
    "sup_mixer_description": {
        "nl": (
            "Met vijf schuifjes stel je een mix van regels in; de balken tonen de verliezen "
            "in het krimpscenario (aandeelhouders, kredietverleners binnen en boven hun "
            "kapitaal) en de kosten van de mix."
        ),
        "en": (
            "Five sliders set a mix of rules; the bars show the losses in the bust scenario "
            "(shareholders, lenders within and beyond their capital) and the cost of the mix."
        ),
    },
    "sup_slider_disclosure": {
        "nl": "Openbaarmaking rondgaand geld (%)",
        "en": "Disclosure of round-tripped money (%)",
    },
    "sup_slider_ltv": {
        "nl": "Maximale lening/waarde (%; 90 = geen limiet)",
        "en": "Maximum loan-to-value (%; 90 = no limit)",
    },
    "sup_slider_capital": {
        "nl": "Kapitaal kredietverleners (% van blootstelling)",
        "en": "Lenders' capital (% of exposure)",
    },
    "sup_slider_concentration": {
        "nl": "Max. lening per lener (× kapitaal; 0 = geen)",
        "en": "Max. loan per borrower (× capital; 0 = none)",
    },
    "sup_slider_stress": {
        "nl": "Stresstest (0 = nee, 1 = ja)",
        "en": "Stress test (0 = no, 1 = yes)",
    },
    "sup_yes": {"nl": "ja", "en": "yes"},
    "sup_no": {"nl": "nee", "en": "no"},
    "sup_col_supervisor": {"nl": "Toezichthouder", "en": "Supervisor"},
    "sup_col_date": {"nl": "Datum", "en": "Date"},
    "sup_col_statement": {
        "nl": "Wat zij zeiden (in eigen woorden)",
        "en": "What they said (paraphrased)",
    },
    "sup_col_sources": {"nl": "Bronnen", "en": "Sources"},
    "sup_statements_caption": {
        "nl": "Uitspraken van toezichthouders over de financiering van AI (parafrase)",
        "en": "Supervisors' statements on the financing of AI (paraphrased)",
    },
    "sup_supervisor_boe": {"nl": "Bank of England", "en": "Bank of England"},
    "sup_supervisor_imf": {"nl": "IMF", "en": "IMF"},
    "sup_supervisor_ecb": {"nl": "ECB", "en": "ECB"},
    "sup_supervisor_dnb": {"nl": "DNB (met AFM)", "en": "DNB (with AFM)"},
    "sup_supervisor_fsb": {"nl": "Financial Stability Board", "en": "Financial Stability Board"},
    "sup_supervisor_bis": {"nl": "BIS", "en": "BIS"},
    "sup_statement_0": {
        "nl": (
            "Het risico van een scherpe koerscorrectie is gestegen; aandelen van AI-bedrijven "
            "zijn duur en de markt is geconcentreerd. Overslag naar het Britse financiële "
            "stelsel is een wezenlijk risico."
        ),
        "en": (
            "The risk of a sharp market correction has increased; AI-focused tech stocks look "
            "stretched and indices are concentrated. Spillovers to the UK financial system are "
            "a material risk."
        ),
    },
    "sup_statement_1": {
        "nl": (
            "Volgens berichtgeving onderzoekt de BoE leningen aan datacenters en de "
            "rondgaande deals; gesecuritiseerde datacenterschuld is een indirecte blootstelling."
        ),
        "en": (
            "Reportedly examining lending to data centres and the circular deals; securitised "
            "data-centre debt is an indirect exposure."
        ),
    },
    "sup_statement_2": {
        "nl": (
            "Waarderingen blijven sterk opgerekt; ongeveer de helft van de AI-investeringen "
            "wordt extern gefinancierd, veel met schuld. Tegelijk verlaagde de BoE de "
            "kapitaalnorm voor banken."
        ),
        "en": (
            "Valuations remain materially stretched; about half of AI investment will be "
            "financed externally, much of it by debt. In the same report the bank capital "
            "benchmark was lowered."
        ),
    },
    "sup_statement_3": {
        "nl": (
            "Een klap van de AI-hausse kan zo zwaar zijn als de dotcomcrash; de hoofdeconoom "
            "zag de hausse toen nog vooral niet met schuld gefinancierd."
        ),
        "en": (
            "A bust could rival the dot-com crash; the chief economist then judged the boom "
            "mostly not debt-financed, so banks might be spared."
        ),
    },
    "sup_statement_4": {
        "nl": (
            "Niet-banken houden bijna de helft van de financiële activa wereldwijd; grote "
            "banken hebben veel uitstaan bij hen. Het IMF vraagt betere data en toezicht."
        ),
        "en": (
            "Non-banks hold close to half of global financial assets and large banks are "
            "heavily exposed to them; the IMF calls for better data and oversight."
        ),
    },
    "sup_statement_5": {
        "nl": (
            "Het sentiment kan snel omslaan als de winsten van AI-bedrijven tegenvallen; "
            "ondoorzichtigheid van private markten kan stress versterken."
        ),
        "en": (
            "Sentiment could shift abruptly if AI earnings disappoint; opacity in private "
            "markets could amplify stress."
        ),
    },
    "sup_statement_6": {
        "nl": (
            "Private credit bedreigt de stabiliteit nu niet, maar financiert steeds meer AI en "
            "datacenters; de ECB wil meer en beter gedeelde gegevens."
        ),
        "en": (
            "Private credit is no threat to stability yet but increasingly funds AI firms and "
            "data centres; the ECB wants more data, better shared."
        ),
    },
    "sup_statement_7": {
        "nl": (
            "Waarschuwing aan pensioenfondsen, verzekeraars en beleggingsinstellingen voor "
            "hun geconcentreerde beleggingen in techaandelen."
        ),
        "en": (
            "Warned pension funds, insurers and investment institutions about their "
            "concentrated holdings of tech stocks."
        ),
    },
    "sup_statement_8": {
        "nl": (
            "Een 'potentieel giftige cocktail': geopolitiek, kans op een plotselinge correctie "
            "en snelle groei van ondoorzichtige private credit. Waarschuwingsniveau oranje."
        ),
        "en": (
            "A 'potentially toxic cocktail': geopolitics, the risk of a sudden correction and "
            "fast growth of opaque private credit; warning level kept at orange."
        ),
    },
    "sup_statement_9": {
        "nl": (
            "AI-bedrijven waren in 2025 meer dan een derde van de private-creditdeals; een "
            "scherpe correctie kan forse kredietverliezen geven."
        ),
        "en": (
            "AI firms were more than a third of private-credit deals in 2025; a sharp "
            "correction could cause sizeable credit losses."
        ),
    },
    "sup_statement_10": {
        "nl": (
            "Rondgaande financiering is 'doorgaans slecht openbaar gemaakt', met het risico "
            "dat hetzelfde bezit meer dan eens als onderpand dient."
        ),
        "en": (
            "Circular financing is 'typically poorly disclosed', with a risk of the same "
            "asset being pledged more than once."
        ),
    },
}
