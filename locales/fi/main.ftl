# Integration Atlas: suomi. Jokaisen tämän tiedoston avaimen on oltava jokaisessa tiedostossa locales/*/main.ftl.

app-name = Integration Atlas
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-menu = Valikko
nav-finder = Etsi palvelu
nav-data = Tietoa aineistosta
ui-language = Sivuston kieli
loading = Palveluja ladataan…
loading-progress = { $loaded } / { $total } Mt ladattu
loading-checked = { $done } / { $total } tietuetta tarkistettu

sample-title = Esimerkkiaineisto.
sample-text = Sivulla näkyvät palvelut ovat esimerkkejä, joilla voi kokeilla sivustoa. Ne eivät ole oikeita palveluja. Älä ota niihin yhteyttä.
refused-data = Sivulla näytetään viralliset tiedot, koska linkki pyysi näyttämään tietoja osoitteesta, johon tämä sivusto ei luota:
data-from = Tiedot: { $date }
offline-data = Ei verkkoyhteyttä: näytetään tälle laitteelle tallennetut tiedot.

footer-privacy = Sivusto ei käytä evästeitä eikä kävijäseurantaa. Sijaintiasi käytetään vain omassa selaimessasi.
footer-sources = Aineiston lähteet ({ $count })
footer-contact = Sivuston ylläpitäjän yhteystiedot

error-title = Palveluja ei voitu ladata
error-network = Yhteys ei toiminut. Tarkista verkkoyhteys ja yritä uudelleen.
error-status = Palvelin vastasi virheellä ({ $status }). Yritä hetken kuluttua uudelleen.
error-not-json = Datatiedosto on vioittunut, eikä sitä voi lukea ({ $detail }).
error-not-atlas = Datatiedosto ei ole Integration Atlas -aineisto.
error-version = Datatiedosto on uudemmassa muodossa ({ $format }) kuin tämä sivusto osaa lukea.
retry = Yritä uudelleen
retry-auto = Yritetään automaattisesti uudelleen { $seconds } sekunnin kuluttua.

not-found-title = Sivua ei löytynyt
not-found-text = Tässä osoitteessa ei ole mitään. Linkki voi olla vanha, tai osoitteessa voi olla kirjoitusvirhe.
back-to-finder = Takaisin palveluhakuun

finder-title = Etsi ohjaus- ja neuvontapalveluja
finder-intro = Ohjaus- ja neuvontapalveluja Suomeen muuttaneille. Hae paikan, kielen ja aiheen mukaan.
filters-label = Rajaukset
filters-clear = Poista rajaukset
search-label = Hae
search-hint = Palvelu, paikka tai aihe millä tahansa kielellä. Tarkkeilla (esimerkiksi ä, é) ja isoilla kirjaimilla ei ole merkitystä.
filter-languages = Kielet, joilla palvelua saa
filter-languages-hint = Palvelut, joita saa jollakin valituista kielistä. Luku kertoo, montako palvelua vastaa muita rajauksiasi.
filter-place = Paikka
place-all = Koko Suomi
place-municipalities = Kunnat
filter-channel = Asiointitapa
filter-topic = Aihe
filter-group = Kenelle
filter-any = Kaikki
filter-open-now = Avoinna nyt

near-me = Palvelut lähelläni
near-locating = Sijaintiasi haetaan…
near-denied = Et antanut sivustolle lupaa käyttää sijaintiasi. Voit valita sen sijaan kunnan.
near-unavailable = Sijaintisi ei ole saatavilla. Voit valita sen sijaan kunnan.
near-type-a-name = Kirjoita ensin kunnan nimi.
near-no-municipality = Tällä nimellä ei löydy kuntaa. Tarkista kirjoitusasu.
near-municipality-label = Tai mittaa etäisyydet kunnasta
near-municipality-submit = Näytä lähimmät
near-from-you = Etäisyydet on mitattu sijainnistasi.
near-from-place = Etäisyydet on mitattu kunnan keskustasta: { $place }.
near-from-point = Etäisyydet on mitattu valitusta kohdasta.
near-stop = Lopeta etäisyyksien mittaus
sort-label = Järjestys
sort-distance = Lähimmät ensin
sort-name = Nimen mukaan

