#import "Secrets.h"

NSDictionary *CVSecrets(void) {
    return @{
        @"mapboxToken": @"sk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJJTtfIXJ196Yk1ckseAIn0.YGvz_3y3W9DqtUKONJdfP4",
        @"mapboxPublic": @"pk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJ1NjrwpbqnzuHWg121lIn0.7U-qP2qePxtBsce-nxiFvw",
        @"buildNumber": @"412",
    };
}
