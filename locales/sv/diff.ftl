# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### `cemr diff`: vad som har ändrats i planerna mellan två versioner (render/diff.rs och
### render/diff/phrase.rs). Text ur planerna, id och sökvägar kommer redan citerade eller märkta.

## Ramen.

# Första raden i terminalen.
diff-title = Ändringar i planerna från { $base } till { $head } (läget { $today })
# Rubriken i Markdown.
diff-heading = Ändringar i planerna: { $base } → { $head }
# Raden under rubriken i Markdown.
diff-as-of = Läget { $today }. { $count ->
        [0] Ingen planfil har ändrats.
       *[other] Ändringar hos { $count } undertecknare.
    }
# Filerna som de är nu, med ändringar som inte är incheckade (`cemr diff` utan HEAD).
diff-working-tree = filerna som de ser ut nu
diff-nothing-changed = Ingen planfil har ändrats.
# Rubriken för en undertecknare: id, namn, fil och vad som hände med filen.
diff-file-added = ny fil
diff-file-removed = filen är borttagen
diff-file-moved = flyttad från { $path }
diff-unreadable-before = kan inte jämföra med versionen före: { $reason }
diff-unreadable-after = kan inte jämföra med versionen efter: { $reason }
diff-no-plan-change = ingen ändring i sak (bara kommentarer eller formatering)

## En rad per ändring.

diff-signatory-added = ny undertecknare: { $name } ({ $kind })
diff-signatory-removed = undertecknaren är borttagen: { $name }
diff-name-changed = namn: { $from } → { $to }
diff-groups-changed = grupper: { $from } → { $to }
diff-no-groups = inga
diff-decided-changed = beslut om att underteckna: { $from } → { $to }
diff-signed-changed = undertecknat: { $from } → { $to }
diff-no-date = inget datum
diff-article = artikel { $number }
diff-article-titled = artikel { $number } ({ $title })
diff-article-chosen = { $article } har valts
diff-article-dropped = { $article } har strukits
diff-action-plan-added = handlingsplan tillagd: { $period }
diff-action-plan-removed = handlingsplan borttagen: { $period }
diff-plan-draft = utkast, inte antagen
diff-plan-period = { $start } – { $end }
diff-plan-from = från { $start }
diff-plan-until = till { $end }
diff-report-added = uppföljning tillagd: { $date }
diff-report-removed = uppföljning borttagen: { $date }
diff-goal-added = mål { $id } tillagt: { $title }
diff-goal-removed = mål { $id } borttaget: { $title }
# $item är "mål" eller "aktivitet" (terms.ftl).
diff-retitled = { $item } { $id } har fått ny titel: { $from } → { $to }
diff-goal-achieved = mål { $id } uppnått: { $title }
diff-goal-achieved-on = mål { $id } uppnått { $date }: { $title }
diff-goal-no-longer-achieved = mål { $id } är inte längre uppnått: { $title }
diff-activity-added = aktivitet { $id } tillagd ({ $status }): { $title }
diff-activity-removed = aktivitet { $id } borttagen: { $title }
diff-activity-status = aktivitet { $id }: { $from } → { $to }: { $title }
diff-due-changed = { $item } { $id }, sista dag: { $from } → { $to }
diff-measurement-added = mätning för mål { $goal } { $date }: { $figures }
diff-measurement-corrected = mätning för mål { $goal } { $date } rättad: { $figures }
diff-measurement-removed = mätning för mål { $goal } { $date } borttagen
diff-women-men = kvinnor { $women }, män { $men }
diff-women-men-share = kvinnor { $women }, män { $men } ({ $share } kvinnor)
diff-became-overdue = { $item } { $id }: sista dagen { $due } har passerat: { $title }
diff-deadline-met = { $item } { $id }: klart i tid (sista dag { $due }): { $title }
diff-deadline-met-late = { $item } { $id }: klart för sent (sista dag { $due }): { $title }

## Varningar.

diff-id-renamed = { $file }: { $item } { $from } togs bort och { $item } { $to } lades till med samma titel { $title }. Ett nytt id kopplar bort historiken (det som hänvisar till { $from }); är det samma { $item }, behåll det gamla id:t.
