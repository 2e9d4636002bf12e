# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The public site (`cemr site`): its pages, made by render/site/.

## Every page.

# The site's name when cemr.toml's [repository] has no name.
site-default-name = Jämställdhetsplaner
# A page's <title>: the page, then the site.
site-page-title = { $page } – { $site }
site-skip-link = Hoppa till innehållet
site-nav-label = Webbplatsens sidor
site-nav-start = Start
site-nav-articles = Artiklar
site-nav-statement = Tillgänglighet
site-state-on = Läget { $date }
site-footer = Skapad av cemr ur planfilerna. Läget { $date }.
site-calendar = Prenumerera på de här sista dagarna i din kalender (iCalendar)

## The start page.

site-intro = Kommunerna och regionerna här har undertecknat, eller beslutat att underteckna, den europeiska deklarationen för jämställdhet mellan kvinnor och män på lokal och regional nivå (CEMR-deklarationen). Varje sida visar en undertecknares åtagande, handlingsplaner och uppföljningar, mål med mätningar och aktiviteter.
site-key-figures = Nyckeltal
# A count of a whole: "22 of 23".
site-part-of = { $part } av { $whole }
site-have-signed = har undertecknat deklarationen
site-have-adopted = har antagit en handlingsplan
site-goals-achieved = uppnådda mål
site-mean-progress = genomsnittlig måluppfyllelse · { $measured } av { $goals } mål { $goals ->
        [one] mätt
       *[other] mätta
    }
site-activities-done = genomförda aktiviteter, av dem som inte är avbrutna ({ $cancelled } avbrutna)
site-overdue = försenade åtaganden
site-groups = Grupper
site-signatories = Undertecknare
site-unknown = okänd

## The start page's progress over the years (the summary's history).

site-history = Utvecklingen över tid
site-history-chart = Undertecknare vid varje kvartals slut: har undertecknat, har antagit en handlingsplan, har en aktuell uppföljning
site-quarter-column = Kvartal
# A quarter: "Q3 2026".
site-quarter = kvartal { $quarter } { $year }
# A quarter on the chart's axis, the year below it: "Q3".
site-quarter-short = kv. { $quarter }
# The current quarter, counted up to today: "Q4 2026 (to 2026-11-24)".
site-quarter-so-far = { $quarter } (till och med { $date })
site-history-signed = Undertecknat
site-history-adopted = Antagen handlingsplan
site-history-reported = { $months ->
        [one] Uppföljning den senaste månaden
       *[other] Uppföljning de senaste { $months } månaderna
    }

## A group's page.

site-group-members = Undertecknare i gruppen

## A signatory's page.

site-commitment = Åtagandet
site-kind = Typ
site-groups-of = Grupper
site-decided = Beslut om att underteckna
site-signed = Undertecknat
site-charter = Deklarationens text
site-not-yet = ännu inte
site-articles-chosen = Valda artiklar
site-no-articles = Inga artiklar valda än.
site-plans-and-reports = Handlingsplaner och uppföljningar
site-action-plans = Handlingsplaner
site-no-action-plans = Ingen handlingsplan än.
site-adopted = Antagen
site-period = Period
site-document = Dokument
site-link = Öppna
site-not-adopted = inte antagen än
site-reports = Uppföljningar
site-no-reports = Ingen uppföljning än.
site-sources = Källor
site-deadlines = Sista dagar för det som återstår
site-no-deadlines = Inget återstår som har en sista dag.
site-goals = Mål
site-no-goals = Inga mål än.
site-indicator = Indikator
site-indicator-level = nivåindikator
site-indicator-balance = indikator för könsfördelning
site-no-indicator = ingen indikator
site-baseline = Utgångsvärde
site-target = Målvärde
site-balance-target = minst { $share } av vardera könet
site-latest = Senaste mätning
site-progress = Måluppfyllelse
site-trend = Trend
site-due = Sista dag
site-achieved = Uppnått
site-no-measurements = Ingen mätning än.
site-activities = Aktiviteter
site-no-activities = Inga aktiviteter än.

