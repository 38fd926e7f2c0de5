# screen: English
