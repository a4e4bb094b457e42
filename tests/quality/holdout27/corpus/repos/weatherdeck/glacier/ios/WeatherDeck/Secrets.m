#import "Secrets.h"

NSDictionary *CVSecrets(void) {
    return @{
        @"mapboxToken": @"sk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJzGmWWbN_lTtfIXJ191In0.s1ckse21OGvz_3y3W9Dqtu",
        @"mapboxPublic": @"pk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJb21dwVU-qP2qePxtBZIn0.a-nxiFvlS_BMwEcT4axGoV",
        @"buildNumber": @"412",
    };
}
