# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Anmärkningar om `[site]` i cemr.toml: den publika webbplatsens adress och tillgänglighetsredogörelsen.

diag-address-scheme = `{ $key }` ska vara en webbadress som börjar med https:// (eller http://)
diag-address-host = `{ $key }` behöver ett värdnamn efter https:// med bokstäverna a–z, siffror, - och . (ett namn med å, ä eller ö skrivs som xn--…), och i så fall ett portnummer från 1 till 65535
diag-site-url-character = `url` innehåller ett mellanslag, ett citattecken, <, >, \, ^, `, {"{"}, |, {"}"}, ?, # eller ett styrtecken; webbplatsens adress är bara dess https://-adress och mapp
diag-site-url-help = till exempel url = "https://kommun.example.se/jamstalldhet"
diag-site-contact = `contact` ska vara en e-postadress eller en webbadress dit man kan anmäla brister i tillgängligheten
diag-site-contact-help = till exempel contact = "tillganglighet@kommun.example.se" eller contact = "https://kommun.example.se/tillganglighet"
diag-statement-date-in-future = `statement_date` { $date } ligger i framtiden; skriv den dag då tillgänglighetsredogörelsen gjordes eller senast sågs över
