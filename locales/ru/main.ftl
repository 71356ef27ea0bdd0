# Integration Atlas: русский. Каждый ключ из этого файла должен быть в каждом файле locales/*/main.ftl.

app-name = Integration Atlas
skip-to-content = Перейти к основному содержанию
nav-label = Главное меню
nav-menu = Меню
nav-finder = Найти услугу
nav-data = О данных
ui-language = Язык сайта
loading = Загрузка услуг…
loading-progress = Получено { $loaded } из { $total } МБ
loading-checked = Проверено { $done } из { $total } записей

sample-title = Демонстрационные данные.
sample-text = Показанные услуги — это примеры, чтобы попробовать, как работает сайт. Это не настоящие услуги. Не обращайтесь в них.
refused-data = Сайт показывает официальные данные, потому что ссылка просила показать данные с адреса, которому этот сайт не доверяет:
data-from = Данные от { $date }
offline-data = Нет подключения к сети: показаны данные, сохранённые на этом устройстве.

footer-privacy = Этот сайт не использует файлы cookie и веб-аналитику. Ваше местоположение используется только в вашем браузере.
footer-sources = Источники данных ({ $count })
footer-contact = Контакты организации, которая поддерживает сайт

error-title = Не удалось загрузить услуги
error-network = Не удалось установить соединение. Проверьте подключение к сети и попробуйте ещё раз.
error-status = Сервер сообщил об ошибке ({ $status }). Попробуйте ещё раз чуть позже.
error-not-json = Файл данных повреждён, поэтому его невозможно прочитать ({ $detail }).
error-not-atlas = Файл данных не является набором данных Integration Atlas.
error-version = Файл данных имеет более новый формат ({ $format }), чем может прочитать этот сайт.
retry = Попробовать ещё раз
retry-auto = Автоматическая повторная попытка через { $seconds } с.

not-found-title = Страница не найдена
not-found-text = По этому адресу ничего нет. Возможно, ссылка устарела или в ней есть ошибка.
back-to-finder = Вернуться к поиску услуг

finder-title = Найдите услуги по информированию и консультированию
finder-intro = Услуги по информированию и консультированию для иммигрантов в Финляндии. Ищите по месту, языку и теме.
filters-label = Фильтры
filters-clear = Сбросить фильтры
search-label = Поиск
search-hint = Услуга, место или тема на любом языке. Диакритические знаки (например, ä, é) и заглавные буквы не важны.
filter-languages = Языки, на которых оказывается услуга
filter-languages-hint = Услуги, которые оказываются на любом из выбранных языков. Число показывает, сколько услуг соответствует остальным вашим фильтрам.
filter-place = Место
place-all = Вся Финляндия
place-municipalities = Муниципалитеты
filter-channel = Как воспользоваться услугой
filter-topic = Тема
filter-group = Для кого
filter-any = Все
filter-open-now = Сейчас открыто

near-me = Услуги рядом со мной
near-locating = Определяем ваше местоположение…
near-denied = Вы не разрешили сайту использовать ваше местоположение. Вместо этого можно выбрать муниципалитет.
near-unavailable = Ваше местоположение недоступно. Вместо этого можно выбрать муниципалитет.
near-type-a-name = Сначала введите название муниципалитета.
near-no-municipality = Муниципалитета с таким названием нет. Проверьте написание.
near-municipality-label = Или считать расстояния от муниципалитета
near-municipality-submit = Показать ближайшие
near-from-you = Расстояния измерены от вашего местоположения.
near-from-place = Расстояния измерены от центра муниципалитета { $place }.
near-from-point = Расстояния измерены от выбранной точки.
near-stop = Не измерять расстояния
sort-label = Сортировка
sort-distance = Сначала ближайшие
sort-name = По названию

