# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Vad varje kod betyder: en rad som sammanfattar (`code-NAMN`) och den längre texten som
### `cemr explain NAMN` visar (`code-NAMN-explain`): vad det betyder, ett exempel, hur man rättar.

code-unreadable-file = en planfil gick inte att läsa
code-unreadable-file-explain =
    Filen finns men gick inte att öppna eller läsa (behörigheter, en trasig länk, en mapp där det skulle vara en fil).

    Exempel: plans/kiruna.toml utan läsbehörighet (mode 000).

    Så rättar du: ge den användare som kör cemr rätt att läsa filen (till exempel `chmod 644`), eller ta bort den.

code-invalid-utf8 = en planfil är inte sparad som UTF-8
code-invalid-utf8-explain =
    Planfiler ska vara sparade som UTF-8. En fil som sparats som Latin-1 eller Windows-1252 gör om å, ä och ö till tecken som inte är UTF-8.

    Exempel: `name = "Lule\xe5 kommun"` sparad som Latin-1.

    Så rättar du: spara filen på nytt som UTF-8 (en UTF-8-markering, BOM, i början av filen går bra).

code-empty-file = en planfil är tom
code-empty-file-explain =
    En planfil måste åtminstone ha en tabell [signatory] med name och kind.

    Exempel: en tom plans/pajala.toml.

    Så rättar du: fyll i filen (`cemr new ID --name NAMN` skriver en mall), eller ta bort den.

code-file-too-large = en planfil är större än 10 MiB
code-file-too-large-explain =
    Planfiler större än 10 MiB läses inte: ingen riktig plan är så stor, och cemr läser bara filer av rimlig storlek.

    Så rättar du: dela upp eller korta filen, och se efter att inget har klistrats in i den av misstag.

code-symlink-loop = en genväg (symbolisk länk) i plans/ leder tillbaka till sig själv
code-symlink-loop-explain =
    En länk som pekar på en mapp som den själv ligger i skulle få genomgången av mapparna att aldrig ta slut; cemr stannar där.

    Exempel: plans/a -> ../plans.

    Så rättar du: ersätt länken med själva filen.

code-link-outside-repository = en genväg (symbolisk länk) i plans/ pekar ut ur planarkivet
code-link-outside-repository-explain =
    cemr läser bara planarkivets egna filer; en länk som leder ut ur arkivet följs inte.

    Exempel: plans/x.toml -> /etc/passwd.

    Så rättar du: kopiera in filen i planarkivet i stället för att länka till den.

code-toml-syntax = filen är inte korrekt skriven TOML
code-toml-syntax-explain =
    Filen kunde inte läsas som TOML från det här stället. Vanliga orsaker: ett citattecken eller en hakparentes som fattas, en nyckel som står två gånger, en tabellrubrik som står två gånger, ett kommatecken som fattas i en lista.

    Exempel: `name = "Luleå kommun` (det avslutande citattecknet fattas).

    Så rättar du: rätta skrivningen på det ställe som visas.

code-invalid-file-name = filnamnet är inte ett giltigt id för en undertecknare
code-invalid-file-name-explain =
    Planfilens namn (utan .toml) är undertecknarens id: små bokstäver a–z, siffror och `-`. Svenska bokstäver skrivs utan prickar och ring.

    Exempel: plans/Älvsbyn.toml.

    Så rättar du: byt namn på filen, till exempel till plans/alvsbyn.toml (namnet inne i filen behåller å, ä och ö).

code-duplicate-id = två planfiler har samma id
code-duplicate-id-explain =
    Id kommer från filnamnen och måste vara unika i hela planarkivet, oavsett vilken mapp filerna ligger i.

    Exempel: plans/norrbotten/boden.toml och plans/boden.toml.

    Så rättar du: ta bort en av filerna eller byt namn på den.

code-no-plan-files = planarkivet har inga planfiler
code-no-plan-files-explain =
    Det fanns ingen `.toml`-fil i mappen för planer, så ingenting kontrollerades. Den vanligaste orsaken är en felaktig sökväg efter `-C` eller en felaktig inställning `[repository] plans`.

    Så rättar du: lägg till planfiler (`cemr new`), eller peka ut rätt planarkiv. Med --strict räknas detta som ett fel.

