# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Filerna som `cemr new` och `cemr init` skriver. Bara kommentarerna och texten översätts:
### nycklar, värden och tabellnamn står som filformatet har dem.
### En rad som börjar med [ skrivs {"["} (Fluent läser ett ensamt [ som en variant).

template-plan =
    #:schema { $schema }
    # Handlingsplanen för en undertecknare av den europeiska deklarationen för jämställdhet
    # mellan kvinnor och män på lokal och regional nivå (CEMR-deklarationen). Filens namn är
    # undertecknarens id. Kontrollera filen med `cemr validate`; `cemr explain KOD` förklarar
    # varje anmärkning.
    #
    # Datum skrivs utan citattecken: 2024-03-08. Ta bort "# " först på en rad nedan för att
    # använda den, och byt ut exemplen mot era egna uppgifter.

    {"["}signatory]
    name = { $name }
    kind = "{ $kind }"   # municipality (kommun) | region | other (annan)
    # groups = ["norrbotten"]            # fler grupper, utöver mappen som filen ligger i
    # decided = 2024-01-20               # beslutet om att underteckna
    # signed = 2024-03-08                # dagen då deklarationen undertecknades; saknas: inte (ännu) undertecknad
    # contact = "jamstalldhet@example.se"
    # sources = ["https://example.se/beslut.pdf"]   # var uppgifterna kommer ifrån
    # articles = [1, 2, 11]              # de valda artiklarna i del III (`cemr articles` visar dem)
    # charter = "2022"                   # deklarationens text: "2006" (artikel 1–30) eller "2022" (1–39)

    # Handlingsplaner för jämställdhet, den äldsta först. Den första ska vara antagen inom två år
    # efter undertecknandet.
    # [[action_plans]]
    # adopted = 2025-02-24               # saknas: ett utkast, ännu inte antaget
    # start = 2025-01-01                 # perioden som planen gäller
    # end = 2027-12-31
    # url = "https://example.se/handlingsplan.pdf"

    # Uppföljningar som publicerats (artikel 4), en post för varje.
    # [[reports]]
    # date = 2026-03-01
    # url = "https://example.se/uppfoljning.pdf"

    # Mätbara mål.
    # [[goals]]
    # id = "chefer"                      # små bokstäver a–z, siffror och -; unikt i filen
    # title = "Jämn könsfördelning bland chefer"
    # articles = [11]                    # bland de valda artiklarna
    # focus = "Makt och inflytande"      # ett fokusområde
    # due = 2027-12-31                   # när målet ska vara nått
    #
    #   [goals.indicator]                # gör målet mätbart
    #   kind = "balance"                 # balance: kvinnor och män minst min_share procent vardera
    #   min_share = 40                   # level: i stället ett tal från baseline till target
    #
    #   [[goals.indicator.measurements]]
    #   date = 2025-06-30
    #   women = 48
    #   men = 52

    # Aktiviteter som arbetar mot målen.
    # [[activities]]
    # id = "utbildning-chefer"
    # title = "Utbildning i jämställdhetsintegrering för chefer"
    # goals = ["chefer"]                 # id för mål i den här filen
    # owner = "HR-avdelningen"
    # start = 2025-03-01
    # due = 2025-12-31                   # sista dag
    # status = "done"                    # planned (planerad) | ongoing (pågår) | done (genomförd) | cancelled (avbruten)
    # finished = 2025-11-15              # bara för genomförda och avbrutna aktiviteter

template-cemr-toml =
    # Inställningar för det här planarkivet, som cemr läser (https://crates.io/crates/cemr).
    # Alla nycklar kan utelämnas: värdena som står här är standardvärdena.

    {"["}repository]
    # name = "Jämställdhetsplaner i Norrbotten"   # visas i rubrikerna på rapporterna
    plans = "plans"                  # mappen med en planfil (TOML) för varje undertecknare
    { $language_line }

    {"["}rules]
    action_plan_months = 24          # den första handlingsplanen ska vara antagen så här många månader efter undertecknandet (deklarationens del II)
    report_months = 12               # så här ofta ska en uppföljning publiceras (en lokal överenskommelse)
    stale_months = 12                # en indikator utan någon så här ny mätning räknas som inaktuell
    due_soon_days = 90               # så här många dagar före sista dag räknas något som "snart sista dag"

    # Namn på grupperna (mapparna i plans/):
    # [groups.norrbotten]
    # name = "Norrbottens län"

template-language-set = language = "{ $language }"            # språket i texter för människor
template-language-unset = # language = "sv"                # språket i texter för människor: "sv" eller "en" (annars: LANG)

template-plans-readme =
    # Planfiler

    En TOML-fil för varje undertecknare av den europeiska deklarationen för jämställdhet mellan
    kvinnor och män på lokal och regional nivå. Filens namn är undertecknarens id: små bokstäver,
    siffror och `-` (`alvsbyn.toml` för Älvsbyn). Mapparna delar in undertecknarna i grupper:
    `plans/norrbotten/lulea.toml` hör till gruppen `norrbotten`.

    Skapa en ny fil från mallen:

        cemr new lulea --name "Luleå kommun" --group norrbotten

    Kontrollera alla filer:

        cemr validate

    Redigeringsprogram som förstår `#:schema` (Even Better TOML / taplo, tombi) fyller i och
    kontrollerar nycklarna medan du skriver, med hjälp av `schema/plan.schema.json`.
