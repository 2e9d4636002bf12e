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

## Måluppfyllelsens medelvärde visas alltid med hur många mål det bygger på; genomförda
## aktiviteter av dem som inte är avbrutna (ärende 18). Ett mål räknas som mätt när dess
## uppfyllelse är känd: det har en användbar mätning, eller det är uppnått.

# "78 % · 1 av 3 mål mätta"; $progress är en procentsats eller "okänd".
mean-progress = { $progress } · { $measured } av { $goals } mål { $goals ->
        [one] mätt
       *[other] mätta
    }
# Detsamma i en tabellcell: "78 % (1/3)".
mean-progress-short = { $progress } ({ $measured }/{ $goals })
# Under en tabell vars celler har den korta formen.
mean-progress-note = Måluppfyllelse är medelvärdet för de mål som har mätts (eller är uppnådda); inom parentes: mätta mål / alla mål.
# "37 av 68 (3 avbrutna)": genomförda aktiviteter av dem som inte är avbrutna.
activities-done-of = { $cancelled ->
        [0] { $done } av { $counted }
        [one] { $done } av { $counted } ({ $cancelled } avbruten)
       *[other] { $done } av { $counted } ({ $cancelled } avbrutna)
    }
