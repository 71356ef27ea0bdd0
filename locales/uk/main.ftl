# Integration Atlas: українська. Кожен ключ із цього файлу має бути в кожному файлі locales/*/main.ftl.

app-name = Integration Atlas
skip-to-content = Перейти до основного вмісту
nav-label = Головне меню
nav-menu = Меню
nav-finder = Знайти послугу
nav-data = Про дані
ui-language = Мова сайту
loading = Завантаження послуг…
loading-progress = Отримано { $loaded } з { $total } МБ
loading-checked = Перевірено { $done } з { $total } записів

sample-title = Демонстраційні дані.
sample-text = Показані послуги — це приклади, щоб спробувати, як працює сайт. Це не справжні послуги. Не звертайтеся до них.
refused-data = Сайт показує офіційні дані, тому що посилання просило показати дані з адреси, якій цей сайт не довіряє:
data-from = Дані від { $date }
offline-data = Немає з’єднання з мережею: показано дані, збережені на цьому пристрої.

footer-privacy = Цей сайт не використовує файли cookie та вебаналітику. Ваше місцезнаходження використовується лише у вашому браузері.
footer-sources = Джерела даних ({ $count })
footer-contact = Контакти організації, яка підтримує сайт

error-title = Не вдалося завантажити послуги
error-network = Не вдалося з’єднатися. Перевірте підключення до мережі та спробуйте ще раз.
error-status = Сервер повідомив про помилку ({ $status }). Спробуйте ще раз трохи згодом.
error-not-json = Файл даних пошкоджено, тому його неможливо прочитати ({ $detail }).
error-not-atlas = Файл даних не є набором даних Integration Atlas.
error-version = Файл даних має новіший формат ({ $format }), ніж може прочитати цей сайт.
retry = Спробувати ще раз
retry-auto = Автоматична повторна спроба через { $seconds } с.

not-found-title = Сторінку не знайдено
not-found-text = За цією адресою нічого немає. Можливо, посилання застаріле або в ньому є помилка.
back-to-finder = Повернутися до пошуку послуг

finder-title = Знайдіть послуги з інформування та консультування
finder-intro = Послуги з інформування та консультування для іммігрантів у Фінляндії. Шукайте за місцем, мовою та темою.
filters-label = Фільтри
filters-clear = Скинути фільтри
search-label = Пошук
search-hint = Послуга, місце або тема будь-якою мовою. Діакритичні знаки (наприклад, ä, é) і великі літери не мають значення.
filter-languages = Мови, якими надається послуга
filter-languages-hint = Послуги, які надаються будь-якою з вибраних мов. Число показує, скільки послуг відповідає іншим вашим фільтрам.
filter-place = Місце
place-all = Уся Фінляндія
place-municipalities = Муніципалітети
filter-channel = Як скористатися послугою
filter-topic = Тема
filter-group = Для кого
filter-any = Усі
filter-open-now = Зараз відкрито

near-me = Послуги поруч зі мною
near-locating = Визначаємо ваше місцезнаходження…
near-denied = Ви не дозволили сайту використовувати ваше місцезнаходження. Натомість можна вибрати муніципалітет.
near-unavailable = Ваше місцезнаходження недоступне. Натомість можна вибрати муніципалітет.
near-type-a-name = Спершу введіть назву муніципалітету.
near-no-municipality = Муніципалітету з такою назвою немає. Перевірте написання.
near-municipality-label = Або рахувати відстані від муніципалітету
near-municipality-submit = Показати найближчі
near-from-you = Відстані виміряно від вашого місцезнаходження.
near-from-place = Відстані виміряно від центру муніципалітету { $place }.
near-from-point = Відстані виміряно від вибраної точки.
near-stop = Не вимірювати відстані
sort-label = Сортування
sort-distance = Спочатку найближчі
sort-name = За назвою

