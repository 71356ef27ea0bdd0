# Integration Atlas: українська. Кожен ключ із цього файлу має бути в кожному файлі locales/*/main.ftl.

app-name = Integration Atlas
skip-to-content = Перейти до основного вмісту
nav-label = Головне меню
nav-finder = Знайти послугу
nav-data = Про дані
ui-language = Мова сайту
loading = Завантаження послуг…

sample-title = Демонстраційні дані.
sample-text = Показані послуги — це приклади, щоб спробувати, як працює сайт. Це не справжні послуги. Не звертайтеся до них.
refused-data = Сайт показує офіційні дані, тому що посилання просило показати дані з адреси, якій цей сайт не довіряє:

footer-privacy = Цей сайт не використовує файли cookie та вебаналітику. Ваше місцезнаходження використовується лише у вашому браузері.
footer-sources = Джерела:

error-title = Не вдалося завантажити послуги
error-network = Не вдалося з’єднатися. Перевірте підключення до мережі та спробуйте ще раз.
error-status = Сервер повідомив про помилку ({ $status }). Спробуйте ще раз трохи згодом.
error-not-json = Файл даних пошкоджено, тому його неможливо прочитати ({ $detail }).
error-not-atlas = Файл даних не є набором даних Integration Atlas.
error-version = Файл даних має новіший формат ({ $format }), ніж може прочитати цей сайт.
retry = Спробувати ще раз

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
service-directions = Як дістатися (OpenStreetMap)
service-phone = Телефон
service-email = Електронна пошта
service-website = Вебсайт
service-hours = Години роботи
service-hours-unknown = Години роботи невідомі. Перш ніж прийти, зв’яжіться з надавачем послуги.
service-details = Докладніше
service-languages = Мови
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

group-all = Усі
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
area-vitality_centre = Центри життєздатності (elinvoimakeskukset)
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
data-sources = Джерела
data-counts = Записи
data-kind = Тип
data-shown = Показано
data-left-out = Не показано
data-problems = Записи, які не показано
data-problems-intro = Ці записи порушують правила формату даних, тому їх не показано. Причини технічні й наведені англійською мовою.
data-no-problems = Усі записи у файлі правильні, і їх показано.
data-id = ID
data-reason = Причина

kind-meta = Опис набору даних
kind-areas = Території
kind-municipalities = Муніципалітети
kind-actors = Організації
kind-services = Послуги
kind-programmes = Програми
kind-legislation = Законодавство
