# Integration Atlas: العربية. يجب أن يوجد كل مفتاح من هذا الملف في كل ملف locales/*/main.ftl.

app-name = Integration Atlas
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-menu = القائمة
nav-finder = البحث عن خدمة
nav-data = عن البيانات
ui-language = لغة الموقع
loading = جارٍ تحميل الخدمات…
loading-progress = تم تلقي { $loaded } من { $total } ميغابايت
loading-checked = تم التحقق من { $done } من أصل { $total } سجل

sample-title = بيانات تجريبية.
sample-text = الخدمات المعروضة أمثلة لتجربة الموقع، وليست خدمات حقيقية. يُرجى عدم التواصل معها.
refused-data = يعرض الموقع البيانات الرسمية، لأن رابطًا طلب عرض بيانات من عنوان لا يثق به هذا الموقع:
data-from = البيانات بتاريخ { $date }
offline-data = لا يوجد اتصال بالشبكة: تُعرض البيانات المحفوظة على هذا الجهاز.

footer-privacy = لا يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) ولا أدوات تحليل الزيارات. يُستخدم موقعك الجغرافي داخل متصفحك فقط.
footer-sources = مصادر البيانات ({ $count })
footer-contact = التواصل مع الجهة التي تدير الموقع

error-title = تعذّر تحميل الخدمات
error-network = فشل الاتصال. تحقّق من اتصالك بالشبكة ثم حاول مرة أخرى.
error-status = ردّ الخادم برسالة خطأ ({ $status }). حاول مرة أخرى بعد قليل.
error-not-json = ملف البيانات تالف ولا يمكن قراءته ({ $detail }).
error-not-atlas = ملف البيانات ليس مجموعة بيانات خاصة بـ Integration Atlas.
error-version = ملف البيانات بتنسيق أحدث ({ $format }) من التنسيق الذي يستطيع هذا الموقع قراءته.
retry = حاول مرة أخرى
retry-auto = ستتم إعادة المحاولة تلقائيًا بعد { $seconds } ثانية.

not-found-title = الصفحة غير موجودة
not-found-text = لا يوجد شيء على هذا العنوان. ربما يكون الرابط قديمًا أو مكتوبًا بشكل خاطئ.
back-to-finder = العودة إلى البحث عن الخدمات

finder-title = ابحث عن خدمات الإرشاد والاستشارة
finder-intro = خدمات الإرشاد والاستشارة للمهاجرين في فنلندا. ابحث حسب المكان واللغة والموضوع.
filters-label = خيارات التصفية
filters-clear = مسح خيارات التصفية
search-label = بحث
search-hint = خدمة أو مكان أو موضوع، بأي لغة. لا تهمّ العلامات فوق الحروف اللاتينية (مثل ä وé) ولا الأحرف الكبيرة.
filter-languages = اللغات التي تُقدَّم بها الخدمة
filter-languages-hint = الخدمات المتوفرة بأيٍّ من اللغات المختارة. يبيّن الرقم عدد الخدمات التي تطابق خيارات التصفية الأخرى التي اخترتها.
filter-place = المكان
place-all = كل فنلندا
place-municipalities = البلديات
filter-channel = طريقة الحصول على الخدمة
filter-topic = الموضوع
filter-group = الفئة المستهدفة
filter-any = الكل
filter-open-now = مفتوح الآن

near-me = الخدمات القريبة مني
near-locating = جارٍ تحديد موقعك…
near-denied = لم تسمح للموقع باستخدام موقعك الجغرافي. يمكنك اختيار بلدية بدلًا من ذلك.
near-unavailable = موقعك الجغرافي غير متاح. يمكنك اختيار بلدية بدلًا من ذلك.
near-type-a-name = اكتب اسم البلدية أولاً.
near-no-municipality = لا توجد بلدية بهذا الاسم. تحقّق من طريقة الكتابة.
near-municipality-label = أو احسب المسافات من بلدية
near-municipality-submit = اعرض الأقرب
near-from-you = تُقاس المسافات من موقعك.
near-from-place = تُقاس المسافات من وسط بلدية { $place }.
near-from-point = تُقاس المسافات من النقطة المختارة.
near-stop = إيقاف قياس المسافات
sort-label = الترتيب
sort-distance = الأقرب أولًا
sort-name = حسب الاسم