result-count = { $count ->
    [0] Послуг не знайдено
    [one] Знайдено { $count } послугу
    [few] Знайдено { $count } послуги
    [many] Знайдено { $count } послуг
   *[other] Знайдено { $count } послуги
}
no-results = Жодна послуга не відповідає всім фільтрам. Спробуйте прибрати деякі з них.
show-more = Показати більше послуг
view-label = Показати як
view-list = Список
view-map = Карта
map-label = Карта послуг
map-cluster = { $count ->
    [one] Тут { $count } послуга. Збільште масштаб, щоб побачити кожну.
    [few] Тут { $count } послуги. Збільште масштаб, щоб побачити кожну.
    [many] Тут { $count } послуг. Збільште масштаб, щоб побачити кожну.
   *[other] Тут { $count } послуги. Збільште масштаб, щоб побачити кожну.
}
open-service-page = Відкрити сторінку послуги
open-now = Зараз відкрито
closed-now = Зараз зачинено

service-contact = Контакти
service-address = Адреса
service-directions = Як дістатися
service-phone = Телефон
service-email = Електронна пошта
service-website = Вебсайт
service-hours = Години роботи
service-hours-unknown = Години роботи невідомі. Перш ніж прийти, зв’яжіться з надавачем послуги.
service-details-loading = Завантажуємо опис і контактні дані послуги…
service-details-failed = Не вдалося завантажити опис і контактні дані послуги.
service-details = Докладніше
service-languages = Мови
# Between the items of a list of names (languages, topics, opening times): the language's own comma and a space.
list-separator = {", "}
service-channels = Як скористатися послугою
service-topics = Теми
service-groups = Для кого
service-accessibility = Доступність
service-municipality = Муніципалітет
service-provider = Надавач послуги
service-verified = Інформацію перевірено

hours-closed = зачинено
hours-all-day = цілодобово
hours-holidays = Святкові дні
hours-finnish-time = Час указано за місцевим часом Фінляндії.

day-mo = Пн
day-tu = Вт
day-we = Ср
day-th = Чт
day-fr = Пт
day-sa = Сб
day-su = Нд

appointment-none = Попередній запис не потрібен.
appointment-recommended = Радимо записатися заздалегідь.
appointment-required = Потрібен попередній запис.

wheelchair-yes = Доступно для людей на кріслі колісному
wheelchair-limited = Частково доступно для людей на кріслі колісному
wheelchair-no = Недоступно для людей на кріслі колісному
wheelchair-unknown = Невідомо, чи доступно для людей на кріслі колісному

channel-in_person = Особисто
channel-phone = Телефоном
channel-online = Онлайн
channel-chat = Чат
channel-video = Відеодзвінок

topic-residence = Дозволи на проживання
topic-work = Робота
topic-housing = Житло
topic-education = Освіта
topic-health = Здоров’я
topic-language_courses = Мовні курси
topic-family = Сім’я
topic-social_security = Соціальне забезпечення
topic-taxation = Оподаткування
topic-integration_plan = План інтеграції

group-all = Для всіх
group-families = Сім’ї
group-youth = Молодь
group-women = Жінки
group-students = Студенти
group-workers = Працівники
group-asylum_seekers = Шукачі притулку
group-refugees = Біженці
group-seniors = Люди похилого віку

area-region = Регіони (maakunnat)
area-wellbeing_county = Округи добробуту (hyvinvointialueet)
area-employment_area = Райони зайнятості (työllisyysalueet)
area-vitality_centre = Центри економічного розвитку (з 2026 року)
area-ely_centre = Центри ELY (до кінця 2025 року)

actor-tasks = Завдання
actor-website = Вебсайт
actor-services = Послуги
actor-no-services = У даних немає послуг цієї організації.

