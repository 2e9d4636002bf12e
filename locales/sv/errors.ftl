# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Varför ett kommando inte kunde köras (slutkod 2): cemrs egna felmeddelanden.

failure-line = fel: { $message }
failure-cause = { $message }: { $cause }

## Planarkivet och cemr.toml

repo-not-found = hittade inget planarkiv i { $folder } eller i mapparna ovanför: ett planarkiv har en cemr.toml eller en mapp plans/ (ange mappen med -C MAPP, eller skapa ett med `cemr init`)
repo-not-a-repository = { $folder } är inget planarkiv: mappen har varken en cemr.toml eller en mapp plans/ (kontrollera mappens namn, eller skapa ett planarkiv med `cemr init`)
config-unusable = kan inte använda { $file }: { $reason }
config-link-outside = det är en länk som leder ut ur planarkivet
config-not-regular = det är inte en vanlig fil
config-too-large = filen är större än 10 MiB
config-not-utf8 = filen är inte sparad som UTF-8
config-not-toml = filen är inte korrekt skriven TOML
config-error-at = rad { $line }, kolumn { $column }: { $message }

## Att läsa git (`cemr diff`, `validate --base`)

git-no-commit-yet = `{ $revision }`: det här git-arkivet har ingen commit ännu; checka först in planerna (`git add`, `git commit`) och jämför sedan
git-shallow = `{ $revision }` finns inte i den här klonen: den är grund (bara de senaste commits hämtades). Hämta hela historiken med `git fetch --unshallow`, eller i GitHub Actions: checkout med fetch-depth: 0
git-not-a-commit = `{ $revision }` är { $kind ->
        [tree] en mapp (ett git-träd)
       *[other] en fil (en git-blob)
    }, inte en commit; jämför commits, grenar eller taggar (t.ex. HEAD, main, v1.0)
git-cannot-read-blob = kan inte läsa den ur git: { $detail }
git-not-utf8 = filen är inte sparad som UTF-8

## Kommandon som läser planerna

plans-have-errors = planerna innehåller fel (kör `cemr validate`); det som inte gick att läsa är inte med

## Flaggor, inställningar och urval

settings-cemr-today = CEMR_TODAY: `{ $value }` är inte ett datum skrivet ÅÅÅÅ-MM-DD
settings-cemr-today-not-text = CEMR_TODAY är inte ett datum skrivet ÅÅÅÅ-MM-DD: den innehåller tecken som inte är text (inte UTF-8)
settings-no-current-folder = kan inte läsa mappen du står i
settings-csv-separator = --csv-sep { $separator } kan inte skilja fälten åt i CSV; använd till exempel ',' eller ';'
settings-no-output = { $command } skriver inget resultat
settings-unknown-extension = kan inte avgöra formatet utifrån `{ $file }`: använd --format, eller en filändelse .json, .csv, .md, .html, .ics, .txt eller .xlsx
settings-unsupported-format = `cemr { $command }` kan inte skriva { $format }; kommandot kan skriva { $supported }
filter-no-signatory = det finns ingen undertecknare `{ $id }`
filter-no-group = det finns ingen grupp `{ $id }`
filter-none-at-all = planarkivet har inga
filter-nearest = närmast: { $names }
quarter-invalid = `{ $text }` är inte ett kvartal: skriv året (0001 till 9998) och kvartalet 1–4, som 2026Q3 eller 2026-Q3
quarter-not-begun = { $quarter } har inte börjat än (i dag är det { $today }); en kvartalsrapport gäller ett kvartal som har börjat
validate-base = --base { $base }
validate-no-such-path = { $path }: det finns ingen sådan fil eller mapp
validate-path-outside = { $path } ligger utanför planarkivet { $root }
git-not-a-repository = { $folder } ligger inte i ett git-arkiv ({ $detail }); kör `git init` där, eller ange mappen med -C MAPP
git-bare = { $folder } ligger i ett git-arkiv utan arbetskopia (bare); cemr behöver filerna utcheckade
git-outside-worktree = { $folder } ligger utanför git-arkivets mapp { $worktree }
git-not-a-revision = `{ $revision }` är ingen version i det här git-arkivet ({ $detail })
git-what-a-revision-is = en version anges med en commit, en gren eller en tagg
git-fetch-first = en gren på servern måste hämtas först (`git fetch`, eller i GitHub Actions checkout med fetch-depth: 0)
git-cannot-read-tree = kan inte läsa en mapp ur git
git-cannot-read-status = kan inte läsa git-status
