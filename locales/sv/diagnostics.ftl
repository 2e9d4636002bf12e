# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Anmärkningarna från `cemr validate`: varje meddelande är texten i en anmärkning, `-help`
### är tipset under den. Nycklar, värden och id från filen visas i `backticks` som de är skrivna.

## Var i filen (`$place`)

place-file = filen
place-table = [{ $table }]

## Slags värden: vad en nyckel tar (`$expected`) och vad som stod (`$found`)

type-text = text inom citattecken
type-date = ett datum utan citattecken (ÅÅÅÅ-MM-DD)
type-count = ett heltal
type-number = ett tal
type-text-list = en lista med texter, till exempel ["a", "b"]
type-id-list = en lista med id, till exempel ["chefer"]
type-article-list = en lista med artikelnummer, till exempel [1, 2, 11]
type-table = en tabell
type-tables = en lista med tabeller ([[…]])
found-string = text
found-integer = ett heltal
found-float = ett decimaltal
found-boolean = ett sanningsvärde (true/false)
found-date-time = ett datum med klockslag
found-date = ett datum
found-array = en lista
found-table = en tabell

## Att läsa filer

io-permission-denied = behörighet saknas
io-not-found = filen finns inte längre
io-is-a-directory = det är en mapp
io-other = { $detail }
diag-unreadable-entry = går inte att läsa: { $reason }
diag-unreadable-file = filen går inte att läsa: { $reason }
diag-not-a-regular-file = det här är inte en vanlig fil; den läses inte
diag-symlink-loop = länken leder tillbaka till en mapp som den själv ligger i; den följs inte
diag-link-outside-repository = länken pekar ut ur planarkivet och följs inte
diag-plans-not-a-folder = { $folder } är ingen mapp; planfilerna ska ligga i en mapp med det namnet
diag-plans-link-to-nothing = { $folder } är en länk till en mapp som inte finns
diag-file-too-large = filen är större än 10 MiB och läses inte
diag-invalid-utf8 = filen är inte sparad som UTF-8 (byte { $byte } på rad { $line }); spara den som UTF-8
diag-empty-file = filen är tom; en plan behöver åtminstone [signatory] med name och kind
diag-invalid-file-name = `{ $id }` är inte ett giltigt id: använd små bokstäver a–z, siffror och -
diag-invalid-file-name-help = byt namn på filen till { $suggestion }.toml
diag-no-plan-files = det finns inga planfiler (*.toml) i { $folder }/; ingenting kontrollerades
diag-toml-syntax = felaktig TOML här (så beskriver TOML-läsaren felet: { $detail })

## Nycklar och värden

diag-unknown-key-top = okänd nyckel `{ $key }` överst i filen
diag-unknown-key-in = okänd nyckel `{ $key }` i [{ $table }]
diag-did-you-mean = menade du `{ $word }`?
diag-did-you-mean-value = menade du "{ $word }"?
diag-belongs-in = `{ $key }` hör hemma i [{ $table }]
diag-keys-here = nycklarna här är: { $keys }
diag-missing-key = { $place } saknar nyckeln `{ $key }`, som måste finnas
diag-wrong-type = `{ $key }` i { $place } ska vara { $expected }, inte { $found }
diag-too-many-entries = `{ $key }` i { $place } har { $count } poster; cemr läser listor med högst { $max } poster, och ingen plan behöver fler
diag-empty-text = `{ $key }` i { $place } får inte stå tomt
diag-impossible-date = `{ $key }` = { $written } är inte en dag som finns i kalendern
diag-impossible-date-anywhere = { $written } är inte en dag som finns i kalendern
diag-date-not-date-time = `{ $key }` i { $place } ska vara ett datum, utan klockslag
diag-date-write = skriv `{ $key } = { $date }`
diag-date-not-time = `{ $key }` i { $place } ska vara ett datum, inte ett klockslag
diag-date-not-string = `{ $key }` i { $place } ska vara ett datum, inte text
diag-date-remove-quotes = ta bort citattecknen: `{ $key } = { $date }`
diag-date-without-quotes = skriv ett datum utan citattecken, till exempel `{ $key } = 2024-03-08`
diag-date-not-other = `{ $key }` i { $place } ska vara ett datum (ÅÅÅÅ-MM-DD), inte { $found }
diag-count-negative = `{ $key }` = { $number } är negativt; ett antal är 0 eller mer
diag-count-too-large = `{ $key }` är för stort för att vara ett antal
diag-number-not-finite = `{ $key }` ska vara ett vanligt tal av rimlig storlek, till exempel 40 eller 12.5
diag-value-not-allowed = `{ $key }` = "{ $value }" är inte tillåtet; använd något av { $allowed }
diag-list-item-not-string = varje post i `{ $key }` ska vara text inom citattecken, inte { $found }
diag-list-item-not-integer = varje post i `{ $key }` ska vara ett heltal, inte { $found }
diag-list-item-not-table = varje post i `{ $key }` ska vara en tabell ([[{ $key }]]), inte { $found }
diag-map-entry-not-table = `{ $key }.{ $name }` ska vara en tabell
diag-article-below-one = artikel { $number } finns inte; artiklarna är numrerade från 1
diag-article-unusable = `{ $key }`: { $digits } går inte att använda som artikelnummer
diag-control-character = texten innehåller styrtecknet { $character }; ta bort det
diag-plans-folder = `plans` ska vara namnet på en mapp i planarkivet (utan `..` och inte från roten), till exempel "plans"
diag-rule-out-of-range = `{ $key }` ska vara mellan 1 och { $max }; standardvärdet { $default } används

