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

git-cannot-read-blob = kan inte läsa den ur git: { $detail }
git-not-utf8 = filen är inte sparad som UTF-8

## Kommandon som läser planerna

plans-have-errors = planerna innehåller fel (kör `cemr validate`); det som inte gick att läsa är inte med