result-count = { $count ->
    [0] Услуг не найдено
    [one] Найдена { $count } услуга
    [few] Найдено { $count } услуги
    [many] Найдено { $count } услуг
   *[other] Найдено { $count } услуги
}
no-results = Ни одна услуга не соответствует всем фильтрам. Попробуйте убрать некоторые из них.
show-more = Показать ещё услуги
view-label = Показать как
view-list = Список
view-map = Карта
map-label = Карта услуг
map-cluster = { $count ->
    [one] Здесь { $count } услуга. Увеличьте масштаб, чтобы увидеть каждую.
    [few] Здесь { $count } услуги. Увеличьте масштаб, чтобы увидеть каждую.
    [many] Здесь { $count } услуг. Увеличьте масштаб, чтобы увидеть каждую.
   *[other] Здесь { $count } услуги. Увеличьте масштаб, чтобы увидеть каждую.
}
open-service-page = Открыть страницу услуги
open-now = Сейчас открыто
closed-now = Сейчас закрыто

service-contact = Контакты
service-address = Адрес
service-directions = Как добраться
service-phone = Телефон
service-email = Электронная почта
service-website = Сайт
service-hours = Часы работы
service-hours-unknown = Часы работы неизвестны. Прежде чем прийти, свяжитесь с организацией, которая оказывает услугу.
service-details-loading = Загружаем описание и контактные данные услуги…
service-details-failed = Не удалось загрузить описание и контактные данные услуги.
service-details = Подробнее
service-languages = Языки
# Between the items of a list of names (languages, topics, opening times): the language's own comma and a space.
list-separator = {", "}
service-channels = Как воспользоваться услугой
service-topics = Темы
service-groups = Для кого
service-accessibility = Доступность
service-municipality = Муниципалитет
service-provider = Кто оказывает услугу
service-verified = Информация проверена

hours-closed = закрыто
hours-all-day = круглосуточно
hours-holidays = Праздничные дни
hours-finnish-time = Время указано по местному времени Финляндии.

day-mo = Пн
day-tu = Вт
day-we = Ср
day-th = Чт
day-fr = Пт
day-sa = Сб
day-su = Вс

appointment-none = Предварительная запись не нужна.
appointment-recommended = Рекомендуем записаться заранее.
appointment-required = Нужна предварительная запись.

wheelchair-yes = Доступно для людей на кресле-коляске
wheelchair-limited = Частично доступно для людей на кресле-коляске
wheelchair-no = Недоступно для людей на кресле-коляске
wheelchair-unknown = Неизвестно, доступно ли для людей на кресле-коляске

channel-in_person = Лично
channel-phone = По телефону
channel-online = Онлайн
channel-chat = Чат
channel-video = Видеозвонок

topic-residence = Виды на жительство
topic-work = Работа
topic-housing = Жильё
topic-education = Образование
topic-health = Здоровье
topic-language_courses = Языковые курсы
topic-family = Семья
topic-social_security = Социальное обеспечение
topic-taxation = Налогообложение
topic-integration_plan = План интеграции

group-all = Для всех
group-families = Семьи
group-youth = Молодёжь
group-women = Женщины
group-students = Студенты
group-workers = Работающие
group-asylum_seekers = Лица, ищущие убежища
group-refugees = Беженцы
group-seniors = Пожилые люди

area-region = Регионы (maakunnat)
area-wellbeing_county = Округа благосостояния (hyvinvointialueet)
area-employment_area = Районы занятости (työllisyysalueet)
area-vitality_centre = Центры экономического развития (с 2026 года)
area-ely_centre = Центры ELY (до конца 2025 года)

actor-tasks = Задачи
actor-website = Сайт
actor-services = Услуги
actor-no-services = В данных нет услуг этой организации.

