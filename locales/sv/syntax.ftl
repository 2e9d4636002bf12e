# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Anmärkningar om text som inte är TOML, och de vanor från ordbehandlare och kalkylprogram
### som ligger bakom de flesta. Var och en säger vad som ska stå i stället; `$written` är texten
### som den står i filen, `$key` nyckeln den står under.

## Tecken

# Ett ovanligt tecken efter sin kodpunkt (`$character` är `u` och fyra hexadecimala siffror).
char-name = { $character ->
        [u00A0] ett hårt blanksteg
        [u00AD] ett mjukt bindestreck
        [u2007] ett sifferblanksteg
        [u2009] ett smalt blanksteg
        [u200A] ett hårfint blanksteg
        [u200B] ett osynligt blanksteg (nollbreddsblanksteg)
        [u200C] en osynlig ordbrytare
        [u200D] en osynlig sammanfogare
        [u200E] en osynlig markering för vänster till höger
        [u200F] en osynlig markering för höger till vänster
        [u2010] ett typografiskt bindestreck
        [u2011] ett hårt bindestreck
        [u2012] ett sifferstreck
        [u2013] ett tankstreck
        [u2014] ett långt tankstreck
        [u2015] ett vågrätt streck
        [u2028] en radavgränsare
        [u2029] en styckeavgränsare
        [u202F] ett smalt hårt blanksteg
        [u2060] en osynlig ordsammanfogare
        [u2212] ett minustecken
        [u3000] ett ideografiskt blanksteg
        [uFEFF] en byteordningsmarkering, ett osynligt hårt blanksteg
       *[other] ett ovanligt blanksteg eller osynligt tecken
    }

# Vad ett värde som inte går att läsa kallas där en sorts värde nämns.
found-unreadable = ett värde som inte går att läsa

## Tips: vad som ska stå i stället

syntax-write = skriv `{ $key } = { $value }`
syntax-write-value = skriv `{ $value }`
syntax-write-whole = ett antal är ett heltal: skriv till exempel `{ $key } = { $value }`
syntax-write-date-example = skriv datumet som ÅÅÅÅ-MM-DD, till exempel `{ $key } = 2013-03-08`
syntax-write-key = skriv nyckeln som `{ $key }`
syntax-write-either-date = skriv datumet som ÅÅÅÅ-MM-DD: `{ $key } = { $first }` eller `{ $key } = { $second }`
syntax-unit-goes-in-unit = skriv `{ $key } = { $value }`; enheten skrivs i indikatorns `unit`
syntax-quote-text = text skrivs inom raka citattecken: skriv `{ $key } = { $value }`

## Vanor från ordbehandlare och kalkylprogram

