# Integration Atlas: svenska. Varje nyckel i den här filen måste finnas i varje locales/*/main.ftl.

app-name = Integration Atlas
skip-to-content = Gå till innehållet
nav-label = Huvudmeny
nav-menu = Meny
nav-finder = Hitta en tjänst
nav-data = Om datamaterialet
ui-language = Webbplatsens språk
loading = Tjänsterna laddas…
loading-progress = { $loaded } av { $total } MB hämtat
loading-checked = { $done } av { $total } poster kontrollerade

sample-title = Exempeluppgifter.
sample-text = Tjänsterna som visas är exempel som du kan använda för att prova webbplatsen. De är inte riktiga tjänster. Kontakta dem inte.
refused-data = Webbplatsen visar de officiella uppgifterna, eftersom en länk bad den visa uppgifter från en adress som webbplatsen inte litar på:
data-from = Uppgifter från { $date }
offline-data = Ingen nätverksanslutning: uppgifterna som sparats på den här enheten visas.

footer-privacy = Webbplatsen använder inga kakor och ingen besöksanalys. Din position används bara i din egen webbläsare.
footer-sources = Datakällor ({ $count })
footer-contact = Kontakta webbplatsens förvaltare

error-title = Tjänsterna kunde inte laddas
error-network = Anslutningen misslyckades. Kontrollera nätverksanslutningen och försök igen.
error-status = Servern svarade med ett fel ({ $status }). Försök igen om en stund.
error-not-json = Datafilen är skadad och kan inte läsas ({ $detail }).
error-not-atlas = Datafilen är inte ett datamaterial för Integration Atlas.
error-version = Datafilen har ett nyare format ({ $format }) än webbplatsen kan läsa.
retry = Försök igen
retry-auto = Försöker igen automatiskt om { $seconds } sekunder.

not-found-title = Sidan hittades inte
not-found-text = Det finns ingenting på den här adressen. Länken kan vara gammal eller felskriven.
back-to-finder = Tillbaka till tjänstesökningen

finder-title = Hitta handlednings- och rådgivningstjänster
finder-intro = Handlednings- och rådgivningstjänster för invandrare i Finland. Sök efter plats, språk och ämne.
filters-label = Avgränsningar
filters-clear = Ta bort avgränsningarna
search-label = Sök
search-hint = En tjänst, en plats eller ett ämne, på vilket språk som helst. Tecken som å, ä, ö och é samt stora bokstäver spelar ingen roll.
filter-languages = Språk som tjänsten ges på
filter-languages-hint = Tjänster som ges på något av de valda språken. Siffran visar hur många tjänster som motsvarar dina andra avgränsningar.
filter-place = Plats
place-all = Hela Finland
place-municipalities = Kommuner
filter-channel = Kontaktsätt
filter-topic = Ämne
filter-group = För vem
filter-any = Alla
filter-open-now = Öppet nu

near-me = Tjänster nära mig
near-locating = Din position hämtas…
near-denied = Du gav inte webbplatsen lov att använda din position. Du kan välja en kommun i stället.
near-unavailable = Din position är inte tillgänglig. Du kan välja en kommun i stället.
near-type-a-name = Skriv först namnet på en kommun.
near-no-municipality = Det finns ingen kommun med det namnet. Kontrollera stavningen.
near-municipality-label = Eller mät avstånden från en kommun
near-municipality-submit = Visa närmaste
near-from-you = Avstånden mäts från din position.
near-from-place = Avstånden mäts från { $place } centrum.
near-from-point = Avstånden mäts från den valda punkten.
near-stop = Sluta mäta avstånd
sort-label = Ordning
sort-distance = Närmaste först
sort-name = Efter namn

result-count = { $count ->
    [0] Inga tjänster hittades
    [one] 1 tjänst hittades
   *[other] { $count } tjänster hittades
}
no-results = Ingen tjänst motsvarar alla avgränsningar. Försök ta bort några av dem.
show-more = Visa fler tjänster
view-label = Visa som
view-list = Lista
view-map = Karta
map-label = Karta över tjänsterna
map-cluster = { $count ->
    [one] 1 tjänst här. Zooma in för att se den.
   *[other] { $count } tjänster här. Zooma in för att se dem.
}
open-service-page = Öppna tjänstens sida
open-now = Öppet nu
closed-now = Stängt nu