result-count = { $count ->
    [0] لم يتم العثور على أي خدمة
    [zero] لم يتم العثور على أي خدمة
    [one] تم العثور على خدمة واحدة
    [two] تم العثور على خدمتين
    [few] تم العثور على { $count } خدمات
    [many] تم العثور على { $count } خدمة
   *[other] تم العثور على { $count } خدمة
}
no-results = لا توجد خدمة تطابق كل خيارات التصفية. جرّب إزالة بعضها.
show-more = عرض المزيد من الخدمات
view-label = طريقة العرض
view-list = قائمة
view-map = خريطة
map-label = خريطة الخدمات
map-cluster = { $count ->
    [zero] لا توجد خدمات هنا.
    [one] توجد هنا خدمة واحدة. كبّر الخريطة لرؤيتها.
    [two] توجد هنا خدمتان. كبّر الخريطة لرؤيتهما.
    [few] توجد هنا { $count } خدمات. كبّر الخريطة لرؤيتها.
    [many] توجد هنا { $count } خدمة. كبّر الخريطة لرؤيتها.
   *[other] توجد هنا { $count } خدمة. كبّر الخريطة لرؤيتها.
}
open-service-page = افتح صفحة الخدمة
open-now = مفتوح الآن
closed-now = مغلق الآن

service-contact = معلومات التواصل
service-address = العنوان
service-directions = كيفية الوصول
service-phone = الهاتف
service-email = البريد الإلكتروني
service-website = الموقع الإلكتروني
service-hours = ساعات العمل
service-hours-unknown = ساعات العمل غير معروفة. تواصل مع مقدّم الخدمة قبل أن تذهب إليه.
service-details-loading = جارٍ تحميل وصف الخدمة وبيانات الاتصال بها…
service-details-failed = تعذّر تحميل وصف الخدمة وبيانات الاتصال بها.
service-details = التفاصيل
service-languages = اللغات
# Between the items of a list of names (languages, topics, opening times): the language's own comma and a space.
list-separator = {"، "}
service-channels = طريقة الحصول على الخدمة
service-topics = المواضيع
service-groups = الفئة المستهدفة
service-accessibility = إمكانية الوصول
service-municipality = البلدية
service-provider = مقدّم الخدمة
service-verified = تم التحقق من المعلومات

hours-closed = مغلق
hours-all-day = مفتوح على مدار الساعة
hours-holidays = العطل الرسمية
hours-finnish-time = الأوقات حسب توقيت فنلندا.

day-mo = الاثنين
day-tu = الثلاثاء
day-we = الأربعاء
day-th = الخميس
day-fr = الجمعة
day-sa = السبت
day-su = الأحد

appointment-none = لا حاجة إلى حجز موعد.
appointment-recommended = يُنصح بحجز موعد.
appointment-required = يجب حجز موعد.

wheelchair-yes = يمكن الوصول بالكرسي المتحرك
wheelchair-limited = يمكن الوصول جزئيًا بالكرسي المتحرك
wheelchair-no = لا يمكن الوصول بالكرسي المتحرك
wheelchair-unknown = إمكانية الوصول بالكرسي المتحرك غير معروفة

channel-in_person = حضوريًا
channel-phone = عبر الهاتف
channel-online = عبر الإنترنت
channel-chat = الدردشة
channel-video = مكالمة فيديو

topic-residence = تصاريح الإقامة
topic-work = العمل
topic-housing = السكن
topic-education = التعليم
topic-health = الصحة
topic-language_courses = دورات اللغة
topic-family = الأسرة
topic-social_security = الضمان الاجتماعي
topic-taxation = الضرائب
topic-integration_plan = خطة الاندماج

group-all = للجميع
group-families = الأسر
group-youth = الشباب
group-women = النساء
group-students = الطلاب
group-workers = العاملون
group-asylum_seekers = طالبو اللجوء
group-refugees = اللاجئون
group-seniors = كبار السن

area-region = الأقاليم (maakunnat)
area-wellbeing_county = مناطق خدمات الرفاه (hyvinvointialueet)
area-employment_area = مناطق التوظيف (työllisyysalueet)
area-vitality_centre = مراكز التنمية الاقتصادية (منذ 2026)
area-ely_centre = مراكز ELY (حتى نهاية عام 2025)

actor-tasks = المهام
actor-website = الموقع الإلكتروني
actor-services = الخدمات
actor-no-services = لا توجد في البيانات خدمات لهذه الجهة.