code-unknown-key = en nyckel som inte finns i filformatet
code-unknown-key-explain =
    cemr känner till alla nycklar som får stå i en planfil; en felstavad nyckel skulle annars tyst hoppas över.

    Exempel: `sigend = 2013-03-08` i [signatory].

    Så rättar du: rätta stavningen (meddelandet föreslår den närmaste nyckeln) eller ta bort nyckeln.

code-wrong-type = ett värde av fel slag
code-wrong-type-explain =
    Varje nyckel tar ett visst slags värde: text inom citattecken, ett heltal, ett tal, en lista eller en tabell.

    Exempel: `articles = "1, 2"` (text) i stället för `articles = [1, 2]`.

    Så rättar du: skriv värdet på det sätt som meddelandet anger.

code-too-many-entries = en lista som är mycket längre än någon plan behöver
code-too-many-entries-explain =
    En lista (inom hakparenteser, eller en följd av tabeller som `[[goals]]` och `[[activities]]`) får ha högst 10 000 poster. Ingen plan kommer i närheten av det: deklarationen har 39 artiklar, och ett mål mäts några gånger om året. En längre lista har troligen klistrats in eller skapats av misstag, och cemr läser den inte, så att en sådan fil inte kan fylla datorns minne.

    Exempel: `articles = [1, 1, 1, …]` med fem miljoner poster.

    Så rättar du: ta bort det som inte hör hemma i listan.

code-not-a-date = här ska det stå ett datum
code-not-a-date-explain =
    Datum skrivs utan citattecken och utan klockslag: `signed = 2013-03-08`. Text (`"2013-03-08"`) eller datum med klockslag (`2013-03-08T10:00:00`) godtas inte.

    Så rättar du: skriv datumet som ÅÅÅÅ-MM-DD, utan citattecken.

code-impossible-date = ett datum som inte finns i kalendern
code-impossible-date-explain =
    Värdet är skrivet som ett datum, men någon sådan dag finns inte.

    Exempel: `due = 2023-02-30`.

    Så rättar du: rätta dagen eller månaden.

code-invalid-number = ett tal som inte går att använda
code-invalid-number-explain =
    Tal måste vara ändliga och rimligt stora: `nan`, `inf`, heltal större än 64 bitar och negativa antal kvinnor eller män godtas inte.

    Exempel: `women = -3`.

    Så rättar du: skriv det tal som mättes.

code-missing-key = en nyckel som måste finnas saknas
code-missing-key-explain =
    Det här måste finnas: signatory.name och signatory.kind; ett måls id och title; en indikators kind, och för en nivåindikator baseline och target; en mätnings date, och value (nivå) eller women och men (könsfördelning); en aktivitets id, title och status; en uppföljnings date.

    Så rättar du: lägg till den nyckel som meddelandet nämner.

code-invalid-value = ett värde som inte är tillåtet
code-invalid-value-explain =
    Vissa nycklar tar ett av några få ord, eller ett tal inom ett visst spann: kind (municipality | region | other), status (planned | ongoing | done | cancelled), indikatorns kind (level | balance), charter ("2006" | "2022"), min_share (över 0 och högst 50), en nivåindikators target (ett annat värde än baseline), och text som inte får vara tom.

    Exempel: `status = "finished"`.

    Så rättar du: använd ett av de värden som meddelandet räknar upp.

code-irrelevant-key = en nyckel som inte gör något för den här sortens indikator
code-irrelevant-key-explain =
    unit, baseline och target hör till nivåindikatorer; min_share hör till indikatorer för könsfördelning; en mätnings value hör till nivåindikatorer. Nyckeln räknas inte.

    Exempel: `min_share = 40` på en nivåindikator.

    Så rättar du: ta bort nyckeln, eller ändra indikatorns kind.

code-article-out-of-range = ett artikelnummer som inte finns i deklarationens text
code-article-out-of-range-explain =
    Deklarationens text från 2006 har artiklarna 1–30; texten från 2022 har 1–39. En undertecknare som undertecknade före 2023 följer texten från 2006, om inte `charter = "2022"` säger något annat.

    Exempel: `articles = [31]` med texten från 2006.

    Så rättar du: rätta numret, eller ange i `charter` den text som undertecknaren har åtagit sig.