result-count = { $count ->
    [0] Palveluja ei löytynyt
    [one] Löytyi 1 palvelu
   *[other] Löytyi { $count } palvelua
}
no-results = Mikään palvelu ei vastaa kaikkia rajauksia. Kokeile poistaa osa rajauksista.
show-more = Näytä lisää palveluja
view-label = Näkymä
view-list = Luettelo
view-map = Kartta
map-label = Palvelujen kartta
map-cluster = { $count ->
    [one] Tässä on 1 palvelu. Lähennä karttaa, niin näet sen.
   *[other] Tässä on { $count } palvelua. Lähennä karttaa, niin näet ne.
}
open-service-page = Avaa palvelun sivu
open-now = Avoinna nyt
closed-now = Suljettu nyt

service-contact = Yhteystiedot
service-address = Osoite
service-directions = Reittiohjeet
service-phone = Puhelin
service-email = Sähköposti
service-website = Verkkosivut
service-hours = Aukioloajat
service-hours-unknown = Aukioloajat eivät ole tiedossa. Ota yhteyttä palveluun ennen kuin menet paikalle.
service-details-loading = Haetaan palvelun kuvausta ja yhteystietoja…
service-details-failed = Palvelun kuvausta ja yhteystietoja ei saatu haettua.
service-details = Lisätiedot
service-languages = Kielet
# Between the items of a list of names (languages, topics, opening times): the language's own comma and a space.
list-separator = {", "}
service-channels = Asiointitavat
service-topics = Aiheet
service-groups = Kenelle
service-accessibility = Esteettömyys
service-municipality = Kunta
service-provider = Palvelun tarjoaa
service-verified = Tiedot tarkistettu

hours-closed = suljettu
hours-all-day = avoinna ympäri vuorokauden
hours-holidays = Juhlapyhät
hours-finnish-time = Ajat ovat Suomen aikaa.

day-mo = ma
day-tu = ti
day-we = ke
day-th = to
day-fr = pe
day-sa = la
day-su = su

appointment-none = Ajanvarausta ei tarvita.
appointment-recommended = Ajanvaraus on suositeltava.
appointment-required = Ajanvaraus on pakollinen.

wheelchair-yes = Esteetön pyörätuolilla liikkuvalle
wheelchair-limited = Osittain esteetön pyörätuolilla liikkuvalle
wheelchair-no = Ei esteetön pyörätuolilla liikkuvalle
wheelchair-unknown = Esteettömyys pyörätuolilla liikkuvalle ei ole tiedossa

channel-in_person = Paikan päällä
channel-phone = Puhelimessa
channel-online = Verkossa
channel-chat = Chat
channel-video = Videopuhelu

topic-residence = Oleskeluluvat
topic-work = Työ
topic-housing = Asuminen
topic-education = Koulutus
topic-health = Terveys
topic-language_courses = Kielikurssit
topic-family = Perhe
topic-social_security = Sosiaaliturva
topic-taxation = Verotus
topic-integration_plan = Kotoutumissuunnitelma

group-all = Kaikille
group-families = Perheet
group-youth = Nuoret
group-women = Naiset
group-students = Opiskelijat
group-workers = Työntekijät
group-asylum_seekers = Turvapaikanhakijat
group-refugees = Pakolaiset
group-seniors = Ikääntyneet

area-region = Maakunnat
area-wellbeing_county = Hyvinvointialueet
area-employment_area = Työllisyysalueet
area-vitality_centre = Elinvoimakeskukset (vuodesta 2026)
area-ely_centre = ELY-keskukset (vuoden 2025 loppuun)

actor-tasks = Tehtävät
actor-website = Verkkosivut
actor-services = Palvelut
actor-no-services = Aineistossa ei ole tämän toimijan palveluja.