service-contact = Kontaktuppgifter
service-address = Adress
service-directions = Vägbeskrivning
service-phone = Telefon
service-email = E-post
service-website = Webbplats
service-hours = Öppettider
service-hours-unknown = Öppettiderna är inte kända. Kontakta tjänsten innan du går dit.
service-details-loading = Tjänstens beskrivning och kontaktuppgifter hämtas…
service-details-failed = Tjänstens beskrivning och kontaktuppgifter kunde inte hämtas.
service-details = Mer information
service-languages = Språk
# Between the items of a list of names (languages, topics, opening times): the language's own comma and a space.
list-separator = {", "}
service-channels = Kontaktsätt
service-topics = Ämnen
service-groups = För vem
service-accessibility = Tillgänglighet
service-municipality = Kommun
service-provider = Tillhandahålls av
service-verified = Uppgifterna kontrollerade

hours-closed = stängt
hours-all-day = öppet dygnet runt
hours-holidays = Helgdagar
hours-finnish-time = Tiderna anges i finsk tid.

day-mo = mån
day-tu = tis
day-we = ons
day-th = tors
day-fr = fre
day-sa = lör
day-su = sön

appointment-none = Ingen tidsbokning behövs.
appointment-recommended = Tidsbokning rekommenderas.
appointment-required = Tidsbokning krävs.

wheelchair-yes = Tillgängligt med rullstol
wheelchair-limited = Delvis tillgängligt med rullstol
wheelchair-no = Inte tillgängligt med rullstol
wheelchair-unknown = Det är inte känt om det är tillgängligt med rullstol

channel-in_person = På plats
channel-phone = Per telefon
channel-online = På nätet
channel-chat = Chatt
channel-video = Videosamtal

topic-residence = Uppehållstillstånd
topic-work = Arbete
topic-housing = Boende
topic-education = Utbildning
topic-health = Hälsa
topic-language_courses = Språkkurser
topic-family = Familj
topic-social_security = Social trygghet
topic-taxation = Beskattning
topic-integration_plan = Integrationsplan

group-all = Öppen för alla
group-families = Familjer
group-youth = Unga
group-women = Kvinnor
group-students = Studerande
group-workers = Arbetstagare
group-asylum_seekers = Asylsökande
group-refugees = Flyktingar
group-seniors = Äldre

area-region = Landskap
area-wellbeing_county = Välfärdsområden
area-employment_area = Sysselsättningsområden
area-vitality_centre = Livskraftscentraler (från 2026)
area-ely_centre = NTM-centraler (till utgången av 2025)

actor-tasks = Uppgifter
actor-website = Webbplats
actor-services = Tjänster
actor-no-services = Det finns inga tjänster från den här aktören i datamaterialet.