data-title = عن البيانات
data-name = مجموعة البيانات
data-publisher = الناشر
data-published = تاريخ النشر
data-license = الترخيص
data-address = عنوان الملف
data-downloads = التنزيلات
data-downloads-intro = البيانات نفسها لإعادة الاستخدام، أُعدّت عند بناء مجموعة البيانات. تحتوي الملفات المصدَّرة على الخدمات.
data-downloads-linked = فُتحت مجموعة البيانات هذه من رابط: يمكن هنا تنزيل الملف نفسه ووصف صيغته فقط.
data-dl-dataset = مجموعة البيانات (JSON، بصيغة integration-atlas/1)
data-dl-checksum = مجموع التحقق SHA-256 الخاص بها
data-dl-schema = مخطط JSON Schema للصيغة
data-dl-csv = الخدمات بصيغة CSV (أعمدة قالب النشر)
data-dl-geojson = الخدمات بصيغة GeoJSON (نقاط لبرامج الخرائط)
data-dl-hsds = الخدمات بصيغة Open Referral HSDS 3.0 (JSON)
data-sources = المصادر
data-counts = السجلات
data-kind = النوع
data-shown = المعروضة
data-left-out = المستبعدة
data-sourced = له مصدر
data-illustrative = توضيحية
data-problems = السجلات والحقول المستبعدة
data-problems-intro = لا يُعرض السجل إذا خالف معرّفه أو اسمه أو موقعه أو لغاته أو مرجع إلزامي فيه قواعد تنسيق البيانات. وإذا خالفها حقل اختياري، مثل عنوان بريد إلكتروني غير صحيح، يُستبعد هذا الحقل ويُعرض السجل من دونه.
data-no-problems = كل السجلات في الملف صالحة ومعروضة.
data-pack = الحزمة المضغوطة
data-pack-used = قُرئت من الحزمة المصنوعة من مجموعة البيانات هذه: ما تحتاجه أداة البحث، وقد تُحقِّق منها مقابل المجموع الاختباري لمجموعة البيانات. يُجلب وصف الخدمة وبيانات الاتصال بها عند فتح صفحتها.
data-pack-refused = لم تُستخدم الحزمة: { $reason } وقُرئت مجموعة البيانات كاملة بدلاً منها.
pack-unreachable = تعذّر جلبها.
pack-unchecked = تعذّر جلب المجموع الاختباري لمجموعة البيانات، فلم يمكن التحقق من الحزمة.
pack-not-inflated = ليست ملفاً مضغوطاً كاملاً، أو لا يستطيع هذا المتصفح فكّ ضغطها.
pack-stale = صُنعت من إصدار آخر لمجموعة البيانات.
pack-damaged = تالفة أو مقطوعة.
pack-version = صيغتها أحدث مما يقرؤه هذا التطبيق.
pack-breaks-rule = أحد سجلاتها يخالف قواعد صيغة البيانات.
data-id = المعرّف
data-reason = السبب
data-dropped = الحقول المستبعدة
data-field = الحقل
data-effect = ما الذي حدث
effect-left_out = استُبعد السجل
effect-field_dropped = استُبعد الحقل
reason-unreadable = لا يمكن قراءة القيمة: نوعها أو شكلها غير صحيح.
reason-bad_id = يجوز أن يحتوي المعرّف على أحرف لاتينية صغيرة وأرقام والرموز : _ - فقط
reason-bad_municipality_code = الرمز ليس رمز بلدية من ثلاثة أرقام.
reason-no_text = النص فارغ بكل اللغات.
reason-bad_text_language = لغة النص ليست رمزًا وفق ISO 639.
reason-not_a_word = «{ $value }» ليست كلمة بأحرف صغيرة.
reason-not_one_of = «{ $value }» ليست من القيم المسموح بها.
reason-no_record = «{ $value }» لا تشير إلى أي سجل في الملف.
reason-bad_location = الموقع ليس في فنلندا.
reason-bad_date = «{ $value }» ليس تاريخًا (YYYY-MM-DD).
reason-bad_url = العنوان ليس عنوان http أو https.
reason-bad_email = «{ $value }» ليس عنوان بريد إلكتروني.
reason-bad_phone = «{ $value }» ليس رقم هاتف بالصيغة الدولية (+358 …).
reason-bad_language = «{ $value }» ليس رمز لغة.
reason-no_language = لم تُذكر أي لغة.
reason-bad_hours = لا يمكن قراءة ساعات العمل.
reason-end_before_start = تاريخ الانتهاء قبل تاريخ البدء.
reason-duplicate = لسجل سابق المعرّف نفسه.
reason-not_a_list = القائمة ليست قائمة، لذلك لم يُقرأ منها شيء.