data-title = Про дані
data-name = Набір даних
data-publisher = Видавець
data-published = Опубліковано
data-license = Ліцензія
data-address = Адреса файлу
data-downloads = Завантаження
data-downloads-intro = Ті самі дані для повторного використання, створені під час збирання набору даних. Експорти містять послуги.
data-downloads-linked = Цей набір даних відкрито за посиланням: тут можна завантажити лише сам файл і опис його формату.
data-dl-dataset = Набір даних (JSON, формат integration-atlas/1)
data-dl-checksum = Його контрольна сума SHA-256
data-dl-schema = JSON Schema формату
data-dl-csv = Послуги у форматі CSV (стовпці шаблону публікації)
data-dl-geojson = Послуги у форматі GeoJSON (точки для картографічних програм)
data-dl-hsds = Послуги у форматі Open Referral HSDS 3.0 (JSON)
data-sources = Джерела
data-counts = Записи
data-kind = Тип
data-shown = Показано
data-left-out = Не показано
data-sourced = З джерелом
data-illustrative = Ілюстративні
data-problems = Записи та поля, які не показано
data-problems-intro = Запис не показано, якщо його ідентифікатор, назва, місце, мови або обов’язкове посилання порушують правила формату даних. Якщо їх порушує необов’язкове поле, наприклад неправильна адреса електронної пошти, це поле не показано, а запис показано без нього.
data-no-problems = Усі записи у файлі правильні, і їх показано.
data-pack = Компактний пакет
data-pack-used = Прочитано з пакета, створеного з цього набору даних: те, що потрібно для пошуку, перевірене за контрольною сумою набору даних. Опис і контактні дані послуги завантажуються, коли відкривається її сторінка.
data-pack-refused = Пакет не використано: { $reason } Натомість прочитано весь набір даних.
pack-unreachable = його не вдалося завантажити.
pack-unchecked = не вдалося отримати контрольну суму набору даних, тому пакет неможливо перевірити.
pack-not-inflated = це не цілий стиснутий файл, або цей браузер не може його розпакувати.
pack-stale = його створено з іншої версії набору даних.
pack-damaged = він пошкоджений або обірваний.
pack-version = він має новіший формат пакета, ніж читає цей застосунок.
pack-breaks-rule = запис у ньому порушує правила формату даних.
data-id = ID
data-reason = Причина
data-dropped = Поля, які не показано
data-field = Поле
data-effect = Що зроблено
effect-left_out = Запис не показано
effect-field_dropped = Поле не показано
reason-unreadable = Значення неможливо прочитати: у нього неправильний тип або форма.
reason-bad_id = Ідентифікатор може містити лише малі латинські літери, цифри та символи : _ -
reason-bad_municipality_code = Код не є тризначним кодом муніципалітету.
reason-no_text = Текст порожній усіма мовами.
reason-bad_text_language = Мова тексту не є кодом ISO 639.
reason-not_a_word = «{ $value }» не є словом з малих літер.
reason-not_one_of = «{ $value }» не є жодним із дозволених значень.
reason-no_record = «{ $value }» не посилається на жоден запис у файлі.
reason-bad_location = Місце розташування не у Фінляндії.
reason-bad_date = «{ $value }» не є датою (РРРР-ММ-ДД).
reason-bad_url = Адреса не є адресою http або https.
reason-bad_email = «{ $value }» не є адресою електронної пошти.
reason-bad_phone = «{ $value }» не є номером телефону в міжнародному форматі (+358 …).
reason-bad_language = «{ $value }» не є кодом мови.
reason-no_language = Мову не вказано.
reason-bad_hours = Години роботи неможливо прочитати.
reason-end_before_start = Дата завершення раніша за дату початку.
reason-duplicate = Попередній запис має той самий ідентифікатор.
reason-not_a_list = Список не є списком, тому з нього нічого не прочитано.

kind-meta = Опис набору даних
kind-areas = Території
kind-municipalities = Муніципалітети
kind-actors = Організації
kind-services = Послуги
kind-programmes = Програми
kind-legislation = Законодавство

nav-actors = Хто чим займається
nav-programmes = Програми
nav-legislation = Законодавство про інтеграцію
illustrative = приклад
illustrative-text = Цей запис — ілюстративний приклад: його написано як приклад, а не взято з опублікованого джерела.
sources-title = Джерела
sources-none = У цьому записі не зазначено джерела відомостей.
sources-illustrative = Джерела немає: запис є ілюстративним прикладом.
source-label = Джерело:
source-checked = , перевірено { $date }

