# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Kvartalsrapporten (`cemr summary`), i Markdown och HTML (render/summary_*.rs).

## Sidans huvud.

summary-title = Kvartalsrapport
summary-heading = Kvartalsrapport, kvartal { $quarter } { $year }
# Perioden, dagen då läget tas och dagen det jämförs med.
summary-period = Period: { $start } – { $end }. Läget den { $as_of } jämfört med den { $before }. { $count } undertecknare.
summary-unfinished = Kvartalet är inte slut än: rapporten gäller till och med { $as_of }.
summary-made-by = Sammanställd av cemr från planfilerna.

## Nyckeltal.

summary-key-figures = Nyckeltal
summary-at-end = Vid kvartalets slut
summary-change = Förändring under kvartalet
# En del av en helhet: "22 av 23".
summary-part-of = { $part } av { $whole }
summary-have-signed = Har undertecknat deklarationen
summary-have-adopted = Har antagit en handlingsplan
summary-have-reported = { $months ->
        [one] Har publicerat en uppföljning den senaste månaden
       *[other] Har publicerat en uppföljning de senaste { $months } månaderna
    }
summary-goals-achieved = Uppnådda mål
summary-activities-done = Genomförda aktiviteter
summary-overdue = Försenade åtaganden

## Det här hände under kvartalet.

summary-happened = Det här hände under kvartalet
summary-nothing-happened = Inget nytt registrerades under kvartalet.
summary-signed = Undertecknade deklarationen
summary-plans-adopted = Antagna handlingsplaner
summary-reports = Publicerade uppföljningar
summary-activities-finished = Avslutade aktiviteter
summary-measurements = Nya mätningar
summary-first-plan = första handlingsplanen
summary-late = för sent
summary-covers = gäller { $start } – { $end }
summary-achieved-by-date = rapporterat som uppnått
summary-achieved-by-measurement = målvärdet nått vid mätning

## Sista dagar.

summary-became-overdue = Blev försenat under kvartalet
summary-nothing-became-overdue = Inget blev försenat under kvartalet.
summary-still-overdue = Fortfarande försenat från tidigare kvartal ({ $count })
summary-nothing-still-overdue = Inget annat är försenat.
summary-due-next = Ska vara klart nästa kvartal (senast { $end })
summary-nothing-due = Inget ska vara klart nästa kvartal.
summary-days-overdue = Dagar försenat

## Per grupp och per undertecknare.

summary-per-group = Per grupp
summary-per-signatory = Per undertecknare
summary-all = Totalt
summary-group = Grupp
# Hur många av gruppens undertecknare som har undertecknat, och som har antagit en handlingsplan.
summary-group-signed = Har undertecknat
summary-group-adopted = Har antagit handlingsplan
summary-date = Datum
summary-value = Värde
summary-recent-report = Aktuell uppföljning
summary-events = Händelser
summary-progress-unknown = okänd

## Diagram (HTML).

summary-women-and-men = Kvinnor och män
summary-chart-progress = Måluppfyllelse per undertecknare (medelvärdet för de mål vars uppfyllelse är känd)
summary-chart-share = Andel kvinnor vid den senaste mätningen av varje mål om jämn könsfördelning (markerat: { $band })
summary-chart-deadlines = Sista dagar per månad för det som återstår (rött: försenat vid kvartalets slut)
