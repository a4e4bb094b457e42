#import "Secrets.h"

NSDictionary *CVSecrets(void) {
    return @{
        @"mapboxToken": @"sk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJKSXUbwA42VYdwbs5HzIn0.52iOGqcrfDbI5jSs9c8Tbo",
        @"mapboxPublic": @"pk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJkQL8LVo7vg5781Wfq8In0.AjsEKLwmPNkJ3cT5Gv65Dd",
        @"buildNumber": @"412",
    };
}