actors-title = Хто чим займається у сфері інтеграції
actors-intro = Органи влади, муніципалітети та організації, які працюють для інтеграції іммігрантів, і їхні завдання. Виберіть дату, щоб побачити, якою була структура того дня.
actors-level = Рівень
actors-kind = Тип
actors-at = Структура на дату
actors-today = Показати на сьогодні
actors-count = { $count ->
    [one] { $count } організація
    [few] { $count } організації
    [many] { $count } організацій
   *[other] { $count } організації
} станом на { $date }
back-to-actors = Повернутися до розділу «Хто чим займається»
level-national = Загальнодержавний
level-regional = Регіональний
level-local = Місцевий
level-civil_society = Громадянське суспільство
actor-kind-ministry = міністерство
actor-kind-agency = відомство
actor-kind-regional_authority = регіональний орган влади
actor-kind-municipality = муніципалітет
actor-kind-wellbeing_county = округ добробуту
actor-kind-employment_authority = служба зайнятості
actor-kind-ngo = громадська організація
actor-kind-religious_community = релігійна громада
actor-kind-education = заклад освіти
actor-kind-other = інше
actor-former = більше не діє
actor-ended = Цієї організації більше не існує. Її завдання перейшли до:
actor-area = Територія
actor-municipalities = { $count ->
    [one] { $count } муніципалітет
    [few] { $count } муніципалітети
    [many] { $count } муніципалітетів
   *[other] { $count } муніципалітету
}
actor-timeline = Попередники й наступники
actor-predecessors = Раніше
actor-successors = Пізніше
actor-relations = Зв’язки
actor-relations-on = Станом на { $date }
actor-relations-other-times = В інший час
actor-programmes = Програми
rel-steers = Керує
rel-steered-by = Під керівництвом
rel-funds = Фінансує
rel-funded-by = Джерело фінансування
rel-supervises = Наглядає за
rel-supervised-by = Під наглядом
rel-part-of = Входить до складу
rel-has-part = Включає
rel-agreement = Угода з
rel-cooperates = Співпрацює з

programmes-title = Програми інтеграції
programmes-intro = Програми, які спрямовують роботу з інтеграції на загальнодержавному рівні та в муніципалітетах, із періодами їхньої дії та інформацією про те, чи чинні вони сьогодні.
programmes-kind = Тип програми
programmes-status = Статус на сьогодні
programmes-count = { $count ->
    [0] Програм не знайдено
    [one] Знайдено { $count } програму
    [few] Знайдено { $count } програми
    [many] Знайдено { $count } програм
   *[other] Знайдено { $count } програми
}
programmes-municipal-title = Муніципалітети та їхні програми сьогодні
programmes-coverage = Муніципалітетів із власною чинною програмою інтеграції в даних: { $with } з { $total }.
programmes-coverage-caveat = У даних є лише програми, відомі з публічних рішень. Муніципалітет, якого тут немає, все одно може мати програму.
programmes-with = Муніципалітети з чинною програмою
programmes-valid-programme = Чинна програма
programmes-without = { $count ->
    [one] { $count } муніципалітет без чинної програми в даних
    [few] { $count } муніципалітети без чинної програми в даних
    [many] { $count } муніципалітетів без чинної програми в даних
   *[other] { $count } муніципалітету без чинної програми в даних
}
back-to-programmes = Повернутися до програм
prog-kind-municipal_integration_programme = муніципальна програма інтеграції (kotouttamisohjelma, Закон 1386/2010)
prog-kind-integration_programme = муніципальна програма інтеграції (kotoutumisohjelma, Закон 681/2023)
prog-kind-regional_programme = регіональна програма
prog-kind-government_integration_programme = Державна програма інтеграції (valtion kotouttamisohjelma)
prog-kind-partnership_programme = партнерська програма інтеграції (kotouttamisen kumppanuusohjelma)
status-valid = чинна
status-expired = завершена
status-upcoming = майбутня
programme-period = Період дії
programme-adopted = Ухвалено
programme-responsible = Відповідальна організація
programme-document = Документ
programme-municipalities = Муніципалітети, яких стосується програма

legislation-title = Законодавство про інтеграцію
legislation-intro = Закони, які регулюють інтеграцію іммігрантів у Фінляндії.
legislation-from = Чинний з
legislation-to = до
actor-period-from = з { $date }
actor-period-until = до { $date }
actor-period = { $from } – { $to }
legislation-in-force = чинний
legislation-not-in-force = більше не чинний