code-duplicate-article = en artikel som står två gånger
code-duplicate-article-explain =
    Varje vald artikel står en gång.

    Exempel: `articles = [1, 2, 2]`.

    Så rättar du: ta bort dubbletten.

code-article-not-chosen = ett mål hänvisar till en artikel som undertecknaren inte har valt
code-article-not-chosen-explain =
    Ett måls artiklar måste finnas bland undertecknarens valda artiklar (`[signatory] articles`).

    Exempel: ett mål med `articles = [11]` när undertecknaren har valt [1, 2, 4].

    Så rättar du: lägg till artikeln bland undertecknarens artiklar, eller rätta målet.

code-invalid-id = ett mål eller en aktivitet har ett felaktigt id
code-invalid-id-explain =
    Id för mål och aktiviteter skrivs med små bokstäver a–z, siffror och `-`, och används i kommandon som `cemr done ID AKTIVITET`.

    Exempel: `id = "Chefer 2024"`.

    Så rättar du: skriv till exempel `id = "chefer-2024"`.

code-duplicate-goal-id = två mål i samma fil har samma id
code-duplicate-goal-id-explain =
    Målens id är unika inom sin fil.

    Så rättar du: byt id på det ena målet (aktiviteterna hänvisar till mål med deras id).

code-duplicate-activity-id = två aktiviteter i samma fil har samma id
code-duplicate-activity-id-explain =
    Aktiviteternas id är unika inom sin fil.

    Så rättar du: byt id på den ena aktiviteten.

code-unknown-goal = en aktivitet hänvisar till ett mål som inte finns i filen
code-unknown-goal-explain =
    En aktivitets `goals` hänvisar till id för mål i samma fil.

    Exempel: `goals = ["chfer"]` när målet heter `chefer`.

    Så rättar du: rätta id:t (meddelandet föreslår det närmaste).

code-finished-missing = en genomförd eller avbruten aktivitet saknar datum för när den avslutades
code-finished-missing-explain =
    En sista dag räknas som hållen den dag aktiviteten avslutades; för genomförda och avbrutna aktiviteter måste den dagen stå med.

    Exempel: `status = "done"` utan `finished`.

    Så rättar du: lägg till `finished = ÅÅÅÅ-MM-DD` (`cemr done ID AKTIVITET --date DATUM` gör båda delarna).

code-finished-not-allowed = en planerad eller pågående aktivitet har ett datum för när den avslutades
code-finished-not-allowed-explain =
    Bara genomförda och avbrutna aktiviteter är avslutade.

    Exempel: `status = "ongoing"` med `finished = 2024-05-01`.

    Så rättar du: ta bort `finished`, eller ändra status till done eller cancelled.

code-date-in-future = en händelse har ett datum efter i dag
code-date-in-future-explain =
    decided, signed, adopted, finished, achieved och datumen för uppföljningar och mätningar anger sådant som redan har hänt, så de kan inte ligga efter dagens verkliga datum (datorns klocka, inte --today).

    Exempel: `signed = 2999-01-01`.

    Så rättar du: rätta datumet; för in händelsen när den har hänt.

code-decided-after-signed = beslutet om att underteckna har ett datum efter undertecknandet
code-decided-after-signed-explain =
    En undertecknare beslutar att underteckna (`decided`) före, eller samma dag som, den undertecknar (`signed`).

    Så rättar du: rätta ett av de två datumen.

code-start-after-end = en period börjar efter att den slutar
code-start-after-end-explain =
    En handlingsplans `start` får inte ligga efter dess `end`, och en aktivitets `start` får inte ligga efter dess sista dag (`due`).

    Så rättar du: rätta datumen.

code-control-character = texten innehåller ett styrtecken
code-control-character-explain =
    Styrtecken (som ESC, BEL eller NUL) i text syns inte och kan störa terminaler och rapporter; cemr gör dem synliga i alla utdata.

    Så rättar du: ta bort tecknet.

code-no-articles = undertecknade för länge sedan men har inte valt några artiklar
code-no-articles-explain =
    Deklarationen ber undertecknarna att välja de artiklar i del III som de ska arbeta med, i den handlingsplan som ska vara antagen inom två år efter undertecknandet.

    Så rättar du: skriv de valda artiklarna i `[signatory] articles`.

