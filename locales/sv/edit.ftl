# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Kommandona som ändrar en planfil (`cemr done`, `cancel`, `start`, `measure`, `adopt`,
### `report`, `sign`): vad de ändrade, vad som redan fanns och varför de avstod.

## Vad som skrevs, efter "plans/x.toml: "

edit-changed = { $file }: { $summary }
edit-unchanged = { $file }: ingenting ändrades: { $summary }
edit-activity-finished = aktiviteten { $activity } är { $status ->
        [done] genomförd
       *[cancelled] avbruten
    } { $date }
edit-activity-ongoing = aktiviteten { $activity } pågår sedan { $start }
edit-was = { $summary } (var { $before })
edit-was-finished = { $summary } (var { $status ->
        [done] genomförd
       *[cancelled] avbruten
    } { $date })
edit-measured-level = ny mätning för målet { $goal }, { $date }: { $value }
edit-measured-balance = ny mätning för målet { $goal }, { $date }: { $women } kvinnor, { $men } män
edit-plan-adopted = handlingsplan antagen { $date }
edit-plan-adopted-period = handlingsplan för { $start } till { $end } antagen { $date }
edit-draft-adopted = utkastet till handlingsplan antaget { $date }
edit-draft-adopted-period = utkastet till handlingsplan för { $start } till { $end } antaget { $date }
edit-report-recorded = uppföljning { $date } registrerad
edit-signed = undertecknat { $date }

## Finns redan i filen: inget att göra

edit-already-ongoing = aktiviteten { $activity } pågår redan (sedan { $start })
edit-already-finished = aktiviteten { $activity } är redan { $status ->
        [done] genomförd
       *[cancelled] avbruten
    } { $date }
edit-already-measured = målet { $goal } har redan den här mätningen daterad { $date }
edit-already-adopted = en handlingsplan antagen { $date } finns redan registrerad
edit-already-reported = en uppföljning daterad { $date } finns redan registrerad
edit-already-signed = redan undertecknat { $date }

## Avstod (slutkod 1): filen lämnas som den var

edit-refuse-no-indicator = målet { $goal } har ingen indikator att mäta; lägg först till en tabell [goals.indicator] i målet (kind = "level" med baseline och target, eller kind = "balance")
edit-refuse-other-measurement = målet { $goal } har redan en annan mätning daterad { $date }; ändra i filen om den ska rättas
edit-refuse-finished = aktiviteten { $activity } är redan { $status ->
        [done] genomförd
       *[cancelled] avbruten
    } { $date }; kör kommandot igen med --force om en avslutad aktivitet ska ändras
edit-refuse-signed-differently = enligt { $file } undertecknades deklarationen { $signed }, inte { $date }; ändra `signed` i filen om datumet ska rättas
edit-refuse-twins = id:t `{ $id }` används av mer än en fil ({ $files }); byt namn på eller ta bort en av dem först
edit-refuse-has-errors = { $file } innehåller fel; rätta dem först (`cemr validate` visar dem); ingenting ändrades
edit-refuse-would-have-errors = { $file } ändrades inte: med den här ändringen ({ $summary }) skulle filen innehålla fel; raderna ovan visar hur den skulle bli

## Kunde inte köras (slutkod 2)

edit-no-signatory = det finns ingen undertecknare `{ $id }` i { $folder }
edit-id-is-file-name = id:t är planfilens namn utan .toml
edit-no-activity = det finns ingen aktivitet `{ $id }` i { $file }
edit-no-goal = det finns inget mål `{ $id }` i { $file }
edit-no-activity-ids = filen har inga aktiviteter med id
edit-no-goal-ids = filen har inga mål med id
edit-activity-ids = aktiviteternas id: { $ids }
edit-goal-ids = målens id: { $ids }
edit-with-hint = { $message }; { $hint }
edit-value-not-finite = --value ska vara ett vanligt tal (inte nan eller inf)
edit-level-needs-value = målet { $goal } har en nivåindikator: ange det uppmätta värdet med --value
edit-balance-needs-counts = målet { $goal } har en indikator för könsfördelning: ange --women och --men, inte --value
edit-give-a-reading = ange --value (en nivå), eller --women och --men (en könsfördelning)
edit-changed-meanwhile = ett annat program ändrade { $file } varje gång cemr skulle spara sin ändring; ingenting skrevs. Stäng programmet som ändrar filen och försök igen
edit-cannot-read = kan inte läsa { $file }
edit-not-utf8 = { $file } är inte sparad som UTF-8
edit-cannot-edit = kan inte ändra i { $file }
edit-no-signatory-table = filen har ingen tabell [signatory]
edit-activity-not-in-file = aktiviteten `{ $id }` finns inte i filen
edit-goal-not-in-file = målet `{ $id }` finns inte i filen
edit-goal-without-indicator = målet `{ $id }` har ingen indikator
edit-year-out-of-range = { $date }: året ska vara mellan 0 och 9999
edit-not-a-date = { $date } är inte ett datum
edit-count-too-large = { $number } är för stort för ett heltal i TOML
edit-not-array-of-tables = `{ $key }` är inte en lista med tabeller
edit-not-array = `{ $key }` är inte en lista