data-title = Tietoa aineistosta
data-name = Aineisto
data-publisher = Julkaisija
data-published = Julkaistu
data-license = Lisenssi
data-address = Tiedoston osoite
data-downloads = Lataukset
data-downloads-intro = Samat tiedot uudelleenkäyttöä varten, tehty aineiston koostamisen yhteydessä. Viennit sisältävät palvelut.
data-downloads-linked = Tämä aineisto avattiin linkistä: täällä voi ladata vain itse tiedoston ja sen muodon kuvauksen.
data-dl-dataset = Aineisto (JSON, muoto integration-atlas/1)
data-dl-checksum = Sen SHA-256-tarkistussumma
data-dl-schema = Muodon JSON Schema -kuvaus
data-dl-csv = Palvelut CSV-tiedostona (julkaisupohjan sarakkeet)
data-dl-geojson = Palvelut GeoJSON-muodossa (pisteet karttaohjelmille)
data-dl-hsds = Palvelut Open Referral HSDS 3.0 -muodossa (JSON)
data-sources = Lähteet
data-counts = Tietueet
data-kind = Tyyppi
data-shown = Näytetään
data-left-out = Jätetty pois
data-sourced = Lähde mainittu
data-illustrative = Havainnollistavia
data-problems = Pois jätetyt tietueet ja kentät
data-problems-intro = Tietuetta ei näytetä, jos sen tunniste, nimi, sijainti, kielet tai pakollinen viittaus rikkoo aineistomuodon sääntöjä. Jos sääntöjä rikkoo vapaaehtoinen kenttä, esimerkiksi virheellinen sähköpostiosoite, kenttä jätetään pois ja tietue näytetään ilman sitä.
data-no-problems = Kaikki tiedoston tietueet ovat kelvollisia, ja ne näytetään.
data-pack = Tiivis paketti
data-pack-used = Luettu tästä aineistosta tehdystä paketista: siinä on se, mitä hakupalvelu tarvitsee, ja se on tarkistettu aineiston tarkistussummaa vasten. Palvelun kuvaus ja yhteystiedot haetaan, kun sen sivu avataan.
data-pack-refused = Pakettia ei käytetty: { $reason } Sen sijaan luettiin koko aineisto.
pack-unreachable = sitä ei saatu haettua.
pack-unchecked = aineiston tarkistussummaa ei saatu haettua, joten pakettia ei voitu tarkistaa sitä vasten.
pack-not-inflated = se ei ole ehjä pakattu tiedosto, tai tämä selain ei osaa purkaa sitä.
pack-stale = se on tehty aineiston toisesta versiosta.
pack-damaged = se on vioittunut tai katkennut.
pack-version = se on uudempaa pakettimuotoa kuin tämä sovellus lukee.
pack-breaks-rule = jokin sen tietue rikkoo aineistomuodon sääntöjä.
data-id = Tunniste
data-reason = Syy
data-dropped = Pois jätetyt kentät
data-field = Kenttä
data-effect = Mitä tehtiin
effect-left_out = Tietue jätetty pois
effect-field_dropped = Kenttä jätetty pois
reason-unreadable = Arvoa ei voi lukea: sen tyyppi tai rakenne on väärä.
reason-bad_id = Tunnisteessa saa olla vain pieniä kirjaimia, numeroita ja merkkejä : _ -
reason-bad_municipality_code = Koodi ei ole kolminumeroinen kuntakoodi.
reason-no_text = Teksti on tyhjä kaikilla kielillä.
reason-bad_text_language = Tekstin kieli ei ole ISO 639 -koodi.
reason-not_a_word = ”{ $value }” ei ole pienin kirjaimin kirjoitettu sana.
reason-not_one_of = ”{ $value }” ei ole mikään sallituista arvoista.
reason-no_record = ”{ $value }” ei viittaa mihinkään tiedoston tietueeseen.
reason-bad_location = Sijainti ei ole Suomessa.
reason-bad_date = ”{ $value }” ei ole päivämäärä (VVVV-KK-PP).
reason-bad_url = Osoite ei ole http- tai https-osoite.
reason-bad_email = ”{ $value }” ei ole sähköpostiosoite.
reason-bad_phone = ”{ $value }” ei ole puhelinnumero kansainvälisessä muodossa (+358 …).
reason-bad_language = ”{ $value }” ei ole kielikoodi.
reason-no_language = Kieltä ei ole annettu.
reason-bad_hours = Aukioloaikoja ei voi lukea.
reason-end_before_start = Päättymispäivä on ennen alkamispäivää.
reason-duplicate = Aiemmalla tietueella on sama tunniste.
reason-not_a_list = Luettelo ei ole luettelo, joten siitä ei luettu mitään.

