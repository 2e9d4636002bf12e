# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Kalenderflödet (`cemr deadlines --format ics`): det man läser i Outlook eller Google Kalender.

# Kalenderns namn i prenumerantens lista över kalendrar.
ics-calendar-name = { $repository }: sista dagar
# Namnet på en undertecknares kalender (webbplatsen publicerar en per undertecknare).
ics-calendar-name-signatory = { $signatory }: sista dagar
# Kalenderns beskrivning; $today är dagen flödet gäller.
ics-calendar-description = Sista dag för det som återstår i handlingsplanerna för jämställdhet enligt CEMR-deklarationen, läget den { $today }.

## Det som ska vara klart, så som det heter i händelsens rubrik och kategori: orden i terms.ftl (deadline-*), med stor bokstav.

ics-kind-action-plan = Första handlingsplanen
ics-kind-next-plan = Ny handlingsplan
ics-kind-report = Uppföljning
ics-kind-goal = Mål
ics-kind-activity = Aktivitet

# Händelsens rubrik: undertecknaren och det som ska vara klart.
ics-summary = { $signatory }: { $kind }
# Händelsens rubrik för ett mål eller en aktivitet: undertecknaren, vad det är och dess titel.
ics-summary-titled = { $signatory }: { $kind } – { $title }

## Raderna i händelsens beskrivning.

ics-due-action-plan = Den första handlingsplanen ska vara antagen senast { $due }.
ics-due-next-plan = En ny handlingsplan ska vara antagen när den nuvarande löper ut den { $due }.
ics-due-report = En uppföljning ska vara publicerad senast { $due }.
ics-due-goal = Målet { $id } ska vara uppnått senast { $due }: { $title }
ics-due-activity = Aktiviteten { $id } ska vara genomförd senast { $due }: { $title }
ics-owner = Ansvarig: { $owner }
ics-overdue =
    Försenat: sista dagen passerade för { $days ->
        [one] en dag
       *[other] { $days } dagar
    } sedan (läget den { $today }).
ics-not-overdue = Inte försenat (läget den { $today }).
ics-plan-file = Planfil: { $file }
# Undertecknarens sida på den publika webbplatsen.
ics-read-more = Läs mer: { $url }

# `--remind` utan `--format ics` (ett fel: kommandot körs inte).
ics-remind-without-feed = --remind lägger till påminnelser i ett kalenderflöde: använd det med --format ics (eller -o FIL.ics)