data-title = Om datamaterialet
data-name = Datamaterial
data-publisher = Utgivare
data-published = Publicerat
data-license = Licens
data-address = Filens adress
data-downloads = Nedladdningar
data-downloads-intro = Samma uppgifter för återanvändning, gjorda när datamängden byggdes. Exporterna innehåller tjänsterna.
data-downloads-linked = Den här datamängden öppnades från en länk: här kan bara själva filen och formatets beskrivning laddas ned.
data-dl-dataset = Datamängden (JSON, formatet integration-atlas/1)
data-dl-checksum = Dess SHA-256-kontrollsumma
data-dl-schema = Formatets JSON Schema
data-dl-csv = Tjänsterna som CSV (publiceringsmallens kolumner)
data-dl-geojson = Tjänsterna som GeoJSON (punkter för kartprogram)
data-dl-hsds = Tjänsterna som Open Referral HSDS 3.0 (JSON)
data-sources = Källor
data-counts = Poster
data-kind = Typ
data-shown = Visas
data-left-out = Utelämnade
data-sourced = Med källa
data-illustrative = Illustrativa
data-problems = Utelämnade poster och fält
data-problems-intro = En post vars ID, namn, plats, språk eller obligatoriska hänvisning bryter mot reglerna för dataformatet visas inte. Ett frivilligt fält som bryter mot dem, till exempel en felaktig e-postadress, lämnas bort, och posten visas utan det.
data-no-problems = Alla poster i filen är giltiga och visas.
data-pack = Kompakt paket
data-pack-used = Läst från paketet som gjorts av denna datamängd: det som söktjänsten behöver, kontrollerat mot datamängdens kontrollsumma. En tjänsts beskrivning och kontaktuppgifter hämtas när dess sida öppnas.
data-pack-refused = Paketet användes inte: { $reason } Hela datamängden lästes i stället.
pack-unreachable = det kunde inte hämtas.
pack-unchecked = datamängdens kontrollsumma kunde inte hämtas, så paketet kunde inte kontrolleras mot den.
pack-not-inflated = det är inte en hel komprimerad fil, eller så kan den här webbläsaren inte packa upp det.
pack-stale = det har gjorts av en annan version av datamängden.
pack-damaged = det är skadat eller avbrutet.
pack-version = det har ett nyare paketformat än denna app läser.
pack-breaks-rule = en post i det bryter mot dataformatets regler.
data-id = ID
data-reason = Orsak
data-dropped = Utelämnade fält
data-field = Fält
data-effect = Vad som gjordes
effect-left_out = Posten utelämnad
effect-field_dropped = Fältet utelämnat
reason-unreadable = Värdet kan inte läsas: det har fel typ eller form.
reason-bad_id = Ett ID får bara innehålla små bokstäver, siffror och tecknen : _ -
reason-bad_municipality_code = Koden är inte en tresiffrig kommunkod.
reason-no_text = Texten är tom på alla språk.
reason-bad_text_language = Texten har ett språk som inte är en ISO 639-kod.
reason-not_a_word = ”{ $value }” är inte ett ord med små bokstäver.
reason-not_one_of = ”{ $value }” är inte ett av de tillåtna värdena.
reason-no_record = ”{ $value }” hänvisar inte till någon post i filen.
reason-bad_location = Platsen ligger inte i Finland.
reason-bad_date = ”{ $value }” är inte ett datum (ÅÅÅÅ-MM-DD).
reason-bad_url = Adressen är inte en http- eller https-adress.
reason-bad_email = ”{ $value }” är inte en e-postadress.
reason-bad_phone = ”{ $value }” är inte ett telefonnummer i internationell form (+358 …).
reason-bad_language = ”{ $value }” är inte en språkkod.
reason-no_language = Inget språk har angetts.
reason-bad_hours = Öppettiderna kan inte läsas.
reason-end_before_start = Slutdatumet är före startdatumet.
reason-duplicate = En tidigare post har samma ID.
reason-not_a_list = Listan är inte en lista, så inget av den lästes.

kind-meta = Beskrivning av datamaterialet
kind-areas = Områden
kind-municipalities = Kommuner
kind-actors = Aktörer
kind-services = Tjänster
kind-programmes = Program
kind-legislation = Lagstiftning

nav-actors = Vem gör vad
nav-programmes = Program
nav-legislation = Lagstiftning om integration
illustrative = exempel
illustrative-text = Den här posten är ett exempel i illustrativt syfte: den är skriven som exempel, och uppgifterna är inte hämtade ur en publicerad källa.
sources-title = Källor
sources-none = Posten anger ingen källa för sina uppgifter.
sources-illustrative = Ingen källa: posten är ett exempel i illustrativt syfte.
source-label = Källa:
source-checked = , kontrollerad { $date }