kind-meta = Aineiston kuvaus
kind-areas = Alueet
kind-municipalities = Kunnat
kind-actors = Toimijat
kind-services = Palvelut
kind-programmes = Ohjelmat
kind-legislation = Lainsäädäntö

nav-actors = Kuka tekee mitä
nav-programmes = Ohjelmat
nav-legislation = Kotoutumista koskeva lainsäädäntö
illustrative = havainnollistava
illustrative-text = Tämä tietue on havainnollistava esimerkki: se on kirjoitettu esimerkiksi, eikä sen tietoja ole otettu julkaistusta lähteestä.
sources-title = Lähteet
sources-none = Tietueessa ei mainita lähdettä sen tiedoille.
sources-illustrative = Ei lähdettä: tietue on havainnollistava esimerkki.
source-label = Lähde:
source-checked = , tarkistettu { $date }

actors-title = Kuka tekee mitä kotoutumisen edistämisessä
actors-intro = Viranomaiset, kunnat ja järjestöt, jotka edistävät Suomeen muuttaneiden kotoutumista, sekä niiden tehtävät. Valitse päivämäärä, niin näet rakenteen sellaisena kuin se oli kyseisenä päivänä.
actors-level = Taso
actors-kind = Tyyppi
actors-at = Tilanne päivänä
actors-today = Näytä nykytilanne
actors-count = Tilanne { $date }: { $count ->
    [one] 1 toimija
   *[other] { $count } toimijaa
}
back-to-actors = Takaisin sivulle Kuka tekee mitä
level-national = Valtakunnallinen
level-regional = Alueellinen
level-local = Paikallinen
level-civil_society = Kansalaisyhteiskunta
actor-kind-ministry = ministeriö
actor-kind-agency = virasto
actor-kind-regional_authority = alueellinen viranomainen
actor-kind-municipality = kunta
actor-kind-wellbeing_county = hyvinvointialue
actor-kind-employment_authority = työvoimaviranomainen
actor-kind-ngo = järjestö
actor-kind-religious_community = uskonnollinen yhdyskunta
actor-kind-education = koulutuksen järjestäjä
actor-kind-other = muu
actor-former = entinen
actor-ended = Tätä toimijaa ei ole enää olemassa. Sen tehtävät siirtyivät seuraaville:
actor-area = Alue
actor-municipalities = { $count ->
    [one] 1 kunta
   *[other] { $count } kuntaa
}
actor-timeline = Edeltäjät ja seuraajat
actor-predecessors = Aiemmin
actor-successors = Myöhemmin
actor-relations = Suhteet muihin toimijoihin
actor-relations-on = Tilanne { $date }
actor-relations-other-times = Muina aikoina
actor-programmes = Ohjelmat
rel-steers = Ohjaa
rel-steered-by = Ohjaava taho
rel-funds = Rahoittaa
rel-funded-by = Rahoittaja
rel-supervises = Valvoo
rel-supervised-by = Valvova taho
rel-part-of = Osa kokonaisuutta
rel-has-part = Sisältää
rel-agreement = Sopimuskumppani
rel-cooperates = Yhteistyökumppani

