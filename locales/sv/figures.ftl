# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Siffror som alla utdata för människor delar (ärende 18): historiken, meddelandena.

# Ett kvartal i en tabell eller på ett diagrams axel: "kv. 3 2026".
quarter-short = kv. { $number } { $year }

# Diagrammet över sista dagar, första stapeln: allt som skulle ha varit klart före diagrammets första månad.
chart-earlier = tidigare

# Under kvartalsrapportens rubrik "Utvecklingen över tid", före tabellen.
summary-history-intro = { $quarters ->
        [one] Nyckeltalen vid kvartalets slut.
       *[other] Nyckeltalen vid slutet av vart och ett av de senaste { $quarters } kvartalen, det äldsta först.
    }