kind-meta = وصف مجموعة البيانات
kind-areas = المناطق
kind-municipalities = البلديات
kind-actors = الجهات
kind-services = الخدمات
kind-programmes = البرامج
kind-legislation = التشريعات

nav-actors = من يقوم بماذا
nav-programmes = البرامج
nav-legislation = التشريعات المتعلقة بالاندماج
illustrative = مثال توضيحي
illustrative-text = هذا السجل مثال توضيحي: كُتب على سبيل المثال، ولم يؤخذ من مصدر منشور.
sources-title = المصادر
sources-none = لا يذكر هذا السجل مصدرًا لمعلوماته.
sources-illustrative = لا يوجد مصدر: السجل مثال توضيحي.
source-label = المصدر:
source-checked = ، تاريخ التحقق { $date }

actors-title = من يقوم بماذا في مجال الاندماج
actors-intro = السلطات والبلديات والمنظمات التي تعمل من أجل اندماج المهاجرين، ومهامها. اختر تاريخًا لترى الهيكل كما كان في ذلك اليوم.
actors-level = المستوى
actors-kind = النوع
actors-at = الهيكل بتاريخ
actors-today = اعرض الوضع الحالي
actors-count = { $count ->
    [zero] لا توجد أي جهة
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهة
   *[other] { $count } جهة
} بتاريخ { $date }
back-to-actors = العودة إلى «من يقوم بماذا»
level-national = الوطني
level-regional = الإقليمي
level-local = المحلي
level-civil_society = المجتمع المدني
actor-kind-ministry = وزارة
actor-kind-agency = هيئة حكومية
actor-kind-regional_authority = سلطة إقليمية
actor-kind-municipality = بلدية
actor-kind-wellbeing_county = منطقة خدمات الرفاه
actor-kind-employment_authority = سلطة خدمات التوظيف
actor-kind-ngo = منظمة
actor-kind-religious_community = جماعة دينية
actor-kind-education = مؤسسة تعليمية
actor-kind-other = أخرى
actor-former = جهة سابقة
actor-ended = لم تعد هذه الجهة قائمة. انتقلت مهامها إلى:
actor-area = المنطقة
actor-municipalities = { $count ->
    [zero] لا توجد بلديات
    [one] بلدية واحدة
    [two] بلديتان
    [few] { $count } بلديات
    [many] { $count } بلدية
   *[other] { $count } بلدية
}
actor-timeline = الجهات السابقة واللاحقة
actor-predecessors = قبلها
actor-successors = بعدها
actor-relations = العلاقات
actor-relations-on = في { $date }
actor-relations-other-times = في أوقات أخرى
actor-programmes = البرامج
rel-steers = توجّه
rel-steered-by = تحت توجيه
rel-funds = تموّل
rel-funded-by = بتمويل من
rel-supervises = تشرف على
rel-supervised-by = تحت إشراف
rel-part-of = جزء من
rel-has-part = تضمّ
rel-agreement = اتفاقية مع
rel-cooperates = تتعاون مع