programmes-title = Kotoutumisen edistämisen ohjelmat
programmes-intro = Ohjelmat, jotka ohjaavat kotoutumisen edistämistä valtakunnallisesti ja kunnissa, sekä niiden voimassaoloajat ja tieto siitä, ovatko ne voimassa tänään.
programmes-kind = Ohjelman tyyppi
programmes-status = Tilanne tänään
programmes-count = { $count ->
    [0] Ohjelmia ei löytynyt
    [one] Löytyi 1 ohjelma
   *[other] Löytyi { $count } ohjelmaa
}
programmes-municipal-title = Kunnat ja niiden ohjelmat tänään
programmes-coverage = Aineiston mukaan { $with } kunnalla { $total } kunnasta on oma voimassa oleva kotoutumis- tai kotouttamisohjelma.
programmes-coverage-caveat = Aineistossa on vain ohjelmat, jotka tunnetaan julkisista päätöksistä. Kunnalla, joka puuttuu tästä, voi silti olla ohjelma.
programmes-with = Kunnat, joilla on voimassa oleva ohjelma
programmes-valid-programme = Voimassa oleva ohjelma
programmes-without = { $count ->
    [one] 1 kunta, jolla ei ole aineistossa voimassa olevaa ohjelmaa
   *[other] { $count } kuntaa, joilla ei ole aineistossa voimassa olevaa ohjelmaa
}
back-to-programmes = Takaisin ohjelmiin
prog-kind-municipal_integration_programme = kunnan kotouttamisohjelma (laki 1386/2010)
prog-kind-integration_programme = kunnan kotoutumisohjelma (laki 681/2023)
prog-kind-regional_programme = alueellinen ohjelma
prog-kind-government_integration_programme = valtion kotouttamisohjelma
prog-kind-partnership_programme = kotouttamisen kumppanuusohjelma
status-valid = voimassa
status-expired = päättynyt
status-upcoming = tuleva
programme-period = Voimassaoloaika
programme-adopted = Hyväksytty
programme-responsible = Vastuutaho
programme-document = Asiakirja
programme-municipalities = Kunnat, joita ohjelma koskee

legislation-title = Kotoutumista koskeva lainsäädäntö
legislation-intro = Lait, jotka ohjaavat Suomeen muuttaneiden kotoutumisen edistämistä.
legislation-from = Voimassa alkaen
legislation-to = päättyen
actor-period-from = { $date } alkaen
actor-period-until = { $date } asti
actor-period = { $from } – { $to }
legislation-in-force = voimassa
legislation-not-in-force = ei enää voimassa

footer-accessibility = Saavutettavuusseloste
a11y-title = Saavutettavuusseloste
a11y-intro = Tämä seloste koskee Integration Atlas -sivustoa. Vaatimukset perustuvat lakiin digitaalisten palvelujen tarjoamisesta (306/2019), jolla on pantu täytäntöön EU:n saavutettavuusdirektiivi. Vaadittu taso on WCAG 2.1 AA.
a11y-status-title = Kuinka saavutettava sivusto on
a11y-status = Sivusto täyttää WCAG 2.1 AA -vaatimukset osittain. Jokainen sivu tarkistetaan automaattisesti kaikilla kielillä sekä tietokoneen että puhelimen näyttökoossa, ja sivuston käyttöä pelkällä näppäimistöllä testataan.
a11y-known-title = Tunnetut puutteet
a11y-known-map = Karttaa ei voi käyttää näppäimistöllä eikä ruudunlukijalla. Kaikki kartalla näkyvä on myös tulosluettelossa, jota voi käyttää kaikin tavoin.
a11y-known-translations = Ukrainan-, venäjän- ja arabiankielisiä tekstejä eivät ole vielä tarkistaneet kieltä äidinkielenään puhuvat.
a11y-known-data = Aineiston tekstit näytetään niillä kielillä, joilla julkaisija on ne antanut. Kun teksti ei ole sinun kielelläsi, sen kieli on merkitty, jotta ruudunlukijat lukevat sen oikein.
a11y-feedback-title = Palaute
a11y-feedback = Jos huomaat sivustolla saavutettavuusongelman tai tarvitset sen sisältöä toisessa muodossa, kerro siitä sivustoa ylläpitävälle organisaatiolle. Sen on vastattava sinulle kahden viikon kuluessa.
a11y-contact-email = Sähköposti
a11y-contact-url = Palautelomake
a11y-no-contact = Tälle sivuston kopiolle ei ole annettu yhteystietoa (config.json-tiedoston asetus ”contact”). Kysy sivuston julkaissut organisaatiolta.
a11y-enforcement-2026 = Digitaalisten palvelujen saavutettavuutta on valvonut Etelä-Suomen aluehallintoviraston saavutettavuuden valvontayksikkö. Kesäkuussa 2024 annettu hallituksen esitys (HE 71/2024) siirtäisi valvonnan Liikenne- ja viestintävirasto Traficomille. Aluehallintovirastojen toiminta päättyi 31.12.2025, ja suurin osa niiden tehtävistä siirtyi Lupa- ja valvontavirastolle. Valvonnasta nyt vastaava viranomainen, sen yhteystiedot ja ilmoituslomake kerrotaan osoitteessa
a11y-enforcement-title = Valvontaviranomainen
a11y-enforcement = Jos et ole tyytyväinen vastaukseen tai et saa vastausta kahden viikon kuluessa, voit ilmoittaa ongelmasta digitaalisten palvelujen saavutettavuutta valvovalle viranomaiselle. Viranomainen voi määrätä ongelman korjattavaksi.
a11y-date = Tämä seloste on laadittu 22.11.2026 ja päivitetty viimeksi 26.11.2026.

