# Integration Atlas: English. Every key here must exist in every locales/*/main.ftl.

app-name = Integration Atlas
skip-to-content = Skip to content
nav-label = Main
nav-menu = Menu
nav-finder = Find a service
nav-data = About the data
ui-language = Language of this site
loading = Loading the services…
loading-progress = { $loaded } of { $total } MB received
loading-checked = { $done } of { $total } records checked

sample-title = Demonstration data.
sample-text = The services shown are examples for trying out the site, not real services. Do not contact them.
refused-data = A link asked this site to show data from an address it does not trust, so the official data is shown instead:
data-from = Data from { $date }
offline-data = You are offline: showing the data saved on this device.

footer-privacy = This site uses no cookies and no analytics. Your position is used only in your browser.
footer-sources = Sources of the data ({ $count })
footer-contact = Contact the site’s operator

error-title = The services could not be loaded
error-network = The connection failed. Check your network connection and try again.
error-status = The server answered with an error ({ $status }). Try again in a moment.
error-not-json = The data file is damaged and cannot be read ({ $detail }).
error-not-atlas = The data file is not an Integration Atlas dataset.
error-version = The data file is in a newer format ({ $format }) than this site can read.
retry = Try again
retry-auto = Trying again automatically in { $seconds } seconds.

not-found-title = Page not found
not-found-text = There is nothing at this address. The link may be old or mistyped.
back-to-finder = Back to the service finder

finder-title = Find guidance and counselling services
finder-intro = Guidance and counselling services for immigrants in Finland. Search by place, language and topic.
filters-label = Filters
filters-clear = Clear filters
search-label = Search
search-hint = A service, place or topic, in any language. Accents and capitals do not matter.
filter-languages = Languages the service speaks
filter-languages-hint = Services that speak any of the chosen languages. The number tells how many match your other filters.
filter-place = Place
place-all = All of Finland
place-municipalities = Municipalities
filter-channel = How to use the service
filter-topic = Topic
filter-group = For whom
filter-any = Any
filter-open-now = Open now

near-me = Services near me
near-locating = Finding your position…
near-denied = You did not allow the site to use your position. You can choose a municipality instead.
near-unavailable = Your position is not available. You can choose a municipality instead.
near-type-a-name = Type the name of a municipality first.
near-no-municipality = No municipality has that name. Check the spelling.
near-municipality-label = Or measure distances from a municipality
near-municipality-submit = Show nearest
near-from-you = Distances are measured from your position.
near-from-place = Distances are measured from the centre of { $place }.
near-from-point = Distances are measured from the chosen point.
near-stop = Stop measuring distances
sort-label = Order
sort-distance = Nearest first
sort-name = By name

result-count = { $count ->
    [0] No services found
    [one] 1 service found
   *[other] { $count } services found
}
no-results = No service matches all the filters. Try removing some of them.
show-more = Show more services
view-label = Show as
view-list = List
view-map = Map
map-label = Map of the services
map-cluster = { $count } services here. Zoom in to see them.
open-service-page = Open the service page
open-now = Open now
closed-now = Closed now

service-contact = Contact
service-address = Address
service-directions = Directions
service-phone = Phone
service-email = E-mail
service-website = Website
service-hours = Opening hours
service-hours-unknown = Opening hours are not known. Contact the service before you go.
service-details-loading = Loading the service's description and contact details…
service-details-failed = The service's description and contact details could not be loaded.
service-details = Details
service-languages = Languages
# Between the items of a list of names (languages, topics, opening times): the language's own comma and a space.
list-separator = {", "}
service-channels = How to use the service
service-topics = Topics
service-groups = For whom
service-accessibility = Accessibility
service-municipality = Municipality
service-provider = Provided by
service-verified = Information checked

hours-closed = closed
hours-all-day = open all day
hours-holidays = Public holidays
hours-finnish-time = Times are Finnish time.