data-title = О данных
data-name = Набор данных
data-publisher = Издатель
data-published = Опубликовано
data-license = Лицензия
data-address = Адрес файла
data-downloads = Загрузки
data-downloads-intro = Те же данные для повторного использования, созданные при сборке набора данных. Экспорты содержат услуги.
data-downloads-linked = Этот набор данных открыт по ссылке: здесь можно скачать только сам файл и описание его формата.
data-dl-dataset = Набор данных (JSON, формат integration-atlas/1)
data-dl-checksum = Его контрольная сумма SHA-256
data-dl-schema = JSON Schema формата
data-dl-csv = Услуги в формате CSV (столбцы шаблона публикации)
data-dl-geojson = Услуги в формате GeoJSON (точки для картографических программ)
data-dl-hsds = Услуги в формате Open Referral HSDS 3.0 (JSON)
data-sources = Источники
data-counts = Записи
data-kind = Тип
data-shown = Показано
data-left-out = Не показано
data-sourced = С источником
data-illustrative = Иллюстративные
data-problems = Записи и поля, которые не показаны
data-problems-intro = Запись не показывается, если её идентификатор, название, место, языки или обязательная ссылка нарушают правила формата данных. Если их нарушает необязательное поле, например неправильный адрес электронной почты, это поле не показывается, а запись показывается без него.
data-no-problems = Все записи в файле корректны и показаны.
data-pack = Компактный пакет
data-pack-used = Прочитано из пакета, созданного из этого набора данных: то, что нужно для поиска, проверено по контрольной сумме набора данных. Описание и контактные данные услуги загружаются, когда открывается её страница.
data-pack-refused = Пакет не использован: { $reason } Вместо него прочитан весь набор данных.
pack-unreachable = его не удалось загрузить.
pack-unchecked = не удалось получить контрольную сумму набора данных, поэтому пакет нельзя проверить.
pack-not-inflated = это не целый сжатый файл, или этот браузер не может его распаковать.
pack-stale = он создан из другой версии набора данных.
pack-damaged = он повреждён или оборван.
pack-version = у него более новый формат пакета, чем читает это приложение.
pack-breaks-rule = запись в нём нарушает правила формата данных.
data-id = ID
data-reason = Причина
data-dropped = Поля, которые не показаны
data-field = Поле
data-effect = Что сделано
effect-left_out = Запись не показана
effect-field_dropped = Поле не показано
reason-unreadable = Значение невозможно прочитать: у него неверный тип или форма.
reason-bad_id = Идентификатор может содержать только строчные латинские буквы, цифры и символы : _ -
reason-bad_municipality_code = Код не является трёхзначным кодом муниципалитета.
reason-no_text = Текст пуст на всех языках.
reason-bad_text_language = Язык текста не является кодом ISO 639.
reason-not_a_word = «{ $value }» не является словом из строчных букв.
reason-not_one_of = «{ $value }» не является ни одним из допустимых значений.
reason-no_record = «{ $value }» не ссылается ни на одну запись в файле.
reason-bad_location = Место находится не в Финляндии.
reason-bad_date = «{ $value }» не является датой (ГГГГ-ММ-ДД).
reason-bad_url = Адрес не является адресом http или https.
reason-bad_email = «{ $value }» не является адресом электронной почты.
reason-bad_phone = «{ $value }» не является номером телефона в международном формате (+358 …).
reason-bad_language = «{ $value }» не является кодом языка.
reason-no_language = Язык не указан.
reason-bad_hours = Часы работы невозможно прочитать.
reason-end_before_start = Дата окончания раньше даты начала.
reason-duplicate = У предыдущей записи такой же идентификатор.
reason-not_a_list = Список не является списком, поэтому из него ничего не прочитано.

kind-meta = Описание набора данных
kind-areas = Территории
kind-municipalities = Муниципалитеты
kind-actors = Организации
kind-services = Услуги
kind-programmes = Программы
kind-legislation = Законодательство

nav-actors = Кто чем занимается
nav-programmes = Программы
nav-legislation = Законодательство об интеграции
illustrative = пример
illustrative-text = Эта запись — иллюстративный пример: она написана как пример, а не взята из опубликованного источника.
sources-title = Источники
sources-none = В этой записи не указан источник сведений.
sources-illustrative = Источника нет: запись является иллюстративным примером.
source-label = Источник:
source-checked = , проверено { $date }

