### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.
download-sizes = Суреттерімен: { $all }. Тек мәтін: { $text }.
data-saver = Деректерді үнемдеу: алдымен мәтінді жүктеп алу, әр суретті тек мен басқанда жүктеу
download-text-button = Мәтінді офлайн үшін жүктеп алу ({ $size })
download-images-left = Бұл құрылғыда жоқ суреттер: { $size }. Көру үшін сабақтағы суретті басыңыз.
download-images = Суреттерді де жүктеп алу
image-tap = Суретті көрсету ({ $size }): { $description }