# Palveluverkko, upotus ja upotuskoodin laatija
nav-network = Palveluverkko
nav-embed-code = Upota omalle sivustollesi
embed-full-view = Avaa koko näkymä
opens-new-tab = (avautuu uuteen välilehteen)
network-title = Palveluverkko
network-intro = Viranomaisille: kuinka hyvin ohjaus- ja neuvontapalvelut kattavat kunkin alueen, missä on aukkoja, mitkä tiedot kaipaavat tarkistusta ja mistä kotoutumisohjelmat puuttuvat. Jokaisen taulukon voi lajitella, ladata CSV-tiedostona ja tulostaa, ja tämän sivun osoite säilyttää valintasi.
network-km = Etäisyys lähimpään palveluun (km)
network-km-invalid = Anna kokonaisluku väliltä 1–{ $max }. Luvut on yhä laskettu { $km } kilometrin mukaan.
network-at = Päivämäärä
network-kind = Ryhmittele alueittain
network-kind-hint = Vaihtoehtoina ovat vain ne aluetyypit, jotka olivat olemassa valittuna päivänä.
network-empty-not-yet = Aluetyypin ”{ $kind }” alueita ei ollut { $date }: ne alkavat { $from }. Valitse toinen ryhmittely tai myöhäisempi päivä.
network-empty-ended = Aluetyypin ”{ $kind }” alueita ei ollut { $date }: ne päättyivät { $to }. Valitse toinen ryhmittely tai aikaisempi päivä.
network-empty-none = Aineistossa ei ole aluetyypin ”{ $kind }” alueita. Valitse toinen ryhmittely.
network-empty-gaps = Ei aukkoja: jokaisessa kunnassa on palvelu { $km } kilometrin säteellä.
network-share = Linkki tähän näkymään
network-print = Tulosta
network-day = Tilanne { $date }. Palveluilla ei ole omia päivämääriä: päivämäärä ratkaisee alueet, voimassa olevat ohjelmat ja sen, mitkä tiedot on tarkistettu viimeisten 12 kuukauden aikana.
network-summary = Kunnat, joissa palvelu on enintään { $km } km:n päässä: { $covered }/{ $total }.
network-contents = Tällä sivulla
network-gaps-map = Aukot kartalla
network-gaps-hint = Kukin piste on sellaisen kunnan keskus, jonka lähin palvelu on valittua etäisyyttä kauempana (isoympyräetäisyys). Samat kunnat luetellaan aukkotaulukossa.
network-rows = Rivejä: { $count }
network-csv = Lataa CSV-tiedostona
network-areas-title = Kattavuus ja kielet alueittain
network-gaps-title = Aukot: kunnat, joissa ei ole palvelua valitun etäisyyden sisällä
network-freshness-title = Ajantasaisuus: palvelut, joita ei ole tarkistettu 12 kuukauteen
network-programmes-title = Kunnat, joilla ei ole voimassa olevaa kotoutumisohjelmaa
network-col-area = Alue
network-col-municipalities = Kuntia
network-col-services = Palveluja
network-col-languages = Tarjotut kielet
network-col-covered = Kuntia, joissa palvelu etäisyyden sisällä
network-col-covered-share = Osuus (%)
network-col-languages-missing = Muualla tarjotut kielet, joita täällä ei ole
network-col-municipality = Kunta
network-col-code = Koodi
network-col-nearest-km = Lähin palvelu (km)
network-col-nearest-service = Lähin palvelu
network-col-stale = Tarkistamatta 12 kuukauteen
network-col-stale-share = Tarkistamattomien osuus (%)
network-col-stale-services = Tarkistamattomat palvelut
network-col-with-programme = Voimassa oleva ohjelma
network-col-without-programme = Ei voimassa olevaa ohjelmaa
network-col-without-share = Osuus ilman ohjelmaa (%)
network-col-without-municipalities = Kunnat ilman ohjelmaa
embed-code-title = Upota palveluhaku omalle sivustollesi
embed-code-intro = Valitse, mitä haku näyttää, tarkista esikatselu ja kopioi koodi sivullesi. Upotettu haku ei käytä evästeitä eikä tallenna mitään.
embed-iframe-title = Integration Atlas: löydä ohjaus- ja neuvontapalvelut
embed-ui-language = Haun kieli
embed-view = Näytä
embed-view-both = Kartta ja luettelo
embed-width = Leveys pikseleinä
embed-width-hint = Jätä tyhjäksi, niin haku käyttää sivun koko leveyden.
embed-height = Korkeus pikseleinä
embed-height-hint = Jätä tyhjäksi, niin korkeus mukautuu sisältöön (koodiin tulee silloin pieni skripti).
embed-snippet = Sivullesi liitettävä koodi
embed-copy = Kopioi koodi
embed-copied = Kopioitu.
embed-copy-failed = Kopiointi ei onnistunut. Valitse koodi ja kopioi se itse.
embed-url = Pelkkä osoite
embed-preview = Esikatselu