actors-title = Vem gör vad i integrationsarbetet
actors-intro = Myndigheterna, kommunerna och organisationerna som arbetar för integrationen av invandrare, och deras uppgifter. Välj ett datum för att se strukturen som den såg ut den dagen.
actors-level = Nivå
actors-kind = Typ
actors-at = Strukturen per
actors-today = Visa i dag
actors-count = { $count ->
    [one] 1 aktör
   *[other] { $count } aktörer
} den { $date }
back-to-actors = Tillbaka till Vem gör vad
level-national = Nationell
level-regional = Regional
level-local = Lokal
level-civil_society = Civilsamhället
actor-kind-ministry = ministerium
actor-kind-agency = ämbetsverk
actor-kind-regional_authority = regional myndighet
actor-kind-municipality = kommun
actor-kind-wellbeing_county = välfärdsområde
actor-kind-employment_authority = arbetskraftsmyndighet
actor-kind-ngo = organisation
actor-kind-religious_community = religiöst samfund
actor-kind-education = utbildningsanordnare
actor-kind-other = övrig
actor-former = tidigare
actor-ended = Den här aktören finns inte längre. Dess uppgifter övergick till:
actor-area = Område
actor-municipalities = { $count ->
    [one] 1 kommun
   *[other] { $count } kommuner
}
actor-timeline = Föregångare och efterträdare
actor-predecessors = Före
actor-successors = Efter
actor-relations = Relationer
actor-relations-on = Läget { $date }
actor-relations-other-times = Vid andra tider
actor-programmes = Program
rel-steers = Styr
rel-steered-by = Styrs av
rel-funds = Finansierar
rel-funded-by = Finansieras av
rel-supervises = Övervakar
rel-supervised-by = Övervakas av
rel-part-of = Del av
rel-has-part = Omfattar
rel-agreement = Avtal med
rel-cooperates = Samarbetar med

programmes-title = Integrationsprogram
programmes-intro = Programmen som styr integrationsarbetet nationellt och i kommunerna, med deras giltighetstider och uppgift om huruvida de gäller i dag.
programmes-kind = Typ av program
programmes-status = Status i dag
programmes-count = { $count ->
    [0] Inga program hittades
    [one] 1 program hittades
   *[other] { $count } program hittades
}
programmes-municipal-title = Kommunerna och deras program i dag
programmes-coverage = { $with } av { $total } kommuner har ett eget gällande integrationsprogram i datamaterialet.
programmes-coverage-caveat = Datamaterialet innehåller bara program som är kända från offentliga beslut. En kommun som saknas här kan ändå ha ett program.
programmes-with = Kommuner med ett gällande program
programmes-valid-programme = Gällande program
programmes-without = { $count ->
    [one] 1 kommun utan gällande program i datamaterialet
   *[other] { $count } kommuner utan gällande program i datamaterialet
}
back-to-programmes = Tillbaka till programmen
prog-kind-municipal_integration_programme = kommunalt integrationsprogram (lag 1386/2010)
prog-kind-integration_programme = kommunalt integrationsprogram (lag 681/2023)
prog-kind-regional_programme = regionalt program
prog-kind-government_integration_programme = statens integrationsprogram
prog-kind-partnership_programme = partnerskapsprogrammet för integration
status-valid = gällande
status-expired = utgånget
status-upcoming = kommande
programme-period = Giltighetstid
programme-adopted = Antaget
programme-responsible = Ansvarig
programme-document = Dokument
programme-municipalities = Kommuner som omfattas

legislation-title = Lagstiftning om integration
legislation-intro = Lagarna som styr integrationen av invandrare i Finland.
legislation-from = I kraft från
legislation-to = till
actor-period-from = från { $date }
actor-period-until = till { $date }
actor-period = { $from } – { $to }
legislation-in-force = i kraft
legislation-not-in-force = inte längre i kraft