## A goal's chart and its table.

site-chart-level = { $title }: mätningar och vägen till målvärdet
site-chart-balance = { $title }: andel kvinnor av kvinnor och män, mot intervallet { $low }–{ $high }
site-chart-table = Diagrammets siffror
site-date = Datum
site-value = Värde
site-on-path = På vägen till målvärdet
site-women-share = Andel kvinnor
site-balanced = Jämn könsfördelning
site-yes = ja
site-no = nej
# A column's header with the goal's unit: "Value (people)".
site-with-unit = { $what } ({ $unit })
site-legend-measured = mätning
site-legend-path = vägen till målvärdet
site-legend-band = jämn könsfördelning ({ $low }–{ $high })

## The articles page.

site-articles-heading = Valda artiklar
site-articles-intro = Varje undertecknare väljer de artiklar i deklarationen som dess handlingsplan arbetar med. Artiklarna i deklarationens text från { $charter }.
site-chosen-by-count = Antal

## The accessibility statement (following the model of DIGG, the Agency for Digital Government).

site-statement-heading = Tillgänglighetsredogörelse
site-statement-intro = Vi vill att så många som möjligt ska kunna använda den här webbplatsen. Här beskriver vi hur den uppfyller lagen om tillgänglighet till digital offentlig service, vilka kända tillgänglighetsproblem som finns och hur du kan rapportera brister till oss så att vi kan åtgärda dem.
site-statement-how = Hur tillgänglig är webbplatsen?
site-statement-partly = Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.
site-statement-cannot-use = Vad kan du göra om du inte kan använda delar av webbplatsen?
site-statement-cannot-use-text = Om du behöver innehållet i en annan form, eller inte kan använda någon del av webbplatsen, kontakta oss:
site-statement-report = Rapportera brister i webbplatsens tillgänglighet
site-statement-report-text = Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns:
site-statement-no-contact = Kontaktuppgift saknas: den som publicerar webbplatsen har ännu inte angett vart brister ska rapporteras (`contact` under `[site]` i cemr.toml).
site-statement-supervision = Tillsyn
site-statement-supervision-text = Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn för lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det:
site-statement-supervision-link = anmäl till DIGG
site-statement-technical = Teknisk information om webbplatsens tillgänglighet
site-statement-technical-text = Webbplatsen är byggd för att uppfylla nivå AA i standarden Web Content Accessibility Guidelines (WCAG) version 2.1: den behöver inga skript, varje diagram har sina siffror i en tabell intill, och den går att använda med tangentbord och skärmläsare, förstorad och utskriven.
site-statement-not-accessible = Innehåll som inte är tillgängligt
site-statement-documents = Dokument som sidorna länkar till (handlingsplaner, uppföljningar, källor) publiceras av varje undertecknare och kontrolleras inte här; de kan brista mot kraven (WCAG 2.1, 1.1.1, 1.3.1 med flera). Fråga undertecknaren efter dokumentet i en annan form.
site-statement-tested = Hur vi testat webbplatsen
site-statement-tested-text = Varje typ av sida kontrolleras automatiskt med axe-core mot WCAG 2.0 och 2.1, nivå A och AA, varje gång webbplatsen byggs.
site-statement-date = Redogörelsen gjordes eller sågs senast över { $date }.
site-statement-no-date = Datum för redogörelsen saknas (`statement_date` under `[site]` i cemr.toml).
site-statement-built = Webbplatsen uppdaterades senast { $date }.

## Writing the site's folder.

site-folder-foreign = { $path } innehåller filer som cemr site inte har skrivit; inget har ändrats. Välj en annan mapp med -o MAPP, eller lägg till --force för att ersätta den.
site-folder-not-folder = { $path } finns redan och är inte en mapp; inget har skrivits.
site-cannot-write = kan inte skriva webbplatsen till { $path }
site-written = Webbplatsen finns i { $path }: { $pages ->
        [one] { $pages } sida
       *[other] { $pages } sidor
    }.