actors-title = Кто чем занимается в сфере интеграции
actors-intro = Органы власти, муниципалитеты и организации, которые работают для интеграции иммигрантов, и их задачи. Выберите дату, чтобы увидеть, какой была структура в этот день.
actors-level = Уровень
actors-kind = Тип
actors-at = Структура на дату
actors-today = Показать на сегодня
actors-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
} на { $date }
back-to-actors = Вернуться к разделу «Кто чем занимается»
level-national = Общегосударственный
level-regional = Региональный
level-local = Местный
level-civil_society = Гражданское общество
actor-kind-ministry = министерство
actor-kind-agency = ведомство
actor-kind-regional_authority = региональный орган власти
actor-kind-municipality = муниципалитет
actor-kind-wellbeing_county = округ благосостояния
actor-kind-employment_authority = служба занятости
actor-kind-ngo = общественная организация
actor-kind-religious_community = религиозная община
actor-kind-education = образовательная организация
actor-kind-other = другое
actor-former = больше не действует
actor-ended = Этой организации больше не существует. Её задачи перешли к:
actor-area = Территория
actor-municipalities = { $count ->
    [one] { $count } муниципалитет
    [few] { $count } муниципалитета
    [many] { $count } муниципалитетов
   *[other] { $count } муниципалитета
}
actor-timeline = Предшественники и преемники
actor-predecessors = Ранее
actor-successors = Позже
actor-relations = Связи
actor-relations-on = На { $date }
actor-relations-other-times = В другое время
actor-programmes = Программы
rel-steers = Руководит
rel-steered-by = Под руководством
rel-funds = Финансирует
rel-funded-by = Источник финансирования
rel-supervises = Осуществляет надзор за
rel-supervised-by = Под надзором
rel-part-of = Входит в состав
rel-has-part = Включает
rel-agreement = Соглашение с
rel-cooperates = Сотрудничает с

programmes-title = Программы интеграции
programmes-intro = Программы, которые направляют работу по интеграции на общегосударственном уровне и в муниципалитетах, со сроками их действия и информацией о том, действуют ли они сегодня.
programmes-kind = Тип программы
programmes-status = Статус на сегодня
programmes-count = { $count ->
    [0] Программ не найдено
    [one] Найдена { $count } программа
    [few] Найдено { $count } программы
    [many] Найдено { $count } программ
   *[other] Найдено { $count } программы
}
programmes-municipal-title = Муниципалитеты и их программы сегодня
programmes-coverage = Муниципалитетов с собственной действующей программой интеграции в данных: { $with } из { $total }.
programmes-coverage-caveat = В данных есть только программы, известные из публичных решений. У муниципалитета, которого здесь нет, программа всё равно может быть.
programmes-with = Муниципалитеты с действующей программой
programmes-valid-programme = Действующая программа
programmes-without = { $count ->
    [one] { $count } муниципалитет без действующей программы в данных
    [few] { $count } муниципалитета без действующей программы в данных
    [many] { $count } муниципалитетов без действующей программы в данных
   *[other] { $count } муниципалитета без действующей программы в данных
}
back-to-programmes = Вернуться к программам
prog-kind-municipal_integration_programme = муниципальная программа интеграции (kotouttamisohjelma, Закон 1386/2010)
prog-kind-integration_programme = муниципальная программа интеграции (kotoutumisohjelma, Закон 681/2023)
prog-kind-regional_programme = региональная программа
prog-kind-government_integration_programme = Государственная программа интеграции (valtion kotouttamisohjelma)
prog-kind-partnership_programme = партнёрская программа интеграции (kotouttamisen kumppanuusohjelma)
status-valid = действующая
status-expired = завершённая
status-upcoming = будущая
programme-period = Срок действия
programme-adopted = Принята
programme-responsible = Ответственная организация
programme-document = Документ
programme-municipalities = Муниципалитеты, на которые распространяется программа

legislation-title = Законодательство об интеграции
legislation-intro = Законы, которые регулируют интеграцию иммигрантов в Финляндии.
legislation-from = Действует с
legislation-to = до
actor-period-from = с { $date }
actor-period-until = до { $date }
actor-period = { $from } – { $to }
legislation-in-force = действует
legislation-not-in-force = больше не действует