# The finder on a phone, page titles, and the service page's actions
title-finder = Ohjaus- ja neuvontapalvelut
title-finder-language = Palvelut kielellä { $languages }
title-finder-place = Palvelut lähellä: { $place }
title-finder-language-place = Palvelut kielellä { $languages } lähellä: { $place }
filters-open = Rajaukset ({ $count })
filters-show-results = { $count ->
    [0] Sulje: ei sopivia palveluja
    [one] Näytä 1 palvelu
   *[other] Näytä { $count } palvelua
}
chip-text = Haku: { $text }
chip-remove = Poista rajaus: { $filter }
chip-near-you = Lähimpänä sinua
chip-near-place = Lähimpänä: { $place }
chip-near-point = Lähimpänä valittua pistettä
chips-label = Valitut rajaukset
did-you-mean = Tarkoititko:
opens-today = Aukeaa tänään klo { $time }
opens-tomorrow = Aukeaa huomenna klo { $time }
opens-on = Aukeaa { $day } klo { $time }
back-to-results = Takaisin tuloksiin
action-call = Soita
action-email = Lähetä sähköpostia
action-website = Verkkosivu
action-share = Jaa
action-print = Tulosta
share-copied = Linkki kopioitiin. Voit liittää sen viestiin.
share-copy-failed = Linkkiä ei voitu kopioida. Kopioi se osoiteriviltä.
directions-foot = Kävellen (OpenStreetMap)
directions-car = Autolla (OpenStreetMap)
directions-transit = Joukkoliikenteellä (Matka.fi-reittiopas)
report-problem = Ilmoita virheellisestä tiedosta
report-subject = Virheellinen tieto: { $name }
report-body-service = Palvelu: { $name } (tunnus { $id })
report-body-page = Sivu: { $url }
report-body-what = Mikä on väärin:
embed-controls = Näytettävät valinnat
embed-controls-all = Kaikki rajaukset
embed-controls-search = Vain hakukenttä
embed-controls-none = Ei valintoja: vain tulokset

# The map's controls
map-zoom-in = Lähennä
map-zoom-out = Loitonna
map-popup-close = Sulje
map-leaflet-title = JavaScript-kirjasto vuorovaikutteisille kartoille
