### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# data: Russian
# Каталог без связи (задача 16, пункт 3) и счётчик трафика устройства (пункт 8).

catalog-offline-kept = Нет связи. Это каталог в том виде, в каком он был { $date }; курсы, загруженные на это устройство, — в начале списка.
catalog-needs-connection = Для загрузки нужна связь
# $unit: b, kb, mb или gb; $count: число (для форм множественного числа); $amount: то же число, оформленное.
data-used = Трафик Dala на этом устройстве в этом месяце: { $unit ->
        [kb] { $count ->
            [one] { $amount } килобайт
            [few] { $amount } килобайта
            [many] { $amount } килобайт
           *[other] { $amount } килобайта
        }
        [mb] { $count ->
            [one] { $amount } мегабайт
            [few] { $amount } мегабайта
            [many] { $amount } мегабайт
           *[other] { $amount } мегабайта
        }
        [gb] { $count ->
            [one] { $amount } гигабайт
            [few] { $amount } гигабайта
            [many] { $amount } гигабайт
           *[other] { $amount } гигабайта
        }
       *[b] { $count ->
            [one] { $amount } байт
            [few] { $amount } байта
            [many] { $amount } байт
           *[other] { $amount } байта
        }
    }.
data-used-note = Считается на этом устройстве, для всех, кто им пользуется: что прислал сервер Dala, в сжатом виде, и ещё по 300 байт на файл за заголовки (оценка самого браузера). То, что уже есть на устройстве, ничего не стоит и не считается; то, что отправляет само устройство (несколько сотен байт в день), тоже не считается.