code-goal-without-articles = ett mål hänvisar inte till någon artikel
code-goal-without-articles-explain =
    Varje mål bör ange vilka av de valda artiklarna det hör till, så att det går att följa upp vilka artiklar som täcks.

    Så rättar du: lägg till `articles = [N]` i målet.

code-goal-without-activities = ingen aktivitet arbetar mot det här målet
code-goal-without-activities-explain =
    Ett mål som ingen aktivitet hänvisar till har inga åtgärder bakom sig.

    Så rättar du: lägg till en aktivitet med `goals = ["ID"]`, eller nämn målet i en aktivitet som redan finns.

code-activity-without-goals = en aktivitet hänvisar inte till något mål
code-activity-without-goals-explain =
    Varje aktivitet bör ange vilka mål den arbetar mot.

    Så rättar du: lägg till `goals = ["ID"]` i aktiviteten.

code-duplicate-measurement = två mätningar för samma indikator har samma datum
code-duplicate-measurement-explain =
    Bara en av dem kan vara den senaste; den andra räknas inte.

    Så rättar du: ta bort eller rätta en av de två.

code-action-plans-out-of-order = handlingsplanerna står inte i ordning med den äldsta först
code-action-plans-out-of-order-explain =
    I filformatet står handlingsplanerna med den äldsta först, så att den som läser ser historiken i ordning; cemr sorterar dem själv.

    Så rättar du: ordna posterna [[action_plans]] efter startdatum eller datum då de antogs.

code-unknown = { $code }

explain-heading = { $code } ({ $severity })
explain-unknown-code = det finns ingen kod som heter `{ $code }`; `cemr explain` visar alla koder

code-utf16-file = en planfil är sparad som UTF-16 (det som Anteckningar och Excel kallar "Unicode")
code-utf16-file-explain =
    Planfiler ska vara sparade som UTF-8. Den här är sparad som UTF-16: varje tecken tar två byte. Anteckningar kallar det "Unicode" eller "UTF-16 LE", och Excels "Unicode-text (*.txt)" sparar så. cemr läser filen som UTF-16 för att kontrollera resten av den, men git, GitHub och de flesta redigeringsprogram gör det inte.

    Exempel: en plan som sparats från Anteckningar med kodningen "Unicode".

    Så rättar du: spara filen som UTF-8. I Anteckningar: Arkiv → Spara som, välj Kodning: UTF-8 och klicka på Spara. I Word: Arkiv → Spara som, filformatet Oformaterad text (*.txt), och välj sedan under Filkonvertering Annan kodning: Unicode (UTF-8). I Visual Studio Code: klicka på "UTF-16 LE" i statusfältet, välj Spara med kodning och UTF-8.

code-windows-1252-file = en planfil är sparad som Windows-1252 eller Latin-1 (det som Anteckningar kallar "ANSI")
code-windows-1252-file-explain =
    Planfiler ska vara sparade som UTF-8. Den här är sparad som Windows-1252 (Latin-1): å, ä och ö är en byte vardera, och det läser inte UTF-8. Anteckningar kallar kodningen "ANSI", och Excels "CSV (kommaavgränsad)" och "Text (tabbavgränsad)" sparar så. cemr läser filen som Windows-1252 för att kontrollera resten av den och visar den första raden med en sådan bokstav, men git, GitHub och de flesta redigeringsprogram visar å, ä och ö som skräptecken.

    Exempel: `name = "Luleå kommun"` sparad som ANSI.

    Så rättar du: spara filen som UTF-8. I Anteckningar: Arkiv → Spara som, välj Kodning: UTF-8 och klicka på Spara. I Word: Arkiv → Spara som, filformatet Oformaterad text (*.txt), och välj sedan under Filkonvertering Annan kodning: Unicode (UTF-8). I Visual Studio Code: klicka på "Windows 1252" i statusfältet, välj Spara med kodning och UTF-8.

code-decimal-comma = ett tal är skrivet med decimalkomma
code-decimal-comma-explain =
    En planfil skriver tal så som program läser dem: med decimalpunkt. Svenska Excel och Word skriver decimalkomma (48,5), och det är inte ett tal för TOML. Ett antal personer (women, men) är ett heltal.

    Exempel: `value = 48,5`.

    Så rättar du: skriv `value = 48.5`. Det är bara filen som skrivs så: cemrs tabeller och kvartalsrapporter på svenska visar 48,5 igen.