footer-accessibility = Заява про доступність
a11y-title = Заява про доступність
a11y-intro = Ця заява стосується сайту Integration Atlas. Вимоги встановлює фінський Закон про надання цифрових послуг (laki digitaalisten palvelujen tarjoamisesta, 306/2019), який імплементує Директиву ЄС про доступність вебсайтів. Необхідний рівень — WCAG 2.1 AA.
a11y-status-title = Наскільки доступний сайт
a11y-status = Сайт частково відповідає вимогам WCAG 2.1 AA. Кожну сторінку всіма мовами автоматично перевіряють у розмірах екрана комп’ютера й телефону, а також тестують, чи можна користуватися сайтом лише з клавіатури.
a11y-known-title = Відомі проблеми
a11y-known-map = Картою не можна користуватися з клавіатури чи за допомогою програми читання з екрана. Усе, що є на карті, є також у списку результатів, яким можна користуватися будь-яким способом.
a11y-known-translations = Тексти українською, російською та арабською мовами ще не перевірили носії цих мов.
a11y-known-data = Тексти з даних показано тими мовами, якими їх надав видавець. Якщо текст не вашою мовою, його мову позначено, щоб програми читання з екрана читали його правильно.
a11y-feedback-title = Зворотний зв’язок
a11y-feedback = Якщо ви помітили на сайті проблему доступності або потребуєте його вміст в іншій формі, повідомте організацію, яка підтримує сайт. Вона має відповісти вам протягом двох тижнів.
a11y-contact-email = Електронна пошта
a11y-contact-url = Форма зворотного зв’язку
a11y-no-contact = Для цієї копії сайту не вказано контактної адреси (налаштування «contact» у config.json). Зверніться до організації, яка його опублікувала.
a11y-enforcement-2026 = Нагляд за доступністю цифрових послуг здійснював підрозділ нагляду за доступністю Регіонального державного адміністративного агентства Південної Фінляндії. Урядовий законопроєкт від червня 2024 року (HE 71/2024) передбачає передати цей нагляд Агентству транспорту та зв’язку Traficom. Регіональні державні адміністративні агентства припинили роботу 31 грудня 2025 року, і більшість їхніх завдань перейшла до Фінського наглядового агентства (Lupa- ja valvontavirasto). Який орган здійснює нагляд сьогодні, його контакти та форму повідомлення наведено за адресою
a11y-enforcement-title = Наглядовий орган
a11y-enforcement = Якщо відповідь вас не задовольняє або ви не отримали відповіді протягом двох тижнів, ви можете повідомити про проблему органу нагляду за цифровою доступністю. Орган може зобов’язати виправити проблему.
a11y-date = Цю заяву підготовлено 22 листопада 2026 року й востаннє оновлено 26 листопада 2026 року.

