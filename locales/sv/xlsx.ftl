# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Arbetsböcker (--format xlsx, -o FIL.xlsx): bladens namn, kolumnrubriker och orden i
### cellerna (render/xlsx/). Ett bladnamn har högst 31 tecken och inget av [ ] : * ? / \

## Bladens namn.

xlsx-sheet-signatories = Undertecknare
xlsx-sheet-totals = Totalt och grupper
xlsx-sheet-goals = Mål
xlsx-sheet-activities = Aktiviteter
xlsx-sheet-deadlines = Sista dagar
xlsx-sheet-articles = Artiklar
xlsx-sheet-groups = Grupper
xlsx-sheet-key-figures = Nyckeltal
xlsx-sheet-happened = Det här hände
xlsx-sheet-became-overdue = Blev försenat
xlsx-sheet-still-overdue = Fortfarande försenat
xlsx-sheet-due-next-quarter = Sista dag nästa kvartal
xlsx-sheet-per-group = Per grupp
xlsx-sheet-per-signatory = Per undertecknare
xlsx-sheet-history = Historik

## Kolumnrubriker.

xlsx-col-signatory-id = Undertecknarens id
xlsx-col-groups = Grupper
xlsx-col-group-id = Gruppens id
xlsx-col-group = Grupp
# Hur många som har undertecknat.
xlsx-col-signed-count = Har undertecknat
# Sista dag för den första handlingsplanen.
xlsx-col-action-plan-due = Sista dag för handlingsplan
# Dagen då den första handlingsplanen antogs.
xlsx-col-adopted = Antagen
# Hur många som har antagit en handlingsplan.
xlsx-col-adopted-count = Har antagit handlingsplan
# Hur många som har publicerat en uppföljning de senaste $months månaderna.
xlsx-col-recent-report = Uppföljning de senaste { $months } månaderna
# Mål med känd måluppfyllelse (en användbar mätning, eller uppnådda): måluppfyllelsen är
# medelvärdet för dem. Samma ord som tabellernas "mätta mål / alla mål".
xlsx-col-goals-with-progress = Mätta mål
xlsx-col-activities-cancelled = Avbrutna aktiviteter
# Om sista dagen har passerat.
xlsx-col-overdue = Försenat
xlsx-col-days-overdue = Dagar försenat
# Vad den närmaste sista dagen gäller.
xlsx-col-next-deadline-for = Närmaste sista dag avser
xlsx-col-focus = Fokusområde
xlsx-col-indicator = Indikator
xlsx-col-unit = Enhet
xlsx-col-baseline = Utgångsvärde
xlsx-col-target = Målvärde
# Den minsta andelen av vardera könet i ett mål om jämn könsfördelning (40 % enligt 40/60-regeln).
xlsx-col-min-share = Minsta andel
xlsx-col-value = Värde
# Dagen då målet uppnåddes.
xlsx-col-achieved = Uppnått
xlsx-col-stale = Ingen aktuell mätning
xlsx-col-start = Start
# Dagen då en genomförd eller avbruten aktivitet avslutades.
xlsx-col-finished = Avslutad
xlsx-col-due-soon = Snart sista dag
# Målets eller aktivitetens id.
xlsx-col-item-id = Mål eller aktivitet
# Id för de undertecknare som har valt artikeln.
xlsx-col-chosen-by-ids = Valts av (id)
xlsx-col-key-figure = Nyckeltal
# Ett antal en viss dag.
xlsx-col-as-of = Den { $date }
xlsx-col-change = Förändring
# Förändringen i kolumnen före.
xlsx-col-change-of = { $column }, förändring
# Vad ett nyckeltal räknas av (undertecknare, mål, aktiviteter).
xlsx-col-out-of = Av
xlsx-col-date = Datum
xlsx-col-event = Händelse
# Antagen eller avslutad efter sista dagen.
xlsx-col-late = För sent
# Både kvinnor och män minst målets minsta andel.
xlsx-col-balanced = Jämn könsfördelning
xlsx-col-link = Länk
# Perioden som en handlingsplan gäller.
xlsx-col-period-start = Period från
xlsx-col-period-end = Period till
# Hur många av kvartalets händelser som gäller undertecknaren.
xlsx-col-events = Händelser under kvartalet
xlsx-col-quarter = Kvartal
xlsx-col-quarter-end = Läget per

## Ord i cellerna.

xlsx-figure-activities-done = Genomförda aktiviteter (av dem som inte är avbrutna)
xlsx-event-signed = Undertecknade deklarationen
xlsx-event-plan-adopted = Handlingsplan antagen
xlsx-event-first-plan-adopted = Första handlingsplanen antagen
xlsx-event-report = Uppföljning publicerad
xlsx-event-activity-done = Aktivitet genomförd
xlsx-event-activity-cancelled = Aktivitet avbruten
xlsx-event-goal-achieved-date = Mål uppnått (rapporterat)
xlsx-event-goal-achieved-measurement = Mål uppnått (målvärdet nått vid mätning)
xlsx-event-measurement = Mätning
# Vad en sista dag gäller, och målets eller aktivitetens id: "aktivitet utbildning".
xlsx-deadline-item = { $kind } { $id }
# $status är not_signed, due, overdue, adopted eller adopted_late.
xlsx-action-plan-status = { $status ->
        [not_signed] har inte undertecknat
        [due] ska antas
        [overdue] försenad
        [adopted] antagen
       *[adopted_late] antagen för sent
    }
# $kind är level eller balance.
xlsx-indicator-kind = { $kind ->
        [level] nivå
       *[balance] könsfördelning
    }

## Dokumentets rubrik (Arkiv › Information i Excel).

xlsx-title-status = Läget { $date }
xlsx-title-deadlines = Sista dagar, läget { $date }
xlsx-title-articles = Deklarationens artiklar
xlsx-title-summary = Kvartalsrapport, kvartal { $number } { $year }

## Fel.

xlsx-on-terminal = en arbetsbok är en binär fil och skrivs inte ut i terminalen; spara den med -o FIL.xlsx
xlsx-cannot-write = kan inte skapa arbetsboken
