### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# organization: Russian

## Failures of the organization's routes
error-join-code-ended = Тренер завершил действие этого кода. Попросите у него новый.
error-reset-code-invalid = Этот код сброса не подходит: возможно, в нём опечатка, он уже использован, заменён новым или выдан больше 72 часов назад. Проверьте логин и код или попросите у тренера новый код.
error-course-archived = Этот курс в архиве и больше не предлагается. Выберите другой курс или сначала верните его в каталог.

## One organization's page
org-title = Организация
org-sign-in = Войдите как тренер или администратор этой организации, чтобы управлять ею.
org-not-allowed = Эта страница для тренеров и администраторов этой организации. Ваша учётная запись к ним не относится.
org-offline = Для этой страницы нужна связь с сервером. Подключитесь к интернету и попробуйте снова.
org-forbidden = Вашей учётной записи это действие в этой организации не разрешено.
org-contents = На этой странице
org-confirm-cancel = Отмена
org-role-learner = Слушатель
org-role-trainer = Тренер
org-role-administrator = Администратор
org-column-label = Пометка
org-column-courses = Курсы
org-column-course = Курс
org-column-role = Роль
org-column-roles = Роли
org-column-uses = Использован
org-column-expires = Действует до
org-column-state = Состояние
org-column-action = Действие
org-column-member = Участник
org-column-learner = Слушатель
org-column-learners = Слушатели
org-column-access = Запись
org-column-catalog = Каталог
org-column-issued = Выдан

## Join codes
org-codes-heading = Коды для вступления
org-codes-explained = По коду для вступления слушатели создают учётную запись и получают выбранные вами курсы. Поделитесь ссылкой или QR-кодом либо продиктуйте код.
org-codes-table = Коды для вступления в эту организацию
org-code-new = Новый код для вступления
org-code-for = Для кого код
org-code-for-learners = Слушатели (группа)
org-code-for-trainer = Один новый тренер
org-code-for-administrator = Один новый администратор
org-code-invitation-hint = Приглашение — для одного человека: оно срабатывает один раз.
org-code-courses = Курсы, которые даёт код
org-code-no-courses = У этой организации пока нет курсов, которые можно дать.
org-code-label = Пометка (для вас: для кого этот код)
org-code-label-hint = Например, «Ош, мартовская группа». Слушатели её не видят.
org-code-max-uses = Сколько человек может вступить по нему
org-code-days = Через сколько дней он перестанет действовать
org-code-create = Создать код
org-code-create-invitation = Создать приглашение
org-code-card-title = Новый код для вступления
org-code-card-invitation = Приглашение: { $role }, один человек
org-code-card-open = Слушатели открывают эту ссылку на телефоне или открывают страницу вступления и вводят код:
org-code-card-limits = Действует для { $uses ->
    [one] { $uses } человека
    [few] { $uses } человек
   *[other] { $uses } человек
  } до { $date }.
org-code-card-once = Код показывается только сейчас: на сервере не остаётся копии, которую можно показать снова. Скопируйте, распечатайте или запишите его, прежде чем уйти с этой страницы.
org-code-qr = QR-код ссылки для вступления
org-code-copy = Копировать ссылку
org-code-copied = Ссылка скопирована.
org-code-copy-failed = Браузер не разрешил копирование. Выделите ссылку выше и скопируйте её вручную.
org-code-print = Печать
org-code-no-label = (без пометки)
org-codes-none = Кодов для вступления пока нет.
org-code-uses = { $uses } из { $max }
org-code-active = Действует
org-code-ended = Завершён
org-code-expired = Истёк
org-code-used-up = Исчерпан
org-code-end = Завершить код
org-code-end-question = Завершить этот код? По нему больше никто не сможет вступить; созданные по нему учётные записи останутся.
org-code-end-yes = Да, завершить

## Members
org-members-heading = Участники
org-members-search = Поиск по имени или логину
org-members-table = Участники этой организации
org-reset = Сбросить пароль
org-reset-question = Создать код сброса для { $name }? Текущий пароль перестанет действовать, когда будет задан новый.
org-reset-yes = Да, создать код
org-reset-card-title = Код сброса для { $name }
org-reset-code = Код сброса
org-reset-card-how = Передайте { $name } этот логин и код лично. Код действует 72 часа (до { $date }) и срабатывает один раз: нужно открыть страницу ниже, ввести оба и выбрать новый пароль.
org-reset-card-once = Код показывается только сейчас. Новый код заменяет прежний.
org-end-sessions = Завершить сеансы
org-end-sessions-question = Выйти из учётной записи { $name } на всех устройствах (если телефон потерян)? Прогресс на сервере сохранится.
org-end-sessions-yes = Да, выйти везде
org-sessions-ended = { $count ->
    [0] { $name } нигде не был(а) в системе.
    [one] Завершён { $count } сеанс { $name }.
    [few] Завершено { $count } сеанса { $name }.
   *[other] Завершено { $count } сеансов { $name }.
  }