# Мережа послуг, вбудовування та конструктор коду
nav-network = Мережа послуг
nav-embed-code = Вбудувати на свій сайт
embed-full-view = Відкрити повний вигляд
opens-new-tab = (відкривається в новій вкладці)
network-title = Мережа послуг
network-intro = Для посадовців: наскільки добре послуги з консультування охоплюють кожен регіон, де є прогалини, які записи потребують перевірки і де бракує програм інтеграції. Кожну таблицю можна сортувати, завантажити як CSV і надрукувати, а адреса цієї сторінки зберігає ваш вибір.
network-km = Відстань до найближчої послуги (км)
network-km-invalid = Введіть ціле число від 1 до { $max }. Дані й далі показано для { $km } км.
network-at = Дата
network-kind = Групувати за територією
network-kind-hint = Запропоновано лише ті типи територій, які існували на вибрану дату.
network-empty-not-yet = Територій типу «{ $kind }» не було станом на { $date }: вони з’являються { $from }, тож виберіть інше групування або пізнішу дату.
network-empty-ended = Територій типу «{ $kind }» не було станом на { $date }: вони припинили існування { $to }, тож виберіть інше групування або ранішу дату.
network-empty-none = У даних немає територій типу «{ $kind }». Виберіть інше групування.
network-empty-gaps = Прогалин немає: у кожному муніципалітеті є послуга в межах { $km } км.
network-share = Посилання на цей вигляд
network-print = Друкувати
network-day = Стан на { $date } — послуги не мають власних дат: дата визначає території, чинні програми і те, які записи вважаються перевіреними за останні 12 місяців.
network-summary = Муніципалітети з послугою в межах { $km } км: { $covered } з { $total }.
network-contents = На цій сторінці
network-gaps-map = Прогалини на карті
network-gaps-hint = Кожна точка — центр муніципалітету, найближча послуга якого далі за вибрану відстань (відстань по великому колу). Ті самі муніципалітети наведено в таблиці прогалин.
network-rows = Рядків: { $count }
network-csv = Завантажити як CSV
network-areas-title = Охоплення і мови за територіями
network-gaps-title = Прогалини: муніципалітети без послуги в межах відстані
network-freshness-title = Актуальність: послуги, не перевірені за останні 12 місяців
network-programmes-title = Муніципалітети без чинної програми інтеграції
network-col-area = Територія
network-col-municipalities = Муніципалітети
network-col-services = Послуги
network-col-languages = Мови послуг
network-col-covered = Муніципалітети з послугою в межах відстані
network-col-covered-share = Частка (%)
network-col-languages-missing = Мови, доступні деінде, але не тут
network-col-municipality = Муніципалітет
network-col-code = Код
network-col-nearest-km = Найближча послуга (км)
network-col-nearest-service = Найближча послуга
network-col-stale = Не перевірені за 12 місяців
network-col-stale-share = Частка неперевірених (%)
network-col-stale-services = Неперевірені послуги
network-col-with-programme = З чинною програмою
network-col-without-programme = Без чинної програми
network-col-without-share = Частка без програми (%)
network-col-without-municipalities = Муніципалітети без програми
embed-code-title = Вбудуйте пошук послуг на свій сайт
embed-code-intro = Виберіть, що показує пошук, перегляньте попередній вигляд і скопіюйте код на свою сторінку. Вбудований пошук не використовує файли cookie і нічого не зберігає.
embed-iframe-title = Integration Atlas: знайдіть послуги з консультування
embed-ui-language = Мова пошуку
embed-view = Показувати
embed-view-both = Карту і список
embed-width = Ширина в пікселях
embed-width-hint = Залиште порожнім, щоб використати всю ширину сторінки.
embed-height = Висота в пікселях
embed-height-hint = Залиште порожнім, щоб висота підлаштовувалася під вміст (тоді код містить невеликий скрипт).
embed-snippet = Код для вставлення на вашу сторінку
embed-copy = Скопіювати код
embed-copied = Скопійовано.
embed-copy-failed = Не вдалося скопіювати. Виділіть код і скопіюйте його самостійно.
embed-url = Лише адреса
embed-preview = Попередній перегляд

# The finder on a phone, page titles, and the service page's actions
title-finder = Послуги консультування та підтримки
title-finder-language = Послуги мовами: { $languages }
title-finder-place = Послуги поблизу: { $place }
title-finder-language-place = Послуги мовами: { $languages }, поблизу: { $place }
filters-open = Фільтри ({ $count })
filters-show-results = { $count ->
    [0] Закрити: жодна послуга не підходить
    [one] Показати { $count } послугу
    [few] Показати { $count } послуги
   *[other] Показати { $count } послуг
}
chip-text = Пошук: { $text }
chip-remove = Прибрати фільтр: { $filter }
chip-near-you = Найближчі до вас
chip-near-place = Найближчі: { $place }
chip-near-point = Найближчі до вибраної точки
chips-label = Вибрані фільтри
did-you-mean = Можливо, ви мали на увазі:
opens-today = Відкривається сьогодні о { $time }
opens-tomorrow = Відкривається завтра о { $time }
opens-on = Відкривається { $day } о { $time }
back-to-results = Назад до результатів
action-call = Зателефонувати
action-email = Написати листа
action-website = Вебсайт
action-share = Поділитися
action-print = Надрукувати
share-copied = Посилання скопійовано. Його можна вставити в повідомлення.
share-copy-failed = Не вдалося скопіювати посилання. Скопіюйте його з адресного рядка.
directions-foot = Пішки (OpenStreetMap)
directions-car = Автомобілем (OpenStreetMap)
directions-transit = Громадським транспортом (планувальник маршрутів Matka.fi)
report-problem = Повідомити про неправильну інформацію
report-subject = Неправильна інформація: { $name }
report-body-service = Послуга: { $name } (ідентифікатор { $id })
report-body-page = Сторінка: { $url }
report-body-what = Що неправильно:
embed-controls = Елементи керування
embed-controls-all = Усі фільтри
embed-controls-search = Лише поле пошуку
embed-controls-none = Жодних: лише результати

# The map's controls
map-zoom-in = Збільшити
map-zoom-out = Зменшити
map-popup-close = Закрити
map-leaflet-title = Бібліотека JavaScript для інтерактивних мап