day-mo = Mon
day-tu = Tue
day-we = Wed
day-th = Thu
day-fr = Fri
day-sa = Sat
day-su = Sun

appointment-none = No appointment needed.
appointment-recommended = An appointment is recommended.
appointment-required = An appointment is required.

wheelchair-yes = Accessible by wheelchair
wheelchair-limited = Partly accessible by wheelchair
wheelchair-no = Not accessible by wheelchair
wheelchair-unknown = Wheelchair access not known

channel-in_person = In person
channel-phone = By phone
channel-online = Online
channel-chat = Chat
channel-video = Video call

topic-residence = Residence permits
topic-work = Work
topic-housing = Housing
topic-education = Education
topic-health = Health
topic-language_courses = Language courses
topic-family = Family
topic-social_security = Social security
topic-taxation = Taxation
topic-integration_plan = Integration plan

group-all = Open to everyone
group-families = Families
group-youth = Young people
group-women = Women
group-students = Students
group-workers = Workers
group-asylum_seekers = Asylum seekers
group-refugees = Refugees
group-seniors = Older people

area-region = Regions
area-wellbeing_county = Wellbeing services counties
area-employment_area = Employment areas
area-vitality_centre = Economic Development Centres (from 2026)
area-ely_centre = ELY Centres (until 2025)

actor-tasks = Tasks
actor-website = Website
actor-services = Services
actor-no-services = No services of this actor are in the data.

data-title = About the data
data-name = Dataset
data-publisher = Publisher
data-published = Published
data-license = Licence
data-address = Address of the file
data-downloads = Downloads
data-downloads-intro = The same data for reuse, made when the dataset was built. The exports contain the services.
data-downloads-linked = This dataset was opened from a link: only the file itself and the description of its format can be downloaded here.
data-dl-dataset = The dataset (JSON, format integration-atlas/1)
data-dl-checksum = Its SHA-256 checksum
data-dl-schema = JSON Schema of the format
data-dl-csv = Services as CSV (the columns of the publishing template)
data-dl-geojson = Services as GeoJSON (points for map software)
data-dl-hsds = Services as Open Referral HSDS 3.0 (JSON)
data-sources = Sources
data-counts = Records
data-kind = Kind
data-shown = Shown
data-left-out = Left out
data-sourced = With a source
data-illustrative = Illustrative
data-problems = Records left out and fields dropped
data-problems-intro = A record whose id, name, place, languages or a required reference breaks the rules of the data format is not shown. An optional field that breaks them, such as a malformed e-mail address, is dropped, and its record is shown without it.
data-no-problems = Every record in the file is valid and shown.
data-pack = Compact pack
data-pack-used = Read from the pack made from this dataset: what the finder needs, checked against the dataset's checksum. A service's description and contact details are fetched when its page opens.
data-pack-refused = The pack was not used: { $reason } The whole dataset was read instead.
pack-unreachable = it could not be fetched.
pack-unchecked = the dataset's checksum could not be fetched, so the pack could not be checked against it.
pack-not-inflated = it is not a whole compressed file, or this browser cannot unpack it.
pack-stale = it was made from another version of the dataset.
pack-damaged = it is damaged or cut short.
pack-version = it is in a newer pack format than this app reads.
pack-breaks-rule = a record in it breaks the rules of the data format.
data-id = Id
data-reason = Reason
data-dropped = Fields dropped
data-field = Field
data-effect = What happened
effect-left_out = Record left out
effect-field_dropped = Field dropped
reason-unreadable = The value cannot be read: it has the wrong type or shape.
reason-bad_id = The id may contain only lower-case letters, digits and the characters : _ -
reason-bad_municipality_code = The code is not a three-digit municipality code.
reason-no_text = The text is empty in every language.
reason-bad_text_language = The text has a language that is not an ISO 639 code.
reason-not_a_word = “{ $value }” is not a lower-case word.
reason-not_one_of = “{ $value }” is not one of the allowed values.
reason-no_record = “{ $value }” refers to no record in the file.
reason-bad_location = The location is not in Finland.
reason-bad_date = “{ $value }” is not a date (YYYY-MM-DD).
reason-bad_url = The address is not an http or https address.
reason-bad_email = “{ $value }” is not an e-mail address.
reason-bad_phone = “{ $value }” is not a phone number in international form (+358 …).
reason-bad_language = “{ $value }” is not a language code.
reason-no_language = No language is given.
reason-bad_hours = The opening hours cannot be read.
reason-end_before_start = The end date is before the start date.
reason-duplicate = An earlier record has the same id.
reason-not_a_list = The list is not a list, so none of it was read.