footer-accessibility = Заявление о доступности
a11y-title = Заявление о доступности
a11y-intro = Это заявление относится к сайту Integration Atlas. Требования установлены финским Законом о предоставлении цифровых услуг (laki digitaalisten palvelujen tarjoamisesta, 306/2019), который вводит в действие Директиву ЕС о доступности веб-сайтов. Требуемый уровень — WCAG 2.1 AA.
a11y-status-title = Насколько доступен сайт
a11y-status = Сайт частично соответствует требованиям WCAG 2.1 AA. Каждая страница автоматически проверяется на всех языках при размерах экрана компьютера и телефона, а также тестируется, можно ли пользоваться сайтом только с клавиатуры.
a11y-known-title = Известные проблемы
a11y-known-map = Картой нельзя пользоваться с клавиатуры или с помощью программы чтения с экрана. Всё, что есть на карте, есть и в списке результатов, которым можно пользоваться любым способом.
a11y-known-translations = Тексты на украинском, русском и арабском языках ещё не проверены носителями этих языков.
a11y-known-data = Тексты из данных показаны на тех языках, на которых их предоставил издатель. Если текст не на вашем языке, его язык отмечен, чтобы программы чтения с экрана читали его правильно.
a11y-feedback-title = Обратная связь
a11y-feedback = Если вы заметили на сайте проблему доступности или вам нужно его содержимое в другой форме, сообщите организации, которая поддерживает сайт. Она должна ответить вам в течение двух недель.
a11y-contact-email = Электронная почта
a11y-contact-url = Форма обратной связи
a11y-no-contact = Для этой копии сайта не указан контактный адрес (настройка «contact» в config.json). Обратитесь в организацию, которая его опубликовала.
a11y-enforcement-2026 = Надзор за доступностью цифровых услуг осуществляло подразделение надзора за доступностью Регионального государственного административного агентства Южной Финляндии. Правительственный законопроект от июня 2024 года (HE 71/2024) предусматривает передать этот надзор Агентству транспорта и связи Traficom. Региональные государственные административные агентства прекратили работу 31 декабря 2025 года, и большая часть их задач перешла к Финскому надзорному агентству (Lupa- ja valvontavirasto). Какой орган осуществляет надзор сегодня, его контакты и форма сообщения указаны по адресу
a11y-enforcement-title = Надзорный орган
a11y-enforcement = Если ответ вас не устраивает или вы не получили ответа в течение двух недель, вы можете сообщить о проблеме в орган надзора за цифровой доступностью. Орган может обязать исправить проблему.
a11y-date = Это заявление подготовлено 22 ноября 2026 года и в последний раз обновлено 26 ноября 2026 года.

# Сеть услуг, встраивание и конструктор кода
nav-network = Сеть услуг
nav-embed-code = Встроить на свой сайт
embed-full-view = Открыть полный вид
opens-new-tab = (открывается в новой вкладке)
network-title = Сеть услуг
network-intro = Для должностных лиц: насколько хорошо консультационные услуги охватывают каждую территорию, где есть пробелы, какие записи нужно проверить и где нет программ интеграции. Каждую таблицу можно сортировать, скачать в формате CSV и распечатать, а адрес этой страницы сохраняет ваш выбор.
network-km = Расстояние до ближайшей услуги (км)
network-km-invalid = Введите целое число от 1 до { $max }. Данные по-прежнему показаны для { $km } км.
network-at = Дата
network-kind = Группировать по территории
network-kind-hint = Предлагаются только те типы территорий, которые существовали на выбранную дату.
network-empty-not-yet = Территорий типа «{ $kind }» не было на { $date }: они появляются { $from }, поэтому выберите другую группировку или более позднюю дату.
network-empty-ended = Территорий типа «{ $kind }» не было на { $date }: они прекратили существование { $to }, поэтому выберите другую группировку или более раннюю дату.
network-empty-none = В данных нет территорий типа «{ $kind }». Выберите другую группировку.
network-empty-gaps = Пробелов нет: в каждом муниципалитете есть услуга в пределах { $km } км.
network-share = Ссылка на этот вид
network-print = Печать
network-day = Положение на { $date } — у услуг нет собственных дат: дата определяет территории, действующие программы и то, какие записи считаются проверенными за последние 12 месяцев.
network-summary = Муниципалитеты с услугой в пределах { $km } км: { $covered } из { $total }.
network-contents = На этой странице
network-gaps-map = Пробелы на карте
network-gaps-hint = Каждая точка — центр муниципалитета, ближайшая услуга которого дальше выбранного расстояния (расстояние по большому кругу). Те же муниципалитеты перечислены в таблице пробелов.
network-rows = Строк: { $count }
network-csv = Скачать в формате CSV
network-areas-title = Охват и языки по территориям
network-gaps-title = Пробелы: муниципалитеты без услуги в пределах расстояния
network-freshness-title = Актуальность: услуги, не проверенные за последние 12 месяцев
network-programmes-title = Муниципалитеты без действующей программы интеграции
network-col-area = Территория
network-col-municipalities = Муниципалитеты
network-col-services = Услуги
network-col-languages = Языки услуг
network-col-covered = Муниципалитеты с услугой в пределах расстояния
network-col-covered-share = Доля (%)
network-col-languages-missing = Языки, доступные в других местах, но не здесь
network-col-municipality = Муниципалитет
network-col-code = Код
network-col-nearest-km = Ближайшая услуга (км)
network-col-nearest-service = Ближайшая услуга
network-col-stale = Не проверены за 12 месяцев
network-col-stale-share = Доля непроверенных (%)
network-col-stale-services = Непроверенные услуги
network-col-with-programme = С действующей программой
network-col-without-programme = Без действующей программы
network-col-without-share = Доля без программы (%)
network-col-without-municipalities = Муниципалитеты без программы
embed-code-title = Встройте поиск услуг на свой сайт
embed-code-intro = Выберите, что показывает поиск, посмотрите предварительный просмотр и скопируйте код на свою страницу. Встроенный поиск не использует файлы cookie и ничего не сохраняет.
embed-iframe-title = Integration Atlas: найдите консультационные услуги
embed-ui-language = Язык поиска
embed-view = Показывать
embed-view-both = Карту и список
embed-width = Ширина в пикселях
embed-width-hint = Оставьте пустым, чтобы использовать всю ширину страницы.
embed-height = Высота в пикселях
embed-height-hint = Оставьте пустым, чтобы высота подстраивалась под содержимое (тогда код содержит небольшой скрипт).
embed-snippet = Код для вставки на вашу страницу
embed-copy = Скопировать код
embed-copied = Скопировано.
embed-copy-failed = Не удалось скопировать. Выделите код и скопируйте его сами.
embed-url = Только адрес
embed-preview = Предварительный просмотр

