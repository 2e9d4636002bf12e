# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Ramen kring anmärkningarna: rubriker, sista raden, GitHubs notiser.

severity-error = fel
severity-warning = varning
finding-help = tips
finding-with-help = { $message } ({ $help })

validate-closing = kontrollerade { $files ->
        [one] { $files } planfil
       *[other] { $files } planfiler
    }: { $errors } fel, { $warnings ->
        [one] { $warnings } varning
       *[other] { $warnings } varningar
    }

## GitHub Actions (`--format github`): notisen när inte alla anmärkningar får plats, och sammanfattningen

github-more-findings = { $count ->
        [one] 1 anmärkning till visas inte här
       *[other] { $count } anmärkningar till visas inte här
    } (GitHub visar 10 fel och 10 varningar per steg); kör `cemr validate` för att se alla
github-summary-title = cemr validate
github-column-file = fil
github-column-line = rad
github-column-column = kolumn
github-column-severity = typ
github-column-code = kod
github-column-message = meddelande