programmes-title = برامج الاندماج
programmes-intro = البرامج التي توجّه العمل في مجال الاندماج على المستوى الوطني وفي البلديات، مع مدة سريان كل منها وما إذا كانت سارية اليوم.
programmes-kind = نوع البرنامج
programmes-status = الوضع اليوم
programmes-count = { $count ->
    [0] لم يتم العثور على أي برنامج
    [zero] لم يتم العثور على أي برنامج
    [one] تم العثور على برنامج واحد
    [two] تم العثور على برنامجين
    [few] تم العثور على { $count } برامج
    [many] تم العثور على { $count } برنامجًا
   *[other] تم العثور على { $count } برنامج
}
programmes-municipal-title = البلديات وبرامجها اليوم
programmes-coverage = عدد البلديات التي لديها في البيانات برنامج اندماج خاص بها ساري المفعول: { $with } من أصل { $total }.
programmes-coverage-caveat = لا تتضمن البيانات إلا البرامج المعروفة من قرارات معلنة. قد يكون لدى البلدية غير المذكورة هنا برنامج رغم ذلك.
programmes-with = البلديات التي لديها برنامج ساري المفعول
programmes-valid-programme = البرنامج الساري
programmes-without = { $count ->
    [zero] لا توجد في البيانات بلديات بلا برنامج ساري المفعول
    [one] بلدية واحدة بلا برنامج ساري المفعول في البيانات
    [two] بلديتان بلا برنامج ساري المفعول في البيانات
    [few] { $count } بلديات بلا برنامج ساري المفعول في البيانات
    [many] { $count } بلدية بلا برنامج ساري المفعول في البيانات
   *[other] { $count } بلدية بلا برنامج ساري المفعول في البيانات
}
back-to-programmes = العودة إلى البرامج
# A Finnish term in brackets is kept on one line (no-break spaces): split over two lines, its brackets
# were drawn facing the wrong way.
prog-kind-municipal_integration_programme = برنامج الاندماج البلدي (kotouttamisohjelma، القانون 1386/2010)
prog-kind-integration_programme = برنامج الاندماج البلدي (kotoutumisohjelma، القانون 681/2023)
prog-kind-regional_programme = برنامج إقليمي
prog-kind-government_integration_programme = برنامج الاندماج الحكومي (valtion kotouttamisohjelma)
prog-kind-partnership_programme = برنامج الشراكة من أجل الاندماج (kotouttamisen kumppanuusohjelma)
status-valid = سارٍ
status-expired = منتهٍ
status-upcoming = قادم
programme-period = مدة السريان
programme-adopted = الاعتماد
programme-responsible = الجهة المسؤولة
programme-document = الوثيقة
programme-municipalities = البلديات المشمولة

legislation-title = التشريعات المتعلقة بالاندماج
legislation-intro = القوانين التي تنظّم اندماج المهاجرين في فنلندا.
legislation-from = نافذ اعتبارًا من
legislation-to = حتى
actor-period-from = منذ { $date }
actor-period-until = حتى { $date }
actor-period = { $from } – { $to }
legislation-in-force = نافذ
legislation-not-in-force = لم يعد نافذًا

footer-accessibility = بيان إمكانية الوصول
a11y-title = بيان إمكانية الوصول
a11y-intro = ينطبق هذا البيان على موقع Integration Atlas. تستند المتطلبات إلى القانون الفنلندي بشأن تقديم الخدمات الرقمية (laki digitaalisten palvelujen tarjoamisesta، رقم 306/2019)، الذي ينفّذ توجيه الاتحاد الأوروبي بشأن إمكانية الوصول إلى المواقع الإلكترونية. المستوى المطلوب هو WCAG 2.1 AA.
a11y-status-title = مدى إمكانية الوصول إلى الموقع
a11y-status = يستوفي الموقع متطلبات WCAG 2.1 AA جزئيًا. تُفحص كل صفحة آليًا بكل اللغات وبأحجام شاشات الحاسوب والهاتف، ويُختبر استخدام الموقع بلوحة المفاتيح وحدها.
a11y-known-title = المشكلات المعروفة
a11y-known-map = لا يمكن استخدام الخريطة بلوحة المفاتيح أو بقارئ الشاشة. كل ما يظهر على الخريطة موجود أيضًا في قائمة النتائج، ويمكن استخدامها بكل الطرق.
a11y-known-translations = لم يراجع ناطقون أصليون بعدُ النصوص باللغات الأوكرانية والروسية والعربية.
a11y-known-data = تُعرض النصوص الواردة في البيانات باللغات التي قدّمها بها الناشر. وعندما لا يكون النص بلغتك، تُحدَّد لغته كي تقرأه برامج قراءة الشاشة قراءةً صحيحة.
a11y-feedback-title = الملاحظات
a11y-feedback = إذا لاحظت مشكلة في إمكانية الوصول في هذا الموقع أو احتجت إلى محتواه بشكل آخر، فأبلغ الجهة التي تدير الموقع. يجب أن ترد عليك خلال أسبوعين.
a11y-contact-email = البريد الإلكتروني
a11y-contact-url = نموذج الملاحظات
a11y-no-contact = لم يُحدَّد عنوان اتصال لهذه النسخة من الموقع (إعداد «contact» في config.json). اسأل الجهة التي نشرتها.
a11y-enforcement-2026 = كانت وحدةُ الرقابة على إمكانية الوصول في الوكالة الإدارية الإقليمية لجنوب فنلندا هي الجهةَ الرقابية على إمكانية الوصول إلى الخدمات الرقمية. ويقترح مشروع قانون حكومي صدر في يونيو 2024 (HE 71/2024) نقل هذه الرقابة إلى وكالة النقل والاتصالات Traficom. انتهى عمل الوكالات الإدارية الإقليمية في 31 ديسمبر 2025، وانتقلت معظم مهامها إلى الوكالة الفنلندية للرقابة (Lupa- ja valvontavirasto). الجهة التي تتولى الرقابة اليوم وبيانات الاتصال بها ونموذج الإبلاغ مذكورة على
a11y-enforcement-title = السلطة الرقابية
a11y-enforcement = إذا لم تكن راضيًا عن الرد، أو لم تتلقَّ ردًا خلال أسبوعين، يمكنك إبلاغ السلطة الرقابية المعنية بإمكانية الوصول الرقمي بالمشكلة. ويمكن للسلطة أن تأمر بتصحيح المشكلة.
a11y-date = أُعدّ هذا البيان في 22 نوفمبر 2026 وحُدّث آخر مرة في 26 نوفمبر 2026.