# The finder on a phone, page titles, and the service page's actions
title-finder = Услуги консультирования и поддержки
title-finder-language = Услуги на языках: { $languages }
title-finder-place = Услуги рядом: { $place }
title-finder-language-place = Услуги на языках: { $languages }, рядом: { $place }
filters-open = Фильтры ({ $count })
filters-show-results = { $count ->
    [0] Закрыть: ни одна услуга не подходит
    [one] Показать { $count } услугу
    [few] Показать { $count } услуги
   *[other] Показать { $count } услуг
}
chip-text = Поиск: { $text }
chip-remove = Убрать фильтр: { $filter }
chip-near-you = Ближайшие к вам
chip-near-place = Ближайшие: { $place }
chip-near-point = Ближайшие к выбранной точке
chips-label = Выбранные фильтры
did-you-mean = Возможно, вы имели в виду:
opens-today = Откроется сегодня в { $time }
opens-tomorrow = Откроется завтра в { $time }
opens-on = Откроется { $day } в { $time }
back-to-results = Назад к результатам
action-call = Позвонить
action-email = Написать письмо
action-website = Веб-сайт
action-share = Поделиться
action-print = Распечатать
share-copied = Ссылка скопирована. Её можно вставить в сообщение.
share-copy-failed = Не удалось скопировать ссылку. Скопируйте её из адресной строки.
directions-foot = Пешком (OpenStreetMap)
directions-car = На машине (OpenStreetMap)
directions-transit = На общественном транспорте (планировщик маршрутов Matka.fi)
report-problem = Сообщить о неверной информации
report-subject = Неверная информация: { $name }
report-body-service = Услуга: { $name } (идентификатор { $id })
report-body-page = Страница: { $url }
report-body-what = Что неверно:
embed-controls = Элементы управления
embed-controls-all = Все фильтры
embed-controls-search = Только поле поиска
embed-controls-none = Никаких: только результаты

# The map's controls
map-zoom-in = Приблизить
map-zoom-out = Отдалить
map-popup-close = Закрыть
map-leaflet-title = Библиотека JavaScript для интерактивных карт
