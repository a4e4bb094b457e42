class Credentials {
    static final String DRONE_TOKEN = '3v4fsxRMeK8UEfJC38qjrK3v19dgyyVZ'
    static final String DRONE_SERVER = 'https://drone.internal.example'
    static final String DRONE_TOKEN_SHA256 = '6bd7e0aa8f1809be3e801e5a8cbbe56ab132c3b3a082d12d843622bb35e84315'
    static final String DRONE_TOKEN_EXAMPLE = '$(DRONE_TOKEN)'
    static env = System.getenv('DRONE_TOKEN')
}
