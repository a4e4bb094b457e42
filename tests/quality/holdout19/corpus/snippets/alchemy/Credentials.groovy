class Credentials {
    static final String ALCHEMY_API_KEY = '2YaNoqpbzMM-BFzZugr2nUZKyTPafrsI'
    static final String ALCHEMY_APP_ID = 'dl5szuxnva6jh2xp'
    static final String ALCHEMY_API_KEY_SHA256 = '6328bb2aa6160fa3aa068479540be96a3c342cf85142796c973922ae40d86fa4'
    static final String ALCHEMY_API_KEY_EXAMPLE = '************'
    static env = System.getenv('ALCHEMY_API_KEY')
}