kind-meta = Description of the dataset
kind-areas = Areas
kind-municipalities = Municipalities
kind-actors = Actors
kind-services = Services
kind-programmes = Programmes
kind-legislation = Legislation

nav-actors = Who does what
nav-programmes = Programmes
nav-legislation = Legislation on integration
illustrative = illustrative
illustrative-text = This record is illustrative: it was written to show an example, not taken from a published source.
sources-title = Sources
sources-none = This record names no source for its facts.
sources-illustrative = No source: the record is illustrative.
source-label = Source:
source-checked = , checked { $date }

actors-title = Who does what in integration
actors-intro = The authorities, municipalities and organisations that work for the integration of immigrants, and their tasks. Choose a date to see the structure as it stood on that day.
actors-level = Level
actors-kind = Kind
actors-at = Structure on
actors-today = Show today
actors-count = { $count ->
    [one] 1 actor
   *[other] { $count } actors
} on { $date }
back-to-actors = Back to who does what
level-national = National
level-regional = Regional
level-local = Local
level-civil_society = Civil society
actor-kind-ministry = ministry
actor-kind-agency = agency
actor-kind-regional_authority = regional authority
actor-kind-municipality = municipality
actor-kind-wellbeing_county = wellbeing services county
actor-kind-employment_authority = employment authority
actor-kind-ngo = organisation
actor-kind-religious_community = religious community
actor-kind-education = education provider
actor-kind-other = other
actor-former = former
actor-ended = This actor no longer exists. Its tasks passed to:
actor-area = Area
actor-municipalities = { $count ->
    [one] 1 municipality
   *[other] { $count } municipalities
}
actor-timeline = Predecessors and successors
actor-predecessors = Before
actor-successors = After
actor-relations = Relations
actor-relations-on = On { $date }
actor-relations-other-times = At other times
actor-programmes = Programmes
rel-steers = Steers
rel-steered-by = Steered by
rel-funds = Funds
rel-funded-by = Funded by
rel-supervises = Supervises
rel-supervised-by = Supervised by
rel-part-of = Part of
rel-has-part = Includes
rel-agreement = Agreement with
rel-cooperates = Cooperates with

programmes-title = Integration programmes
programmes-intro = The programmes that guide integration work nationally and in municipalities, with their periods and whether they are valid today.
programmes-kind = Kind of programme
programmes-status = Status today
programmes-count = { $count ->
    [0] No programmes found
    [one] 1 programme found
   *[other] { $count } programmes found
}
programmes-municipal-title = Municipalities and their programmes today
programmes-coverage = { $with } of { $total } municipalities have a valid integration programme of their own in the data.
programmes-coverage-caveat = The data holds only programmes known from public decisions. A municipality missing here may still have a programme.
programmes-with = Municipalities with a valid programme
programmes-valid-programme = Valid programme
programmes-without = { $count ->
    [one] 1 municipality without a valid programme in the data
   *[other] { $count } municipalities without a valid programme in the data
}
back-to-programmes = Back to programmes
prog-kind-municipal_integration_programme = municipal integration programme (Act 1386/2010)
prog-kind-integration_programme = municipal integration programme (Act 681/2023)
prog-kind-regional_programme = regional programme
prog-kind-government_integration_programme = Government Integration Programme
prog-kind-partnership_programme = integration partnership programme
status-valid = valid
status-expired = expired
status-upcoming = upcoming
programme-period = Period
programme-adopted = Adopted
programme-responsible = Responsible
programme-document = Document
programme-municipalities = Municipalities covered