# شبكة الخدمات والتضمين ومنشئ الشيفرة
nav-network = شبكة الخدمات
nav-embed-code = التضمين في موقعك
embed-full-view = الفتح في العرض الكامل
opens-new-tab = (يُفتح في علامة تبويب جديدة)
network-title = شبكة الخدمات
network-intro = للمسؤولين: مدى تغطية خدمات الإرشاد والاستشارة لكل منطقة، وأين توجد الفجوات، وأي السجلات تحتاج إلى تحقق، وأين تنقص برامج الاندماج. يمكن فرز كل جدول وتنزيله بصيغة CSV وطباعته، ويحفظ عنوان هذه الصفحة اختياراتك.
network-km = المسافة إلى أقرب خدمة (كم)
network-km-invalid = أدخل عددًا صحيحًا من 1 إلى { $max }. لا تزال الأرقام محسوبة لمسافة { $km } كم.
network-at = التاريخ
network-kind = التجميع حسب المنطقة
network-kind-hint = لا تُعرض إلا أنواع المناطق التي كانت موجودة في التاريخ المختار.
network-empty-not-yet = لم تكن هناك مناطق من نوع «{ $kind }» في { $date }: تبدأ في { $from }. اختر تجميعًا آخر أو تاريخًا لاحقًا.
network-empty-ended = لم تكن هناك مناطق من نوع «{ $kind }» في { $date }: انتهت في { $to }. اختر تجميعًا آخر أو تاريخًا سابقًا.
network-empty-none = لا تحتوي البيانات على مناطق من نوع «{ $kind }». اختر تجميعًا آخر.
network-empty-gaps = لا توجد ثغرات: في كل بلدية خدمة على بعد { $km } كم أو أقل.
network-share = رابط إلى هذا العرض
network-print = طباعة
network-day = الوضع في { $date }. ليس للخدمات تواريخ خاصة بها: يحدد التاريخ المناطق والبرامج السارية والسجلات التي تُعدّ متحققًا منها خلال الأشهر الاثني عشر الأخيرة.
network-summary = البلديات التي توجد فيها خدمة في حدود { $km } كم: { $covered } من { $total }.
network-contents = في هذه الصفحة
network-gaps-map = الفجوات على الخريطة
network-gaps-hint = كل نقطة هي مركز بلدية تبعد أقرب خدمة إليها أكثر من المسافة المختارة (مسافة الدائرة العظمى). والبلديات نفسها مدرجة في جدول الفجوات.
network-rows = عدد الصفوف: { $count }
network-csv = التنزيل بصيغة CSV
network-areas-title = التغطية واللغات حسب المنطقة
network-gaps-title = الفجوات: بلديات بلا خدمة ضمن المسافة
network-freshness-title = الحداثة: خدمات لم يُتحقق منها خلال الأشهر الاثني عشر الأخيرة
network-programmes-title = بلديات بلا برنامج اندماج ساري المفعول
network-col-area = المنطقة
network-col-municipalities = البلديات
network-col-services = الخدمات
network-col-languages = اللغات المتاحة
network-col-covered = بلديات فيها خدمة ضمن المسافة
network-col-covered-share = النسبة (%)
network-col-languages-missing = لغات متاحة في أماكن أخرى وليست هنا
network-col-municipality = البلدية
network-col-code = الرمز
network-col-nearest-km = أقرب خدمة (كم)
network-col-nearest-service = أقرب خدمة
network-col-stale = لم يُتحقق منها خلال 12 شهرًا
network-col-stale-share = نسبة غير المتحقق منها (%)
network-col-stale-services = خدمات لم يُتحقق منها
network-col-with-programme = ببرنامج ساري المفعول
network-col-without-programme = بلا برنامج ساري المفعول
network-col-without-share = النسبة بلا برنامج (%)
network-col-without-municipalities = بلديات بلا برنامج
embed-code-title = ضمّن أداة البحث عن الخدمات في موقعك
embed-code-intro = اختر ما تعرضه أداة البحث، وتحقق من المعاينة، ثم انسخ الشيفرة إلى صفحتك. لا تستخدم أداة البحث المضمّنة ملفات تعريف الارتباط ولا تخزّن أي شيء.
embed-iframe-title = Integration Atlas: ابحث عن خدمات الإرشاد والاستشارة
embed-ui-language = لغة أداة البحث
embed-view = العرض
embed-view-both = الخريطة والقائمة
embed-width = العرض بالبكسل
embed-width-hint = اتركه فارغًا لاستخدام كامل عرض الصفحة.
embed-height = الارتفاع بالبكسل
embed-height-hint = اتركه فارغًا ليتبع الارتفاع المحتوى (تتضمن الشيفرة حينئذ نصًا برمجيًا صغيرًا).
embed-snippet = الشيفرة التي تُلصق في صفحتك
embed-copy = نسخ الشيفرة
embed-copied = تم النسخ.
embed-copy-failed = لم ينجح النسخ. حدّد الشيفرة وانسخها بنفسك.
embed-url = العنوان وحده
embed-preview = معاينة