footer-accessibility = Tillgänglighetsutlåtande
a11y-title = Tillgänglighetsutlåtande
a11y-intro = Det här utlåtandet gäller webbplatsen Integration Atlas. Kraven grundar sig på lagen om tillhandahållande av digitala tjänster (306/2019), som genomför EU:s webbtillgänglighetsdirektiv. Den nivå som krävs är WCAG 2.1 AA.
a11y-status-title = Hur tillgänglig webbplatsen är
a11y-status = Webbplatsen uppfyller delvis kraven i WCAG 2.1 AA. Varje sida kontrolleras automatiskt på alla språk i skärmstorlekar för både dator och mobiltelefon, och det testas att webbplatsen kan användas med enbart tangentbord.
a11y-known-title = Kända problem
a11y-known-map = Kartan kan inte användas med tangentbord eller skärmläsare. Allt som finns på kartan finns också i resultatlistan, som kan användas på alla sätt.
a11y-known-translations = De ukrainska, ryska och arabiska texterna har ännu inte granskats av personer som har språket som modersmål.
a11y-known-data = Texterna i datamaterialet visas på de språk som utgivaren har angett dem på. När en text inte är på ditt språk är dess språk märkt, så att skärmläsare läser upp den rätt.
a11y-feedback-title = Respons
a11y-feedback = Om du märker ett tillgänglighetsproblem på webbplatsen eller behöver dess innehåll i en annan form, meddela organisationen som driver webbplatsen. Den ska svara dig inom två veckor.
a11y-contact-email = E-post
a11y-contact-url = Responsformulär
a11y-no-contact = Den här kopian av webbplatsen har inte fått någon kontaktadress (inställningen ”contact” i config.json). Fråga organisationen som publicerade den.
a11y-enforcement-2026 = Tillgängligheten i digitala tjänster har övervakats av enheten för tillgänglighetstillsyn vid Regionförvaltningsverket i Södra Finland. En regeringsproposition från juni 2024 (RP 71/2024, på finska HE 71/2024) skulle flytta tillsynen till Transport- och kommunikationsverket Traficom. Regionförvaltningsverken upphörde den 31 december 2025, och de flesta av deras uppgifter övergick till Tillstånds- och tillsynsverket (Lupa- ja valvontavirasto). Vilken myndighet som utövar tillsynen i dag, med kontaktuppgifter och anmälningsblankett, anges på
a11y-enforcement-title = Tillsynsmyndighet
a11y-enforcement = Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du anmäla problemet till tillsynsmyndigheten för digital tillgänglighet. Myndigheten kan ålägga att problemet rättas.
a11y-date = Detta utlåtande har utarbetats den 22 november 2026 och uppdaterades senast den 26 november 2026.

# Servicenätet, inbäddning och inbäddningskod
nav-network = Servicenätet
nav-embed-code = Bädda in på din webbplats
embed-full-view = Öppna i full vy
opens-new-tab = (öppnas i en ny flik)
network-title = Servicenätet
network-intro = För myndigheter: hur väl vägledningstjänsterna täcker varje område, var luckorna finns, vilka uppgifter som behöver kontrolleras och var integrationsprogram saknas. Varje tabell kan sorteras, laddas ner som CSV och skrivas ut, och sidans adress behåller dina val.
network-km = Avstånd till närmaste tjänst (km)
network-km-invalid = Ange ett heltal från 1 till { $max }. Siffrorna gäller fortfarande { $km } km.
network-at = Datum
network-kind = Gruppera efter område
network-kind-hint = Bara de områdestyper som fanns det valda datumet kan väljas.
network-empty-not-yet = Det fanns inga områden av typen ”{ $kind }” { $date }: de börjar { $from }. Välj en annan gruppering eller ett senare datum.
network-empty-ended = Det fanns inga områden av typen ”{ $kind }” { $date }: de upphörde { $to }. Välj en annan gruppering eller ett tidigare datum.
network-empty-none = Uppgifterna har inga områden av typen ”{ $kind }”. Välj en annan gruppering.
network-empty-gaps = Inga luckor: varje kommun har en tjänst inom { $km } km.
network-share = Länk till den här vyn
network-print = Skriv ut
network-day = Läget den { $date }. Tjänsterna har inga egna datum: datumet avgör områdena, de program som gäller och vilka uppgifter som räknas som kontrollerade under de senaste 12 månaderna.
network-summary = Kommuner med en tjänst inom { $km } km: { $covered } av { $total }.
network-contents = På den här sidan
network-gaps-map = Luckor på kartan
network-gaps-hint = Varje punkt är centrum i en kommun vars närmaste tjänst ligger längre bort än det valda avståndet (storcirkelavstånd). Samma kommuner finns i tabellen över luckor.
network-rows = Rader: { $count }
network-csv = Ladda ner som CSV
network-areas-title = Täckning och språk per område
network-gaps-title = Luckor: kommuner utan tjänst inom avståndet
network-freshness-title = Aktualitet: tjänster som inte kontrollerats på 12 månader
network-programmes-title = Kommuner utan giltigt integrationsprogram
network-col-area = Område
network-col-municipalities = Kommuner
network-col-services = Tjänster
network-col-languages = Språk som erbjuds
network-col-covered = Kommuner med en tjänst inom avståndet
network-col-covered-share = Andel (%)
network-col-languages-missing = Språk som erbjuds på annat håll men inte här
network-col-municipality = Kommun
network-col-code = Kod
network-col-nearest-km = Närmaste tjänst (km)
network-col-nearest-service = Närmaste tjänst
network-col-stale = Inte kontrollerade på 12 månader
network-col-stale-share = Andel inte kontrollerade (%)
network-col-stale-services = Tjänster som inte kontrollerats
network-col-with-programme = Med giltigt program
network-col-without-programme = Utan giltigt program
network-col-without-share = Andel utan (%)
network-col-without-municipalities = Kommuner utan program
embed-code-title = Bädda in tjänstesökningen på din webbplats
embed-code-intro = Välj vad sökningen visar, titta på förhandsvisningen och kopiera sedan koden till din sida. Den inbäddade sökningen använder inga kakor och sparar ingenting.
embed-iframe-title = Integration Atlas: hitta vägledningstjänster
embed-ui-language = Sökningens språk
embed-view = Visa
embed-view-both = Karta och lista
embed-width = Bredd i pixlar
embed-width-hint = Lämna tomt för att använda sidans hela bredd.
embed-height = Höjd i pixlar
embed-height-hint = Lämna tomt så följer höjden innehållet (koden innehåller då ett litet skript).
embed-snippet = Kod att klistra in på din sida
embed-copy = Kopiera koden
embed-copied = Kopierat.
embed-copy-failed = Kopieringen fungerade inte. Markera koden och kopiera den själv.
embed-url = Enbart adressen
embed-preview = Förhandsvisning

