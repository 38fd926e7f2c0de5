# screen: Russian
