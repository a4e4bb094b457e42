client := sumologic.NewClient("TNUKKBMGUa2dvwIWWPTBwjykRrdUbIpznHK3Gon77zwRd9DKStoUgfOlEv9MnHRU")