# The finder on a phone, page titles, and the service page's actions
title-finder = Handlednings- och rådgivningstjänster
title-finder-language = Tjänster på { $languages }
title-finder-place = Tjänster nära { $place }
title-finder-language-place = Tjänster på { $languages } nära { $place }
filters-open = Avgränsningar ({ $count })
filters-show-results = { $count ->
    [0] Stäng: inga tjänster passar
    [one] Visa 1 tjänst
   *[other] Visa { $count } tjänster
}
chip-text = Sökning: { $text }
chip-remove = Ta bort avgränsningen: { $filter }
chip-near-you = Närmast dig
chip-near-place = Närmast { $place }
chip-near-point = Närmast den valda punkten
chips-label = Valda avgränsningar
did-you-mean = Menade du:
opens-today = Öppnar i dag kl. { $time }
opens-tomorrow = Öppnar i morgon kl. { $time }
opens-on = Öppnar { $day } kl. { $time }
back-to-results = Tillbaka till resultaten
action-call = Ring
action-email = Skicka e-post
action-website = Webbplats
action-share = Dela
action-print = Skriv ut
share-copied = Länken kopierades. Du kan klistra in den i ett meddelande.
share-copy-failed = Länken kunde inte kopieras. Kopiera den från adressfältet.
directions-foot = Till fots (OpenStreetMap)
directions-car = Med bil (OpenStreetMap)
directions-transit = Med kollektivtrafik (reseplaneraren Matka.fi)
report-problem = Anmäl felaktig information
report-subject = Felaktig information: { $name }
report-body-service = Tjänst: { $name } (id { $id })
report-body-page = Sida: { $url }
report-body-what = Vad är fel:
embed-controls = Kontroller som visas
embed-controls-all = Alla avgränsningar
embed-controls-search = Endast sökrutan
embed-controls-none = Inga: endast resultaten

# The map's controls
map-zoom-in = Zooma in
map-zoom-out = Zooma ut
map-popup-close = Stäng
map-leaflet-title = Ett JavaScript-bibliotek för interaktiva kartor
