#import "Secrets.h"

NSDictionary *CVSecrets(void) {
    return @{
        @"mapboxToken": @"sk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJc-kveeR1L-yEM3ONgMIn0.CIXzIPuQb7VKFIsNA_CXgw",
        @"mapboxPublic": @"pk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJ8S_HJtqAmfFTodzjrUIn0.JFaMRYLiG6jxOEVVmXYs5X",
        @"buildNumber": @"412",
    };
}
