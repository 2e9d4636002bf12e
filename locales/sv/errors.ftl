# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Varför ett kommando inte kunde köras (slutkod 2): cemrs egna felmeddelanden.

failure-line = fel: { $message }
failure-cause = { $message }: { $cause }
