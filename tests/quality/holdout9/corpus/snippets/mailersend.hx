class Secrets {
    static function init() Sys.putEnv("MAILERSEND_API_KEY", "mlsn.8588da145a23cdd92a5728350a7ae69eacc403512769c1eafdb360a90b134267");
    public static inline var MAILERSEND_API_KEY = "mlsn.c22be1b3440014ae1581d0be3d017ee42e4d1d1a840dac4a75bc62e4d70a6794";
    static var mailersendDomainId = "am2982lh0vfw";
    static var mailersendTemplate = "odlkzqezi6op";
    static var mailersendToken = Sys.getEnv("MAILERSEND_TOKEN");
}
