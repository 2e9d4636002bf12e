# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Talen till `cemr measure` så som man skriver dem (avslutas med 2): vad som ska stå i stället.
### `$flag` är value, women eller men; `$written` texten som angavs.

measure-decimal-comma = --{ $flag } { $written }: cemr läser decimaler med punkt, inte komma: skriv --{ $flag } { $corrected }
measure-without-unit = --{ $flag } { $written }: ange bara talet, utan procenttecken eller enhet: --{ $flag } { $number }
measure-not-a-number = --{ $flag } { $written } är inte ett tal
measure-count-whole = --{ $flag } { $written }: --{ $flag } är ett antal personer, ett heltal, till exempel --{ $flag } { $whole }
measure-count-negative = --{ $flag } { $written }: ett antal personer är 0 eller fler
measure-count-share = --{ $flag } { $written }: ange antalet kvinnor och antalet män, inte en andel; cemr räknar själv ut andelarna (till exempel --women 48 --men 52)
measure-missing-flag = målet { $goal } har en indikator för könsfördelning: --{ $given } behöver också --{ $missing } (till exempel --women 48 --men 52)
measure-level-value-only = målet { $goal } har en nivåindikator: ange det uppmätta värdet med bara --value (--women och --men hör till indikatorer för könsfördelning)
measure-balance-needs = målet { $goal } har en indikator för könsfördelning: ange antalet kvinnor med --women och antalet män med --men
