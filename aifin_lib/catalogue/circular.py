"""Labels of the chapter on circular financing (keys prefixed ``circ_``)."""

LABELS: dict[str, dict[str, str]] = {
    # --- network chart ---------------------------------------------------------------
    "circ_network_title": {
        "nl": "Het netwerk van AI-deals: wat gaat er rond?",
        "en": "The network of AI deals: what goes round?",
    },
    "circ_network_description": {
        "nl": (
            "Diagram van de deals tussen chipmakers, cloudbedrijven en AI-bedrijven. De "
            "bedrijven staan onder elkaar; elke boog is een deal en volgt het geld met de klok "
            "mee: rechts omlaag, links omhoog, gekleurd naar soort deal. Een kring is een ring "
            "om de namen heen; bogen die niet rondgaan zijn bleek. Keuzes voor soorten, status "
            "en datum bepalen wat meetelt; onder het diagram staan de circulariteit en de "
            "grootste kringen. De knop Tabel toont alle deals als tabel."
        ),
        "en": (
            "Diagram of the deals between chipmakers, cloud companies and AI labs. The firms "
            "are listed one below the other; each arc is a deal and follows the money "
            "clockwise: down on the right, up on the left, coloured by kind of deal. A cycle "
            "is a ring round the names; arcs that do not go round are pale. Choices of kinds, "
            "status and date set what is counted; below the diagram are the circularity and "
            "the largest cycles. The Table button lists every deal as a table."
        ),
    },
    "circ_network_how_1": {
        "nl": "Geld stroomt met de klok mee:",
        "en": "Money flows clockwise:",
    },
    "circ_network_how_2": {
        "nl": "rechts omlaag, links omhoog. Een kring is",
        "en": "down on the right, up on the left. A cycle",
    },
    "circ_network_how_3": {
        "nl": "een ring; bleke bogen gaan niet rond.",
        "en": "is a ring; pale arcs do not go round.",
    },
    "circ_party_bank_syndicate": {"nl": "Bankenconsortium", "en": "Bank syndicate"},
    "circ_party_investor_syndicate": {"nl": "Beleggersconsortium", "en": "Investor syndicate"},
    "circ_party_bond_investors": {"nl": "Obligatiebeleggers", "en": "Bond investors"},
    "circ_party_us_government": {"nl": "Amerikaanse overheid", "en": "US government"},
    "circ_party_equity_investors": {"nl": "Aandelenbeleggers", "en": "Equity investors"},
    "circ_party_several_investees": {"nl": "Diverse bedrijven", "en": "Several companies"},
    "circ_summary_line": {
        "nl": "Circulariteit {share}: {circ} van {gross} gaat rond in kringen",
        "en": "Circularity {share}: {circ} of {gross} goes round in cycles",
    },
    "circ_counted_line": {
        "nl": "{counted} geteld, {undisclosed} zonder bekend bedrag weggelaten",
        "en": "{counted} counted, {undisclosed} without a disclosed amount left out",
    },
    "circ_as_of_caption": {"nl": "t/m {date}", "en": "up to {date}"},
    "circ_cycles_label": {
        "nl": "Kringen ({n}), grootste eerst:",
        "en": "Cycles ({n}), largest first:",
    },
    "circ_more_cycles": {"nl": "… en nog {n}", "en": "… and {n} more"},
    "circ_no_cycles": {
        "nl": "Geen kringen: er gaat niets rond",
        "en": "No cycles: nothing goes round",
    },
    "circ_link_kind": {"nl": "Soort deal", "en": "Kind of deal"},
    "circ_amount_usd_bn": {"nl": "Bedrag (mld. dollar)", "en": "Amount (USD bn)"},
    "circ_circulating_usd_bn": {
        "nl": "Rondgaand (mld. dollar)",
        "en": "Circulating (USD bn)",
    },
    "circ_circulating_between": {
        "nl": "Rondgaand tussen hen, beide richtingen",
        "en": "Circulating between them, both directions",
    },
    "circ_gross_usd_bn": {"nl": "Bruto (mld. dollar)", "en": "Gross (USD bn)"},
    "circ_deals": {"nl": "Deals", "en": "Deals"},
    "circ_deals_counted": {"nl": "Aantal deals", "en": "Deals counted"},
    "circ_firm": {"nl": "Bedrijf", "en": "Firm"},
    "circ_kinds_control": {"nl": "Soorten deals", "en": "Kinds of deal"},
    "circ_status_control": {"nl": "Status", "en": "Status"},
    "circ_date_control": {"nl": "Aangekondigd t/m", "en": "Announced up to"},
    "circ_window_control": {"nl": "Aangekondigd tussen", "en": "Announced between"},
    "circ_choose_something": {
        "nl": "Kies minstens één soort en één status.",
        "en": "Choose at least one kind and one status.",
    },
    "circ_preset_equity_only": {"nl": "alleen aandelenbelangen", "en": "equity only"},
    "circ_preset_purchases_only": {"nl": "alleen aankopen", "en": "purchases only"},
    "circ_preset_equity_purchases": {
        "nl": "aandelenbelangen + aankopen",
        "en": "equity + purchases",
    },
    "circ_preset_money_flows": {
        "nl": "+ garanties en leningen",
        "en": "+ guarantees and loans",
    },
    "circ_preset_all_kinds": {
        "nl": "alle soorten (ook obligaties, SPV's)",
        "en": "all kinds (incl. bonds, SPVs)",
    },
    "circ_status_announced_too": {
        "nl": "ook aangekondigd",
        "en": "announced too",
    },
    "circ_status_binding_only": {
        "nl": "alleen getekend of afgerond",
        "en": "signed or completed only",
    },
    # --- counting chart --------------------------------------------------------------
    "circ_counting_title": {
        "nl": "Hoe circulair? Dat hangt af van wat je telt",
        "en": "How circular? It depends on what you count",
    },
    "circ_counting_description": {
        "nl": (
            "Staafdiagram van de circulariteit van het dealnetwerk voor vijf keuzes van "
            "soorten deals, met en zonder deals die alleen zijn aangekondigd."
        ),
        "en": (
            "Bar chart of the circularity of the deal network for five choices of deal kinds, "
            "with and without deals that have only been announced."
        ),
    },
    "circ_circularity_axis": {"nl": "Circulariteit", "en": "Circularity"},
    # --- loops table -----------------------------------------------------------------
    "circ_loop": {"nl": "Kring", "en": "Loop"},
    "circ_leg_out": {
        "nl": "Financiering (belang, garantie)",
        "en": "Financing (stake, backstop)",
    },
    "circ_leg_back": {"nl": "Terug (aankopen)", "en": "Back (purchases)"},
    "circ_why": {"nl": "Wat de meting ziet", "en": "What the measure sees"},
    "circ_loop_nvidia_openai": {"nl": "Nvidia - OpenAI", "en": "Nvidia - OpenAI"},
    "circ_loop_nvidia_openai_note": {
        "nl": (
            "De intentieverklaring liep vast en de aankopen van Nvidia-systemen door OpenAI "
            "hebben geen bekend bedrag: het belang telt mee, de weg terug niet, dus er wordt "
            "geen circulatie gemeten."
        ),
        "en": (
            "The letter of intent stalled and OpenAI's purchases of Nvidia systems have no "
            "disclosed amount: the stake is counted, the way back is not, so no circulation "
            "is measured."
        ),
    },
    "circ_loop_amd_openai": {"nl": "AMD - OpenAI (warrants)", "en": "AMD - OpenAI (warrants)"},
    "circ_loop_amd_openai_note": {
        "nl": (
            "Warrants zijn opties op AMD-aandelen, geen geld, en het chipcontract heeft geen "
            "bekend bedrag: niet meetbaar."
        ),
        "en": (
            "Warrants are options on AMD shares, not cash, and the chip contract has no "
            "disclosed amount: not measurable."
        ),
    },
    "circ_loop_microsoft_openai": {
        "nl": "Microsoft - OpenAI - Azure",
        "en": "Microsoft - OpenAI - Azure",
    },
    "circ_loop_microsoft_openai_note": {
        "nl": (
            "Beide deals zijn bekend: het belang van Microsoft en de verplichting van OpenAI "
            "bij Azure vormen een kring van twee; het belang is het knelpunt."
        ),
        "en": (
            "Both legs are disclosed: Microsoft's stake and OpenAI's Azure commitment close a "
            "2-cycle; the stake is the bottleneck."
        ),
    },
    "circ_loop_nvidia_coreweave": {
        "nl": "Nvidia - CoreWeave (vangnet)",
        "en": "Nvidia - CoreWeave (backstop)",
    },
    "circ_loop_nvidia_coreweave_note": {
        "nl": (
            "Nvidia koopt aandelen en onverkochte capaciteit van CoreWeave; de aankopen van "
            "Nvidia-chips door CoreWeave staan niet in de dataset, dus de kring sluit niet."
        ),
        "en": (
            "Nvidia buys shares and unsold capacity from CoreWeave; CoreWeave's purchases of "
            "Nvidia chips are not in the data set, so the loop does not close."
        ),
    },
    "circ_loop_coreweave_openai": {"nl": "CoreWeave - OpenAI", "en": "CoreWeave - OpenAI"},
    "circ_loop_coreweave_openai_note": {
        "nl": (
            "CoreWeave gaf OpenAI aandelen naast de contracten voor rekenkracht: een kleine "
            "kring, met de aandelen als knelpunt."
        ),
        "en": (
            "CoreWeave gave OpenAI shares alongside its compute contracts: a small loop, with "
            "the shares as the bottleneck."
        ),
    },
    "circ_loop_amazon_anthropic": {"nl": "Amazon - Anthropic", "en": "Amazon - Anthropic"},
    "circ_loop_amazon_anthropic_note": {
        "nl": (
            "De belangen van Amazon en de verplichting van Anthropic bij AWS; het nieuwste "
            "paar deals werd in april 2026 getekend en draagt het grootste deel van de kring."
        ),
        "en": (
            "Amazon's stakes and Anthropic's AWS commitment; the newest pair of deals was "
            "signed in April 2026 and carries most of the loop."
        ),
    },
    "circ_loop_amazon_openai": {"nl": "Amazon - OpenAI", "en": "Amazon - OpenAI"},
    "circ_loop_amazon_openai_note": {
        "nl": (
            "Het belang van Amazon in de ronde van 2026 en het contract van OpenAI bij AWS; "
            "de verplichting voor Trainium-chips heeft geen bekend bedrag."
        ),
        "en": (
            "Amazon's stake in the 2026 round and OpenAI's AWS contract; the Trainium "
            "commitment has no disclosed amount."
        ),
    },
    "circ_loop_microsoft_nvidia_anthropic": {
        "nl": "Microsoft en Nvidia - Anthropic",
        "en": "Microsoft and Nvidia - Anthropic",
    },
    "circ_loop_microsoft_nvidia_anthropic_note": {
        "nl": (
            "Microsoft en Nvidia zeggen belangen toe, Anthropic koopt rekenkracht op Azure. "
            "Alleen het belang van Microsoft sluit een kring: de chips van Nvidia bereiken "
            "Anthropic via Azure, en die aankoop staat niet in de dataset."
        ),
        "en": (
            "Microsoft and Nvidia pledge stakes while Anthropic buys compute on Azure. Only "
            "the Microsoft leg closes a loop: Nvidia's chips reach Anthropic through Azure, a "
            "purchase that is not in the data set."
        ),
    },
    # --- critics and defenders -------------------------------------------------------
    "circ_side": {"nl": "Kant", "en": "Side"},
    "circ_argument": {"nl": "Argument (in eigen woorden)", "en": "Argument (paraphrased)"},
    "circ_side_critic": {"nl": "criticus", "en": "critic"},
    "circ_side_defender": {"nl": "verdediger", "en": "defender"},
    "circ_voice_register": {
        "nl": (
            "The Register noemt de investering van Nvidia in OpenAI een geldcarrousel: het geld "
            "komt via OpenAI en de clouds die voor OpenAI bouwen (zoals Oracle) terug als "
            "bestellingen van Nvidia-systemen."
        ),
        "en": (
            "The Register calls Nvidia's investment in OpenAI a money-go-round: the money "
            "comes back as orders for Nvidia systems, through OpenAI and the clouds that build "
            "for it (such as Oracle)."
        ),
    },
    "circ_voice_theatre": {
        "nl": (
            "Een commentaar (uitgever onzeker) noemt de Nvidia-OpenAI-deal financieel theater "
            "en herinnert aan Nortel, Lucent en Motorola, die klanten geld leenden om de omzet "
            "te laten groeien en met slechte leningen bleven zitten toen de gekte voorbij was."
        ),
        "en": (
            "A column (publisher uncertain) calls the Nvidia-OpenAI tie-up financial theatre "
            "and recalls Nortel, Lucent and Motorola, which lent to customers to keep revenue "
            "growing and were left with bad debts when the mania ended."
        ),
    },
    "circ_voice_yahoo": {
        "nl": (
            "Simon Brown (Financial Mail) herinnert aan Yahoo, dat investeerde in een start-up "
            "die het geld uitgaf aan advertenties bij Yahoo: Yahoo boekte omzet en schreef het "
            "belang later af."
        ),
        "en": (
            "Simon Brown (Financial Mail) recalls how Yahoo invested in a start-up that spent "
            "the money on Yahoo adverts: Yahoo booked the revenue and later wrote the stake off."
        ),
    },
    "circ_voice_wsj": {
        "nl": (
            "The Wall Street Journal laat zien dat Oracle, Nvidia, AMD en Broadcom op de dagen "
            "van hun OpenAI-deals samen veel beurswaarde wonnen: de aankondiging zelf schept "
            "waarde op papier."
        ),
        "en": (
            "The Wall Street Journal shows that Oracle, Nvidia, AMD and Broadcom together "
            "gained a great deal of market value on the days of their OpenAI deals: the "
            "announcement itself creates value on paper."
        ),
    },
    "circ_voice_zitron": {
        "nl": (
            "Ed Zitron volgt de verliezen van OpenAI (afgeleid uit de cijfers van Microsoft) en "
            "vraagt hoe een bedrijf dat zoveel verliest zijn verplichtingen kan betalen."
        ),
        "en": (
            "Ed Zitron follows OpenAI's losses (derived from Microsoft's filings) and asks how "
            "a company losing that much can pay for its commitments."
        ),
    },
    "circ_voice_guardian": {
        "nl": (
            "The Guardian wijst op het verschil met puur rondpompen: OpenAI betaalt de chips "
            "van Nvidia met geld, en Nvidia krijgt er een minderheidsbelang zonder zeggenschap "
            "voor."
        ),
        "en": (
            "The Guardian notes the difference with pure round-tripping: OpenAI pays cash for "
            "Nvidia's chips, and Nvidia takes a non-controlling stake in return."
        ),
    },
    "circ_voice_huang": {
        "nl": (
            "Nvidia-topman Jensen Huang: de intentieverklaring was nooit een verplichting; "
            "Nvidia investeert stap voor stap. Oracle zei dat de wijziging geen gevolgen had "
            "voor zijn contract met OpenAI."
        ),
        "en": (
            "Nvidia's chief executive Jensen Huang: the letter of intent was never a "
            "commitment; Nvidia invests one step at a time. Oracle said the change had no "
            "impact on its OpenAI contract."
        ),
    },
    "circ_voice_users": {
        "nl": (
            "OpenAI wijst op echte vraag: honderden miljoenen wekelijkse ChatGPT-gebruikers en "
            "een groeiend aantal betalende abonnees."
        ),
        "en": (
            "OpenAI points to real demand: hundreds of millions of weekly ChatGPT users and a "
            "growing number of paying subscribers."
        ),
    },
    # --- dot-com comparison ----------------------------------------------------------
    "circ_dotcom_title": {
        "nl": "Leveranciers die hun klanten financieren: toen en nu",
        "en": "Suppliers financing their customers: then and now",
    },
    "circ_dotcom_description": {
        "nl": (
            "Staafdiagram van de vendorfinanciering van Lucent en Cisco rond 2000 naast de "
            "belangen en garanties van Nvidia in AI-bedrijven, de warrants van AMD en de "
            "vastgelopen intentieverklaring van Nvidia, in miljarden dollars, met waar mogelijk "
            "het bedrag als deel van een maat voor de omvang."
        ),
        "en": (
            "Bar chart of Lucent's and Cisco's vendor financing around 2000 next to Nvidia's "
            "stakes in and backstops for AI firms, AMD's warrants and Nvidia's stalled letter "
            "of intent, in billions of dollars, with the amount as a share of a size measure "
            "where there is one."
        ),
    },
    "circ_vendor": {"nl": "Leverancier", "en": "Vendor"},
    "circ_vendor_lucent": {"nl": "Lucent (2000)", "en": "Lucent (2000)"},
    "circ_vendor_cisco": {"nl": "Cisco (2000)", "en": "Cisco (2000)"},
    "circ_vendor_nvidia": {
        "nl": "Nvidia: belangen en vangnetten (2024-2026)",
        "en": "Nvidia: stakes and backstops (2024-2026)",
    },
    "circ_vendor_amd": {"nl": "AMD: warrants aan OpenAI", "en": "AMD: warrants to OpenAI"},
    "circ_vendor_nvidia_loi": {
        "nl": "Nvidia: intentieverklaring (vastgelopen)",
        "en": "Nvidia: letter of intent (stalled)",
    },
    "circ_basis": {"nl": "Wat het bedrag is", "en": "What the amount is"},
    "circ_basis_commitments": {
        "nl": "toezeggingen aan klanten",
        "en": "commitments to customers",
    },
    "circ_basis_counted_deals": {"nl": "getelde deals", "en": "counted deals"},
    "circ_basis_value_estimate": {
        "nl": "geschatte waarde, geen geld",
        "en": "value estimate, not cash",
    },
    "circ_basis_stalled_loi": {"nl": "vastgelopen, niet geteld", "en": "stalled, not counted"},
    "circ_ratio_of_telecom_equipment_spend_2000": {
        "nl": "van de telecomapparatuurmarkt 2000",
        "en": "of the 2000 telecom equipment market",
    },
    "circ_ratio_of_nvidia_dc_revenue_fy2026": {
        "nl": "van de datacenteromzet van Nvidia (boekjaar 2026)",
        "en": "of Nvidia's data-centre revenue FY2026",
    },
    "circ_ids": {"nl": "Nummers in de dataset", "en": "Data ids"},
}


PLURALS: dict[str, dict[str, dict[str, str]]] = {
    "n_simple_cycles": {
        "nl": {"one": "{n} enkelvoudige kring", "other": "{n} enkelvoudige kringen"},
        "en": {"one": "{n} simple cycle", "other": "{n} simple cycles"},
    },
    # a sentence that starts with the count: the verb agrees with it
    "n_cycles_there_are": {
        "nl": {"one": "Er is {n} kring", "other": "Er zijn {n} kringen"},
        "en": {"one": "There is {n} cycle", "other": "There are {n} cycles"},
    },
}
"""Counts of the circular-financing chapter (:func:`aifin_lib.i18n.t_plural`)."""