syntax-decimal-comma = `{ $key }` = { $written }: tal i en planfil skrivs med decimalpunkt, inte decimalkomma
syntax-decimal-comma-count = `{ $key }` = { $written }: `{ $key }` är ett antal personer, ett heltal (och decimaler skrivs med punkt, inte komma)
syntax-typographic-quotes = `{ $key }` = { $written }: texten står inom typografiska citattecken ({ $quote }), och en planfil läser bara raka citattecken (")
syntax-typographic-quotes-key = nyckeln { $written } står inom typografiska citattecken ({ $quote }); nycklar skrivs utan citattecken
syntax-unusual-character = här står { $name } ({ $codepoint }), ett tecken som TOML inte läser här; det syns inte, eller ser ut som ett vanligt tecken
syntax-date-shape = `{ $key }` = { $written }: datum i en planfil skrivs ÅÅÅÅ-MM-DD, utan citattecken
syntax-date-ambiguous = `{ $key }` = { $written }: dag och månad kan stå åt vilket håll som helst; datum i en planfil skrivs ÅÅÅÅ-MM-DD
syntax-date-quoted = `{ $key }` = { $written }: ett datum skrivs utan citattecken
syntax-date-serial = `{ $key }` = { $written }: det här är ett datum som ett kalkylprogram räknar dagar, och en planfil skriver datum ÅÅÅÅ-MM-DD
syntax-number-with-percent = `{ $key }` = { $written }: ett tal i en planfil skrivs utan procenttecken
syntax-number-with-unit = `{ $key }` = { $written }: ett tal i en planfil skrivs utan sin enhet ({ $unit })
syntax-swedish-value = `{ $key }` = { $written }: värdena för `{ $key }` skrivs på engelska ({ $allowed })

## Fel i skrivningen, med skribentens ord

syntax-not-quoted = `{ $key }` = { $written }: text måste stå inom citattecken
syntax-not-a-date = `{ $key }` = { $written }: ett datum skrivs ÅÅÅÅ-MM-DD
syntax-not-a-number = `{ $key }` = { $written } går inte att läsa som ett tal
syntax-unreadable-value = `{ $key }` = { $written } går inte att läsa: text skrivs inom citattecken, tal som 12 eller 12.5, datum som 2013-03-08
syntax-unreadable-item = { $written } går inte att läsa: text skrivs inom citattecken, tal som 12 eller 12.5, datum som 2013-03-08
syntax-missing-value = `{ $key }` har inget värde efter `=`
syntax-after-value = `{ $key }` = { $written }: raden fortsätter efter värdet, och en rad rymmer en `nyckel = värde`
syntax-unclosed-string = `{ $key }` = { $written }: texten har inget avslutande citattecken (") på sin rad
syntax-unclosed-table = tabellnamnet saknar sin avslutande `]`
syntax-unclosed-array-table = tabellnamnet saknar sina avslutande `]]`
syntax-unclosed-array = listan avslutas aldrig med `]`
syntax-unclosed-inline-table = tabellen avslutas aldrig med `{"}"}`
syntax-key-without-value = raden har en nyckel men inget `= värde`
syntax-empty-key = här saknas en nyckel
syntax-bad-key = { $written } kan inte vara en nyckel: en nyckel har bara bokstäverna a–z, siffror, `-` och `_`
syntax-stray-text = raden är varken `nyckel = värde`, en [tabell] eller en # kommentar
syntax-missing-comma = ett kommatecken saknas mellan två poster i listan
syntax-extra-comma = två kommatecken i rad, eller ett kommatecken utan något före
syntax-duplicate-key = `{ $key }` står två gånger i samma tabell (första gången på rad { $line })
syntax-duplicate-table = [{ $key }] står två gånger (första gången på rad { $line })
syntax-duplicate-table-help = skriv alla dess nycklar under en enda [{ $key }]; för att räkna upp flera, skriv [[{ $key }]]
syntax-table-is-list = `{ $key }` är en lista av tabeller ([[{ $key }]], första gången på rad { $line }), och [{ $key }] skulle göra den till en enda tabell
syntax-table-is-list-help = skriv [[{ $key }]] för att lägga till en till i listan
syntax-not-a-table = `{ $key }` har redan ett värde eller en lista här; den kan inte också ha nycklar
syntax-too-deep = för många nivåer: en planfil har högst tre nivåer av tabeller
syntax-other = TOML-fel: { $detail }

## Anmärkningar per fil

diag-too-many-findings = filen har fler än { $count } anmärkningar; resten visas inte
diag-too-many-findings-help = rätta de här och kör cemr igen

## Filer som sparats med en annan kodning än UTF-8

diag-utf16-file = filen är sparad som UTF-16 (i Anteckningar: "Unicode"), inte som UTF-8; läst som UTF-16 lyder rad { $line }: { $text }
diag-windows-1252-file = filen är sparad som Windows-1252 (i Anteckningar: "ANSI"), inte som UTF-8; läst som Windows-1252 lyder rad { $line }: { $text }
diag-save-as-utf8 = spara den som UTF-8: i Anteckningar, Arkiv → Spara som, Kodning: UTF-8 (`cemr explain { $code }` säger hur i Word och andra program)
