# download: English
download-sizes = With images: { $all }. Text only: { $text }.
data-saver = Data saver: download the text first, and each image only when I tap it
download-text-button = Download the text for offline ({ $size })
download-images-left = Images not on this device: { $size }. Tap one in a lesson to see it.
download-images = Download the images too
image-tap = Show the image ({ $size }): { $description }