legislation-title = Legislation on integration
legislation-intro = The Acts that guide the integration of immigrants in Finland.
legislation-from = In force from
legislation-to = until
actor-period-from = from { $date }
actor-period-until = until { $date }
actor-period = { $from } – { $to }
legislation-in-force = in force
legislation-not-in-force = no longer in force

footer-accessibility = Accessibility statement
a11y-title = Accessibility statement
a11y-intro = This statement applies to Integration Atlas. The requirements come from the Finnish Act on the Provision of Digital Services (306/2019), which implements the EU Web Accessibility Directive. The level required is WCAG 2.1 AA.
a11y-status-title = How accessible the service is
a11y-status = The service partly meets the WCAG 2.1 AA requirements. Every page is checked automatically in every language at desktop and phone sizes, and using the service with a keyboard alone is tested.
a11y-known-title = Known problems
a11y-known-map = The map cannot be used with a keyboard or a screen reader. Everything on the map is also in the list of results, which can be used in every way.
a11y-known-translations = The Ukrainian, Russian and Arabic texts have not yet been checked by native speakers.
a11y-known-data = Texts from the data are shown in the languages the publisher gave them in. When a text is not in your language, it is marked with its own language so that screen readers read it correctly.
a11y-feedback-title = Feedback
a11y-feedback = If you notice an accessibility problem on this site, or need its content in another form, tell the organisation that runs the site. It must answer you within two weeks.
a11y-contact-email = E-mail
a11y-contact-url = Feedback form
a11y-no-contact = This copy of the site has not been given a contact address (the “contact” setting in config.json). Ask the organisation that published it.
a11y-enforcement-2026 = The supervisory authority for digital accessibility has been the Accessibility Supervision Unit of the Regional State Administrative Agency for Southern Finland. A government proposal of June 2024 (HE 71/2024) would move this supervision to the Finnish Transport and Communications Agency Traficom. The Regional State Administrative Agencies ended on 31 December 2025, and most of their tasks passed to the Finnish Supervisory Agency (Lupa- ja valvontavirasto). The authority that supervises today, with its contact details and report form, is given at
a11y-enforcement-title = Supervisory authority
a11y-enforcement = If you are not satisfied with the answer, or get no answer within two weeks, you can report the problem to the supervisory authority for digital accessibility. The authority can order the problem to be corrected.
a11y-date = This statement was prepared on 22 November 2026 and last updated on 26 November 2026.

