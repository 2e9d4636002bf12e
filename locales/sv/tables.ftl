# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Tabellerna i `status`, `deadlines` och `articles` (render/layout/). CSV-filernas rubriker
### kommer alltid från de engelska meddelandena.

## Kolumnrubriker.

column-id = Id
column-signatory = Undertecknare
column-signed = Undertecknad
column-action-plan = Handlingsplan
column-articles = Artiklar
# Uppnådda mål av alla mål ("2/5").
column-goals-achieved = Uppnådda mål
column-goals = Mål
column-goal-progress = Måluppfyllelse
# Genomförda aktiviteter av dem som inte är avbrutna ("3/6").
column-activities-done = Genomförda aktiviteter
column-activities-counted = Aktiviteter som inte är avbrutna
# Andelen genomförda aktiviteter, som stapel.
column-done = Andel genomförda
# Hur många sista dagar som har passerat.
column-overdue = Försenade
column-next-deadline = Närmaste sista dag
column-goal = Mål
column-progress = Måluppfyllelse
column-latest = Senaste mätning
column-women = Kvinnor
column-men = Män
column-women-share = Andel kvinnor
column-trend = Trend
column-due = Sista dag
column-state = Läge
column-activity = Aktivitet
column-owner = Ansvarig
column-status = Status
# Vad en sista dag gäller (mål, aktivitet, uppföljning …).
column-deadline = Avser
column-title = Titel
column-article-number = Nr
column-swedish = Svenska
column-english = Engelska
# Hur många undertecknare som har valt artikeln.
column-chosen-by = Valts av
column-signatories = Antal undertecknare

## Rubriker, summor och anteckningar.

status-title = Läget { $today }
status-title-named = { $name }: läget { $today }
goals-title = Mål för { $name }
activities-title = Aktiviteter för { $name }
deadlines-title = Sista dagar för det som återstår, läget { $today }
articles-title = Artiklarna i deklarationens text från { $charter }: hur många av { $count } undertecknare som har valt varje artikel
group-total = Totalt för { $name }
grand-total = Totalt
no-deadlines = Inget återstår som har en sista dag.
no-signatories = Inga undertecknare.
no-goals = Inga mål.
no-activities = Inga aktiviteter.
# Senaste mätningen: ett värde och dess datum.
measured-on = { $value } ({ $date })
# En undertecknares närmaste sista dag: dagen och vad den gäller.
next-deadline = { $date } { $what }
