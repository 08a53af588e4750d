"""Labels of the classroom worksheets: feedback of :func:`aifin_lib.exercises.check`.

No text here holds a figure (only the constants of a formula, such as the 1 in 1 + r, or a setting
the exercise itself gives, such as a loan-to-value limit), so feedback
shows no number but the student's own answer and the tolerance, both formatted per language by
:mod:`aifin_lib.exercises`.
"""

LABELS: dict[str, dict[str, str]] = {
    # --- states ----------------------------------------------------------------------------
    "ex_unanswered": {
        "nl": (
            "Vul je antwoord in: vervang de puntjes (...) "
            "door een getal en voer de cel opnieuw uit."
        ),
        "en": "Fill in your answer: replace the dots (...) with a number and run the cell again.",
    },
    "ex_correct": {"nl": "Goed zo! Dit antwoord klopt.", "en": "Correct! Well done."},
    "ex_not_yet": {"nl": "Nog niet goed.", "en": "Not yet."},
    "ex_your_answer": {"nl": "Jouw antwoord: {answer}.", "en": "Your answer: {answer}."},
    "ex_unit": {"nl": "Gevraagde eenheid: {unit}.", "en": "Unit asked for: {unit}."},
    "ex_tolerance_relative": {
        "nl": "Een antwoord dat hooguit {tolerance} van de juiste waarde afwijkt, telt als goed.",
        "en": "An answer within {tolerance} of the right value counts as correct.",
    },
    "ex_tolerance_exact": {
        "nl": "Het antwoord is een geheel getal en moet precies kloppen.",
        "en": "The answer is a whole number and must be exact.",
    },
    "ex_tolerance_absolute": {
        "nl": "Een antwoord dat hooguit {tolerance} van de juiste waarde afwijkt, telt als goed.",
        "en": "An answer within {tolerance} of the right value counts as correct.",
    },
    # --- answers that are not one number ---------------------------------------------------
    "ex_hint_text": {
        "nl": (
            "Je antwoord is tekst (tussen aanhalingstekens). Schrijf het getal zonder "
            "aanhalingstekens, met een punt als decimaalteken, of laat Python het uitrekenen."
        ),
        "en": (
            "Your answer is text (in quotes). Write the number without quotes, or let Python "
            "compute it."
        ),
    },
    "ex_hint_not_number": {
        "nl": "Je antwoord is geen getal. Zet één getal achter `answer =`.",
        "en": "Your answer is not a number. Put a single number after `answer =`.",
    },
    "ex_hint_many_numbers": {
        "nl": (
            "Je antwoord bevat meer dan één getal (een lijst, reeks of tabel). Kies het ene "
            "getal waar de opgave om vraagt."
        ),
        "en": (
            "Your answer holds more than one number (a list, series or table). Pick the single "
            "number the task asks for."
        ),
    },
    "ex_hint_not_finite": {
        "nl": (
            "Je antwoord is oneindig of geen getal (NaN). Controleer of je ergens door nul deelt."
        ),
        "en": "Your answer is infinite or not a number (NaN). Check whether you divide by zero.",
    },
    # --- general hints, from the answer alone -----------------------------------------------
    "ex_hint_percent": {
        "nl": (
            "Je hebt een percentage ingevuld. Gevraagd wordt een fractie: deel door honderd "
            "(een kwart is dan nul komma vijfentwintig)."
        ),
        "en": (
            "You gave a percentage. The task asks for a fraction: divide by a hundred (a "
            "quarter is then zero point two five)."
        ),
    },
    "ex_hint_dollars": {
        "nl": "Je antwoord lijkt in dollars. Gevraagd wordt miljard dollar: deel door een miljard.",
        "en": (
            "Your answer looks like dollars. The task asks for billions of dollars: divide by "
            "a billion."
        ),
    },
    "ex_hint_millions": {
        "nl": (
            "Je antwoord lijkt in miljoen dollar. Gevraagd wordt miljard dollar: deel door duizend."
        ),
        "en": (
            "Your answer looks like millions of dollars. The task asks for billions: divide by "
            "a thousand."
        ),
    },
    "ex_hint_trillions": {
        "nl": (
            "Je antwoord lijkt in biljoen dollar. Gevraagd wordt miljard dollar: vermenigvuldig "
            "met duizend."
        ),
        "en": (
            "Your answer looks like trillions of dollars. The task asks for billions: multiply "
            "by a thousand."
        ),
    },
    "ex_hint_sign": {
        "nl": "Het teken klopt niet: je antwoord moet het andere teken hebben (plus of min).",
        "en": "The sign is wrong: your answer should have the opposite sign.",
    },
    "ex_hint_magnitude_high": {
        "nl": "Je antwoord is een orde van grootte (tien keer of meer) te groot.",
        "en": "Your answer is an order of magnitude (ten times or more) too high.",
    },
    "ex_hint_magnitude_low": {
        "nl": "Je antwoord is een orde van grootte (tien keer of meer) te klein.",
        "en": "Your answer is an order of magnitude (ten times or more) too low.",
    },
    "ex_hint_whole_number": {
        "nl": "Het antwoord is een aantal: een geheel getal.",
        "en": "The answer is a count: a whole number.",
    },
    "ex_hint_close_high": {
        "nl": (
            "Bijna! Je zit er net boven. Rond pas af aan het eind en controleer je tussenstappen."
        ),
        "en": "Almost! You are just above. Round only at the end and check your steps.",
    },
    "ex_hint_close_low": {
        "nl": (
            "Bijna! Je zit er net onder. Rond pas af aan het eind en controleer je tussenstappen."
        ),
        "en": "Almost! You are just below. Round only at the end and check your steps.",
    },
    "ex_hint_too_high": {"nl": "Je antwoord is te hoog.", "en": "Your answer is too high."},
    "ex_hint_too_low": {"nl": "Je antwoord is te laag.", "en": "Your answer is too low."},
    # --- units ------------------------------------------------------------------------------
    "ex_unit_usd_bn": {"nl": "miljard dollar", "en": "billions of US dollars"},
    "ex_unit_fraction": {
        "nl": "een fractie (geen percentage)",
        "en": "a fraction (not a percentage)",
    },
    "ex_unit_per_year": {
        "nl": "een fractie van het kapitaal per jaar (geen percentage)",
        "en": "a fraction of the capital per year (not a percentage)",
    },
    "ex_unit_times": {"nl": "aantal keer (een verhouding)", "en": "times (a ratio)"},
    "ex_unit_years": {"nl": "jaren", "en": "years"},
    "ex_unit_count": {"nl": "een aantal (geheel getal)", "en": "a count (whole number)"},
    # --- second hints of each exercise (the method; after a second wrong answer) -------------
    "ex_intro_1_hint2": {
        "nl": "Deel het financieringsgat door de totale investering van Morgan Stanley.",
        "en": "Divide the financing gap by Morgan Stanley's total investment.",
    },
    "ex_intro_2_hint2": {
        "nl": "Deel de investeringen van het laatste jaar door die van het eerste jaar.",
        "en": "Divide the investment of the last year by that of the first year.",
    },
    "ex_intro_3_hint2": {
        "nl": (
            "Als alles geleend is, is de schuld gelijk aan de hele investering van dat jaar; "
            "de rente is schuld maal rentevoet."
        ),
        "en": (
            "If everything is borrowed, the debt equals that year's whole investment; the "
            "interest is debt times the rate."
        ),
    },
    "ex_intro_4_hint2": {
        "nl": (
            "Deel de uitgifte van het recente jaar "
            "door het jaarlijkse gemiddelde van de jaren ervoor."
        ),
        "en": "Divide the recent year's issuance by the yearly average of the years before.",
    },
    "ex_capital_1_hint2": {
        "nl": (
            "Vermenigvuldig de GPU-uitgaven met de totale-kostenfactor en deel door één min "
            "de brutomarge."
        ),
        "en": (
            "Multiply GPU spending by the total-cost multiple and divide by one minus the margin."
        ),
    },
    "ex_capital_2_hint2": {
        "nl": "Dezelfde keten als in opgave een, maar nu met de lagere marge in de noemer.",
        "en": "The same chain as in exercise one, now with the lower margin in the denominator.",
    },
    "ex_capital_3_hint2": {
        "nl": "De factor is r / (1 − (1 + r)^−n), met r als fractie en n in jaren.",
        "en": "The factor is r / (1 − (1 + r)^−n), with r as a fraction and n in years.",
    },
    "ex_capital_4_hint2": {
        "nl": (
            "Los de annuïteitsformule op naar n: n = −ln(1 − r·K / kasstroom) / ln(1 + r), met "
            "kasstroom = opbrengst maal kasmarge."
        ),
        "en": (
            "Solve the annuity formula for n: n = −ln(1 − r·K / cash flow) / ln(1 + r), with "
            "cash flow = revenue times cash margin."
        ),
    },
    "ex_capital_5_hint2": {
        "nl": (
            "Tel in het derde jaar de afschrijving van alle drie de jaargangen op, bij beide "
            "levensduren, en neem het verschil."
        ),
        "en": (
            "In the third year add up the depreciation of all three vintages, for both lives, "
            "and take the difference."
        ),
    },
    "ex_circular_1_hint2": {
        "nl": (
            "Circulariteit is de maximale circulatie gedeeld door het bruto volume (de som "
            "van alle pijlen)."
        ),
        "en": "Circularity is the maximum circulation divided by the gross volume (all arrows).",
    },
    "ex_circular_2_hint2": {
        "nl": (
            "Laat zoveel mogelijk rondgaan: een eenheid rond een cyclus telt op elke pijl van "
            "die cyclus mee. Gebruik `af.circular.circularity`."
        ),
        "en": (
            "Send as much round as possible: one unit round a cycle counts on every arrow of "
            "that cycle. Use `af.circular.circularity`."
        ),
    },
    "ex_circular_3_hint2": {
        "nl": (
            "Verreken alleen de tweezijdige stromen: wat N aan L en L aan N betaalt, zoveel "
            "als het kleinste van de twee, in beide richtingen."
        ),
        "en": (
            "Net only the two-way flows: what N pays L and L pays N, as much as the smaller of "
            "the two, in both directions."
        ),
    },
    "ex_circular_4_hint2": {
        "nl": "Neem het veld `circularity` van de uitkomst van `af.circular.circularity`.",
        "en": "Take the field `circularity` of the result of `af.circular.circularity`.",
    },
    "ex_stagnation_1_hint2": {
        "nl": (
            "Kan A alles betalen wat het verschuldigd is? Zo niet, dan betaalt A alles wat het "
            "heeft: externe bezittingen plus wat het ontvangt."
        ),
        "en": (
            "Can A pay all it owes? If not, A pays all it has: external assets plus what it "
            "receives."
        ),
    },
    "ex_stagnation_2_hint2": {
        "nl": (
            "B ontvangt van A naar rato van wat A "
            "aan B schuldig is; tel B's eigen bezittingen erbij op."
        ),
        "en": "B receives from A pro rata to what A owes B; add B's own assets.",
    },
    "ex_stagnation_3_hint2": {
        "nl": (
            "Een bedrijf in gebreke realiseert alleen alpha van zijn externe bezittingen en "
            "beta van wat het ontvangt; A betaalt nu ook minder."
        ),
        "en": (
            "A defaulting firm realises only alpha of its external assets and beta of what it "
            "receives; A now pays less too."
        ),
    },
    "ex_stagnation_4_hint2": {
        "nl": (
            "Tel bij de kas aan het begin van 2026 alle regels met een plus op en trek de "
            "regels met een min af."
        ),
        "en": (
            "Start from the cash at the start of 2026, add the lines with a plus and "
            "subtract the lines with a minus."
        ),
    },
    "ex_stagnation_5_hint2": {
        "nl": (
            "Zoek de grootste factor f waarbij Oracle nog in gebreke blijft "
            "(`res.default_year[net.index(\"oracle\")] >= 0`); het antwoord is 1 - f."
        ),
        "en": (
            "Find the largest factor f at which Oracle still defaults "
            "(`res.default_year[net.index(\"oracle\")] >= 0`); the answer is 1 - f."
        ),
    },
    # --- the worksheet session -----------------------------------------------------------
    "ex_ready": {
        "nl": (
            'Klaar: de bibliotheek van het boek is geladen (als `af`). Werk nu de opgaven '
            'hieronder uit; de cel onder elk antwoord controleert het.'
        ),
        "en": (
            "Ready: the book's library is loaded (as `af`). Now work through the exercises "
            'below; the cell under each answer checks it.'
        ),
    },
    "ex_not_started": {
        "nl": (
            'Voer eerst de eerste codecel van dit werkblad uit (onder ‘Voer deze cel eerst '
            'uit’).'
        ),
        "en": 'First run the first code cell of this worksheet (under ‘Run this cell first’).',
    },
    "ex_not_started_how": {
        "nl": 'Klik erin en druk op Shift+Enter; voer daarna deze cel opnieuw uit.',
        "en": 'Click in it and press Shift+Enter, then run this cell again.',
    },
    "ex_started_for_you": {
        "nl": (
            '(De eerste cel van het werkblad was nog niet uitgevoerd; de bibliotheek is nu '
            'voor je geladen.)'
        ),
        "en": (
            "(The worksheet's first cell had not run yet; the library has now been loaded "
            'for you.)'
        ),
    },
    "ex_note_text_number": {
        "nl": (
            'Je antwoord was tekst; het is als getal gelezen. Schrijf in Python een getal '
            'zonder aanhalingstekens en met een punt als decimaalteken.'
        ),
        "en": (
            'Your answer was text; it was read as a number. In Python, write a number '
            'without quotes and with a decimal point.'
        ),
    },
    "ex_hint_decimal_comma": {
        "nl": (
            'Python leest een komma als scheiding tussen twee getallen, dus je antwoord is '
            'een paar getallen. Gebruik een punt als decimaalteken, geen komma.'
        ),
        "en": (
            'Python reads a comma as a separator between two numbers, so your answer is a '
            'pair of numbers. Use a decimal point, not a comma.'
        ),
    },
    "ex_hint_band_tenth": {
        "nl": 'Je zit er minder dan een tiende naast.',
        "en": 'You are less than a tenth off.',
    },
    "ex_hint_band_quarter": {
        "nl": 'Je zit er minder dan een kwart naast.',
        "en": 'You are less than a quarter off.',
    },
    "ex_hint_band_double": {
        "nl": 'Je zit er minder dan een factor twee naast.',
        "en": 'You are off by less than a factor of two.',
    },
    # --- first hints of each exercise (where to start; after a first wrong answer) ----------
    "ex_intro_1_hint": {
        "nl": 'Welk deel van het geheel is het gat? Zoek beide bedragen op met `af.data.figure`.',
        "en": 'What part of the whole is the gap? Look up both amounts with `af.data.figure`.',
    },
    "ex_intro_2_hint": {
        "nl": (
            'Vergelijk twee jaren uit `af.intro.capex_series()`: hoe vaak past het ene in '
            'het andere?'
        ),
        "en": (
            'Compare two years of `af.intro.capex_series()`: how many times does one fit '
            'into the other?'
        ),
    },
    "ex_intro_3_hint": {
        "nl": 'Rente is een deel van de schuld. Hoe groot is de schuld als alles geleend is?',
        "en": 'Interest is a share of the debt. How large is the debt if everything is borrowed?',
    },
    "ex_intro_4_hint": {
        "nl": (
            'Het gemiddelde is al een bedrag per jaar; vergelijk het met de uitgifte van '
            'dat ene jaar.'
        ),
        "en": "The average is already an amount a year; compare it with that one year's issuance.",
    },
    "ex_capital_1_hint": {
        "nl": (
            'Volg de keten van Cahn: van uitgaven aan chips, via de totale kosten van '
            'datacenters, naar de omzet die ook winst laat.'
        ),
        "en": (
            "Follow Cahn's chain: from spending on chips, through the total cost of data "
            'centres, to revenue that also leaves a profit.'
        ),
    },
    "ex_capital_2_hint": {
        "nl": 'Een lagere marge betekent dat je meer omzet nodig hebt voor dezelfde kosten.',
        "en": 'A lower margin means more revenue is needed for the same cost.',
    },
    "ex_capital_3_hint": {
        "nl": (
            'Zoek in het hoofdstuk de annuïteitsfactor op: het vaste deel van een '
            'investering dat elk jaar terug moet komen, met rendement.'
        ),
        "en": (
            'Look up the capital recovery factor in the chapter: the fixed share of an '
            'investment that must come back each year, with a return.'
        ),
    },
    "ex_capital_4_hint": {
        "nl": (
            'Zoek het aantal jaren waarbij de jaarlijkse kasstroom precies de annuïteit van '
            'de investering dekt.'
        ),
        "en": (
            'Find the number of years at which the yearly cash flow just covers the '
            "investment's annuity."
        ),
    },
    "ex_capital_5_hint": {
        "nl": (
            'Schrijf per jaargang op hoeveel er in het derde jaar wordt afgeschreven, bij '
            'de korte en bij de lange levensduur.'
        ),
        "en": (
            'Write down, per vintage, how much is depreciated in the third year, with the '
            'short and with the long life.'
        ),
    },
    "ex_circular_1_hint": {
        "nl": 'Circulariteit vergelijkt wat rondgaat met alles wat er stroomt.',
        "en": 'Circularity compares what goes round with everything that flows.',
    },
    "ex_circular_2_hint": {
        "nl": 'Zoek de cycli in het netwerk: geld dat terugkomt waar het vertrok.',
        "en": 'Find the cycles of the network: money that comes back where it left.',
    },
    "ex_circular_3_hint": {
        "nl": 'Kijk alleen naar paren die elkaar allebei betalen.',
        "en": 'Look only at pairs that pay each other both ways.',
    },
    "ex_circular_4_hint": {
        "nl": (
            'Bouw het netwerk van het boek met de soorten van de voorinstelling '
            '`equity_purchases` en meet de circulariteit.'
        ),
        "en": (
            "Build the book's network with the kinds of the preset `equity_purchases` and "
            'measure its circularity.'
        ),
    },
    "ex_stagnation_1_hint": {
        "nl": 'Vergelijk wat A moet betalen met wat A heeft.',
        "en": 'Compare what A must pay with what A has.',
    },
    "ex_stagnation_2_hint": {
        "nl": 'Wat B kan betalen hangt af van wat B van A ontvangt.',
        "en": 'What B can pay depends on what B receives from A.',
    },
    "ex_stagnation_3_hint": {
        "nl": 'Faillissementskosten verkleinen wat een bedrijf in gebreke nog kan betalen.',
        "en": 'Default costs shrink what a defaulting firm can still pay.',
    },
    "ex_stagnation_4_hint": {
        "nl": (
            "Wat CoreWeave aan het eind heeft, is wat het had plus wat binnenkwam min wat "
            "het betaalde."
        ),
        "en": (
            "What CoreWeave has at the end is what it had plus what came in minus what it "
            "paid."
        ),
    },
    "ex_stagnation_5_hint": {
        "nl": (
            "Verlaag `outside_cash_flow_factor` stap voor stap en kijk wanneer Oracle "
            "omvalt."
        ),
        "en": "Lower `outside_cash_flow_factor` step by step and see when Oracle falls.",
    },
    # --- titles of the exercises (teacher's answer key) -------------------------------------
    "ex_intro_1_title": {
        "nl": 'Deel van de investering dat van buiten komt',
        "en": 'Share of the investment financed from outside',
    },
    "ex_intro_2_title": {
        "nl": 'Groei van de investeringen van 2023 tot 2026',
        "en": 'Growth of investment from 2023 to 2026',
    },
    "ex_intro_3_title": {
        "nl": 'Rente op de investeringen van 2026, helemaal geleend',
        "en": 'Interest on the 2026 investment, fully borrowed',
    },
    "ex_intro_4_title": {
        "nl": 'Obligatie-uitgifte van 2025 tegenover het gemiddelde',
        "en": 'Bond issuance in 2025 against the average',
    },
    "ex_capital_1_title": {
        "nl": 'Benodigde omzet volgens Cahn',
        "en": "Revenue needed by Cahn's reckoning",
    },
    "ex_capital_2_title": {
        "nl": 'Benodigde omzet bij een lagere marge',
        "en": 'Revenue needed at a lower margin',
    },
    "ex_capital_3_title": {
        "nl": 'Annuïteitsfactor',
        "en": 'Capital recovery factor',
    },
    "ex_capital_4_title": {
        "nl": 'Terugverdientijd in jaren',
        "en": 'Years to earn back the investment',
    },
    "ex_capital_5_title": {
        "nl": 'Hogere winst door langer afschrijven',
        "en": 'Earnings boost from a longer depreciation life',
    },
    "ex_circular_1_title": {
        "nl": 'Circulariteit van het kleine netwerk',
        "en": 'Circularity of the small network',
    },
    "ex_circular_2_title": {
        "nl": 'Maximale circulatie',
        "en": 'Maximum circulation',
    },
    "ex_circular_3_title": {
        "nl": 'Verrekening van tweezijdige stromen',
        "en": 'Netting of two-way flows',
    },
    "ex_circular_4_title": {
        "nl": 'Circulariteit van het netwerk van het boek',
        "en": "Circularity of the book's network",
    },
    "ex_stagnation_1_title": {
        "nl": 'Betaling van A (Eisenberg en Noe)',
        "en": 'Payment of A (Eisenberg and Noe)',
    },
    "ex_stagnation_2_title": {
        "nl": 'Betaling van B (Eisenberg en Noe)',
        "en": 'Payment of B (Eisenberg and Noe)',
    },
    "ex_stagnation_3_title": {
        "nl": 'Betaling van B met faillissementskosten',
        "en": 'Payment of B with default costs',
    },
    "ex_stagnation_4_title": {
        "nl": "Kas van CoreWeave eind 2026 (zwaar scenario)",
        "en": "CoreWeave's cash at the end of 2026 (severe case)",
    },
    "ex_stagnation_5_title": {
        "nl": "Daling van de overige kasstroom waarbij Oracle omvalt",
        "en": "Fall of the other cash flow at which Oracle defaults",
    },
    # --- the supervision worksheet ---------------------------------------------------------
    "ex_supervision_1_hint": {
        "nl": (
            'Geld dat een bedrijf van zijn eigen leveranciers krijgt, gaat als betaling '
            'weer naar hen terug. Hoeveel is dat bij het AI-bedrijf?'
        ),
        "en": (
            'Money a firm gets from its own suppliers goes back to them as payments. How '
            'much is that at the AI lab?'
        ),
    },
    "ex_supervision_2_hint": {
        "nl": (
            'Als de rondgepompte investeringen openbaar zijn, lenen kredietverleners minder '
            'aan de leveranciers: wat wordt er daardoor niet gebouwd?'
        ),
        "en": (
            'When round-tripped investments are disclosed, lenders lend less to the '
            'suppliers: what is not built because of it?'
        ),
    },
    "ex_supervision_3_hint": {
        "nl": 'Een leengrens maakt projecten kleiner: wat wordt er daardoor niet gebouwd?',
        "en": 'A loan-to-value limit makes projects smaller: what is not built because of it?',
    },
    "ex_supervision_4_hint": {
        "nl": 'Een kapitaalbuffer is een deel van wat elke soort kredietverlener tegoed heeft.',
        "en": 'A capital buffer is a share of what each type of lender is owed.',
    },
    "ex_supervision_5_hint": {
        "nl": (
            'Bij een stresstest houden kredietverleners genoeg kapitaal aan voor hun '
            'slechtste scenario.'
        ),
        "en": 'Under a stress test, lenders hold enough capital for their worst scenario.',
    },
    "ex_supervision_1_hint2": {
        "nl": 'Gebruik `af.regulation.round_tripped_cash(af.scenario.build_network())`.',
        "en": 'Use `af.regulation.round_tripped_cash(af.scenario.build_network())`.',
    },
    "ex_supervision_2_hint2": {
        "nl": (
            'Gebruik `Policy(disclosure=1.0)` in `af.regulation.evaluate(..., "bust")` en '
            'het veld `investment_forgone_usd_bn`.'
        ),
        "en": (
            'Use `Policy(disclosure=1.0)` in `af.regulation.evaluate(..., "bust")` and the '
            'field `investment_forgone_usd_bn`.'
        ),
    },
    "ex_supervision_3_hint2": {
        "nl": (
            'Gebruik `Policy(max_loan_to_value=0.6)` en het veld '
            '`investment_forgone_usd_bn` van de uitkomst.'
        ),
        "en": (
            'Use `Policy(max_loan_to_value=0.6)` and the field `investment_forgone_usd_bn` '
            'of the result.'
        ),
    },
    "ex_supervision_4_hint2": {
        "nl": (
            'Gebruik `Policy(capital_ratio=0.1)` en het veld `capital_required_usd_bn` van '
            'de uitkomst.'
        ),
        "en": (
            'Use `Policy(capital_ratio=0.1)` and the field `capital_required_usd_bn` of the '
            'result.'
        ),
    },
    "ex_supervision_5_hint2": {
        "nl": 'Gebruik `Policy(stress_test=True)` en het veld `capital_required_usd_bn`.',
        "en": 'Use `Policy(stress_test=True)` and the field `capital_required_usd_bn`.',
    },
    "ex_supervision_1_title": {
        "nl": 'Rondgepompt geld in de kas van het AI-bedrijf',
        "en": "Round-tripped money in the AI lab's cash",
    },
    "ex_supervision_2_title": {
        "nl": 'Niet gebouwde infrastructuur bij volledige openbaarheid',
        "en": 'Infrastructure not built under full disclosure',
    },
    "ex_supervision_3_title": {
        "nl": 'Niet gebouwde infrastructuur bij een leengrens',
        "en": 'Infrastructure not built under a loan-to-value limit',
    },
    "ex_supervision_4_title": {
        "nl": 'Kapitaal bij een buffer van een tiende',
        "en": 'Capital under a buffer of one tenth',
    },
    "ex_supervision_5_title": {
        "nl": 'Kapitaal dat de stresstest vraagt',
        "en": 'Capital the stress test requires',
    },
}
