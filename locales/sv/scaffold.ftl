# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### `cemr new` och `cemr init`: vad de skrev, och varför de inte kunde.

new-bad-id = id:t `{ $id }` är inte giltigt: använd små bokstäver a–z, siffror och - (till exempel `{ $suggestion }`)
new-bad-group = gruppen `{ $id }` är inte giltig: använd små bokstäver a–z, siffror och - (till exempel `{ $suggestion }`)
new-name-empty = --name är tomt: skriv undertecknarens namn som det skrivs, till exempel --name "Kiruna kommun"
new-name-control = --name innehåller en radbrytning eller ett styrtecken; ett namn är en rad text
new-id-taken = id:t `{ $id }` används redan av { $file }; varje id får bara finnas en gång i planarkivet
new-exists = { $file } finns redan; cemr new skriver aldrig över en fil
new-cannot-create = kan inte skapa mappen { $folder }
new-wrote = skrev { $file }: fyll i den och kör sedan `cemr validate`
init-created =
    skapade ett planarkiv:
    { $files }
    nästa steg: `cemr new ID --name NAMN` för varje undertecknare, sedan commit och push
