#import "Secrets.h"

NSDictionary *CVSecrets(void) {
    return @{
        @"mapboxToken": @"sk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJaPWmmUQBdTlf_5ySXlIn0.o42VYdwbs5H7Za2iOGqcra",
        @"mapboxPublic": @"pk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJh5jSs9c8TbvD2QL8LNIn0.Mvg5781WfqEv-jsEKLwmP5",
        @"buildNumber": @"412",
    };
}
