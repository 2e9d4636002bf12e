# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### `cemr measure`'s numbers as people type them (exit 2): what to type instead. `$flag` is
### value, women or men; `$written` the text given.

measure-decimal-comma = --{ $flag } { $written }: cemr reads decimals with a point, not a comma: write --{ $flag } { $corrected }
measure-without-unit = --{ $flag } { $written }: give the number alone, without a percent sign or unit: --{ $flag } { $number }
measure-not-a-number = --{ $flag } { $written } is not a number
measure-count-whole = --{ $flag } { $written }: --{ $flag } is a number of people, a whole number, e.g. --{ $flag } { $whole }
measure-count-negative = --{ $flag } { $written }: a number of people is 0 or more
measure-count-share = --{ $flag } { $written }: give the number of women and the number of men, not a share; cemr works the shares out (e.g. --women 48 --men 52)
measure-missing-flag = goal { $goal } has a balance indicator: --{ $given } needs --{ $missing } too (e.g. --women 48 --men 52)
measure-level-value-only = goal { $goal } has a level indicator: give the measured level with --value alone (--women and --men are for balance indicators)
measure-balance-needs = goal { $goal } has a balance indicator: give the number of women with --women and of men with --men
