### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# screen: Russian
header-menu = Меню
header-organizations = Организации
header-sign-out-pending = Выйти (есть неотправленные изменения)…
sync-line-refused = не принято: { $count }
sync-line-hint = Показывает подробности и кнопку «Синхронизировать».
sync-line-explain = Ваш прогресс сначала сохраняется на этом устройстве и отправляется на сервер, когда есть связь: при открытии приложения, каждую минуту и по кнопке «Синхронизировать».
verify-show-text = Текст сертификата или проверка другого сертификата
certificate-files-what = Что это за файлы?
certificate-files-explain = Это тот же сертификат в стандартных форматах, которые читают другие системы: подписанный файл — удостоверение Open Badges 3.0, подписанное как JWT (.jwt); данные сертификата — то же удостоверение в формате JSON (.json); файл для кошелька — то же удостоверение в формате JSON-LD с подписью внутри (Data Integrity, eddsa-rdfc-2022), в том виде, в котором его хранят цифровые кошельки. Любой может проверить каждый из них на странице «Проверить сертификат» этого сайта по списку отозванных сертификатов организации (W3C Bitstring Status List).