# Network view, embed and embed-code builder
nav-network = Service network
nav-embed-code = Embed on your site
embed-full-view = Open in full view
opens-new-tab = (opens in a new tab)
network-title = The service network
network-intro = For officials: how well the guidance services cover each area, where the gaps are, which records need checking and where integration programmes are missing. Every table can be sorted, downloaded as CSV and printed, and the address of this page keeps your choices.
network-km = Distance to the nearest service (km)
network-km-invalid = Enter a whole number from 1 to { $max }. The figures are still for { $km } km.
network-at = Date
network-kind = Group by area
network-kind-hint = Only the kinds of area that existed on the chosen date are offered.
network-empty-not-yet = There were no areas of the kind “{ $kind }” on { $date }: they begin on { $from }. Choose another grouping or a later date.
network-empty-ended = There were no areas of the kind “{ $kind }” on { $date }: they ended on { $to }. Choose another grouping or an earlier date.
network-empty-none = The data has no areas of the kind “{ $kind }”. Choose another grouping.
network-empty-gaps = No gaps: every municipality has a service within { $km } km.
network-share = Link to this view
network-print = Print
network-day = Situation on { $date }. Services carry no dates of their own: the date decides the areas, the programmes in force and which records count as checked in the last 12 months.
network-summary = Municipalities with a service within { $km } km: { $covered } of { $total }.
network-contents = On this page
network-gaps-map = Gaps on the map
network-gaps-hint = Each dot is the centre of a municipality whose nearest service is farther than the chosen distance (great-circle distance). The same municipalities are listed in the gaps table.
network-rows = Rows: { $count }
network-csv = Download as CSV
network-areas-title = Coverage and languages by area
network-gaps-title = Gaps: municipalities without a service within the distance
network-freshness-title = Freshness: services not checked in the last 12 months
network-programmes-title = Municipalities without a valid integration programme
network-col-area = Area
network-col-municipalities = Municipalities
network-col-services = Services
network-col-languages = Languages offered
network-col-covered = Municipalities with a service within the distance
network-col-covered-share = Share (%)
network-col-languages-missing = Languages offered elsewhere but not here
network-col-municipality = Municipality
network-col-code = Code
network-col-nearest-km = Nearest service (km)
network-col-nearest-service = Nearest service
network-col-stale = Not checked in 12 months
network-col-stale-share = Share not checked (%)
network-col-stale-services = Services not checked
network-col-with-programme = With a valid programme
network-col-without-programme = Without a valid programme
network-col-without-share = Share without (%)
network-col-without-municipalities = Municipalities without a programme
embed-code-title = Embed the service finder on your site
embed-code-intro = Choose what the finder shows, check the preview, then copy the code into your page. The embedded finder sets no cookies and stores nothing.
embed-iframe-title = Integration Atlas: find guidance and counselling services
embed-ui-language = Language of the finder
embed-view = Show
embed-view-both = Map and list
embed-width = Width in pixels
embed-width-hint = Leave empty to use the full width of the page.
embed-height = Height in pixels
embed-height-hint = Leave empty to let the height follow the content (the code then includes a small script).
embed-snippet = Code to paste into your page
embed-copy = Copy the code
embed-copied = Copied.
embed-copy-failed = Copying did not work. Select the code and copy it yourself.
embed-url = Plain address
embed-preview = Preview

# The finder on a phone, page titles, and the service page's actions
title-finder = Guidance and counselling services
title-finder-language = Services in { $languages }
title-finder-place = Services near { $place }
title-finder-language-place = Services in { $languages } near { $place }
filters-open = Filters ({ $count })
filters-show-results = { $count ->
    [0] Close: no services match
    [one] Show 1 service
   *[other] Show { $count } services
}
chip-text = Search: { $text }
chip-remove = Remove filter: { $filter }
# The chip of the place the list's distances are measured from.
chip-near-you = Nearest to you
chip-near-place = Nearest to { $place }
chip-near-point = Nearest to the chosen point
chips-label = Chosen filters
did-you-mean = Did you mean:
opens-today = Opens today at { $time }
opens-tomorrow = Opens tomorrow at { $time }
opens-on = Opens { $day } at { $time }
back-to-results = Back to results
action-call = Call
action-email = Send e-mail
action-website = Website
action-share = Share
action-print = Print
share-copied = The link was copied. You can paste it into a message.
share-copy-failed = The link could not be copied. Copy it from the address bar.
directions-foot = On foot (OpenStreetMap)
directions-car = By car (OpenStreetMap)
directions-transit = By public transport (Matka.fi journey planner)
report-problem = Report wrong information
report-subject = Wrong information: { $name }
report-body-service = Service: { $name } (id { $id })
report-body-page = Page: { $url }
report-body-what = What is wrong:
embed-controls = Controls shown
embed-controls-all = All filters
embed-controls-search = The search box only
embed-controls-none = None: the results only

# The map's controls
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-popup-close = Close
map-leaflet-title = A JavaScript library for interactive maps