org-give-heading = Дать курс
org-give-explained = Отметьте участников в таблице, выберите курс и дайте его им. У кого курс уже есть, тех это не затронет.
org-give-course = Курс
org-give-button = { $count ->
    [0] Сначала отметьте участников в таблице
    [one] Дать { $count } участнику
   *[other] Дать { $count } участникам
  }
org-give-done = { $count ->
    [0] У всех отмеченных этот курс уже был.
    [one] Курс получил { $count } участник.
    [few] Курс получили { $count } участника.
   *[other] Курс получили { $count } участников.
  }

## Courses
org-courses-heading = Курсы
org-courses-explained = Курсы, которые есть или могут быть у слушателей этой организации. Курс в архиве скрыт из каталога; у кого он есть, продолжают его читать, и их сертификаты остаются действительными.
org-courses-table = Курсы этой организации
org-course-open = Открыт для всех
org-course-closed = По коду
org-course-archived = В архиве
org-course-shown = В каталоге
org-course-archive = В архив
org-course-archive-named = В архив: { $course }
org-course-unarchive = Вернуть в каталог
org-course-unarchive-named = Вернуть в каталог: { $course }

## Certificates
org-certificates-heading = Сертификаты
org-certificates-explained = Сертификаты об окончании курсов, полученные через эту организацию. Отзывайте сертификат, только если он выдан по ошибке или получен нечестно: при проверке будет видна ваша причина.
org-certificates-table = Сертификаты этой организации
org-certificate-valid = Действителен
org-certificates-none = Сертификатов пока нет.
org-certificate-revoked = Отозван { $date }: { $reason }
org-certificate-revoke = Отозвать
org-certificate-reason = Причина (её увидит тот, кто проверяет)
org-certificate-revoke-yes = Отозвать сертификат

## Organizations
orgs-title = Организации
orgs-none = Эта страница для тренеров и администраторов. Ваша учётная запись не управляет ни одной организацией.
orgs-own-heading = Ваши организации
orgs-all-heading = Все организации
orgs-table = Все организации на этом сервере
orgs-column-name = Название
orgs-none-yet = Организаций пока нет.
orgs-column-members = Участники
orgs-column-created = Создана
orgs-new-heading = Новая организация
orgs-name = Название организации
orgs-create = Создать организацию
orgs-created = Организация «{ $name }» создана.
orgs-open = Открыть

## Setting a new password with a reset code
reset-title = Новый пароль
reset-intro = Забыли пароль? Попросите у тренера код сброса и введите здесь логин, код и новый пароль.
reset-code = Код сброса
reset-code-hint = 12 букв и цифр, как их дал тренер. Заглавные буквы и дефисы не важны.
reset-new-password = Новый пароль
reset-new-password-again = Новый пароль ещё раз
reset-mismatch = Пароли не совпадают. Введите один и тот же новый пароль дважды.
reset-button = Задать пароль и войти
reset-sign-in = Помните пароль? Войти
org-questions-link = Вопросы слушателей
# Файл прогресса учащегося, привезённый оттуда, где нет сети.
org-carried-heading = Файл прогресса учащегося
org-carried-explained = Учащаяся там, где нет сети, сохраняет свой прогресс в файл (он оканчивается на .dalp) и отдаёт его вам. Импортируйте его здесь, пока есть сеть: её изменения сохраняются один раз, сколько бы раз ни пришёл файл, и для вас сохраняется ответный файл, который нужно отвезти на её устройство. Прочитать оба файла может только эта установка.
org-carried-label = Выберите файл прогресса
org-carried-done = { $count ->
    [one] Сохранено { $count } изменение
    [few] Сохранено { $count } изменения
   *[other] Сохранено { $count } изменений
}{ $refused ->
    [0] .
   *[other] , отклонено: { $refused }.
} Ответный файл сохранён: отдайте его учащейся, она откроет его в разделе «Без сети».