code-typographic-quotes = texten står inom typografiska citattecken (“ ” ” ‘ ’ « ») i stället för raka
code-typographic-quotes-explain =
    Word, Outlook och många webbsidor gör om de citattecken du skriver till typografiska: “…”, eller ”…” i svensk text. En planfil behöver det raka citattecknet " runt text (Skift+2 på ett svenskt tangentbord); typografiska citattecken inne i texten går bra.

    Exempel: `title = ”Jämn könsfördelning”`.

    Så rättar du: skriv `title = "Jämn könsfördelning"`. Redigera planfiler i Anteckningar eller ett annat program för oformaterad text i stället för i Word, eller klistra in med Ctrl+Skift+V (som oformaterad text) och skriv citattecknen på nytt.

code-invisible-character = ett osynligt tecken, eller ett som liknar ett annat, där filens skrivregler gäller
code-invisible-character-explain =
    Text som kopierats från Word, Excel, pdf-filer eller webbsidor kan ta med tecken som ser ut som ett blanksteg eller ett bindestreck, eller som inte syns alls: ett hårt blanksteg (U+00A0), ett osynligt blanksteg (U+200B), en byteordningsmarkering (U+FEFF) inne i filen, ett tankstreck (–) i stället för ett bindestreck. Inne i text inom citattecken får de stå kvar; i en nyckel, runt `=` eller i ett tal eller ett datum godtar TOML dem inte. Anmärkningen säger vilket tecken det är och dess kodpunkt, och markeringen pekar på det.

    Exempel: `id = "chefer"` med ett hårt blanksteg efter `id`.

    Så rättar du: radera tecknet som markeringen pekar på och skriv det på nytt med tangentbordet (ett blanksteg eller ett bindestreck), eller radera det bara; anmärkningen visar hur raden ska se ut.

code-date-format = ett datum är skrivet på annat sätt än ÅÅÅÅ-MM-DD, eller inom citattecken
code-date-format-explain =
    En planfil skriver datum som ÅÅÅÅ-MM-DD utan citattecken (`signed = 2013-03-08`): det internationella datumformatet, som TOML läser som ett datum. 2013/03/08, 8.3.2013, 8 mars 2013, ett datum inom citattecken eller ett kalkylprograms dagnummer (41341) är inte datum för TOML. När skrivsättet inte lämnar något tvivel anger anmärkningen datumet; 08/03/2013 kan vara den 8 mars eller den 3 augusti, och då anger anmärkningen båda.

    Exempel: `signed = 8.3.2013`.

    Så rättar du: skriv `signed = 2013-03-08`.

code-number-with-unit = ett tal är skrivet med procenttecken eller enhet
code-number-with-unit-explain =
    Tal i en planfil står utan något runt: 71, inte 71 % eller "71 %". En nivåindikators enhet skrivs i nyckeln `unit` (`unit = "personer"`); en indikator för könsfördelning räknar kvinnor och män, och cemr räknar själv ut andelarna.

    Exempel: `target = 71 %`.

    Så rättar du: skriv `target = 71`.

code-swedish-value = ett fast värde är skrivet på svenska
code-swedish-value-explain =
    Några nycklar tar ett av några få fasta ord, och i filen är de engelska vilket språk cemr än talar: undertecknarens kind (municipality, region, other), indikatorns kind (level, balance) och aktivitetens status (planned, ongoing, done, cancelled). cemrs tabeller visar dem på svenska.

    Exempel: `status = "pågår"`.

    Så rättar du: skriv `status = "ongoing"`; anmärkningen anger ordet. Planerad är planned, pågår ongoing, genomförd eller klar done, avbruten eller inställd cancelled; kommun är municipality, annan other; nivå är level, könsfördelning balance.

code-too-many-findings = en fil har fler anmärkningar än som visas
code-too-many-findings-explain =
    cemr visar högst 100 anmärkningar per fil, i filens ordning. En fil med fler är ofta inte en planfil alls, eller har samma fel på varje rad, och en lista med tusentals anmärkningar hjälper ingen (och gör varje utskrift långsam).

    Så rättar du: rätta de anmärkningar som visas och kör cemr igen för att se resten.
