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
