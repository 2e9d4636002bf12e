# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Orden för planernas egna värden (status, typ, trend) och antal som bygger på dem: ett
### meddelande per värde, samma i alla tabeller, kvartalsrapporten och diff (render/terms.rs).

## En aktivitets status (`status` i planfilen): fyra particip som passar både som etikett och
## efter "var" ("(var pågående)"). En aktivitet: planerad, genomförd, avbruten.

activity-status-planned = planerad
activity-status-ongoing = pågående
activity-status-done = genomförd
activity-status-cancelled = avbruten
# En genomförd eller avbruten aktivitet med dagen den avslutades.
activity-finished-on = { $status } { $date }

## Var en undertecknare står med sin första handlingsplan. En handlingsplan: antagen, försenad.

plan-not-signed = har inte undertecknat
plan-due = ska antas senast { $date }
plan-overdue = försenad (sista dag { $date })
plan-adopted = antagen { $date }
plan-adopted-late = antagen { $date }, för sent

## Vad en sista dag gäller.

deadline-action-plan = första handlingsplanen
deadline-next-plan = ny handlingsplan
deadline-report = uppföljning
deadline-goal = mål
deadline-activity = aktivitet
# Ett måls eller en aktivitets sista dag med dess titel: "mål: Jämn könsfördelning bland chefer".
deadline-titled = { $kind }: { $title }
# …och den som är ansvarig för aktiviteten.
deadline-owned = { $what } (ansvarig: { $owner })

## Hur ett mål med nivåindikator rör sig mot målvärdet. Ett mål: uppnått.

trend-achieved = uppnått
trend-on-track = i fas
trend-needs-acceleration = behöver öka takten
trend-limited = går för långsamt
trend-deteriorating = går åt fel håll
trend-unknown = går inte att bedöma än

## Vilken sorts undertecknare (`kind` i planfilen).

signatory-municipality = kommun
signatory-region = region
signatory-other = annan

## Lägen och antal.

# Ett mål uppnått en viss dag.
goal-achieved-on = uppnått { $date }
# Hur sent något är.
overdue-by = försenat { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }
due-soon = snart sista dag
# Ett mål vars senaste mätning är äldre än `stale_months`.
goal-stale = ingen aktuell mätning
count-cancelled = { $count ->
        [one] { $count } avbruten
       *[other] { $count } avbrutna
    }
count-adopted = { $count ->
        [one] { $count } antagen
       *[other] { $count } antagna
    }