## Indikatorer och mätningar

diag-only-for-balance = `{ $key }` gäller bara indikatorer för könsfördelning och räknas inte här
diag-only-for-level = `{ $key }` gäller bara nivåindikatorer och räknas inte här
diag-level-needs = en nivåindikator behöver `{ $key }`
diag-target-equals-baseline = `target` är lika med `baseline`: då går det inte att mäta hur långt målet har nåtts; skriv in det värde som ska nås
diag-min-share-range = `min_share` = { $value } ska vara över 0 och högst 50 (procent)
diag-level-measurement-needs-value = en mätning för en nivåindikator behöver `value`
diag-value-unused-for-balance = `value` används inte av indikatorer för könsfördelning (andelen räknas fram ur women och men)
diag-balance-measurement-needs = en mätning av könsfördelning behöver `women` och `men`; { $missing ->
        [both] `women` och `men` saknas
        [women] `women` saknas
       *[men] `men` saknas
    }

## Aktiviteter

diag-finished-missing = status "{ $status }" behöver datumet då aktiviteten avslutades
diag-finished-missing-help = lägg till `finished = ÅÅÅÅ-MM-DD`
diag-finished-not-allowed = { $status ->
        [ongoing] en pågående aktivitet har inget datum för när den avslutades
       *[planned] en planerad aktivitet har inget datum för när den avslutades
    }
diag-finished-not-allowed-help = ta bort `finished`, eller ändra till `status = "done"` eller "cancelled"

## Regler inom en plan

diag-article-out-of-range = artikel { $number } finns inte; artiklarna är numrerade 1–{ $max } (deklarationens text från { $charter })
diag-duplicate-article = artikel { $number } står två gånger
diag-goal-without-articles = målet `{ $goal }` hänvisar inte till någon artikel
diag-article-not-chosen = målet `{ $goal }` hänvisar till artikel { $number }, som undertecknaren inte har valt
diag-article-not-chosen-help = lägg till { $number } i `articles` under [signatory]
diag-invalid-goal-id = målets id "{ $id }" är inte giltigt: använd små bokstäver a–z, siffror och -
diag-invalid-activity-id = aktivitetens id "{ $id }" är inte giltigt: använd små bokstäver a–z, siffror och -
diag-invalid-id-help = skriv "{ $suggestion }"
diag-duplicate-goal-id = målets id `{ $id }` används två gånger i filen
diag-duplicate-activity-id = aktivitetens id `{ $id }` används två gånger i filen
diag-activity-without-goals = aktiviteten `{ $activity }` hänvisar inte till något mål
diag-unknown-goal = aktiviteten `{ $activity }` hänvisar till målet `{ $goal }`, som inte finns i filen
diag-goal-without-activities = ingen aktivitet arbetar mot målet `{ $goal }`
diag-date-in-future = { $event ->
        [decided] beslutsdatumet (decided)
        [signed] datumet för undertecknandet (signed)
        [adopted] datumet då planen antogs (adopted)
        [report] uppföljningens datum
        [achieved] datumet då målet uppnåddes (achieved)
        [measurement] mätningens datum
       *[finished] datumet då aktiviteten avslutades (finished)
    } { $date } ligger i framtiden; bara sådant som redan har hänt förs in
diag-date-in-future-help = rätta datumet, eller för in händelsen när den har hänt
diag-decided-after-signed = beslutet { $decided } ligger efter undertecknandet { $signed }; beslutet ska komma först
diag-plan-starts-after-end = handlingsplanen börjar { $start } men slutar redan { $end }
diag-activity-starts-after-due = aktiviteten `{ $activity }` börjar { $start } men ska vara klar redan { $due }
diag-no-articles = undertecknade { $signed } men har inte valt några artiklar; skriv artiklarna från del III i `articles`
diag-duplicate-measurement = målet `{ $goal }` har två mätningar daterade { $date }
diag-action-plans-out-of-order = den här handlingsplanen (från { $date }) står efter en från { $before }
diag-action-plans-out-of-order-help = skriv [[action_plans]] med den äldsta först

## Regler mellan filer

diag-duplicate-id = id:t `{ $id }` används också av { $others }
diag-duplicate-id-help = id kommer från filnamnen och måste vara unika; byt namn på eller ta bort en av filerna