# The finder on a phone, page titles, and the service page's actions
title-finder = خدمات التوجيه والإرشاد
title-finder-language = خدمات باللغات: { $languages }
title-finder-place = خدمات بالقرب من { $place }
title-finder-language-place = خدمات باللغات: { $languages } بالقرب من { $place }
filters-open = خيارات التصفية ({ $count })
filters-show-results = { $count ->
    [0] إغلاق: لا توجد خدمات مطابقة
    [one] عرض خدمة واحدة
    [two] عرض خدمتين
    [few] عرض { $count } خدمات
   *[other] عرض { $count } خدمة
}
chip-text = البحث: { $text }
chip-remove = إزالة خيار التصفية: { $filter }
chip-near-you = الأقرب إليك
chip-near-place = الأقرب إلى { $place }
chip-near-point = الأقرب إلى النقطة المختارة
chips-label = خيارات التصفية المختارة
did-you-mean = هل تقصد:
opens-today = يفتح اليوم الساعة { $time }
opens-tomorrow = يفتح غدًا الساعة { $time }
opens-on = يفتح يوم { $day } الساعة { $time }
back-to-results = العودة إلى النتائج
action-call = اتصال
action-email = إرسال بريد إلكتروني
action-website = الموقع الإلكتروني
action-share = مشاركة
action-print = طباعة
share-copied = تم نسخ الرابط. يمكنك لصقه في رسالة.
share-copy-failed = تعذّر نسخ الرابط. انسخه من شريط العنوان.
directions-foot = سيرًا على الأقدام (OpenStreetMap)
directions-car = بالسيارة (OpenStreetMap)
directions-transit = بالمواصلات العامة (مخطط الرحلات Matka.fi)
report-problem = الإبلاغ عن معلومات خاطئة
report-subject = معلومات خاطئة: { $name }
report-body-service = الخدمة: { $name } (المعرّف { $id })
report-body-page = الصفحة: { $url }
report-body-what = ما الخطأ:
embed-controls = عناصر التحكم المعروضة
embed-controls-all = كل خيارات التصفية
embed-controls-search = مربع البحث فقط
embed-controls-none = لا شيء: النتائج فقط

# The map's controls
map-zoom-in = تكبير
map-zoom-out = تصغير
map-popup-close = إغلاق
map-leaflet-title = مكتبة JavaScript للخرائط التفاعلية
