# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Meddelandet överst i en rapport som bygger på planer med fel (status, deadlines, articles,
### summary): hur många fel, i vilka filer och vad siffrorna gör med de filerna.

notice-label = Observera
notice-errors = det finns { $errors } fel i { $files ->
    [one] { $files } fil
   *[other] { $files } filer
  }. Kör cemr validate för att se { $errors ->
    [one] felet
   *[other] felen
  }.
notice-left-out = Inte med i siffrorna, eftersom { $count ->
    [one] filen
   *[other] filerna
  } inte kunde läsas helt: { $list }.
notice-counted = Med i siffrorna som uppgifterna är skrivna, utom värden som inte gick att läsa, så felen kan påverka siffrorna: { $list }.
notice-settings = I inställningarna används inte det som är fel, utan standardvärdet gäller: { $list }.
notice-file = { $file } ({ $errors } fel)
notice-more-files = och { $count ->
    [one] { $count } fil till
   *[other] { $count } filer till
  }
notice-sheet = Fel i planerna
notice-column-file = Fil
notice-column-errors = Fel
notice-column-figures = Med i siffrorna
notice-figures-left-out = nej, filen kunde inte läsas helt
notice-figures-counted = ja, som uppgifterna är skrivna, utom värden som inte gick att läsa
notice-figures-settings = inställningar: standardvärdet gäller i stället för det som är fel
